import { ingestSources } from '../../src/core/ingest';
import { makeOptions } from '../../src/core/types';
import { readWorkbook } from '../../src/office/read-workbook';
import { FakeWorkbook } from './fake-excel';

const OPTIONS = { merges: true, dateSystem: true, fallbackName: 'This workbook' };

/** A departmental sheet starting at B3: header row, then `rows` initiatives. */
function programme(rows: number): FakeWorkbook {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet('Finance');
  ['ID', 'Name', 'Status', 'Due', '% Complete'].forEach((h, c) => sheet.put(2, 1 + c, h));
  for (let i = 0; i < rows; i++) {
    const r = 3 + i;
    sheet.put(r, 1, `FIN-${i + 1}`);
    sheet.put(r, 2, `Initiative ${i + 1}`);
    sheet.put(r, 3, i % 2 === 0 ? 'Green' : 'Amber');
    sheet.put(r, 4, 46100 + i, 'dd/mm/yyyy');
    sheet.put(r, 5, 0.5, '0%');
  }
  return wb;
}

describe('readWorkbook', () => {
  it('reads values, number formats, value types and the used range origin of every sheet', async () => {
    const wb = programme(2);
    wb.sheet('Finance')!.putError(4, 5, '#N/A');
    wb.sheet('Finance')!.put(4, 6, true);
    const source = await readWorkbook(wb.context(), OPTIONS);
    expect(source).toMatchObject({ name: 'Programme.xlsx', origin: 'workbook', dateSystem: 1900 });
    const [sheet] = source.sheets;
    expect(sheet!.name).toBe('Finance');
    expect(sheet!.origin).toEqual({ row: 2, col: 1 });
    expect(sheet!.values).toEqual([
      ['ID', 'Name', 'Status', 'Due', '% Complete', null],
      ['FIN-1', 'Initiative 1', 'Green', 46100, 0.5, null],
      ['FIN-2', 'Initiative 2', 'Amber', 46101, { error: '#N/A' }, true],
    ]);
    expect(sheet!.numberFormats![1]).toEqual(['General', 'General', 'General', 'dd/mm/yyyy', '0%', 'General']);
    expect(sheet!.hidden).toBeUndefined();
  });

  it('reads tables, merged areas, hidden sheets and the 1904 date system', async () => {
    const wb = programme(3);
    wb.use1904DateSystem = true;
    wb.tables.push({ name: 'FinanceTable', sheet: wb.sheet('Finance')!, range: 'B3:F6', style: 'TableStyleLight1', showFilterButton: true });
    const notes = wb.addSheet('Notes');
    notes.put(0, 0, 'Owner list');
    notes.merges.push('A1:C1');
    notes.visibility = 'Hidden';
    const source = await readWorkbook(wb.context(), OPTIONS);
    expect(source.dateSystem).toBe(1904);
    expect(source.sheets.map((s) => s.name)).toEqual(['Finance', 'Notes']);
    expect(source.sheets[0]!.tables).toEqual([{ name: 'FinanceTable', range: { top: 2, left: 1, bottom: 5, right: 5 } }]);
    expect(source.sheets[1]).toMatchObject({ hidden: true, merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] });
  });

  it('falls back to the 1900 date system and no merges on hosts without those sets', async () => {
    const wb = programme(1);
    wb.use1904DateSystem = true;
    wb.sheet('Finance')!.merges.push('B3:C3');
    const source = await readWorkbook(wb.context(), { merges: false, dateSystem: false, fallbackName: 'This workbook' });
    expect(source.dateSystem).toBe(1900);
    expect(source.sheets[0]!.merges).toBeUndefined();
  });

  it('skips the report sheets Throughline wrote but reads a user sheet that shares a report name', async () => {
    const wb = programme(1);
    const summary = wb.addSheet('Summary');
    summary.put(0, 0, 'Programme summary');
    summary.customProperties.set('throughline', 'report');
    const userSheet = wb.addSheet('Initiatives');
    userSheet.put(0, 0, 'ID');
    const source = await readWorkbook(wb.context(), OPTIONS);
    expect(source.sheets.map((s) => s.name)).toEqual(['Finance', 'Initiatives']);
  });

  it('skips unmarked report sheets when the workbook holds a report written elsewhere (its hidden snapshot sheet present)', async () => {
    const wb = programme(1);
    wb.addSheet('Summary').put(0, 0, 'x');
    const snapshot = wb.addSheet('_throughline');
    snapshot.put(0, 0, 'throughline-snapshot');
    snapshot.visibility = 'Hidden';
    const source = await readWorkbook(wb.context(), OPTIONS);
    expect(source.sheets.map((s) => s.name)).toEqual(['Finance']);
  });

  it('reads a user sheet merely named "_throughline", and the report-named sheets beside it', async () => {
    const wb = programme(1);
    wb.addSheet('Summary').put(0, 0, 'My summary');
    wb.addSheet('_throughline').put(0, 0, 'scratch notes');
    const source = await readWorkbook(wb.context(), OPTIONS);
    expect(source.sheets.map((s) => s.name)).toEqual(['Finance', 'Summary', '_throughline']);
  });

  it('reads merged areas of a sheet whose quoted name holds "!" and a cell-like word', async () => {
    const wb = programme(1);
    const ops = wb.addSheet('Ops!A2 list, Q3');
    ops.put(0, 0, 'Owner');
    ops.merges.push('B3:C3', 'E5:F6');
    const source = await readWorkbook(wb.context(), OPTIONS);
    expect(source.sheets[1]!.merges).toEqual([
      { top: 2, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 4, bottom: 5, right: 5 },
    ]);
  });

  it('gives an empty sheet no values and the workbook fallback name when it has none', async () => {
    const wb = new FakeWorkbook();
    wb.name = '';
    wb.addSheet('Sheet1');
    const source = await readWorkbook(wb.context(), OPTIONS);
    expect(source.name).toBe('This workbook');
    expect(source.sheets).toEqual([{ name: 'Sheet1', origin: { row: 0, col: 0 }, values: [] }]);
  });

  it.each([10, 1_000, 10_000])('uses three syncs for %i rows: the lists, every range, the status column\'s fills', async (rows) => {
    const wb = programme(rows);
    wb.addSheet('Second').put(0, 0, 'ID');
    const source = await readWorkbook(wb.context(), OPTIONS);
    expect(source.sheets[0]!.values).toHaveLength(rows + 1);
    expect(wb.syncs).toBe(3);
  });

  it('uses two syncs for a workbook with no status-, name- or id-like header (no cell formats to read)', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('Contacts');
    ['Email', 'Phone'].forEach((h, c) => sheet.put(0, c, h));
    sheet.put(1, 0, 'jo@example.com');
    sheet.putFill(1, 0, '#FF0000');
    sheet.putStrike(1, 0);
    const source = await readWorkbook(wb.context(), OPTIONS);
    expect(source.sheets[0]!.fills).toBeUndefined();
    expect(source.sheets[0]!.struck).toBeUndefined();
    expect(wb.syncs).toBe(2);
  });

  it('reads the strikethrough of name and id columns in a third sync: struck cells with values only', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('Plan');
    ['ID', 'Project', 'Notes'].forEach((h, c) => sheet.put(0, c, h));
    [['P-1', 'Depot move', 'x'], ['P-2', 'Print campaign', 'y']].forEach((row, r) => row.forEach((v, c) => sheet.put(r + 1, c, v)));
    // P-2's name struck through; its Notes cell too (no name or id column: not read); an empty struck cell below.
    sheet.putStrike(2, 1);
    sheet.putStrike(2, 2);
    sheet.putStrike(3, 1);
    const source = await readWorkbook(wb.context(), OPTIONS);
    expect(wb.syncs).toBe(3);
    const struck = source.sheets[0]!.struck!;
    expect([0, 1, 2].map((r) => [0, 1, 2].map((c) => struck[r]?.[c] === true))).toEqual([
      [false, false, false],
      [false, false, false],
      [false, true, false],
    ]);
  });
});

