import { ingestSources as ingestAll } from '../../../src/core/ingest';

/** These tests are about values: the table-level ingest.fields-missing notice is tested in table-notices.test.ts. */
const ingestSources: typeof ingestAll = (...args) => {
  const result = ingestAll(...args);
  return { ...result, findings: result.findings.filter((f) => f.code !== 'ingest.fields-missing') };
};
import { cellMap } from '../../../src/core/model';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(dayFromIso('2026-04-01')!);
const day = (iso: string): number => dayFromIso(iso)!;
const cell = (address: string, sheet = 'Initiatives', source = 'Finance.xlsx') => ({ source, sheet, address });

describe('ingestSources on an initiatives table', () => {
  // Starts at C5 (origin row 4, col 2): addresses in findings must include the offset.
  const rows: CellValue[][] = [
    ['ID', 'Name', 'Owner', 'RAG', 'Start', 'Due', '% Complete', 'Depends On', 'KPIs', 'Budget', 'Comments'],
    ['fin-1', 'Ledger', 'A. Shah', 'Amber/Red', 46023, '03/04/2026', 0.5, 'OPS-9SS, IT-4 (FF-2 days)', 'K1; K2', '£1,200', 'ok'],
    ["'FIN-2 ", 'Close', { error: '#N/A' }, 'Exempt', new Date(Date.UTC(2026, 0, 5)), '31/02/2026', 1, 'FIN-1 FS+5d and', null, 'Exempt', null],
    [null, 'No id yet', null, 'G', null, null, null, null, null, null, null],
    ['FIN-3', null, null, '🟢', '2026-01-05', 'soon', '150%', { error: '#REF!' }, null, '(300)', null],
  ];
  const source = sheetSource([{ rows, origin: { row: 4, col: 2 } }]);
  const result = ingestSources([source], options);

  it('reads records with normalised values and the cell of every field', () => {
    // Cells are kept as the table's columns and a bit per filled field; cellMap lists them all.
    expect(result.initiatives.map((r) => ({ ...r, cells: cellMap(r.cells) }))).toEqual([
      {
        ref: { source: 'Finance.xlsx', sheet: 'Initiatives', table: 'Finance.xlsx|Initiatives|[id,name,owner,rag,start,due,% complete,depends on,kpis,budget,comments]', row: 6 },
        id: 'FIN-1',
        name: 'Ledger',
        department: 'Finance',
        owner: 'A. Shah',
        status: 'red',
        statusText: 'Amber/Red',
        start: day('2026-01-01'),
        due: day('2026-04-03'),
        // 0.5 and 1 beside "150%" are fractions or percents: not read (value.ambiguous-percent).
        dependsOn: [
          { id: 'OPS-9', type: 'SS', lagDays: 0, cell: cell('J6') },
          { id: 'IT-4', type: 'FF', lagDays: -2, cell: cell('J6') },
        ],
        kpis: ['K1', 'K2'],
        budget: 1200,
        cells: {
          id: cell('C6'), name: cell('D6'), owner: cell('E6'), status: cell('F6'), start: cell('G6'), due: cell('H6'),
          percentComplete: cell('I6'), dependsOn: cell('J6'), kpi: cell('K6'), budget: cell('L6'),
        },
      },
      {
        ref: { source: 'Finance.xlsx', sheet: 'Initiatives', table: 'Finance.xlsx|Initiatives|[id,name,owner,rag,start,due,% complete,depends on,kpis,budget,comments]', row: 7 },
        id: 'FIN-2',
        name: 'Close',
        department: 'Finance',
        statusText: 'Exempt',
        start: day('2026-01-05'),
        dependsOn: [{ id: 'FIN-1', type: 'FS', lagDays: 5, cell: cell('J7') }],
        kpis: [],
        cells: {
          id: cell('C7'), name: cell('D7'), owner: cell('E7'), status: cell('F7'), start: cell('G7'), due: cell('H7'),
          percentComplete: cell('I7'), dependsOn: cell('J7'), budget: cell('L7'),
        },
      },
      {
        ref: { source: 'Finance.xlsx', sheet: 'Initiatives', table: 'Finance.xlsx|Initiatives|[id,name,owner,rag,start,due,% complete,depends on,kpis,budget,comments]', row: 9 },
        id: 'FIN-3',
        department: 'Finance',
        status: 'green',
        statusText: '🟢',
        start: day('2026-01-05'),
        dependsOn: [],
        kpis: [],
        budget: -300,
        cells: { id: cell('C9'), status: cell('F9'), start: cell('G9'), due: cell('H9'), percentComplete: cell('I9'), dependsOn: cell('J9'), budget: cell('L9') },
      },
    ]);
  });

  it('keeps rows with data but no id apart, with their cells', () => {
    expect(result.rowsWithoutId).toEqual([
      { ref: { source: 'Finance.xlsx', sheet: 'Initiatives', table: 'Finance.xlsx|Initiatives|[id,name,owner,rag,start,due,% complete,depends on,kpis,budget,comments]', row: 8 }, cells: [cell('D8'), cell('F8')] },
    ]);
  });

  it('names every unreadable value with its cell, field and what was expected', () => {
    expect(result.findings.map((f) => [f.code, f.severity, f.cells.map((c) => c.address).join(','), f.initiativeId, f.message])).toEqual([
      ['value.ambiguous-date', 'warning', 'H6', 'FIN-1', 'FIN-1: due "03/04/2026" reads as 2026-04-03 (day first) or 2026-03-04 (month first); read as 2026-04-03 by the day/month/year setting.'],
      [
        'value.ambiguous-percent',
        'warning',
        'I6,I7',
        undefined,
        'Finance.xlsx, sheet "Initiatives": the % complete column "% Complete" mixes 0-1 fractions with 0-100 numbers: FIN-1 "0.5" and FIN-2 "1" could be read either way (0.5 as 50% or 0.5%) beside "150%"; they were not read.',
      ],
      ['value.excel-error', 'warning', 'E7', 'FIN-2', 'FIN-2: owner is the Excel error #N/A.'],
      ['value.unparseable', 'warning', 'F7', 'FIN-2', 'FIN-2: status "Exempt" cannot be read; expected a status such as Green, Amber, Red, Done, Not started, On hold or Cancelled.'],
      ['value.unparseable', 'warning', 'H7', 'FIN-2', 'FIN-2: due "31/02/2026" cannot be read; expected a date such as 2026-04-03, 3 Apr 2026 or an Excel date.'],
      ['value.unparseable', 'warning', 'J7', 'FIN-2', 'FIN-2: depends on "FIN-1 FS+5d and" cannot be read; expected ids such as FIN-2, each optionally with a link type and lag such as FS+5d (could not read "and").'],
      ['value.unparseable', 'warning', 'L7', 'FIN-2', 'FIN-2: budget "Exempt" cannot be read; expected a number or an amount such as 1200, £1,200, 1.2m or (300).'],
      ['value.unparseable', 'warning', 'H9', 'FIN-3', 'FIN-3: due "soon" cannot be read; expected a date such as 2026-04-03, 3 Apr 2026 or an Excel date.'],
      ['value.unparseable', 'warning', 'I9', 'FIN-3', 'FIN-3: % complete "150%" cannot be read; expected a percentage between 0% and 100% such as 50%, 0.5 or 50.'],
      ['value.excel-error', 'warning', 'J9', 'FIN-3', 'FIN-3: depends on is the Excel error #REF!.'],
      ['ingest.unmapped-columns', 'info', 'M5', undefined, 'Finance.xlsx: 1 column maps to no field and is not used: Initiatives!M5 "Comments".'],
    ]);
  });

  it('resolves ambiguous text dates by the date order option', () => {
    const mdy = ingestSources([source], makeOptions(0, { dateOrder: 'mdy' }));
    expect(mdy.initiatives[0]!.due).toBe(day('2026-03-04'));
    expect(mdy.findings[0]!.message).toBe('FIN-1: due "03/04/2026" reads as 2026-04-03 (day first) or 2026-03-04 (month first); read as 2026-03-04 by the month/day/year setting.');
  });

  it("reads an ambiguous date the way the column's unambiguous dates are written, whatever the setting, with no finding", () => {
    const rows: CellValue[][] = [
      ['ID', 'Start', 'Due'],
      ['A-1', '03/04/2026', '05/06/2026'],
      ['A-2', '25/04/2026', '06/25/2026'],
      ['A-3', '2026-05-01', '07/14/2026'],
    ];
    // Start's 25/04/2026 can only be day first, Due's 06/25 and 07/14 only month first: an analyst reads each column its own way.
    for (const dateOrder of ['mdy', 'dmy'] as const) {
      const result = ingestSources([sheetSource(rows)], makeOptions(0, { dateOrder }));
      expect(result.initiatives.map((r) => [r.id, r.start, r.due])).toEqual([
        ['A-1', day('2026-04-03'), day('2026-05-06')],
        ['A-2', day('2026-04-25'), day('2026-06-25')],
        ['A-3', day('2026-05-01'), day('2026-07-14')],
      ]);
      expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
    }
  });

  it('says once per column when no date in it settles the order, naming every cell', () => {
    const rows: CellValue[][] = [
      ['ID', 'Due'],
      ['A-1', '03/04/2026'],
      ['A-2', '05/06/2026'],
      ['A-3', '2026-07-01'],
      ['A-4', '11/12/2026'],
    ];
    const result = ingestSources([sheetSource(rows, { name: 'Plan.xlsx' })], makeOptions(0, { dateOrder: 'mdy' }));
    expect(result.initiatives.map((r) => r.due)).toEqual([day('2026-03-04'), day('2026-05-06'), day('2026-07-01'), day('2026-11-12')]);
    expect(result.findings.filter((f) => f.code.startsWith('value.')).map((f) => [f.code, f.cells.map((c) => c.address), f.initiativeId, f.message])).toEqual([
      [
        'value.ambiguous-date',
        ['B2', 'B3', 'B5'],
        undefined,
        'Plan.xlsx, sheet "Initiatives": the due column "Due" has 3 dates that read two ways and none that settles the order, the first A-1 "03/04/2026" reads as 2026-04-03 (day first) or 2026-03-04 (month first); all read month first by the month/day/year setting.',
      ],
    ]);
  });

  it("reads a column that settles nothing the way the table's other date columns are written", () => {
    const rows: CellValue[][] = [
      ['ID', 'Start', 'Due'],
      ['A-1', '03/04/2026', '20/05/2026'],
      ['A-2', '2026-04-10', '01/06/2026'],
    ];
    // Start settles nothing; Due's 20/05/2026 is day first, so Due's own 01/06 is silent and Start's 03/04 follows the table.
    const result = ingestSources([sheetSource(rows, { name: 'Plan.xlsx' })], makeOptions(0, { dateOrder: 'mdy' }));
    expect(result.initiatives.map((r) => [r.start, r.due])).toEqual([
      [day('2026-04-03'), day('2026-05-20')],
      [day('2026-04-10'), day('2026-06-01')],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('value.')).map((f) => [f.code, f.cells.map((c) => c.address), f.initiativeId, f.message])).toEqual([
      ['value.ambiguous-date', ['B2'], 'A-1', `A-1: start "03/04/2026" reads as 2026-04-03 (day first) or 2026-03-04 (month first); read as 2026-04-03 as the table's other date columns are written day first.`],
    ]);
  });

  it('flags a column written both day first and month first, citing one date of each', () => {
    const rows: CellValue[][] = [
      ['ID', 'Due'],
      ['A-1', '03/04/2026'],
      ['A-2', '25/04/2026'],
      ['A-3', '04/25/2026'],
    ];
    const mdy = ingestSources([sheetSource(rows, { name: 'Plan.xlsx' })], makeOptions(0, { dateOrder: 'mdy' }));
    expect(mdy.initiatives.map((r) => r.due)).toEqual([day('2026-03-04'), day('2026-04-25'), day('2026-04-25')]);
    expect(mdy.findings.filter((f) => f.code.startsWith('value.')).map((f) => [f.code, f.severity, f.cells.map((c) => c.address), f.initiativeId, f.message])).toEqual([
      [
        'value.mixed-date-order',
        'warning',
        ['B2', 'B3', 'B4'],
        'A-1',
        'Plan.xlsx, sheet "Initiatives": the due column "Due" holds day-first dates (B3 "25/04/2026") and month-first dates (B4 "04/25/2026"), so it does not settle the rest: A-1 "03/04/2026" reads as 2026-04-03 (day first) or 2026-03-04 (month first); read as 2026-03-04 by the month/day/year setting.',
      ],
    ]);
  });

  it('says nothing of a column mixing both orders when none of its dates reads two ways', () => {
    const rows: CellValue[][] = [
      ['ID', 'Due'],
      ['A-1', '25/04/2026'],
      ['A-2', '04/26/2026'],
    ];
    const result = ingestSources([sheetSource(rows)], makeOptions(0));
    expect(result.initiatives.map((r) => r.due)).toEqual([day('2026-04-25'), day('2026-04-26')]);
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });
});

