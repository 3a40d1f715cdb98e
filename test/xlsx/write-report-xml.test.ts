import ExcelJS from 'exceljs';
import type { ReportCell, ReportDocument, ReportRow, ReportSheet } from '../../src/core/types';
import { dayFromIso } from '../../src/core/util/days';
import { EXCEL_MAX_COLUMNS, ReportTooLargeError, writeReportXlsx } from '../../src/xlsx/write-report';
import { renderSheetXml, SharedStrings, type SheetExtras } from '../../src/xlsx/write-sheet-xml';
import { StyleRegistry } from '../../src/xlsx/write-styles-xml';
import { loadWorkbook, unzipText } from '../support/xlsx-parts';
import { rowsFromArray } from '../../src/core/report/rows';

const text = (v: string, extra: Partial<ReportCell> = {}): ReportCell => ({ value: { t: 'text', v }, ...extra });
const sheetOf = (name: string, rows: readonly ReportRow[], extra: Partial<ReportSheet> = {}): ReportSheet => ({
  name,
  rows: rowsFromArray(rows),
  columnWidths: [],
  merges: [],
  tables: [],
  conditionalFormats: [],
  charts: [],
  ...extra,
});

describe('writeReportXlsx SpreadsheetML details', () => {
  const doc: ReportDocument = {
    title: 'Details & <more>',
    asOf: '2026-03-16',
    sheets: [
      sheetOf(
        'Text & "quotes"',
        [
          [text('<a & "b">'), text('  padded  '), text("it's"), text('=1+1'), { value: { t: 'formula', f: '=CONCAT("a","b")', v: 'ab' } }],
          [{ value: { t: 'number', v: Number.NaN }, style: 'number' }, { value: null, link: { kind: 'internal', sheet: 'Rows only', address: 'A1' } }, text('same'), text('same'), text('same')],
        ],
        { freeze: { rows: 0, cols: 2 } },
      ),
      sheetOf('Rows only', [[text('ID', { style: 'header' }), text('Name', { style: 'header' })], [text('A-1', { note: 'first' }), text('Alpha')]], {
        freeze: { rows: 3, cols: 0 },
        tables: [{ name: 'tlNoFilter', range: 'A1:B2', style: 'TableStyleLight9', showFilter: false }],
        print: { orientation: 'portrait', fitToWidth: true },
      }),
      sheetOf('Notes too', [[text('x', { note: 'second sheet note' })]]),
    ],
  };
  let files: Map<string, string>;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const bytes = await writeReportXlsx(doc);
    files = unzipText(bytes);
    wb = await loadWorkbook(bytes);
  });

  it('escapes XML, keeps edge white space, keeps user text as text and shares repeated strings', () => {
    const ws = wb.getWorksheet('Text & "quotes"')!;
    expect([1, 2, 3, 4].map((c) => ws.getRow(1).getCell(c).value)).toEqual(['<a & "b">', '  padded  ', "it's", '=1+1']);
    expect(ws.getCell('D1').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('E1').value).toEqual({ formula: 'CONCAT("a","b")', result: 'ab' });
    expect(files.get('xl/sharedStrings.xml')).toContain('<t xml:space="preserve">  padded  </t>');
    expect(files.get('xl/sharedStrings.xml')!.match(/<t>same<\/t>/g)).toHaveLength(1);
    expect(wb.title).toBe('Details & <more>');
  });

  it('writes a non-finite number as an empty styled cell and a link on an empty value as an empty linked text', () => {
    const ws = wb.getWorksheet('Text & "quotes"')!;
    expect(ws.getCell('A2').value).toBeNull();
    expect(ws.getCell('A2').numFmt).toBe('#,##0.0');
    expect(ws.getCell('B2').value).toEqual({ text: '', hyperlink: "#'Rows only'!$A$1" });
  });

  it('freezes columns only or rows only with the matching pane', () => {
    expect(wb.getWorksheet('Text & "quotes"')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 0 });
    expect(wb.getWorksheet('Rows only')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 3 });
    expect(files.get('xl/worksheets/sheet1.xml')).toContain('<pane xSplit="2" topLeftCell="C1" activePane="topRight" state="frozen"/>');
    expect(files.get('xl/worksheets/sheet2.xml')).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
  });

  it('writes a table without filter buttons without an autoFilter, and print titles from the frozen rows', () => {
    expect(files.get('xl/tables/table1.xml')).toContain('ref="A1:B2"');
    expect(files.get('xl/tables/table1.xml')).not.toContain('autoFilter');
    expect(files.get('xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Rows only&apos;!$1:$3</definedName>`);
    expect(wb.getWorksheet('Rows only')!.pageSetup).toMatchObject({ orientation: 'portrait', fitToWidth: 1, printTitlesRow: '1:3' });
  });

  it('writes notes of several sheets with their own comments, drawings and unique shape ids', () => {
    expect(wb.getWorksheet('Rows only')!.getCell('A2').note).toBe('first');
    expect(wb.getWorksheet('Notes too')!.getCell('A1').note).toBe('second sheet note');
    expect(files.get('xl/drawings/vmlDrawing2.vml')).toContain('id="_x0000_s2049"');
    expect(files.get('xl/drawings/vmlDrawing3.vml')).toContain('id="_x0000_s3073"');
    const types = files.get('[Content_Types].xml')!;
    for (const part of ['/xl/comments2.xml', '/xl/comments3.xml', '/xl/tables/table1.xml', '/xl/theme/theme1.xml']) expect(types).toContain(`PartName="${part}"`);
  });
});