describe('readWorkbook on a workbook larger than the response limit', () => {
  it('reads the same source in row chunks, each response under the limit', async () => {
    const big = programme(10_000);
    big.tables.push({ name: 'FinanceTable', sheet: big.sheet('Finance')!, range: 'B3:F10003', style: 'TableStyleLight1', showFilterButton: true });
    const expected = await readWorkbook(big.context(), OPTIONS);
    const limited = programme(10_000);
    limited.tables.push({ name: 'FinanceTable', sheet: limited.sheet('Finance')!, range: 'B3:F10003', style: 'TableStyleLight1', showFilterButton: true });
    limited.responseLimitBytes = 1_000_000;
    const chunked = await readWorkbook(limited.context(), OPTIONS);
    expect(chunked).toEqual(expected);
    // Lists; the all-at-once attempt (refused); layout; a 40,000-cell chunk (refused); then
    // 20,000 + 20,000 + 10,005 cells; then the Status column's 10,000 fills (about 55 bytes each,
    // 550 KB) with the ID and Name columns' 20,000 strikethroughs (about 42 bytes each, 840 KB):
    // 1.39 MB, refused; then half the cells at a time, 15,000 (fills and 5,000 strikes) and 15,000.
    // Only the three refused syncs were over the limit.
    expect(limited.syncLog.map((s) => s.responseBytes > 1_000_000)).toEqual([false, true, false, true, false, false, false, true, false, false]);
  });

  it('passes any other failure on', async () => {
    const wb = programme(1);
    const context = wb.context();
    const failing = { ...context, workbook: context.workbook, sync: async () => Promise.reject(Object.assign(new Error('GeneralException'), { code: 'GeneralException' })) };
    await expect(readWorkbook(failing as unknown as Excel.RequestContext, OPTIONS)).rejects.toThrow('GeneralException');
  });
});

