import { detectTables, ingestSources } from '../../../src/core/ingest';
import { blockKeys, savedKeysFor } from '../../../src/core/ingest/table-key';
import { makeOptions, type CellValue, type SavedMapping } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

// A plan whose Lead column the matcher reads as owner, and whose user said: no owner column, department Group Finance.
const PLAN: CellValue[][] = [
  ['ID', 'Project', 'Lead', 'Status'],
  ['FIN-1', 'Ledger', 'Sam', 'Green'],
  ['FIN-2', 'Close', 'Kim', 'Red'],
];
const KPIS: CellValue[][] = [
  ['KPI', 'Target', 'Actual', 'Direction', 'Initiatives'],
  ['Cost to serve', 10, 12, 'Lower', 'FIN-1'],
];
const PLAN_KEY = 'Finance.xlsx|Initiatives|[id,project,lead,status]';
const correction = (tableKey: string): SavedMapping => ({ tableKey, fields: { owner: null }, department: 'Group Finance' });
const summary = (rows: CellValue[][], mappings: SavedMapping[]) =>
  detectTables(sheetSource(rows), makeOptions(0, { mappings })).map((t) => [t.key, t.kind, t.mapping.some((m) => m.field === 'owner'), t.department, t.savedKey]);

describe('table keys', () => {
  it('key a block by its first headers, normalised, and keep its index as the legacy key', () => {
    expect(blockKeys('F.xlsx', 'Plan', [{ headers: ['ID', 'Déjà vu', '% Complete', ''] }, { tableName: 'tblPlan', headers: ['ID'] }, { headers: ['Owner'] }])).toEqual([
      { key: 'F.xlsx|Plan|[id,deja vu,% complete,]', legacyKey: 'F.xlsx|Plan|0' },
      { key: 'F.xlsx|Plan|tblPlan' },
      { key: 'F.xlsx|Plan|[owner]', legacyKey: 'F.xlsx|Plan|1' },
    ]);
  });

  it('tells two blocks of the same headers apart by their order, and ignores headers past the twelfth', () => {
    const wide = Array.from({ length: 14 }, (_, i) => `H${i + 1}`);
    const wider = [...wide, 'Added later'];
    expect(blockKeys('F.xlsx', 'S', [{ headers: ['ID', 'Name'] }, { headers: ['ID', 'Name'] }, { headers: wide }, { headers: wider }]).map((k) => k.key)).toEqual([
      'F.xlsx|S|[id,name]',
      'F.xlsx|S|[id,name]#2',
      'F.xlsx|S|[h1,h2,h3,h4,h5,h6,h7,h8,h9,h10,h11,h12]',
      'F.xlsx|S|[h1,h2,h3,h4,h5,h6,h7,h8,h9,h10,h11,h12]#2',
    ]);
  });

  it('a correction saved by the header key survives a table inserted above', () => {
    expect(summary(PLAN, [correction(PLAN_KEY)])).toEqual([[PLAN_KEY, 'initiatives', false, 'Group Finance', undefined]]);
    // The KPI table above is now the sheet's first block: its old index key would have been the plan's.
    expect(summary([...KPIS, [], [], ...PLAN], [correction(PLAN_KEY)])).toEqual([
      ['Finance.xlsx|Initiatives|[kpi,target,actual,direction,initiatives]', 'kpis', false, 'Finance', undefined],
      [PLAN_KEY, 'initiatives', false, 'Group Finance', undefined],
    ]);
  });

  it('a correction saved by the old index key still applies', () => {
    expect(summary(PLAN, [correction('Finance.xlsx|Initiatives|0')])).toEqual([[PLAN_KEY, 'initiatives', false, 'Group Finance', 'Finance.xlsx|Initiatives|0']]);
    // Without it the Lead column is the owner and the file names the department.
    expect(summary(PLAN, [])).toEqual([[PLAN_KEY, 'initiatives', true, 'Finance', undefined]]);
  });

  it('an old index key naming headers a table lacks is not read for it', () => {
    const saved: SavedMapping = { tableKey: 'Finance.xlsx|Initiatives|0', fields: { owner: 'Lead' }, department: 'Group Finance' };
    expect(summary([...KPIS, [], [], ...PLAN], [saved])).toEqual([
      ['Finance.xlsx|Initiatives|[kpi,target,actual,direction,initiatives]', 'kpis', false, 'Finance', undefined],
      [PLAN_KEY, 'initiatives', true, 'Finance', undefined],
    ]);
  });

  it('a correction follows its table when a column is added or renamed', () => {
    const changed = PLAN.map((r, i) => [...r, i === 0 ? 'Notes' : 'x']);
    expect(summary(changed, [correction(PLAN_KEY)])).toEqual([['Finance.xlsx|Initiatives|[id,project,lead,status,notes]', 'initiatives', false, 'Group Finance', PLAN_KEY]]);
  });

  it('a saved key serves one table: the closest headers first, and never one a table now has', () => {
    const t = (key: string, headers: string[], i: number) => ({ key, source: 'F', sheet: 'S', headers, legacyKey: `F|S|${i}` });
    const tables = [t('F|S|[id,name,owner]', ['ID', 'Name', 'Owner'], 0), t('F|S|[id,name,status,due]', ['ID', 'Name', 'Status', 'Due'], 1)];
    // [id,name,status] shares 3 of 4 headers with the second table, 2 of 3 with the first; the first has its own key saved.
    expect(savedKeysFor(tables, ['F|S|[id,name,status]', 'F|S|[id,name,owner]'])).toEqual(new Map([
      ['F|S|[id,name,owner]', 'F|S|[id,name,owner]'],
      ['F|S|[id,name,status,due]', 'F|S|[id,name,status]'],
    ]));
    // Under half the headers in common: another table's key, left alone; so is a key of another sheet.
    expect(savedKeysFor(tables, ['F|S|[kpi,target,name]', 'F|Other|[id,name,owner]'])).toEqual(new Map());
  });

  it('a table left out under its old index key stays left out, and says so', () => {
    const result = ingestSources([sheetSource(PLAN)], makeOptions(0, { mappings: [{ tableKey: 'Finance.xlsx|Initiatives|0', kind: 'ignore', fields: {} }] }));
    expect(result.initiatives).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'ingest.table-ignored').map((f) => f.message)).toEqual([
      'Finance.xlsx, sheet "Initiatives": the cells at A1:D3 were left out, as chosen in the saved mapping.',
    ]);
  });
});

describe('department named for one table', () => {
  it('wins over the name given for its source and its sheet, and reaches the records', () => {
    const two: CellValue[][] = [...PLAN, [], [], ['Ref', 'Title', 'RAG'], ['HR-1', 'Hiring', 'Amber']];
    const options = makeOptions(0, {
      sourceDepartments: { 'Finance.xlsx': 'Finance', 'Finance.xlsx!Initiatives': 'Corporate' },
      mappings: [{ tableKey: 'Finance.xlsx|Initiatives|[ref,title,rag]', fields: {}, department: 'People' }],
    });
    expect(detectTables(sheetSource(two), options).map((t) => [t.key, t.department, t.departmentFrom])).toEqual([
      [PLAN_KEY, 'Corporate', 'user'],
      ['Finance.xlsx|Initiatives|[ref,title,rag]', 'People', 'mapping'],
    ]);
    expect(ingestSources([sheetSource(two)], options).initiatives.map((r) => [r.id, r.department])).toEqual([
      ['FIN-1', 'Corporate'],
      ['FIN-2', 'Corporate'],
      ['HR-1', 'People'],
    ]);
  });
});
