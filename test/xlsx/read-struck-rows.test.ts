/**
 * Rows struck through in an .xlsx tracker (a strikethrough font on the row's cells): read from the
 * styles' fonts (<strike/>, val defaulting to true; val="0" is no strike) as RawSheet.struck, and by
 * ingest as closed work (struck-rows.ts): done where the row says so, else cancelled, whatever a live
 * status cell still says. Expected values worked out from the rows below.
 */
import ExcelJS from 'exceljs';
import { runPipeline } from '../../src/core/pipeline';
import { makeOptions } from '../../src/core/types';
import { dayFromIso } from '../../src/core/util/days';
import { readXlsxSource } from '../../src/xlsx/read-workbook';

async function tracker(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tracker');
  ws.addRow(['ID', 'Project', 'Owner', 'Status', '% Complete', 'Due']);
  ws.addRow(['P-1', 'Depot move', 'Ann Lee', 'Green', 0.4, '2027-01-29']);
  ws.addRow(['P-2', 'Print campaign', 'Bo Chan', 'Green', 0.1, '2026-12-04']);
  ws.addRow(['P-3', 'Office fit-out', 'Cy Ode', 'Amber', 1, '2026-11-13']);
  ws.addRow(['P-4', 'Old CRM sunset', 'Di Fox', 'Cancelled', 0, '2026-12-18']);
  ws.addRow(['P-5', 'Van leasing', 'Ed Gray', 'Amber', 0.5, '2027-02-26']);
  // P-2 and P-3 struck through across the row, P-4 on its name only; P-5's owner alone is struck (not its name).
  for (const ref of ['A3', 'B3', 'C3', 'D3', 'A4', 'B4', 'C4', 'D4', 'B5', 'C6']) ws.getCell(ref).font = { strike: true };
  // An explicit "not struck" on P-1's name.
  ws.getCell('B2').font = { strike: false, bold: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('rows struck through', () => {
  it('are read from the fonts as RawSheet.struck, cells with values only', async () => {
    const sheet = (await readXlsxSource(await tracker(), 'Tracker.xlsx')).sheets[0]!;
    const struck = sheet.struck!;
    const at = (r: number) => [0, 1, 2, 3, 4, 5].map((c) => struck[r]?.[c] === true);
    expect([1, 2, 3, 4, 5].map(at)).toEqual([
      [false, false, false, false, false, false],
      [true, true, true, true, false, false],
      [true, true, true, true, false, false],
      [false, true, false, false, false, false],
      [false, false, true, false, false, false],
    ]);
  });

  it('close the work: cancelled, done where 100% complete, a written Cancelled kept; a struck owner is no struck row', async () => {
    const source = await readXlsxSource(await tracker(), 'Tracker.xlsx');
    const run = runPipeline([source], makeOptions(dayFromIso('2026-11-16')!));
    expect(run.model.initiatives.map((i) => [i.id, i.status, i.statusFrom])).toEqual([
      ['P-1', 'green', undefined],
      ['P-2', 'cancelled', 'strike'],
      ['P-3', 'done', 'strike'],
      ['P-4', 'cancelled', undefined],
      ['P-5', 'amber', undefined],
    ]);
    const notice = run.findings.filter((f) => f.code === 'ingest.struck-rows');
    expect(notice.map((f) => [f.message, f.cells.map((c) => c.address)])).toEqual([
      [
        'Tracker.xlsx, sheet "Tracker": 3 rows are struck through (the "Project" cell), and read as closed: done where the row says so, else cancelled. 2 status cells said otherwise (B3 "Green", B4 "Amber"): the strike is read, as the row\'s last word on it.',
        ['B3', 'B4', 'B5'],
      ],
    ]);
    // Closed work is neither overdue nor slipping: P-2 was due 4 Dec, P-3 on 13 Nov.
    expect(run.findings.filter((f) => f.code === 'schedule.overdue' && (f.initiativeId === 'P-2' || f.initiativeId === 'P-3'))).toEqual([]);
  });
});