describe('readWorkbook reads the fills of status columns', () => {
  it('gives each status-like column\'s solid fills (empty cells too) as six hex digits, aligned with the values; no fill, patterns and other columns are left out', async () => {
    const wb = programme(4);
    const sheet = wb.sheet('Finance')!;
    // Status is column D (3); its header on row 3 (2). Rows 4..7 hold FIN-1..FIN-4.
    sheet.put(4, 3, null);
    sheet.putFill(3, 3, '#C00000');
    sheet.putFill(4, 3, '#ffeb9c');
    sheet.putFill(5, 3, '#C6EFCE', 'Gray50');
    // The header's own fill, and a fill in the Name column: not read.
    sheet.putFill(2, 3, '#1F4E79');
    sheet.putFill(3, 2, '#FF0000');
    const source = await readWorkbook(wb.context(), OPTIONS);
    const read = source.sheets[0]!;
    expect(read.origin).toEqual({ row: 2, col: 1 });
    // values row 1 is sheet row 4 (FIN-1); column index 2 is sheet column D.
    expect(read.fills).toHaveLength(5);
    expect(read.fills![0]).toBeUndefined();
    expect(read.fills![1]).toEqual([undefined, undefined, 'C00000']);
    expect(read.fills![2]).toEqual([undefined, undefined, 'FFEB9C']);
    expect(read.fills![3]).toBeUndefined();
    expect(read.fills![4]).toBeUndefined();
    expect(read.values[2]![2]).toBeNull();
  });

  it('an empty status cell coloured in the open workbook reads as its colour, as from a file', async () => {
    const wb = programme(2);
    const sheet = wb.sheet('Finance')!;
    // FIN-2's Status (D5) emptied and coloured Excel's "Bad" light red; FIN-1's Green left in a white cell.
    sheet.put(4, 3, null);
    sheet.putFill(4, 3, '#FFC7CE');
    const source = await readWorkbook(wb.context(), OPTIONS);
    const result = ingestSources([source], makeOptions(20_000));
    expect(result.initiatives.map((r) => [r.id, r.status, r.statusFrom])).toEqual([
      ['FIN-1', 'green', undefined],
      ['FIN-2', 'red', 'fill'],
    ]);
    expect(result.findings.filter((f) => f.code === 'ingest.status-from-fill').map((f) => f.cells.map((c) => c.address))).toEqual([['D3', 'D5']]);
  });

  it("reads a hand-made Gantt's bars, fills under its week columns, in the same sync, and the core dates the rows by them", async () => {
    const wb = new FakeWorkbook();
    const plan = wb.addSheet('Plan');
    // Week-commencing dates as Excel holds them: serials in a date format (46328 is Monday 2 Nov 2026).
    ['ID', 'Task', 'Owner'].forEach((h, c) => plan.put(0, c, h));
    for (let k = 0; k < 4; k++) plan.put(0, 3 + k, 46328 + 7 * k, 'dd-mmm');
    plan.put(1, 0, 'T-1');
    plan.put(1, 1, 'Survey');
    plan.put(1, 2, 'Ann Lee');
    plan.put(2, 0, 'T-2');
    plan.put(2, 1, 'Design');
    plan.put(2, 2, 'Bo Chan');
    // T-1's bar over weeks 1-2 (D2:E2), T-2's over weeks 2-4 (E3:G3); a fill in the Owner column is no bar.
    for (const [r, c] of [[1, 3], [1, 4], [2, 4], [2, 5], [2, 6]] as const) plan.putFill(r, c, '#4472C4');
    plan.putFill(1, 2, '#FF0000');
    const source = await readWorkbook(wb.context(), OPTIONS);
    expect(wb.syncs).toBe(3);
    expect(source.sheets[0]!.fills![1]).toEqual([undefined, undefined, undefined, '4472C4', '4472C4']);
    const result = ingestSources([source], makeOptions(20_000));
    const iso = (d: number | undefined): string | undefined => (d === undefined ? undefined : new Date(d * 86_400_000).toISOString().slice(0, 10));
    // T-1: Mon 2 Nov to Fri 13 Nov; T-2: Mon 9 Nov to Fri 27 Nov (the last week as long as the one before).
    expect(result.initiatives.map((r) => [r.id, iso(r.start), iso(r.due)])).toEqual([
      ['T-1', '2026-11-02', '2026-11-13'],
      ['T-2', '2026-11-09', '2026-11-27'],
    ]);
  });

  it('reads a status header below title rows and in an Excel table past the first 50 rows, in one sync for all sheets', async () => {
    const wb = new FakeWorkbook();
    const a = wb.addSheet('Ops');
    a.put(0, 0, 'Operations tracker');
    ['ID', 'Name', 'RAG'].forEach((h, c) => a.put(3, c, h));
    a.put(4, 0, 'OPS-1');
    a.put(4, 1, 'Depot');
    a.putFill(4, 2, '#00B050');
    const b = wb.addSheet('Late');
    b.put(0, 0, 'Notes');
    ['ID', 'Health'].forEach((h, c) => b.put(60, c, h));
    b.put(61, 0, 'L-1');
    b.putFill(61, 1, '#FF0000');
    wb.tables.push({ name: 'LateTable', sheet: b, range: 'A61:B62', style: 'TableStyleLight1', showFilterButton: true });
    const source = await readWorkbook(wb.context(), OPTIONS);
    expect(source.sheets[0]!.fills![4]).toEqual([undefined, undefined, '00B050']);
    expect(source.sheets[1]!.fills![61]).toEqual([undefined, 'FF0000']);
    expect(wb.syncs).toBe(3);
  });

  it('reads 150,000 status cells in three syncs of fills, each response under the 5 MB limit', async () => {
    const big = (status: string): FakeWorkbook => {
      const wb = new FakeWorkbook();
      const sheet = wb.addSheet('Big');
      ['ID', status].forEach((h, c) => sheet.put(0, c, h));
      for (let r = 1; r <= 150_000; r++) sheet.put(r, 0, `B-${r}`);
      sheet.putFill(150_000, 1, '#FFC000');
      return wb;
    };
    // The same sheet with a header that is no status: its values' syncs and its ID column's
    // strikethrough alone (read in chunks, over 5 MB).
    const plain = big('Notes');
    await readWorkbook(plain.context(), OPTIONS);
    const wb = big('Status');
    const source = await readWorkbook(wb.context(), OPTIONS);
    // The Status column's 150,000 fills beside the ID column's 150,000 strikethroughs: 300,000
    // cells in five syncs of 60,000, two more than the ID column's 150,000 alone (three).
    expect(wb.syncs - plain.syncs).toBe(2);
    const fills = wb.syncLog.slice(plain.syncs);
    expect(Math.max(...fills.map((s) => s.responseBytes))).toBeLessThan(5_000_000);
    expect(source.sheets[0]!.fills![150_000]).toEqual([undefined, 'FFC000']);
    expect(source.sheets[0]!.fills!.filter((r) => r !== undefined)).toHaveLength(1);
  }, 60_000);
});
