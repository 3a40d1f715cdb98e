import { detectTables, ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(20_500);
const mappingOf = (rows: ReadonlyArray<ReadonlyArray<CellValue>>) =>
  Object.fromEntries(detectTables(sheetSource(rows), options)[0]!.mapping.map((m) => [m.field, [m.column, m.confidence, m.by]]));

describe('finding tables in a sheet', () => {
  it('finds the header row below title rows and notes, across blank rows and columns', () => {
    const rows: CellValue[][] = [
      ['Finance portfolio: Q2 review'],
      ['Updated by the PMO every Friday'],
      [],
      [null, 'ID', 'Name', null, 'Status'],
      [null, 'FIN-1', 'Ledger', null, 'Green'],
      [],
      [null, 'FIN-2', 'Close', null, 'Red'],
      [],
      [null, 'Source: finance team'],
    ];
    const [table] = detectTables(sheetSource(rows), options);
    expect(table).toEqual({
      key: 'Finance.xlsx|Initiatives|[id,name,,status]',
      legacyKey: 'Finance.xlsx|Initiatives|0',
      source: 'Finance.xlsx',
      sheet: 'Initiatives',
      kind: 'initiatives',
      range: { top: 3, left: 1, bottom: 6, right: 4 },
      headerRow: 3,
      headers: ['ID', 'Name', '', 'Status'],
      mapping: [
        { field: 'id', column: 0, header: 'ID', confidence: 1, by: 'header' },
        { field: 'name', column: 1, header: 'Name', confidence: 1, by: 'header' },
        { field: 'status', column: 3, header: 'Status', confidence: 1, by: 'header' },
      ],
      unmapped: [],
      rowCount: 2,
      confidence: 1,
      department: 'Finance',
      departmentFrom: 'file',
    });
  });

  it('leaves a totals row out of the data', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', 'Budget'],
      ['FIN-1', 'Ledger', 100],
      ['FIN-2', 'Close', 200],
      ['Total', null, 300],
    ];
    const result = ingestSources([sheetSource(rows)], options);
    expect(result.tables[0]!.rowCount).toBe(2);
    expect(result.initiatives.map((r) => [r.id, r.budget])).toEqual([
      ['FIN-1', 100],
      ['FIN-2', 200],
    ]);
    expect(result.rowsWithoutId).toEqual([]);
  });

  it('reads merged header cells: a group label over its columns, a header merged down two rows', () => {
    const rows: CellValue[][] = [
      ['ID', 'Initiative', 'Dates', null, 'RAG'],
      [null, null, 'Start', 'Finish', null],
      ['FIN-1', 'Ledger', '2026-01-05', '2026-03-31', 'G'],
    ];
    const merges = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 3 },
      { top: 0, left: 4, bottom: 1, right: 4 },
    ];
    const [table] = detectTables(sheetSource([{ rows, merges }]), options);
    expect(table!.headerRow).toBe(1);
    expect(table!.headers).toEqual(['ID', 'Initiative', 'Dates Start', 'Dates Finish', 'RAG']);
    expect(table!.mapping.map((m) => [m.field, m.column, m.confidence])).toEqual([
      ['id', 0, 1],
      ['name', 1, 1],
      ['start', 2, 1],
      ['due', 3, 1],
      ['status', 4, 1],
    ]);
    const [record] = ingestSources([sheetSource([{ rows, merges }])], options).initiatives;
    expect(record).toMatchObject({ id: 'FIN-1', start: 20458, due: 20543, status: 'green' });
  });

  it('reads a two-row header whose group row names more fields than the column names under it', () => {
    // Status over This week | Last week and Dates over Start | End; the other headers merged down both rows.
    const rows: CellValue[][] = [
      ['#', 'Project', 'Status', null, 'Dates', null, 'Updated'],
      [null, null, 'This week', 'Last week', 'Start', 'End', null],
      [1, 'Intake', 'Green', 'Amber', '2026-09-01', '2027-06-30', '2026-11-12'],
    ];
    const merges = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 3 },
      { top: 0, left: 4, bottom: 0, right: 5 },
      { top: 0, left: 6, bottom: 1, right: 6 },
    ];
    const [table] = detectTables(sheetSource([{ rows, merges }]), options);
    expect(table!.headerRow).toBe(1);
    expect(table!.headers).toEqual(['#', 'Project', 'Status This week', 'Status Last week', 'Dates Start', 'Dates End', 'Updated']);
    expect(table!.rowCount).toBe(1);
    const [record] = ingestSources([sheetSource([{ rows, merges }])], options).initiatives;
    // 2026-09-01 and 2027-06-30 as days since 1970-01-01.
    expect(record).toMatchObject({ id: '1', name: 'Intake', status: 'green', start: 20697, due: 20999 });
  });

  it('finds several blocks in one sheet and classifies each', () => {
    const rows: CellValue[][] = [
      ['Initiatives'],
      ['ID', 'Name', 'Due'],
      ['FIN-1', 'Ledger', '2026-03-31'],
      [],
      ['Dependencies'],
      ['From', 'To', 'Type', 'Lag'],
      ['FIN-1', 'OPS-2', 'SS', '1w'],
      [],
      [],
      ['KPI', 'Target', 'Actual', 'Direction', 'Initiatives'],
      ['Cost to serve', 10, 12, 'Lower', 'FIN-1, OPS-2'],
    ];
    const tables = detectTables(sheetSource(rows), options);
    expect(tables.map((t) => [t.key, t.kind, t.range, t.rowCount])).toEqual([
      ['Finance.xlsx|Initiatives|[id,name,due]', 'initiatives', { top: 1, left: 0, bottom: 2, right: 2 }, 1],
      ['Finance.xlsx|Initiatives|[from,to,type,lag]', 'dependencies', { top: 5, left: 0, bottom: 6, right: 3 }, 1],
      ['Finance.xlsx|Initiatives|[kpi,target,actual,direction,initiatives]', 'kpis', { top: 9, left: 0, bottom: 10, right: 4 }, 1],
    ]);
  });

  it('finds side-by-side tables split by blank columns', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', null, null, 'From', 'To'],
      ['FIN-1', 'Ledger', null, null, 'FIN-1', 'OPS-2'],
    ];
    const tables = detectTables(sheetSource(rows), options);
    expect(tables.map((t) => [t.kind, t.range])).toEqual([
      ['initiatives', { top: 0, left: 0, bottom: 1, right: 1 }],
      ['dependencies', { top: 0, left: 4, bottom: 1, right: 5 }],
    ]);
  });

  it('reads Excel tables by their own range and names them in the key', () => {
    const rows: CellValue[][] = [
      ['Plan', null, null, null],
      ['Ref', 'Title', 'Owner', 'Notes'],
      ['IT-1', 'Laptops', 'Sam', 'x'],
      ['IT-2', 'Network', 'Kim', 'y'],
      [null, null, null, null],
      ['ID', 'Name', null, null],
      ['IT-9', 'Outside the table', null, null],
    ];
    const tables = detectTables(sheetSource([{ name: 'IT', rows, tables: [{ name: 'tblIT', range: { top: 1, left: 0, bottom: 3, right: 2 } }] }]), options);
    expect(tables.map((t) => [t.key, t.tableName, t.range, t.rowCount, t.unmapped])).toEqual([
      ['Finance.xlsx|IT|tblIT', 'tblIT', { top: 1, left: 0, bottom: 3, right: 2 }, 2, []],
      ['Finance.xlsx|IT|[id,name]', undefined, { top: 5, left: 0, bottom: 6, right: 1 }, 1, []],
    ]);
  });

  it('says a table the user excluded was left out on purpose', () => {
    const source = sheetSource([{ name: 'IT', rows: [['ID', 'Name', 'Status'], ['IT-1', 'Data platform', 'Green']] }]);
    const result = ingestSources([source], { ...options, mappings: [{ tableKey: 'Finance.xlsx|IT|0', kind: 'ignore', fields: {} }] });
    expect(result.initiatives).toEqual([]);
    expect(result.findings.map((f) => [f.code, f.message])).toEqual([
      ['ingest.table-ignored', 'Finance.xlsx, sheet "IT": the cells at A1:C2 were left out, as chosen in the saved mapping.'],
    ]);
  });

  it('reports a table that is not ours with an info finding', () => {
    const source = sheetSource([
      { name: 'Lookups', rows: [['Colour', 'Hex'], ['Blue', '#00f']] },
    ]);
    const result = ingestSources([source], options);
    expect(result.tables.map((t) => [t.kind, t.range, t.confidence])).toEqual([[null, { top: 0, left: 0, bottom: 1, right: 1 }, 0]]);
    expect(result.findings).toEqual([
      {
        code: 'ingest.table-ignored',
        severity: 'info',
        message: 'Finance.xlsx, sheet "Lookups": the cells at A1:B2 hold no initiatives, dependencies or KPIs and were not read: no row of it reads as column headers.',
        cells: [{ source: 'Finance.xlsx', sheet: 'Lookups', address: 'A1' }],
      },
    ]);
  });

  it('skips empty sheets without a finding', () => {
    expect(ingestSources([sheetSource([{ name: 'Empty', rows: [] }])], options)).toEqual({
      tables: [],
      initiatives: [],
      rowsWithoutId: [],
      dependencies: [],
      kpis: [],
      findings: [],
      sources: [{ name: 'Finance.xlsx', origin: 'file', sheets: ['Empty'] }],
    });
  });
});

