import { buildReport, REPORT_SHEETS } from '../../src/core/report';
import { takeSnapshot } from '../../src/core/report/snapshot';
import type { ReportCell, ReportDocument, ReportSheet } from '../../src/core/types';
import { readPreviousSnapshot as readOfficeSnapshot } from '../../src/office/read-snapshot';
import { writeReport } from '../../src/office/write-report';
import { readPreviousSnapshot as readXlsxSnapshot } from '../../src/xlsx/read-previous';
import { writeReportXlsx } from '../../src/xlsx/write-report';
import { makeFixture } from '../core/report/fixture';
import { loadWorkbook } from '../support/xlsx-parts';
import { FakeWorkbook } from './fake-excel';

/**
 * Both writers with Excel's row limit lowered (the real one, 1,048,576, needs a portfolio of a
 * million initiatives): sheets past it are written in parts, and the hidden snapshot and the
 * Decisions sheet are read back from all their parts, by the CLI's reader and by the add-in's.
 */
const OPTIONS = { dateSystem: true, notes: true } as const;

/** The report's Decisions and snapshot sheets only, with a decision typed on each trade-off's row, as a user would. */
function decidedDoc(): { doc: ReportDocument; typed: Array<{ initiativeId: string; decision: string }> } {
  const whole = buildReport(makeFixture());
  const decisions = whole.sheets.find((s) => s.name === REPORT_SHEETS.decisions)!;
  const header = decisions.rows.row(0).map((c) => (c?.value?.t === 'text' ? c.value.v : ''));
  const col = header.indexOf('Decision');
  const typed: Array<{ initiativeId: string; decision: string }> = [];
  const rows = decisions.rows;
  for (let r = 1; r < rows.count; r++) {
    const id = rows.row(r)[0]?.value;
    if (id?.t === 'text') typed.push({ initiativeId: id.v, decision: `Decided on row ${r + 1}` });
  }
  const decided: ReportSheet = {
    ...decisions,
    rows: {
      count: rows.count,
      width: Math.max(rows.width, col + 1),
      row: (r) => {
        if (r === 0) return rows.row(0);
        const cells: (ReportCell | null)[] = [...rows.row(r)];
        while (cells.length <= col) cells.push(null);
        cells[col] = { value: { t: 'text', v: `Decided on row ${r + 1}` } };
        return cells;
      },
    },
  };
  return { doc: { ...whole, sheets: [decided, whole.sheets.find((s) => s.name === REPORT_SHEETS.snapshot)!] }, typed };
}

describe('a report past the row limit, in parts', () => {
  it('is written in the same parts by both writers, within the limit, and its snapshot reads back whole from either', async () => {
    const doc = buildReport(makeFixture());
    const bytes = await writeReportXlsx(doc, undefined, 6);
    const wb = await loadWorkbook(bytes);
    const names = wb.worksheets.map((w) => w.name);
    // 8 initiatives and a header in parts of 5 body rows; the snapshot's 19 rows (no header) in parts of 6.
    expect(names.filter((n) => n.startsWith('Initiatives'))).toEqual(['Initiatives', 'Initiatives 2']);
    expect(names.filter((n) => n.startsWith('_throughline'))).toEqual(['_throughline', '_throughline 2', '_throughline 3', '_throughline 4']);
    expect(wb.worksheets.filter((w) => w.name.startsWith('_throughline')).map((w) => w.state)).toEqual(['hidden', 'hidden', 'hidden', 'hidden']);
    for (const w of wb.worksheets) expect(w.rowCount).toBeLessThanOrEqual(6);
    expect(wb.getWorksheet('Initiatives 2')!.getCell('A1').value).toBe('ID');
    expect(await readXlsxSnapshot(bytes)).toEqual(takeSnapshot(makeFixture()));

    const office = new FakeWorkbook();
    office.addSheet('Plan');
    const written = await writeReport(office.context(), doc, { ...OPTIONS, maxRows: 6 });
    expect(written.sheetsWritten).toEqual(names);
    for (const name of names) expect(Math.max(0, ...office.sheet(name)!.snapshot().map(([at]) => Number(at.split(',')[0]) + 1))).toBeLessThanOrEqual(6);
    expect(office.sheet('_throughline 4')!.visibility).toBe('Hidden');
    expect(await readOfficeSnapshot(office.context())).toEqual(takeSnapshot(makeFixture()));

    // Written again within the limit, the report replaces every part: none is left behind.
    await writeReport(office.context(), doc, OPTIONS);
    expect(office.sheets.map((s) => s.name)).toEqual(['Plan', ...doc.sheets.map((s) => s.name)]);
  });

  it('reads the decisions typed on every part of the Decisions sheet back, from the .xlsx and from the open workbook', async () => {
    const { doc, typed } = decidedDoc();
    // Two trade-offs: one per part at 2 rows a sheet (the header and one row).
    expect(typed).toHaveLength(2);
    const bytes = await writeReportXlsx(doc, undefined, 2);
    const wb = await loadWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Decisions', 'Decisions 2']);
    const fromXlsx = await readXlsxSnapshot(bytes);
    expect(fromXlsx?.decisions).toEqual(typed);
    expect({ ...fromXlsx, decisions: undefined }).toEqual({ ...takeSnapshot(makeFixture()), decisions: undefined });

    const office = new FakeWorkbook();
    office.addSheet('Plan');
    await writeReport(office.context(), doc, { ...OPTIONS, maxRows: 2 });
    const fromOffice = await readOfficeSnapshot(office.context());
    expect(fromOffice?.decisions).toEqual(typed);
    expect(fromOffice?.initiatives).toEqual(takeSnapshot(makeFixture()).initiatives);
  });
});
