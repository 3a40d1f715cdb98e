import { serialFromDay } from '../../src/core/util/days';
import { runsOfEqual, writeReport } from '../../src/office/write-report';
import { CELL_TEXT_LIMIT, FakeWorkbook, PAYLOAD_LIMIT_BYTES } from './fake-excel';
import { FORMULA_LIKE_NAME, initiativesSheet, reportDocument } from './report-fixture';
import type { ReportDocument } from '../../src/core/types';
import { rowsFromArray } from '../../src/core/report/rows';

const OPTIONS = { dateSystem: true, notes: true };

function workbookWithSource(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const finance = wb.addSheet('Finance');
  finance.put(0, 0, 'ID');
  finance.put(0, 1, 'Name');
  finance.put(1, 0, 'FIN-1');
  finance.put(1, 1, 'Ledger');
  finance.put(1, 2, 46100, 'dd/mm/yyyy');
  wb.tables.push({ name: 'FinanceTable', sheet: finance, range: 'A1:C2', style: 'TableStyleLight1', showFilterButton: true });
  return wb;
}

describe('writeReport', () => {
  it('writes user text as text, never as a formula or a number', async () => {
    const wb = workbookWithSource();
    await writeReport(wb.context(), reportDocument(5), OPTIONS);
    const sheet = wb.sheet('Initiatives')!;
    expect(sheet.cell(1, 1)).toMatchObject({ value: FORMULA_LIKE_NAME, format: '@' });
    expect(sheet.cell(1, 1)!.formula).toBeUndefined();
    expect(sheet.cell(2, 1)).toMatchObject({ value: '+1', format: '@' });
    expect(sheet.cell(3, 1)).toMatchObject({ value: '0042', format: '@' });
  });

  it('writes dates as serials of the workbook date system, percents, numbers, booleans and our own formulas', async () => {
    const wb = workbookWithSource();
    await writeReport(wb.context(), reportDocument(2), OPTIONS);
    const sheet = wb.sheet('Initiatives')!;
    expect(sheet.cell(1, 3)).toMatchObject({ value: serialFromDay(20_454), format: 'd mmm yyyy' });
    expect(sheet.cell(1, 4)).toMatchObject({ value: 0.25, format: '0%' });
    expect(sheet.cell(2, 5)).toMatchObject({ value: 1, format: '0' });
    expect(sheet.cell(1, 6)).toMatchObject({ value: true });
    expect(wb.sheet('Summary')!.cell(3, 1)!.formula).toBe('=COUNTIF(Initiatives!C:C,"Green")');

    const wb1904 = workbookWithSource();
    wb1904.use1904DateSystem = true;
    await writeReport(wb1904.context(), reportDocument(2), OPTIONS);
    expect(wb1904.sheet('Initiatives')!.cell(1, 3)!.value).toBe(serialFromDay(20_454, 1904));
  });

  it('renders styles grouped by style, widths, merges, freeze panes, tables, conditional formats, links, notes, charts and print setup', async () => {
    const wb = workbookWithSource();
    const summary = await writeReport(wb.context(), reportDocument(6), OPTIONS);
    expect(summary.sheetsWritten).toEqual(['Summary', 'Initiatives', '_throughline']);
    const init = wb.sheet('Initiatives')!;
    // One header rectangle, and the body column styled in one rectangle, not one request per row.
    expect(init.formatLog.filter((f) => f.property === 'fill.color' && f.value === '#1F3864')).toEqual([{ address: 'A1:G1', property: 'fill.color', value: '#1F3864' }]);
    expect(init.formatLog.filter((f) => f.property === 'font.color' && f.value === '#262626').map((f) => f.address)).toContain('B2:B7');
    expect(init.formatLog.find((f) => f.property === 'fill.color' && f.value === '#FFC7CE')).toEqual({ address: 'C4,C7', property: 'fill.color', value: '#FFC7CE' });
    // Each body row gets its rule: inside edges on the tall rectangle, the bottom edge on the header row only.
    expect(init.formatLog.filter((f) => f.property === 'border.InsideHorizontal.color').map((f) => f.address)).toEqual(['B2:B7', 'D2:D7', 'E2:E7', 'F2:F7']);
    expect(init.formatLog.filter((f) => f.property === 'border.EdgeBottom.color').map((f) => f.address)).toEqual(['A1:G1', 'B2:B7', 'D2:D7', 'E2:E7', 'F2:F7']);
    expect(init.frozen).toEqual({ rows: 1, cols: 1 });
    expect(init.tabColor).toBe('#2F5597');
    expect(init.columnWidths.get(1)).toBe(213.75);
    expect(wb.tables.find((t) => t.name === 'tlInitiatives')).toMatchObject({ range: 'A1:G7', style: 'TableStyleMedium2', showFilterButton: true });
    expect(init.conditionalFormats).toEqual([
      { range: 'C2:C7', type: 'CellValue', rule: { formula1: '="Red"', operator: 'EqualTo' }, format: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true } },
      { range: 'F2:F7', type: 'CellValue', rule: { formula1: '0', operator: 'GreaterThan' }, format: { fill: '#FFEB9C', fontColor: '#7F6000', bold: true } },
    ]);
    expect(init.cell(1, 0)!.hyperlink).toEqual({ documentReference: "'Finance'!A2", textToDisplay: 'FIN-1' });

    const sum = wb.sheet('Summary')!;
    expect(sum.merges).toEqual(['A1:B1']);
    expect(sum.showGridlines).toBe(false);
    expect(sum.rowHeights.get(0)).toBe(28);
    expect(sum.notes).toEqual([{ address: 'A2', content: 'Run by the test' }]);
    expect(sum.charts).toEqual([{ type: 'Pie', source: 'A3:B5', seriesBy: 'Columns', title: 'Initiatives by status', position: ['D3', 'I14'] }]);
    expect(sum.conditionalFormats[0]).toMatchObject({ range: 'B4:B5', type: 'ColorScale' });
    // The page the .xlsx writer sets too: centred, margins 0.4 in at the sides, 0.5 top and bottom, 0.3 header and footer (in points: x 72).
    const { margins, ...page } = sum.page;
    expect(Object.fromEntries(Object.entries(margins ?? {}).map(([k, v]) => [k, Math.round(v * 100) / 100]))).toEqual({ left: 28.8, right: 28.8, top: 36, bottom: 36, header: 21.6, footer: 21.6 });
    expect(page).toEqual({
      orientation: 'Landscape',
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printArea: 'A1:B7',
    });
    expect(sum.cell(5, 0)!.hyperlink).toEqual({ documentReference: "'Findings'!A1", textToDisplay: 'Findings' });
    // A link into another file cannot be followed from this workbook: the text stays, no link.
    expect(sum.cell(6, 0)).toMatchObject({ value: 'Finance.xlsx!B4' });
    expect(sum.cell(6, 0)!.hyperlink).toBeUndefined();

    expect(wb.sheet('_throughline')!.visibility).toBe('Hidden');
    expect(wb.sheets.map((s) => s.customProperties.get('throughline'))).toEqual([undefined, 'report', 'report', 'report']);
  });

  it('links a cell of a file whose absolute path is known by its file: URL, encoded by the core; a bare file name stays text', async () => {
    const wb = workbookWithSource();
    const doc = reportDocument(2);
    const link = (file: string) => ({ value: { t: 'text' as const, v: `${file} › Q3 plan!C7` }, style: 'link' as const, link: { kind: 'external' as const, file, sheet: "Q3 plan's", address: 'C7' } });
    const extra = {
      ...doc.sheets[0]!,
      name: 'Links',
      rows: rowsFromArray([[link('/shared/plans/IT plan#2.xlsx')], [link('C:/Plans/javascript:x.xlsx')], [link('Dropped.csv')]]),
      merges: [],
      charts: [],
      conditionalFormats: [],
    };
    const { print: _print, ...noPrint } = extra;
    await writeReport(wb.context(), { ...doc, sheets: [...doc.sheets.slice(0, 2), noPrint, ...doc.sheets.slice(2)] }, OPTIONS);
    const sheet = wb.sheet('Links')!;
    // Spaces, '#' and ':' percent-encoded (so no part of a name becomes a scheme or fragment), the sheet quoted with its apostrophe doubled.
    expect(sheet.cell(0, 0)!.hyperlink).toEqual({ address: "file:///shared/plans/IT%20plan%232.xlsx#'Q3 plan''s'!$C$7", textToDisplay: '/shared/plans/IT plan#2.xlsx › Q3 plan!C7' });
    expect(sheet.cell(1, 0)!.hyperlink).toEqual({ address: "file:///C:/Plans/javascript%3Ax.xlsx#'Q3 plan''s'!$C$7", textToDisplay: 'C:/Plans/javascript:x.xlsx › Q3 plan!C7' });
    expect(sheet.cell(2, 0)).toMatchObject({ value: 'Dropped.csv › Q3 plan!C7' });
    expect(sheet.cell(2, 0)!.hyperlink).toBeUndefined();
  });

  it('leaves notes out on hosts without the notes API', async () => {
    const wb = workbookWithSource();
    await writeReport(wb.context(), reportDocument(2), { dateSystem: true, notes: false });
    expect(wb.sheet('Summary')!.notes).toEqual([]);
  });

  it('replaces its previous report sheets instead of duplicating them, and leaves source ranges unchanged', async () => {
    const wb = workbookWithSource();
    const before = wb.sheet('Finance')!.snapshot();
    await writeReport(wb.context(), reportDocument(5), OPTIONS);
    await writeReport(wb.context(), reportDocument(3), OPTIONS);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Finance', 'Summary', 'Initiatives', '_throughline']);
    expect(wb.sheet('Initiatives')!.usedRect()).toEqual({ top: 0, left: 0, bottom: 3, right: 6 });
    expect(wb.tables.map((t) => t.name)).toEqual(['FinanceTable', 'tlInitiatives']);
    expect(wb.sheet('Finance')!.snapshot()).toEqual(before);
    expect(wb.sheet('Finance')!.formatLog).toEqual([]);
  });

  it('writes beside a user sheet with a report name under a distinguished name, never touching the user sheet, and replaces it next time', async () => {
    const wb = workbookWithSource();
    wb.addSheet('Initiatives').put(0, 0, 'My own list');
    const mine = wb.sheet('Initiatives')!.snapshot();
    const written = await writeReport(wb.context(), reportDocument(2), OPTIONS);
    expect(written.sheetsWritten).toEqual(['Summary', 'Initiatives (Throughline)', '_throughline']);
    await writeReport(wb.context(), reportDocument(3), OPTIONS);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Finance', 'Initiatives', 'Summary', 'Initiatives (Throughline)', '_throughline']);
    expect(wb.sheet('Initiatives')!.snapshot()).toEqual(mine);
    expect(wb.sheet('Initiatives')!.customProperties.get('throughline')).toBeUndefined();
    expect(wb.sheet('Initiatives (Throughline)')!.cell(3, 0)!.value).toBe('FIN-3');
    expect(wb.tables.map((t) => `${t.name}@${t.sheet.name}`)).toEqual(['FinanceTable@Finance', 'tlInitiatives@Initiatives (Throughline)']);
    // Our own formula follows the sheet to its name.
    expect(wb.sheet('Summary')!.cell(3, 1)!.formula).toBe(`=COUNTIF('Initiatives (Throughline)'!C:C,"Green")`);
  });

  it.each([
    [10, 1],
    [1_000, 1],
    [10_000, 2],
  ])('writes %i rows in one listing sync, one sync per ~4 MB of payload (%i) and one to name the sheets, each under the limit', async (rows, writeBatches) => {
    const wb = workbookWithSource();
    const summary = await writeReport(wb.context(), reportDocument(rows), OPTIONS);
    const written = wb.syncLog.slice(1, -1).reduce((sum, s) => sum + s.bytes, 0);
    // The count follows the bytes: 10,000 rows with a link per row are ~4.6 MB as Office.js sends them, just over one batch.
    expect(summary.syncs).toBe(1 + writeBatches + 1);
    expect(wb.syncs).toBe(summary.syncs);
    expect(writeBatches).toBe(Math.ceil(written / 4_000_000));
    expect(Math.max(...wb.syncLog.map((s) => s.bytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(wb.sheet('Initiatives')!.usedRect()).toEqual({ top: 0, left: 0, bottom: rows, right: 6 });
  });

  it('splits by payload bytes, not rows: a report larger than one batch takes more syncs, each under the limit', async () => {
    const wb = workbookWithSource();
    const doc = reportDocument(2_000);
    const small = await writeReport(wb.context(), doc, { ...OPTIONS, batchBytes: 200_000 });
    expect(small.syncs).toBeGreaterThan(3);
    expect(Math.max(...wb.syncLog.slice(1).map((s) => s.bytes))).toBeLessThan(200_000 + 2_000);
    expect(wb.sheet('Initiatives')!.cell(2_000, 0)!.value).toBe('FIN-2000');
  });
});

/** Everything a user could see of the workbook: sheets in order, their cells, markers, visibility, and the tables. */
function state(wb: FakeWorkbook): unknown {
  return {
    sheets: wb.sheets.map((s) => ({ name: s.name, visibility: s.visibility, marker: s.customProperties.get('throughline'), cells: s.snapshot() })),
    tables: wb.tables.map((t) => `${t.name}@${t.sheet.name}!${t.range}`),
  };
}

/** A second report, different from reportDocument(5), with a Findings sheet. */
function secondReport(): ReportDocument {
  const doc = reportDocument(3);
  return { ...doc, sheets: [doc.sheets[0]!, doc.sheets[1]!, { ...initiativesSheet(2), name: 'Findings', tables: [] }, doc.sheets[2]!] };
}

describe('writeReport replaces the report all or nothing', () => {
  it('takes a distinguished name for a sheet a user sheet names in another case ("summary"), leaving the user sheet as it was', async () => {
    const wb = workbookWithSource();
    wb.addSheet('summary').put(0, 0, 'My notes');
    const notes = wb.sheet('summary')!.snapshot();
    await writeReport(wb.context(), reportDocument(2), OPTIONS);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Finance', 'summary', 'Summary (Throughline)', 'Initiatives', '_throughline']);
    expect(wb.sheet('summary')!.snapshot()).toEqual(notes);
  });

  it('gives a second report\'s new sheet a free distinguished name when user sheets took its name and that one ("FINDINGS", "findings (throughline)"), replacing the first report whole', async () => {
    const wb = workbookWithSource();
    await writeReport(wb.context(), reportDocument(5), OPTIONS);
    wb.addSheet('FINDINGS').put(0, 0, 'Our own findings');
    wb.addSheet('findings (throughline)').put(0, 0, 'Taken as well');
    await writeReport(wb.context(), secondReport(), OPTIONS);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Finance', 'FINDINGS', 'findings (throughline)', 'Summary', 'Initiatives', 'Findings (Throughline)-1', '_throughline']);
    expect(wb.sheet('FINDINGS')!.cell(0, 0)!.value).toBe('Our own findings');
    expect(wb.sheet('findings (throughline)')!.cell(0, 0)!.value).toBe('Taken as well');
    expect(wb.sheet('Initiatives')!.usedRect()).toEqual({ top: 0, left: 0, bottom: 3, right: 6 });
  });

  it('writes beside user sheets named like its temporary sheets ("TL-NEW-0", "tl-old-0")', async () => {
    const wb = workbookWithSource();
    await writeReport(wb.context(), reportDocument(5), OPTIONS);
    wb.addSheet('TL-NEW-0').put(0, 0, 'mine');
    wb.addSheet('tl-old-0').put(0, 0, 'mine too');
    await writeReport(wb.context(), secondReport(), OPTIONS);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Finance', 'TL-NEW-0', 'tl-old-0', 'Summary', 'Initiatives', 'Findings', '_throughline']);
    expect(wb.sheet('TL-NEW-0')!.cell(0, 0)!.value).toBe('mine');
    expect(wb.tables.map((t) => t.name)).toEqual(['FinanceTable', 'tlInitiatives']);
  });

  it('leaves the previous report and the user sheets exactly as they were when any sync of the replacement fails', async () => {
    const first = async (): Promise<FakeWorkbook> => {
      const wb = workbookWithSource();
      await writeReport(wb.context(), reportDocument(5), OPTIONS);
      return wb;
    };
    const probe = await first();
    const from = probe.attempts;
    await writeReport(probe.context(), secondReport(), { ...OPTIONS, batchBytes: 20_000 });
    const syncs = probe.attempts - from;
    // Every sync but the last (deleting the replaced sheets, after the new report is in place).
    expect(syncs).toBeGreaterThan(5);
    for (let n = 1; n < syncs; n++) {
      const wb = await first();
      const before = state(wb);
      wb.failSync = wb.attempts + n;
      await expect(writeReport(wb.context(), secondReport(), { ...OPTIONS, batchBytes: 20_000 })).rejects.toThrow('the connection was lost');
      expect({ n, state: state(wb) }).toEqual({ n, state: before });
    }
  });

  it('when only the last step fails, the new report is in place and the next write removes what is left of the old one', async () => {
    const wb = workbookWithSource();
    await writeReport(wb.context(), reportDocument(5), OPTIONS);
    const probe = workbookWithSource();
    await writeReport(probe.context(), reportDocument(5), OPTIONS);
    const from = probe.attempts;
    await writeReport(probe.context(), secondReport(), OPTIONS);
    wb.failSync = wb.attempts + (probe.attempts - from);
    await writeReport(wb.context(), secondReport(), OPTIONS);
    expect(wb.sheets.map((s) => [s.name, s.customProperties.get('throughline')])).toEqual([
      ['Finance', undefined],
      ['tl-old-0', 'replaced'],
      ['tl-old-1', 'replaced'],
      ['tl-old-2', 'replaced'],
      ['Summary', 'report'],
      ['Initiatives', 'report'],
      ['Findings', 'report'],
      ['_throughline', 'report'],
    ]);
    await writeReport(wb.context(), reportDocument(4), OPTIONS);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Finance', 'Summary', 'Initiatives', '_throughline']);
  });

  it('cuts text longer than a cell holds (32,767 characters) with an ellipsis', async () => {
    const wb = workbookWithSource();
    const doc = reportDocument(2);
    const long = 'x'.repeat(40_000);
    const summary = doc.sheets[0]!;
    const rows = [...Array(summary.rows.count).keys()].map((r) => summary.rows.row(r));
    rows[1] = [{ value: { t: 'text', v: long }, style: 'subtitle' }];
    const { rowsFromArray } = await import('../../src/core/report/rows');
    await writeReport(wb.context(), { ...doc, sheets: [{ ...summary, rows: rowsFromArray(rows) }, ...doc.sheets.slice(1)] }, OPTIONS);
    const text = String(wb.sheet('Summary')!.cell(1, 0)!.value);
    expect(text).toHaveLength(CELL_TEXT_LIMIT);
    expect(text.endsWith('x…')).toBe(true);
  });
});

describe('runsOfEqual', () => {
  it('joins consecutive indexes with the same value', () => {
    expect(
      runsOfEqual([
        [0, 20],
        [1, 20],
        [2, 15],
        [4, 15],
        [5, 15],
      ]),
    ).toEqual([
      { from: 0, to: 1, value: 20 },
      { from: 2, to: 2, value: 15 },
      { from: 4, to: 5, value: 15 },
    ]);
  });
});
