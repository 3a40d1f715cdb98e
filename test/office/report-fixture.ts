import { rowsFromArray } from '../../src/core/report/rows';
import type { ReportCell, ReportDocument, ReportSheet } from '../../src/core/types';

/** A small but complete ReportDocument: every cell type, style, link, table, format and chart kind. */

const t = (v: string, style: ReportCell['style'] = 'body', extra: Partial<ReportCell> = {}): ReportCell => ({ value: { t: 'text', v }, style, ...extra });

export const FORMULA_LIKE_NAME = '=HYPERLINK("http://evil.example","Click")';

export function initiativesSheet(rows: number): ReportSheet {
  const body: (ReportCell | null)[][] = [];
  for (let i = 0; i < rows; i++) {
    const status = ['Green', 'Amber', 'Red'][i % 3]!;
    body.push([
      t(`FIN-${i + 1}`, 'link', { link: { kind: 'internal', sheet: 'Finance', address: `A${i + 2}` } }),
      t(i === 0 ? FORMULA_LIKE_NAME : i === 1 ? '+1' : i === 2 ? '0042' : `Initiative ${i + 1}`),
      t(status, status === 'Green' ? 'rag-green' : status === 'Amber' ? 'rag-amber' : 'rag-red'),
      { value: { t: 'date', v: 20_454 + i }, style: 'date' },
      { value: { t: 'percent', v: 0.25 }, style: 'percent' },
      { value: { t: 'number', v: i }, style: 'integer' },
      { value: { t: 'bool', v: i % 2 === 0 } },
    ]);
  }
  return {
    name: 'Initiatives',
    tabColor: '2F5597',
    rows: rowsFromArray([['ID', 'Name', 'Status', 'Due', '% Complete', 'Slip', 'Critical'].map((h) => t(h, 'header')), ...body]),
    columnWidths: [10, 40, 12, 12, 10, 8, 8],
    merges: [],
    freeze: { rows: 1, cols: 1 },
    tables: [{ name: 'tlInitiatives', range: `A1:G${rows + 1}`, style: 'TableStyleMedium2', showFilter: true }],
    conditionalFormats: [
      { kind: 'text-equals', range: `C2:C${rows + 1}`, text: 'Red', style: 'rag-red' },
      { kind: 'greater-than', range: `F2:F${rows + 1}`, value: 0, style: 'rag-amber' },
    ],
    charts: [],
  };
}

export function summarySheet(): ReportSheet {
  return {
    name: 'Summary',
    tabColor: '1F3864',
    showGridLines: false,
    rows: rowsFromArray([
      [t('Programme summary', 'title')],
      [t('As of 3 Apr 2026', 'subtitle', { note: 'Run by the test' })],
      [t('Status', 'header'), t('Count', 'header')],
      [t('Green', 'body'), { value: { t: 'formula', f: 'COUNTIF(Initiatives!C:C,"Green")', v: 4 }, style: 'integer' }],
      [t('Amber', 'body'), { value: { t: 'number', v: 3 }, style: 'integer' }],
      [t('Findings', 'link', { link: { kind: 'internal', sheet: 'Findings', address: 'A1' } }), null],
      [t('Finance.xlsx!B4', 'link', { link: { kind: 'external', file: 'Finance.xlsx', sheet: 'Plan', address: 'B4' } })],
    ]),
    columnWidths: [30, 10],
    rowHeights: { 0: 28 },
    merges: ['A1:B1'],
    tables: [],
    conditionalFormats: [{ kind: 'color-scale', range: 'B4:B5', min: 'FFFFFF', mid: 'FFEB84', max: 'F8696B' }],
    charts: [{ kind: 'pie', title: 'Initiatives by status', dataRange: 'A3:B5', anchor: 'D3', widthCols: 6, heightRows: 12 }],
    print: { orientation: 'landscape', fitToWidth: true, fitToHeight: 1, area: 'A1:B7' },
  };
}

export function snapshotSheet(): ReportSheet {
  return { name: '_throughline', hidden: true, rows: rowsFromArray([[t('v1', 'body')]]), columnWidths: [], merges: [], tables: [], conditionalFormats: [], charts: [] };
}

export function reportDocument(rows: number): ReportDocument {
  return { title: 'Programme summary', asOf: '2026-04-03', sheets: [summarySheet(), initiativesSheet(rows), snapshotSheet()] };
}