describe('ingestSources value rules per column', () => {
  it('reads a percent column of numbers above 1 as percents, and a column <= 1 as fractions', () => {
    const percents = ingestSources([sheetSource([['ID', 'Progress'], ['A-1', 50], ['A-2', 1], ['A-3', '20 %']])], options);
    expect(percents.initiatives.map((r) => r.percentComplete)).toEqual([0.5, 0.01, 0.2]);
    // Bare fractions beside "20%" text could be either: see test/core/ingest/normalise/percent-scale.test.ts.
    const fractions = ingestSources([sheetSource([['ID', 'Progress'], ['A-1', 0.5], ['A-2', 1], ['A-3', 0.25]])], options);
    expect(fractions.initiatives.map((r) => r.percentComplete)).toEqual([0.5, 1, 0.25]);
  });

  it('reads number-formatted cells: a date format means a serial, a % format means a fraction', () => {
    const rows: CellValue[][] = [
      ['ID', 'Due', '% Complete'],
      ['A-1', 61, 0.4],
      ['A-2', 60, 40],
    ];
    const numberFormats = [
      [null, null, null],
      [null, 'dd/mm/yyyy', '0%'],
      [null, 'dd/mm/yyyy', null],
    ];
    const result = ingestSources([sheetSource([{ rows, numberFormats }])], options);
    expect(result.initiatives.map((r) => [r.due, r.percentComplete])).toEqual([
      [day('1900-03-01'), 0.4],
      [undefined, 0.4],
    ]);
    expect(result.findings.map((f) => [f.code, f.cells[0]!.address, f.message])).toEqual([
      ['value.unparseable', 'B3', 'A-2: due "60" cannot be read; expected a date such as 2026-04-03, 3 Apr 2026 or an Excel date.'],
    ]);
  });

  it('reads serials in the 1904 date system', () => {
    const result = ingestSources([sheetSource([['ID', 'Due'], ['A-1', 44653]], { dateSystem: 1904 })], options);
    expect(result.initiatives[0]!.due).toBe(day('2026-04-03'));
  });

  it('reports an Excel error in the id cell and keeps the row as a row without id', () => {
    const result = ingestSources([sheetSource([['ID', 'Name'], [{ error: '#REF!' }, 'Lost']])], options);
    expect(result.initiatives).toEqual([]);
    expect(result.rowsWithoutId.map((r) => r.cells.map((c) => c.address))).toEqual([['A2', 'B2']]);
    expect(result.findings.map((f) => f.message)).toEqual(['Row 2: ID is the Excel error #REF!.']);
  });

  it('reads a department merged down several rows as the value of each row, not the id', () => {
    const rows: CellValue[][] = [
      ['ID', 'Department', 'Owner'],
      ['A-1', 'Operations', 'Sam'],
      ['A-2', null, 'Kim'],
      ['A-3', 'IT', null],
    ];
    const merges = [{ top: 1, left: 1, bottom: 2, right: 1 }];
    const result = ingestSources([sheetSource([{ rows, merges }], { name: 'Tracker.xlsx' })], options);
    expect(result.initiatives.map((r) => [r.id, r.department, r.owner])).toEqual([
      ['A-1', 'Operations', 'Sam'],
      ['A-2', 'Operations', 'Kim'],
      ['A-3', 'IT', undefined],
    ]);
  });

  it('reads statuses given as "NA" as unknown without a finding', () => {
    const result = ingestSources([sheetSource([['ID', 'Status'], ['A-1', 'NA'], ['A-2', 'n/a']])], options);
    expect(result.initiatives.map((r) => [r.status, r.statusText])).toEqual([
      ['unknown', 'NA'],
      ['unknown', 'n/a'],
    ]);
    expect(result.findings).toEqual([]);
  });
});