describe('mapping columns', () => {
  it('maps synonyms of every field, extended ones with lower confidence', () => {
    expect(
      mappingOf([
        ['Project ID', 'Project Name', 'Dept', 'SRO', 'RAG Status', 'Planned Start', 'Go-Live', 'Percent Complete', 'Status Date', 'Predecessors', 'KPIs', 'Strategic Objective', 'Whole Life Cost', 'EAC', 'Savings'],
      ]),
    ).toEqual({
      id: [0, 1, 'header'],
      name: [1, 1, 'header'],
      department: [2, 1, 'header'],
      owner: [3, 1, 'header'],
      status: [4, 1, 'header'],
      start: [5, 1, 'header'],
      due: [6, 1, 'header'],
      percentComplete: [7, 1, 'header'],
      lastUpdated: [8, 1, 'header'],
      dependsOn: [9, 1, 'header'],
      kpi: [10, 1, 'header'],
      pillar: [11, 1, 'header'],
      budget: [12, 1, 'header'],
      forecastCost: [13, 1, 'header'],
      benefit: [14, 1, 'header'],
    });
  });

  it('matches long headers by the synonym inside them, and drops parenthesised notes', () => {
    expect(mappingOf([['GMPP ID Number', 'Project - Start Date (Latest Approved Start Date)', 'Owner (PM)', 'Due (dd/mm/yyyy)']])).toEqual({
      id: [0, 0.78, 'header'],
      start: [1, 0.85, 'header'],
      owner: [2, 0.95, 'header'],
      due: [3, 0.95, 'header'],
    });
  });

  it('puts budget and forecast on the same basis when the forecast names one', () => {
    expect(mappingOf([['ID', 'TOTAL Baseline Whole Life Costs (£m)', 'Financial Year Baseline (£m)', 'Financial Year Forecast (£m)']])).toEqual({
      id: [0, 1, 'header'],
      budget: [2, 0.7, 'header'],
      forecastCost: [3, 0.78, 'header'],
    });
    expect(mappingOf([['ID', 'Budget', 'Forecast Cost', 'Baseline Start']])).toEqual({
      id: [0, 1, 'header'],
      budget: [1, 1, 'header'],
      forecastCost: [2, 1, 'header'],
      start: [3, 1, 'header'],
    });
  });

  it('maps a column of RAG words to status whatever its header', () => {
    expect(
      mappingOf([
        ['ID', 'Name', 'Q2'],
        ['FIN-1', 'Ledger', 'Green'],
        ['FIN-2', 'Close', 'Amber/Red'],
        ['FIN-3', 'Audit', '🔴'],
      ]),
    ).toEqual({ id: [0, 1, 'header'], name: [1, 1, 'header'], status: [2, 0.8, 'values'] });
  });

  it('applies a saved mapping by table key: fields by header text, forced kind and department', () => {
    const rows: CellValue[][] = [
      ['Code', 'Name', 'Colour', 'Comment'],
      ['F1', 'Ledger', 'Purple', 'x'],
    ];
    const saved = makeOptions(0, {
      mappings: [{ tableKey: 'Finance.xlsx|Initiatives|0', kind: 'initiatives', fields: { id: 'code', status: 'Comment' }, department: 'Group Finance' }],
    });
    const [table] = detectTables(sheetSource(rows), saved);
    expect(table!.mapping).toEqual([
      { field: 'id', column: 0, header: 'Code', confidence: 1, by: 'user' },
      { field: 'name', column: 1, header: 'Name', confidence: 1, by: 'header' },
      { field: 'status', column: 3, header: 'Comment', confidence: 1, by: 'user' },
    ]);
    expect(table!.unmapped).toEqual([{ column: 2, header: 'Colour' }]);
    expect(table!.department).toBe('Group Finance');
    const ignored = makeOptions(0, { mappings: [{ tableKey: 'Finance.xlsx|Initiatives|0', kind: 'ignore', fields: {} }] });
    expect(detectTables(sheetSource(rows), ignored)[0]!.kind).toBeNull();
  });

  it('takes a field off a wrongly matched column when the saved mapping says null', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', 'Owner', 'Status'],
      ['F-1', 'Ledger', 'Shared mailbox', 'Green'],
    ];
    const automatic = detectTables(sheetSource(rows), options)[0]!;
    expect(automatic.mapping.map((m) => [m.field, m.column, m.by])).toEqual([
      ['id', 0, 'header'],
      ['name', 1, 'header'],
      ['owner', 2, 'header'],
      ['status', 3, 'header'],
    ]);
    const saved = makeOptions(0, { mappings: [{ tableKey: 'Finance.xlsx|Initiatives|0', fields: { owner: null } }] });
    const [table] = detectTables(sheetSource(rows), saved);
    expect(table!.mapping.map((m) => [m.field, m.column, m.by])).toEqual([
      ['id', 0, 'header'],
      ['name', 1, 'header'],
      ['status', 3, 'header'],
    ]);
    expect(table!.unmapped).toEqual([{ column: 2, header: 'Owner' }]);
    const [record] = ingestSources([sheetSource(rows)], saved).initiatives;
    expect(record!.owner).toBeUndefined();
    expect(record!.name).toBe('Ledger');
  });
});

