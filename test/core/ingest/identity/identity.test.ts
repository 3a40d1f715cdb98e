import { ingestSources } from '../../../../src/core/ingest';
import { runPipeline } from '../../../../src/core/pipeline';
import { makeOptions, type CellValue } from '../../../../src/core/types';
import { sheetSource } from '../../../support/messy-table';

const options = makeOptions(20_500);

describe('a table with no id column', () => {
  it('is keyed by its names, with one info finding, and other sheets refer to it by name', () => {
    const plan: CellValue[][] = [
      ['Project', 'Owner', 'Status'],
      ['Crossrail', 'Ada', 'Green'],
      ['Thameslink', 'Bo', 'Amber'],
    ];
    const result = ingestSources([sheetSource(plan, { name: 'Transport.xlsx' })], options);
    expect(result.initiatives.map((r) => [r.id, r.name, r.owner, r.status])).toEqual([
      ['Crossrail', 'Crossrail', 'Ada', 'green'],
      ['Thameslink', 'Thameslink', 'Bo', 'amber'],
    ]);
    expect(result.findings.filter((f) => f.code === 'ingest.no-id-column').map((f) => [f.message, f.cells])).toEqual([
      [
        'Transport.xlsx, sheet "Initiatives": the table has no id column, so its 2 rows are keyed by the "Project" column; other sheets can refer to them by that name.',
        [{ source: 'Transport.xlsx', sheet: 'Initiatives', address: 'A1' }],
      ],
    ]);
    expect(result.findings.filter((f) => f.code === 'id.missing')).toEqual([]);
  });

  it('tells rows of the same name apart by their row', () => {
    const rows: CellValue[][] = [['Task', 'Status'], ['Testing', 'Green'], ['Build', 'Red'], ['Testing', 'Amber']];
    const result = ingestSources([sheetSource(rows)], options);
    expect(result.initiatives.map((r) => r.id)).toEqual(['Testing (row 2)', 'Build', 'Testing (row 4)']);
  });
});

describe('plain numeric ids', () => {
  const fileA: CellValue[][] = [['ID', 'Task', 'Predecessors'], [1, 'Design', null], [2, 'Build', '1']];
  const fileB: CellValue[][] = [['ID', 'Task', 'Predecessors'], [1, 'Survey', null], [2, 'Report', '1FS+2d']];

  it('are scoped to their file: tasks numbered alike in two files never merge, and links stay inside their file', () => {
    const sources = [sheetSource(fileA, { name: 'A.xlsx' }), sheetSource(fileB, { name: 'B.xlsx' })];
    const result = runPipeline(sources, options);
    expect(result.model.initiatives.map((i) => [i.id, i.name])).toEqual([
      ['A.xlsx#1', 'Design'],
      ['A.xlsx#2', 'Build'],
      ['B.xlsx#1', 'Survey'],
      ['B.xlsx#2', 'Report'],
    ]);
    expect(result.model.dependencies.map((d) => [d.from, d.to, d.type, d.lagDays])).toEqual([
      ['A.xlsx#1', 'A.xlsx#2', 'FS', 0],
      ['B.xlsx#1', 'B.xlsx#2', 'FS', 2],
    ]);
    expect(result.findings.filter((f) => f.code === 'source.conflict' || f.code === 'dependency.unknown')).toEqual([]);
  });

  it('keep their own numbers where no other source uses them', () => {
    const result = ingestSources([sheetSource(fileA, { name: 'A.xlsx' }), sheetSource([['ID', 'Task'], ['FIN-1', 'Ledger']], { name: 'Fin.xlsx' })], options);
    expect(result.initiatives.map((r) => [r.id, r.dependsOn.map((l) => l.id)])).toEqual([
      ['1', []],
      ['2', ['1']],
      ['FIN-1', []],
    ]);
  });

  it('outline numbers are local too; coded ids are not, and a coded table is never renamed', () => {
    const outline: CellValue[][] = [['ID', 'Task'], ['1', 'Phase'], ['1.1', 'Step'], ['7', 'Close']];
    const coded: CellValue[][] = [['ID', 'Task'], ['FIN-1', 'Ledger'], ['7', 'Seven']];
    const result = ingestSources([sheetSource(outline, { name: 'Plan.xlsx' }), sheetSource(coded, { name: 'Fin.xlsx' })], options);
    expect(result.initiatives.map((r) => r.id)).toEqual(['Plan.xlsx#1', 'Plan.xlsx#1.1', 'Plan.xlsx#7', 'FIN-1', '7']);
  });
});

