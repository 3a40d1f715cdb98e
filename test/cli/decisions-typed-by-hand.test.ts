import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPORT_SHEETS } from '../../src/core/report/sheet-names';
import { dayFromIso } from '../../src/core/util/days';
import { readPreviousSnapshot } from '../../src/xlsx/read-previous';
import { runMain } from './run-main';

/**
 * A decision typed by hand into the CLI's report, saved as a new workbook by another program
 * (ExcelJS re-writes every part: shared strings, its own styles, a real date cell), then given to
 * the next `report --previous`. Ops tracker as of Mon 2026-03-16 (Mon-Fri): P (red) was due Fri
 * 03-13 and is not done, so it finishes no earlier than 03-16; Q follows it (FS) and feeds K-1:
 * P is red on a KPI's chain and gets a row on the Decisions sheet.
 */
const OPS = [
  'ID,Name,Department,Owner,Status,Start,Due,Depends On,KPI,Last Updated',
  'P,Vendor onboarding,Ops,Priya Shah,Red,2026-03-02,2026-03-13,,,2026-03-13',
  'Q,Go-live,Ops,Priya Shah,Green,2026-03-17,2026-03-20,P,K-1,2026-03-13',
].join('\n');

/** The cells under a header row's columns, as strings (dates as ISO). */
function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : typeof v === 'object' && 'text' in v ? String(v.text) : String(v));
    }
    out.push(cells);
  });
  return out;
}

describe('decisions typed into the report opened as a new workbook', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-decisions-'));
    fs.writeFileSync(path.join(dir, 'ops.csv'), OPS);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('come back through report --previous into the next Decisions sheet and its snapshot', async () => {
    // Exit 1: P is overdue, an error finding (the summary is written either way).
    expect((await runMain(['report', 'ops.csv', '--as-of', '2026-03-16', '--out', 'week1.xlsx'], dir)).code).toBe(1);

    // The user opens week1.xlsx, fills in P's row on Decisions and saves it as a new workbook.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'week1.xlsx'));
    const ws = book.getWorksheet(REPORT_SHEETS.decisions)!;
    const rows = sheetRows(ws);
    const headerAt = rows.findIndex((r) => r.includes('ID') && r.includes('Decision'));
    const col = (name: string) => rows[headerAt]!.indexOf(name) + 1;
    const pAt = rows.findIndex((r, k) => k > headerAt && r[col('ID') - 1] === 'P') + 1;
    expect(pAt).toBeGreaterThan(headerAt + 1);
    ws.getRow(pAt).getCell(col('Decision')).value = 'Accept the slip; Q moves to 23 Mar';
    ws.getRow(pAt).getCell(col('Decided by')).value = 'Steering committee';
    const on = ws.getRow(pAt).getCell(col('Decided on'));
    on.value = new Date(Date.UTC(2026, 2, 17));
    on.numFmt = 'dd/mm/yyyy';
    await book.xlsx.writeFile(path.join(dir, 'decided.xlsx'));

    const decided = { initiativeId: 'P', decision: 'Accept the slip; Q moves to 23 Mar', by: 'Steering committee', on: dayFromIso('2026-03-17')! };
    expect((await readPreviousSnapshot(new Uint8Array(fs.readFileSync(path.join(dir, 'decided.xlsx'))), 'decided.xlsx'))?.decisions).toEqual([decided]);

    // The next review reads them back, shows them on its own Decisions sheet and keeps them in its snapshot.
    const week2 = await runMain(['report', 'ops.csv', '--as-of', '2026-03-23', '--previous', 'decided.xlsx', '--out', 'week2.xlsx'], dir);
    expect([week2.code, week2.stderr]).toEqual([1, '']);
    const next = new ExcelJS.Workbook();
    await next.xlsx.readFile(path.join(dir, 'week2.xlsx'));
    const again = sheetRows(next.getWorksheet(REPORT_SHEETS.decisions)!);
    const head = again.findIndex((r) => r.includes('ID') && r.includes('Decision'));
    const p = again.find((r, k) => k > head && r[again[head]!.indexOf('ID')] === 'P')!;
    expect(['Decision', 'Decided by', 'Decided on'].map((h) => p[again[head]!.indexOf(h)])).toEqual(['Accept the slip; Q moves to 23 Mar', 'Steering committee', '2026-03-17']);
    expect((await readPreviousSnapshot(new Uint8Array(fs.readFileSync(path.join(dir, 'week2.xlsx'))), 'week2.xlsx'))?.decisions).toEqual([decided]);
  });
});