describe('department of a table', () => {
  const rows: CellValue[][] = [
    ['ID', 'Name', 'Department'],
    ['A-1', 'One', 'Operations'],
    ['A-2', 'Two', 'operations'],
  ];

  it('comes from the user first, then the saved mapping, then uniform values, then the file name', () => {
    expect(detectTables(sheetSource(rows, { name: 'Tracker.xlsx' }), makeOptions(0, { sourceDepartments: { 'Tracker.xlsx': 'Ops' } }))[0]!.department).toBe('Ops');
    expect(detectTables(sheetSource(rows, { name: 'Tracker.xlsx' }), options)[0]!.department).toBe('Operations');
    const mixed = [...rows, ['A-3', 'Three', 'Finance']];
    expect(detectTables(sheetSource(mixed, { name: 'Tracker.xlsx' }), options)[0]!.department).toBeUndefined();
    expect(detectTables(sheetSource(mixed, { name: 'People Initiatives.xlsx' }), options)[0]!.department).toBe('People');
    expect(detectTables(sheetSource(mixed, { name: 'Book1.xlsx' }), options)[0]!.department).toBeUndefined();
  });

  it('in the open workbook comes from the sheet name', () => {
    const source = sheetSource([{ name: 'Finance', rows: [['ID', 'Name'], ['F-1', 'Ledger']] }], { name: 'This workbook', origin: 'workbook' });
    expect(detectTables(source, options)[0]!.department).toBe('Finance');
    const generic = sheetSource([{ name: 'Initiatives', rows: [['ID', 'Name'], ['F-1', 'Ledger']] }], { name: 'This workbook', origin: 'workbook' });
    expect(detectTables(generic, options)[0]!.department).toBeUndefined();
  });

  it('records carry their own department cell, else the table department', () => {
    const source = sheetSource([
      ['ID', 'Name', 'Dept'],
      ['A-1', 'One', 'IT'],
      ['A-2', 'Two', 'HR'],
      ['A-3', 'Three', null],
    ], { name: 'Operations.xlsx' });
    expect(ingestSources([source], options).initiatives.map((r) => [r.id, r.department])).toEqual([
      ['A-1', 'IT'],
      ['A-2', 'HR'],
      ['A-3', 'Operations'],
    ]);
  });
});