describe('ingestSources on a dependency register and a KPI sheet', () => {
  const source = sheetSource([
    {
      name: 'Dependencies',
      rows: [
        ['From', 'To', 'Type', 'Lag', 'Needed By', 'Note'],
        ['fin-1', 'OPS-2', 'Start-to-Start', '1w', '2026-05-01', 'Ledger feeds ops'],
        ['IT-4', 'FIN-1', null, 3, null, null],
        ['IT-5', null, 'XX', 'soon', null, null],
      ],
    },
    {
      name: 'KPIs',
      rows: [
        ['KPI', 'Name', 'Target', 'Actual', 'Direction', 'Initiatives', 'Owner', 'Unit'],
        ['K1', 'Cost to serve', '£10', 12, 'Lower is better', 'FIN-1, ops-2', 'CFO', '£'],
        ['K2', 'NPS', '95%', '93%', null, 'IT-4 IT-5', null, '%'],
        ['K3', null, 'lots', null, 'sideways', { error: '#N/A' }, null, null],
      ],
    },
  ]);
  const result = ingestSources([source], makeOptions(0, { workingWeekdays: [1, 2, 3, 4, 5, 6] }));

  it('reads dependency records with link types, lags (weeks in working days) and needed-by dates', () => {
    expect(result.dependencies).toEqual([
      {
        ref: { source: 'Finance.xlsx', sheet: 'Dependencies', table: 'Finance.xlsx|Dependencies|[from,to,type,lag,needed by,note]', row: 2 },
        from: 'FIN-1',
        to: 'OPS-2',
        type: 'SS',
        lagDays: 6,
        neededBy: day('2026-05-01'),
        note: 'Ledger feeds ops',
        cells: { from: cell('A2', 'Dependencies'), to: cell('B2', 'Dependencies'), type: cell('C2', 'Dependencies'), lag: cell('D2', 'Dependencies'), neededBy: cell('E2', 'Dependencies'), note: cell('F2', 'Dependencies') },
      },
      {
        ref: { source: 'Finance.xlsx', sheet: 'Dependencies', table: 'Finance.xlsx|Dependencies|[from,to,type,lag,needed by,note]', row: 3 },
        from: 'IT-4',
        to: 'FIN-1',
        type: 'FS',
        lagDays: 3,
        cells: { from: cell('A3', 'Dependencies'), to: cell('B3', 'Dependencies'), lag: cell('D3', 'Dependencies') },
      },
    ]);
  });

  it('reads KPI records with numbers, percents, direction and linked initiative ids', () => {
    expect(result.kpis.map(({ ref, cells, ...rest }) => rest)).toEqual([
      { kpi: 'K1', name: 'Cost to serve', target: 10, actual: 12, direction: 'lower', initiatives: ['FIN-1', 'OPS-2'], owner: 'CFO', unit: '£' },
      // "95%" and "93%" written as percentages: fractions, whatever the unit says.
      { kpi: 'K2', name: 'NPS', target: 0.95, actual: 0.93, direction: 'higher', percentWritten: { target: true, actual: true }, initiatives: ['IT-4', 'IT-5'], unit: '%' },
      // "sideways" does not read: the KPI's words decide (higher, the default, where they say nothing).
      { kpi: 'K3', direction: 'higher', directionUnread: true, initiatives: [] },
    ]);
  });

  it('names the unreadable register and KPI cells', () => {
    expect(result.findings.map((f) => [f.code, `${f.cells[0]!.sheet}!${f.cells[0]!.address}`, f.message])).toEqual([
      ['value.unparseable', 'Dependencies!B4', 'Row 4 of the dependency register has no To (successor) id; the dependency is not read.'],
      ['value.unparseable', 'Dependencies!C4', 'Row 4: type "XX" cannot be read; expected a link type FS, SS, FF or SF.'],
      ['value.unparseable', 'Dependencies!D4', 'Row 4: lag "soon" cannot be read; expected a lag in working days such as 5, 5d, 1w, 16h or 1mo.'],
      ['value.unparseable', 'KPIs!C4', 'K3: target "lots" cannot be read; expected a number or an amount such as 1200, £1,200, 1.2m or (300).'],
      ['value.unparseable', 'KPIs!E4', 'K3: direction "sideways" cannot be read; expected Higher or Lower (which way is better).'],
      ['value.excel-error', 'KPIs!F4', 'K3: initiatives is the Excel error #N/A.'],
    ]);
  });
});
