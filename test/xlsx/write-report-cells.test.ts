import ExcelJS from 'exceljs';
import type { ReportDocument } from '../../src/core/types';
import { dayFromIso } from '../../src/core/util/days';
import { cleanText, MAX_CELL_TEXT, writeReportXlsx } from '../../src/xlsx/write-report';
import { rowsFromArray } from '../../src/core/report/rows';

/** A hand-made document exercising every cell type and sheet feature the writer knows. */
const DOC: ReportDocument = {
  title: 'Cells',
  asOf: '2026-03-16',
  sheets: [
    {
      name: 'Kinds',
      tabColor: '00B050',
      rows: rowsFromArray([
        [
          { value: { t: 'text', v: '-x' }, style: 'header' },
          { value: { t: 'number', v: 1234.5 }, style: 'number' },
          { value: { t: 'percent', v: 0.375 } },
          { value: { t: 'date', v: dayFromIso('2026-02-28')! } },
          { value: { t: 'bool', v: true } },
          { value: { t: 'formula', f: '=SUM(B1:B1)', v: 1234.5 }, style: 'number' },
        ],
        [null, { value: null, style: 'gantt-red-critical', note: 'Critical week' }, { value: { t: 'text', v: 'bell\u0007 tab\u000b ok' } }],
        [{ value: { t: 'text', v: 'merged' }, style: 'title' }],
      ]),
      columnWidths: [12, 14, 10],
      rowHeights: { 2: 40 },
      merges: ['A3:C3'],
      conditionalFormats: [
        { kind: 'color-scale', range: 'B1:B2', min: 'F8696B', mid: 'FFEB84', max: '63BE7B' },
        { kind: 'greater-than', range: 'B1:B1', value: 1000, style: 'rag-red' },
      ],
      tables: [],
      charts: [{ kind: 'bar', title: 'Skipped by the xlsx writer', dataRange: 'A1:B2', anchor: 'E1', widthCols: 4, heightRows: 8 }],
      showGridLines: true,
    },
    { name: 'Secret', hidden: true, rows: rowsFromArray([[{ value: { t: 'text', v: 'kept' } }]]), columnWidths: [], merges: [], tables: [], conditionalFormats: [], charts: [] },
  ],
};

describe('writeReportXlsx cell kinds and sheet features', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeReportXlsx(DOC)) as unknown as ArrayBuffer);
  });

  it('writes text, numbers, percents, dates, booleans and our own formulas with their formats', () => {
    const ws = wb.getWorksheet('Kinds')!;
    expect(ws.getCell('A1').value).toBe('-x');
    expect(ws.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect([ws.getCell('B1').value, ws.getCell('B1').numFmt]).toEqual([1234.5, '#,##0.0']);
    expect([ws.getCell('C1').value, ws.getCell('C1').numFmt]).toEqual([0.375, '0%']);
    expect([ws.getCell('D1').value, ws.getCell('D1').numFmt]).toEqual([new Date(Date.UTC(2026, 1, 28)), 'd mmm yyyy']);
    expect(ws.getCell('E1').value).toBe(true);
    expect(ws.getCell('F1').value).toEqual({ formula: 'SUM(B1:B1)', result: 1234.5 });
  });

  it('writes styled empty cells, notes, merges, widths, heights, tab colours and hidden sheets', () => {
    const ws = wb.getWorksheet('Kinds')!;
    expect(ws.getCell('B2').value).toBeNull();
    expect(ws.getCell('B2').note).toBe('Critical week');
    expect((ws.getCell('B2').fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: 'FFF4A6A6' });
    expect(ws.getCell('C2').value).toBe('bell tab ok');
    expect(ws.model.merges).toEqual(['A3:C3']);
    expect([ws.getColumn(1).width, ws.getColumn(2).width, ws.getColumn(3).width]).toEqual([12, 14, 10]);
    expect(ws.getRow(3).height).toBe(40);
    expect(ws.properties.tabColor).toEqual({ argb: 'FF00B050' });
    expect(ws.views[0]).toMatchObject({ state: 'normal', showGridLines: true });
    expect(wb.getWorksheet('Secret')!.state).toBe('hidden');
    expect(wb.getWorksheet('Secret')!.getCell('A1').value).toBe('kept');
  });

  it('writes colour scales and threshold rules', () => {
    const cfs = (wb.getWorksheet('Kinds') as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, unknown>> }> }).conditionalFormattings;
    expect(cfs.map((cf) => [cf.ref, cf.rules[0]!['type']])).toEqual([
      ['B1:B2', 'colorScale'],
      ['B1:B1', 'cellIs'],
    ]);
    expect(cfs[0]!.rules[0]!['color']).toEqual([{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }]);
    expect(cfs[1]!.rules[0]!['formulae']).toEqual(['1000']);
  });
});

describe('cleanText', () => {
  it('drops characters XML cannot hold and keeps everything else', () => {
    expect(cleanText('a\u0000b\u001fc\td\ne\rf')).toBe('abc\td\ne\rf');
    expect(cleanText('emoji 🚀 ok')).toBe('emoji 🚀 ok');
    expect(cleanText('lone \ud800 surrogate')).toBe('lone  surrogate');
    expect(cleanText('=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
  });

  it("cuts text at Excel's cell limit", () => {
    const long = cleanText('x'.repeat(MAX_CELL_TEXT + 10));
    expect(long).toHaveLength(MAX_CELL_TEXT);
    expect(long.endsWith('…')).toBe(true);
  });
});