describe('classifying tables', () => {
  it('needs plainly named From and To for a dependency register', () => {
    // "Initiative ID" holds "initiative" (a To synonym) only inside a longer header: an initiatives table.
    const tables = detectTables(sheetSource([['Initiative ID', 'Depends On', 'Comments column'], ['FIN-1', 'FIN-2', 'x']]), options);
    expect(tables.map((t) => [t.kind, t.mapping.map((m) => m.field)])).toEqual([['initiatives', ['id', 'dependsOn']]]);
    const register = detectTables(sheetSource([['Initiative', 'Depends On', 'Type', 'Lag'], ['FIN-1', 'FIN-2', 'FS', 0]]), options);
    expect(register.map((t) => [t.kind, t.mapping.map((m) => m.field)])).toEqual([['dependencies', ['to', 'from', 'type', 'lag']]]);
  });

  it('leaves risk, issue and action logs alone unless a saved mapping says otherwise', () => {
    const rows: CellValue[][] = [['ID', 'Title', 'Owner', 'Status', 'Due'], ['R-1', 'Supplier fails', 'Sam', 'Amber', '2026-05-01']];
    expect(detectTables(sheetSource([{ name: 'RAID Log', rows }]), options)[0]!.kind).toBeNull();
    expect(detectTables(sheetSource([{ name: 'Risks', rows }]), options)[0]!.kind).toBeNull();
    const byHeader: CellValue[][] = [['Risk ID', 'Description', 'Owner', 'Status'], ['R-1', 'Supplier fails', 'Sam', 'Amber']];
    expect(detectTables(sheetSource([{ name: 'Log', rows: byHeader }]), options)[0]!.kind).toBeNull();
    const forced = makeOptions(0, { mappings: [{ tableKey: 'Finance.xlsx|Risks|0', kind: 'initiatives', fields: {} }] });
    expect(detectTables(sheetSource([{ name: 'Risks', rows }]), forced)[0]!.kind).toBe('initiatives');
    expect(detectTables(sheetSource([{ name: 'Roadmap', rows }]), options)[0]!.kind).toBe('initiatives');
    // "Risk" alone is a department (a bank's Risk function), not a log.
    expect(detectTables(sheetSource([{ name: 'Risk', rows }]), options)[0]!.kind).toBe('initiatives');
  });

  it('accepts year columns in a header row', () => {
    const [table] = detectTables(sheetSource([['ID', 'Name', 2025, 2026, 2027], ['FIN-1', 'Ledger', 10, 20, 30]]), options);
    expect([table!.kind, table!.headerRow, table!.unmapped]).toEqual([
      'initiatives',
      0,
      [
        { column: 2, header: '2025' },
        { column: 3, header: '2026' },
        { column: 4, header: '2027' },
      ],
    ]);
  });
});