describe('StyleRegistry', () => {
  it('gives one cell format per (style, number format), built-in ids for built-in formats, 164+ for others', () => {
    const styles = new StyleRegistry();
    const a = styles.cellFormat('body', undefined);
    expect(styles.cellFormat('body', undefined)).toBe(a);
    const percent = styles.cellFormat('percent', '0%');
    const date = styles.cellFormat('date', 'd mmm yyyy');
    expect(new Set([a, percent, date]).size).toBe(3);
    expect(styles.cellFormat(undefined, undefined)).toBe(0);
    expect(styles.differentialFormat('rag-red')).toBe(styles.differentialFormat('rag-red'));
    const xml = styles.toXml();
    expect(xml).toContain('<xf numFmtId="9" ');
    expect(xml).toContain('<numFmt numFmtId="164" formatCode="d mmm yyyy"/>');
    expect(xml).toContain('<cellXfs count="4">');
    expect(xml).toContain('<dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>');
  });
});

describe('writeReportXlsx at scale', () => {
  const ROWS = 150_000;
  const rows: ReportCell[][] = Array.from({ length: ROWS }, (_, i) => [
    { value: { t: 'text', v: `ID-${i}` }, link: { kind: 'external', file: 'Plan.xlsx', sheet: 'Plan', address: `A${i + 2}` } },
    { value: { t: 'number', v: i }, style: 'integer' },
    { value: { t: 'date', v: dayFromIso('2026-01-01')! + (i % 365) } },
    { value: { t: 'text', v: i % 2 ? 'Red' : 'Green' }, style: i % 2 ? 'rag-red' : 'rag-green' },
  ]);
  const big = sheetOf('Big', rows, { tables: [{ name: 'tlBig', range: `A1:D${ROWS}`, style: 'TableStyleLight9', showFilter: true }] });

  it('renders a sheet one row per chunk, so no string grows with the sheet', () => {
    const extras: SheetExtras = { links: [], relationships: [], notes: [], tableRelIds: [] };
    let chunks = 0;
    let longest = 0;
    for (const chunk of renderSheetXml(big, { styles: new StyleRegistry(), strings: new SharedStrings(), beforeTail: () => undefined, selected: true }, extras)) {
      chunks++;
      longest = Math.max(longest, chunk.length);
    }
    expect(chunks).toBeGreaterThan(2 * ROWS); // rows, then one chunk per hyperlink
    expect(longest).toBeLessThan(1_000);
    expect(extras.links).toHaveLength(ROWS);
  });

  it('writes 600,000 cells and 150,000 links in a few seconds, every row present', async () => {
    const t0 = Date.now();
    const bytes = await writeReportXlsx({ title: 'Big', asOf: '2026-03-16', sheets: [big] });
    expect(Date.now() - t0).toBeLessThan(20_000); // ~1.5 s on the build machine; generous for a loaded CI box
    const files = unzipText(bytes);
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet.match(/<row /g)).toHaveLength(ROWS);
    expect(sheet).toContain(`<c r="A${ROWS}" t="s"><v>`);
    expect(sheet).toContain(`<c r="C${ROWS}" s="`);
    expect(sheet.match(/<hyperlink /g)).toHaveLength(ROWS);
    expect(files.get('xl/worksheets/_rels/sheet1.xml.rels')).toContain(`Id="rId${ROWS + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table"`);
    expect(files.get('xl/sharedStrings.xml')).toContain(`uniqueCount="${ROWS + 2}"`);
  }, 60_000);
});

describe('writeReportXlsx past Excel\'s grid', () => {
  it('writes a sheet past the row limit in parts, and refuses one whose frozen header alone fills the rows, naming the sheet', async () => {
    // The limit lowered to 3 rows (splitPastRowLimit's parts at the real limit: test/core/report/split-rows.test.ts).
    const body = (n: number) => Array.from({ length: n }, (_, k) => [text(`row ${k + 1}`)]);
    const parts = unzipText(await writeReportXlsx({ title: 'T', asOf: '2026-03-16', sheets: [sheetOf('Dependencies', body(7))] }, undefined, 3));
    expect(parts.get('xl/workbook.xml')).toContain('<sheets><sheet name="Dependencies" sheetId="1" r:id="rId1"/><sheet name="Dependencies 2" sheetId="2" r:id="rId2"/><sheet name="Dependencies 3" sheetId="3" r:id="rId3"/></sheets>');
    const tall: ReportDocument = { title: 'T', asOf: '2026-03-16', sheets: [sheetOf('Summary', [[text('ok')]]), { ...sheetOf('Dependencies', body(5)), freeze: { rows: 3, cols: 0 } }] };
    const error = await writeReportXlsx(tall, undefined, 3).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ReportTooLargeError);
    expect((error as ReportTooLargeError).message).toBe("the summary's Dependencies sheet would have 5 rows, over Excel's limit of 3 rows per sheet");
    expect([(error as ReportTooLargeError).sheet, (error as ReportTooLargeError).rows]).toEqual(['Dependencies', 5]);
  });

  it('refuses more than 16,384 columns, and accepts exactly the limit', async () => {
    const wide = (n: number): ReportDocument => ({ title: 'T', asOf: '2026-03-16', sheets: [sheetOf('Wide', [Array.from({ length: n }, () => ({ value: { t: 'number', v: 1 } }) as ReportCell)])] });
    await expect(writeReportXlsx(wide(EXCEL_MAX_COLUMNS + 1))).rejects.toThrow("the summary's Wide sheet would have 16,385 columns, over Excel's limit of 16,384 columns per sheet");
    const files = unzipText(await writeReportXlsx(wide(EXCEL_MAX_COLUMNS)));
    expect(files.get('xl/worksheets/sheet1.xml')).toContain('<c r="XFD1"><v>1</v></c>');
  });
});