describe('dependencies matched against what exists', () => {
  it('reads a one-letter id and a name, wherever the initiative is defined', () => {
    const it: CellValue[][] = [['ID', 'Name', 'Depends On'], ['A', 'Data platform', null], ['IT-2', 'Claims engine', 'A'], ['IT-3', 'Portal', 'data platform']];
    const result = runPipeline([sheetSource(it, { name: 'IT.xlsx' })], options);
    expect(result.model.dependencies.map((d) => [d.from, d.to])).toEqual([
      ['A', 'IT-2'],
      ['A', 'IT-3'],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('dependency.') || f.code === 'value.unparseable')).toEqual([]);
  });

  it('reports a name several initiatives share, and links none of them', () => {
    const rows: CellValue[][] = [['ID', 'Name', 'Depends On'], ['QA-1', 'Testing', null], ['QA-2', 'Testing', null], ['OPS-1', 'Launch', 'Testing']];
    const result = runPipeline([sheetSource(rows, { name: 'Ops.xlsx' })], options);
    expect(result.model.dependencies).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'dependency.ambiguous').map((f) => [f.message, f.cells[0]!.address, f.related])).toEqual([
      ['OPS-1 depends on "Testing", a name 2 initiatives share (QA-1, QA-2); the dependency is not linked until it names one id.', 'C4', ['QA-1', 'QA-2']],
    ]);
    expect(result.findings.filter((f) => f.code === 'dependency.unknown')).toEqual([]);
  });

  it('prefers the one initiative of that name in the row\'s own file where other files have one too', () => {
    const ops: CellValue[][] = [['ID', 'Name', 'Depends On'], ['OPS-1', 'Testing', null], ['OPS-2', 'Launch', 'Testing']];
    const it: CellValue[][] = [['ID', 'Name', 'Depends On'], ['IT-1', 'Testing', null], ['IT-2', 'Cutover', 'testing']];
    const pmo: CellValue[][] = [['ID', 'Name', 'Depends On'], ['PMO-1', 'Close', 'Testing']];
    const result = runPipeline([sheetSource(ops, { name: 'Ops.xlsx' }), sheetSource(it, { name: 'IT.xlsx' }), sheetSource(pmo, { name: 'PMO.xlsx' })], options);
    expect(result.model.dependencies.map((d) => [d.from, d.to])).toEqual([
      ['OPS-1', 'OPS-2'],
      ['IT-1', 'IT-2'],
    ]);
    // PMO.xlsx has no "Testing" of its own: the two others' are both candidates.
    expect(result.findings.filter((f) => f.code === 'dependency.ambiguous').map((f) => [f.initiativeId, f.related])).toEqual([['PMO-1', ['OPS-1', 'IT-1']]]);
  });

  it('reads "#2" as a reference to item 2, and to "#2" where the id column writes ids so', () => {
    const numbered: CellValue[][] = [['ID', 'Task', 'Depends on'], [1, 'Scope', null], [2, 'Build', '#1'], [3, 'Test', '#1, #2']];
    const hashed: CellValue[][] = [['ID', 'Task', 'Depends on'], ['#1', 'Survey', null], ['#2', 'Report', 'depends on #1']];
    const result = runPipeline([sheetSource(numbered, { name: 'Plan.xlsx' }), sheetSource(hashed, { name: 'Issues.xlsx' })], options);
    // Issues.xlsx's "#1" is its own row "#1", not Plan.xlsx's 1.
    expect(result.model.dependencies.map((d) => [d.from, d.to])).toEqual([
      ['1', '2'],
      ['1', '3'],
      ['2', '3'],
      ['#1', '#2'],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('dependency.') || f.code === 'value.unparseable')).toEqual([]);
  });

  it('says when the words of work outside the portfolio name a department of the run', () => {
    const it: CellValue[][] = [['ID', 'Name', 'Depends On'], ['IT-1', 'CRM upgrade', 'Finance sign-off; IT-2'], ['IT-2', 'SSO rollout', '']];
    const finance: CellValue[][] = [['ID', 'Name', 'Depends On'], ['FIN-1', 'Budget reforecast', '']];
    const result = runPipeline([sheetSource(it, { name: 'IT.xlsx' }), sheetSource(finance, { name: 'Finance.xlsx' })], options);
    const external = result.findings.filter((f) => f.code === 'dependency.external');
    expect(external.map((f) => [f.severity, f.message, f.cells.map((c) => `${c.source} ${c.address}`)])).toEqual([
      [
        'warning',
        'IT-1 "CRM upgrade" waits on "Finance sign-off", which is no initiative of any source (Finance is a department of this run, but none of its initiatives is named so): nobody here owns, dates or reports it. If it is tracked work, write its id.',
        ['IT.xlsx C2'],
      ],
    ]);
    // The id beside it is a dependency as ever.
    expect(result.model.dependencies.map((d) => [d.from, d.to])).toEqual([['IT-2', 'IT-1']]);
  });

  it('says words like no initiative are work outside the portfolio, and words one letter from a name are unknown', () => {
    const rows: CellValue[][] = [['ID', 'Name', 'Depends On'], ['OPS-1', 'Launch', 'Vendor sign-off'], ['OPS-2', 'Depot survey', 'Lanch'], ['OPS-3', 'Fleet refit', 'Depot works']];
    const result = runPipeline([sheetSource(rows)], options);
    const said = (code: string) => result.findings.filter((f) => f.code === code).map((f) => [f.message, f.related]);
    expect(said('dependency.external')).toEqual([
      ['OPS-1 "Launch" waits on "Vendor sign-off", which is no initiative of any source: nobody here owns, dates or reports it. If it is tracked work, write its id.', ['VENDOR SIGN-OFF']],
    ]);
    // "Lanch" is one letter from "Launch"; "Depot works" shares "depot" with "Depot survey": likely tracked work, not named exactly.
    expect(said('dependency.unknown')).toEqual([
      ['OPS-2 "Depot survey" depends on "Lanch", which names no initiative of any source; it is one letter from OPS-1 "Launch".', ['LANCH']],
      ['OPS-3 "Fleet refit" depends on "Depot works", which names no initiative of any source.', ['DEPOT WORKS']],
    ]);
  });
});

describe('ids joined by underscores with no digit', () => {
  it('are keys like any other: a Depends On cell names them, in any case, with or without a lag', () => {
    const rows: CellValue[][] = [
      ['Key', 'Title', 'Status', 'Depends on'],
      ['CORE_API', 'Core API', 'Green', ''],
      ['WEB_APP', 'Web app', 'Amber', 'CORE_API FS+2d'],
      ['MOB_APP', 'Mobile app', 'Amber', 'core_api'],
    ];
    const result = ingestSources([sheetSource(rows, { name: 'Platform.xlsx' })], options);
    expect(result.initiatives.map((r) => [r.id, r.dependsOn.map((l) => [l.id, l.type, l.lagDays, l.cell.address])])).toEqual([
      ['CORE_API', []],
      ['WEB_APP', [['CORE_API', 'FS', 2, 'D3']]],
      ['MOB_APP', [['CORE_API', 'FS', 0, 'D4']]],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('dependency.') || f.code.startsWith('value.'))).toEqual([]);
  });
});
