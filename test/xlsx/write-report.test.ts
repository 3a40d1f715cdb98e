import ExcelJS from 'exceljs';
import { buildReport, headline } from '../../src/core/report';
import { takeSnapshot } from '../../src/core/report/snapshot';
import { readPreviousSnapshot } from '../../src/xlsx/read-previous';
import { hyperlinkTarget, writeReportXlsx } from '../../src/xlsx/write-report';
import { makeFixture, makeModifiedFixture } from '../core/report/fixture';
import { loadWorkbook, unzipText } from '../support/xlsx-parts';

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('writeReportXlsx', () => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await writeReportXlsx(buildReport(makeFixture()));
    wb = await loadWorkbook(bytes);
  });

  it('writes every sheet in order, the snapshot hidden, with fixed workbook properties', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Summary', 'visible'],
      ['Initiatives', 'visible'],
      ['Findings', 'visible'],
      ['Dependencies', 'visible'],
      ['Timeline', 'visible'],
      ['Departments', 'visible'],
      ['Value at risk', 'visible'],
      ['Sources', 'visible'],
      ['Actions', 'visible'],
      ['Decisions', 'visible'],
      ['_throughline', 'hidden'],
    ]);
    expect(wb.creator).toBe('Throughline');
    expect(wb.created.toISOString()).toBe('2026-03-16T00:00:00.000Z');
    expect(wb.modified.toISOString()).toBe('2026-03-16T00:00:00.000Z');
    expect(sheet(wb, 'Summary').properties.tabColor).toEqual({ argb: 'FF1F3864' });
  });

  it('writes the Summary cells, merges, styles, page breaks and landscape print setup', () => {
    const ws = sheet(wb, 'Summary');
    expect(ws.getCell('A1').value).toBe('Throughline summary');
    expect(ws.getCell('A1').font).toEqual({ name: 'Calibri', size: 18, bold: true, color: { argb: 'FF1F3864' } });
    expect(ws.getCell('A3').value).toBe(headline(makeFixture()));
    expect(String(ws.getCell('A3').value)).toMatch(/^2 initiatives are effectively red against 1 reported red: FIN-2, IT-1\. /);
    expect(ws.getCell('A3').alignment).toEqual({ vertical: 'top', wrapText: true });
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:K1', 'A2:K2', 'A3:K3', 'B6:D6', 'D36:E36']));
    // The red tile: 2 effectively red, in the red tile style.
    expect(ws.getCell('A6').value).toBe('2');
    expect(ws.getCell('A6').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' }, bgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('A36').value).toBe('Green');
    expect(ws.getCell('A36').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' }, bgColor: { argb: 'FFC6EFCE' } });
    expect([ws.getCell('B36').value, ws.getCell('C36').value]).toEqual([4, 1]);
    // IT's budget at risk first (the most), then Sales'.
    expect([ws.getCell('I36').value, ws.getCell('I37').value]).toEqual([1100000, 480000]);
    expect(ws.getCell('I37').numFmt).toBe('#,##0');
    // Finance, the freshest source, last: its oldest update FIN-1 on 12 Mar.
    expect(ws.getCell('G52').value).toBe('Finance.xlsx');
    expect(ws.getCell('I52').value).toEqual(new Date(Date.UTC(2026, 2, 12)));
    expect(ws.getCell('I52').numFmt).toBe('d mmm yyyy');
    expect(ws.getColumn(1).width).toBe(26);
    expect(ws.getRow(3).height).toBe(54);
    expect(ws.views[0]).toMatchObject({ showGridLines: false });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, paperSize: 9, printArea: 'A1:K80' });
    const xml = unzipText(bytes).get('xl/worksheets/sheet1.xml')!;
    expect(xml).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="33" max="16383" man="1"/><brk id="59" max="16383" man="1"/></rowBreaks>');
  });

  it('prints the Timeline at its fixed scale with its column break (not fitted to a page, which would drop the break)', () => {
    const xml = unzipText(bytes).get('xl/worksheets/sheet5.xml')!;
    // Two pages wide, page 2 from column AD (0-based 29), the first month past the legend (test/core/report/timeline-legend.test.ts).
    // Page 1 holds A..AC: the legend block to AB, 1,129.1 pt, and AC's week, 3.3 x 7 = 23.1 pt: 1,152.2 pt. The room is
    // 784.29 x 0.96 x 100 / scale: 1,140.8 pt at 66%, 1,158.3 pt at 65%: so 65%.
    expect(xml).toContain('<pageSetup paperSize="9" scale="65" orientation="landscape"/>');
    expect(xml).not.toContain('fitToPage="1"');
    expect(xml).toContain('<colBreaks count="1" manualBreakCount="1"><brk id="29" max="1048575" man="1"/></colBreaks>');
    // CT_Worksheet's order: pageSetup, headerFooter, rowBreaks, colBreaks, then the drawing.
    expect(xml.indexOf('<pageSetup')).toBeLessThan(xml.indexOf('<colBreaks'));
    expect(sheet(wb, 'Timeline').pageSetup).toMatchObject({ orientation: 'landscape', scale: 65, printArea: 'A1:AX17' });
  });

  it('links internal cells with #Sheet!A1 and source files with file#Sheet!A1', () => {
    const summary = sheet(wb, 'Summary');
    expect(summary.getCell('A11').value).toBe('IT-1 Data platform');
    expect(summary.getCell('K11').value).toEqual({ text: 'IT Plan.xlsx › Plan!A2', hyperlink: "IT%20Plan.xlsx#'Plan'!$A$2" });
    expect(sheet(wb, 'Initiatives').getCell('A4').value).toEqual({ text: 'IT-1', hyperlink: "IT%20Plan.xlsx#'Plan'!$A$2" });
    expect(summary.getCell('B80').value).toEqual({ text: 'Initiatives', hyperlink: "#'Initiatives'!$A$1" });
    const findings = sheet(wb, 'Findings');
    expect(findings.getCell('E2').value).toEqual({ text: 'This workbook › Sales!H2', hyperlink: "#'Sales'!$H$2" });
    expect(findings.getCell('E3').value).toEqual({
      text: 'Finance.xlsx › Initiatives!E3',
      hyperlink: "Finance.xlsx#'Initiatives'!$E$3",
    });
    // No `location` attribute (exceljs would add one for Sheet!A1 targets, which Excel doubles).
    const xml = unzipText(bytes).get('xl/worksheets/sheet3.xml')!;
    expect(xml).toContain('<hyperlink ref="E2" r:id="rId2" tooltip="Go to Sales!H2"/>');
    expect(unzipText(bytes).get('xl/worksheets/_rels/sheet3.xml.rels')).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="#&apos;Sales&apos;!$H$2" TargetMode="External"');
    expect(xml).not.toContain('location=');
    expect(hyperlinkTarget({ kind: 'internal', sheet: "O'Neil plan", address: 'b7' })).toBe("#'O''Neil plan'!$B$7");
  });

  it('writes Initiatives as an Excel table with filters, frozen header, formats and RAG conditional formats', () => {
    const ws = sheet(wb, 'Initiatives');
    const table = (ws as unknown as { tables: Record<string, { table: { tableRef: string; columns: Array<{ name: string; filterButton: boolean }>; style: { theme: string } } }> }).tables['tlInitiatives']!.table;
    expect(table.tableRef).toBe('A1:W9');
    expect(table.style.theme).toBe('TableStyleLight9');
    expect(table.columns.slice(0, 6).map((c) => [c.name, c.filterButton])).toEqual([
      ['ID', true], ['Name', true], ['Department', true], ['Owner', true], ['Reported', true], ['Effective', true],
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(ws.getRow(3).values).toEqual([
      undefined,
      { text: 'FIN-2', hyperlink: "Finance.xlsx#'Initiatives'!$A$3" },
      'Rolling forecast', 'Finance', 'Ana Ruiz', 'Green', 'Red',
      'Upstream IT-1 is red and 10 working days late; own forecast finish 14 May 2026 passes due 30 Apr 2026.',
      new Date(Date.UTC(2026, 2, 9)), new Date(Date.UTC(2026, 3, 30)), new Date(Date.UTC(2026, 4, 14)),
      10, 0, undefined, 'Yes', 'No', 3, 0.1, 120000, 120000, 300000, 'IT-1', 'OPS-1', 'Finance.xlsx',
    ]);
    expect(ws.getCell('Q3').numFmt).toBe('0%');
    expect(ws.getCell('I3').numFmt).toBe('d mmm yyyy');
    const formattings = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const cfs = formattings.map((cf) => [cf.ref, cf.rules[0]!.type, (cf.rules[0] as { formulae?: string[] }).formulae]);
    expect(cfs).toContainEqual(['E2:E9', 'cellIs', ['"Red"']]);
    expect(cfs).toContainEqual(['K2:K9', 'cellIs', ['0']]);
    const red = formattings.find((cf) => cf.ref === 'F2:F9' && (cf.rules[0] as { formulae?: string[] }).formulae?.[0] === '"Red"')!;
    expect(red.rules[0]!.style!.fill).toEqual({ type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
  });

  it('writes the Timeline fills, the today marker with its note, and the Departments heat map', () => {
    const tl = sheet(wb, 'Timeline');
    expect(tl.getCell('AA5').value).toBe('16');
    expect(tl.getCell('AA5').note).toBe('Today: the report is as of 16 Mar 2026');
    expect((tl.getCell('AA5').fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: 'FFFFD966' });
    const it1 = 10; // rows: 5 header rows, then Finance, FIN-1, FIN-2, IT, IT-1
    expect(tl.getCell(`A${it1}`).value).toBe('IT-1');
    // The week of 19 Jan: red, in the part done (70%), on the critical path (navy underline).
    expect((tl.getCell(`S${it1}`).fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: 'FFC0504D' });
    expect(tl.getCell(`S${it1}`).border?.bottom?.color).toEqual({ argb: 'FF1F3864' });
    expect((tl.getCell(`Z${it1}`).fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: 'FFF4B183' });
    const dep = sheet(wb, 'Departments');
    expect(dep.getCell('E15').value).toBe(2);
    // Sales on Sales: the diagonal, grey; Sales on IT (C15), the hottest cross-department cell.
    expect((dep.getCell('E15').fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: 'FFEDEDED' });
    expect((dep.getCell('C15').fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: 'FFC65911' });
  });

  it('keeps the snapshot in the hidden sheet and reads it back', async () => {
    expect(sheet(wb, '_throughline').getRow(1).values).toEqual([undefined, 'throughline-snapshot', 1, '2026-03-16']);
    expect(await readPreviousSnapshot(bytes)).toEqual(takeSnapshot(makeFixture()));
  });

  it('reads no snapshot from a workbook without the hidden sheet', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Plan').getCell('A1').value = 'ID';
    expect(await readPreviousSnapshot(new Uint8Array(await other.xlsx.writeBuffer()))).toBeUndefined();
  });

  it('writes the same bytes twice, whatever the clock says', async () => {
    const doc = buildReport(makeFixture());
    jest.useFakeTimers({ now: new Date('2021-01-01T10:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask', 'clearTimeout', 'clearInterval', 'clearImmediate'] });
    const first = await writeReportXlsx(doc);
    jest.setSystemTime(new Date('2029-07-15T23:59:59Z'));
    const second = await writeReportXlsx(doc);
    jest.useRealTimers();
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('user text never becomes a formula', () => {
  const names = ['=HYPERLINK("http://evil.example","click")', '+1', '-x', '@y', '=1+1'];

  it('writes names starting with =, +, - or @ as literal strings', async () => {
    const result = makeFixture({
      specs: (specs) => specs.map((s, k) => (k < names.length ? { ...s, name: names[k]!, owner: k === 0 ? '=SUM(A1:A9)' : s.owner } : s)),
    });
    const bytes = await writeReportXlsx(buildReport(result));
    const ws = sheet(await loadWorkbook(bytes), 'Initiatives');
    for (let k = 0; k < names.length; k++) {
      const cell = ws.getCell(`B${k + 2}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(names[k]);
    }
    expect(ws.getCell('D2').value).toBe('=SUM(A1:A9)');
    // In the XML: shared strings, no <f> element anywhere in the sheet.
    const files = unzipText(bytes);
    expect(files.get('xl/worksheets/sheet2.xml')).not.toContain('<f>');
    expect(files.get('xl/sharedStrings.xml')).toContain('<t>=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)</t>');
    expect(files.get('xl/sharedStrings.xml')).toContain('<t>+1</t>');
  });
});

describe('Changes against a modified copy', () => {
  it('reads the previous summary and writes the exact Changes rows', async () => {
    const previousBytes = await writeReportXlsx(buildReport(makeFixture()));
    const previous = await readPreviousSnapshot(previousBytes);
    expect(previous).toBeDefined();
    const bytes = await writeReportXlsx(buildReport(makeModifiedFixture(), { previous: previous! }));
    const wb = await loadWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(['Summary', 'Changes', 'Initiatives']);
    const ws = sheet(wb, 'Changes');
    const row = (r: number): unknown[] => (ws.getRow(r).values as unknown[]).slice(1);
    const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
    expect(ws.getCell('A2').value).toBe(
      'Since the summary as of 16 Mar 2026: 1 green-to-red surprise, 1 status change, 1 re-plan, 1 slip, 1 new and 1 removed initiatives, 1 new and 1 resolved findings. Days are working days; many changes of one kind are one row.',
    );
    expect(row(4)).toEqual(['Change', 'Initiative', 'Name', 'Was', 'Now', 'Reported, as written', 'Detail']);
    // Each initiative links to its row on Initiatives (FIN-1 row 2, IT-1 row 4, IT-2 row 5, SAL-1 row 7, SAL-3 row 9); OPS-2 is gone.
    const to = (id: string, r: number) => ({ text: id, hyperlink: `#'Initiatives'!$A$${r}` });
    expect([5, 6, 7, 8, 9, 10, 11, 12].map(row)).toEqual([
      ['Green to red', to('FIN-1', 2), 'Chart of accounts redesign', 'Green', 'Red', 'Green (unchanged)', 'Own forecast finish 10 Apr 2026 passes due 27 Mar 2026.'],
      ['Status change', to('IT-1', 4), 'Data platform', 'Red', 'Red', 'Red → Amber', 'Effectively red, unlike the reported status.'],
      ['Re-planned', to('IT-2', 5), 'Single sign-on', day('2026-04-10'), day('2026-04-24'), '', 'Due date moved 10 working days later in the plan. Forecast finish now 24 Apr 2026 (was 10 Apr 2026).'],
      ['Slipped', to('FIN-1', 2), 'Chart of accounts redesign', day('2026-03-27'), day('2026-04-10'), '', 'Forecast finish 10 working days later; the due date (27 Mar 2026) did not move.'],
      ['New initiative', to('SAL-3', 9), 'Partner pricing', '', 'Green', 'Green', 'Added in Sales.'],
      ['Removed initiative', 'OPS-2', 'Supplier portal', 'Done', '', 'Done', 'No longer in any source.'],
      ['New finding', to('SAL-1', 7), 'CRM migration', '', 'Warning', '', 'Forecast or spent cost above budget by more than the tolerance (default 5%): SAL-1 forecast cost 330,000 is 10% above its budget 300,000.'],
      ['Resolved finding', to('IT-1', 4), 'Data platform', 'Warning', '', '', 'An open initiative whose last update is older than the review cadence (default 7 days): IT-1 was last updated on 20 Feb 2026, 24 days before the as-of date (cadence 7 days).'],
    ]);
    expect(ws.getRow(13).values).toEqual([]);
    expect(ws.getCell('A5').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  });
});
