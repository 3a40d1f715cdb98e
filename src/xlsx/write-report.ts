import ExcelJS from 'exceljs';
import { STYLES } from '../core/report/styles';
import type { ConditionalFormat, ReportCell, ReportDocument, ReportSheet, StyleName, StyleSpec } from '../core/types';
import { dayFromIso, dateFromDay } from '../core/util/days';
import { parseA1 } from '../core/util/a1';
import { cleanText, hyperlinkTarget, linkTooltip } from './write-cell-text';
import { writeReportXlsxStreaming } from './write-workbook-xml';

export { cleanText, hyperlinkTarget, MAX_CELL_TEXT } from './write-cell-text';

/**
 * Render a ReportDocument as .xlsx bytes. No file system: bytes out, so the CLI and the browser
 * share it. Deterministic: the same document gives the same bytes.
 */
export async function writeReportXlsx(doc: ReportDocument): Promise<Uint8Array> {
  return writeReportXlsxStreaming(doc);
}

/**
 * The exceljs rendering (fixed creator, dates from doc.asOf, zip entry times pinned). exceljs
 * holds every cell as objects (~1 KB each), so it serves small documents only.
 */
export async function writeReportXlsxWithExceljs(doc: ReportDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const stamp = dateFromDay(dayFromIso(doc.asOf) ?? 0);
  wb.creator = 'Throughline';
  wb.lastModifiedBy = 'Throughline';
  wb.title = doc.title;
  wb.created = stamp;
  wb.modified = stamp;
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of doc.sheets) writeSheet(wb, sheet);
  const buffer = await wb.xlsx.writeBuffer();
  return pinZipTimes(new Uint8Array(buffer as ArrayBuffer));
}

function writeSheet(wb: ExcelJS.Workbook, sheet: ReportSheet): void {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    views: [
      {
        state: sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0) ? 'frozen' : 'normal',
        xSplit: sheet.freeze?.cols ?? 0,
        ySplit: sheet.freeze?.rows ?? 0,
        showGridLines: sheet.showGridLines ?? true,
        zoomScale: 100,
      },
    ],
  });
  sheet.columnWidths.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  for (const [r, h] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(r) + 1).height = h;

  // Tables first: exceljs writes header/row values when a table is added; our cells overwrite them.
  for (const t of sheet.tables) addTable(ws, sheet, t);

  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell) writeCell(ws.getCell(r + 1, c + 1), cell);
    });
  });
  for (const m of sheet.merges) ws.mergeCells(m);

  sheet.conditionalFormats.forEach((cf, k) => {
    ws.addConditionalFormatting({ ref: cf.range, rules: [conditionalRule(cf, k + 1)] });
  });

  if (sheet.print) {
    ws.pageSetup = {
      orientation: sheet.print.orientation,
      paperSize: 9,
      fitToPage: sheet.print.fitToWidth || sheet.print.fitToHeight !== undefined,
      fitToWidth: sheet.print.fitToWidth ? 1 : 0,
      fitToHeight: sheet.print.fitToHeight ?? 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(sheet.print.area ? { printArea: sheet.print.area } : {}),
      ...(sheet.freeze && sheet.freeze.rows > 0 && sheet.print.fitToHeight === undefined
        ? { printTitlesRow: `1:${sheet.freeze.rows}` }
        : {}),
    };
    ws.headerFooter = { oddFooter: `&L${escapeHeader(sheet.name)}&RPage &P of &N` };
  }
}

function addTable(ws: ExcelJS.Worksheet, sheet: ReportSheet, t: ReportSheet['tables'][number]): void {
  const [from, to] = t.range.split(':');
  const tl = parseA1(from ?? '');
  const br = parseA1(to ?? '');
  if (!tl || !br) throw new Error(`writeReportXlsx: bad table range ${t.range}`);
  const width = br.col - tl.col + 1;
  const headerRow = sheet.rows[tl.row] ?? [];
  const columns = Array.from({ length: width }, (_, j) => {
    const v = headerRow[tl.col + j]?.value;
    return { name: v && v.t === 'text' ? v.v : `Column${j + 1}`, filterButton: t.showFilter };
  });
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: from!,
    headerRow: true,
    style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true, showFirstColumn: false },
    columns,
    rows: Array.from({ length: br.row - tl.row }, () => Array.from({ length: width }, () => null)),
  });
}

function writeCell(cell: ExcelJS.Cell, rc: ReportCell): void {
  const v = rc.value;
  let value: ExcelJS.CellValue = null;
  if (v) {
    switch (v.t) {
      case 'text':
        // A plain string value is written as a shared string: '=x', '+1', '-x', '@y' stay text.
        value = cleanText(v.v);
        break;
      case 'number':
      case 'percent':
        value = v.v;
        break;
      case 'date':
        value = dateFromDay(v.v);
        break;
      case 'bool':
        value = v.v;
        break;
      case 'formula':
        value = { formula: v.f.replace(/^=/, ''), result: v.v } as ExcelJS.CellFormulaValue;
        break;
    }
  }
  if (rc.link) {
    const text = v === null ? '' : cleanText(String(v.v));
    cell.value = { text, hyperlink: hyperlinkTarget(rc.link), tooltip: cleanText(linkTooltip(rc.link)) };
  } else {
    cell.value = value;
  }
  const numFmt = (rc.style ? STYLES[rc.style].numFmt : undefined) ?? (v?.t === 'percent' ? '0%' : v?.t === 'date' ? 'd mmm yyyy' : undefined);
  if (rc.style || numFmt) cell.style = cellStyle(rc.style, numFmt);
  if (rc.note) cell.note = cleanText(rc.note);
}

/**
 * One exceljs style object per (style, number format), shared by every cell that uses it:
 * exceljs registers styles by value, and building a fresh object per cell dominated the write
 * time of large reports. Cells are never restyled after this, so sharing is safe.
 */
const STYLE_CACHE = new Map<string, Partial<ExcelJS.Style>>();
function cellStyle(name: StyleName | undefined, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const key = `${name ?? ''}|${numFmt ?? ''}`;
  let style = STYLE_CACHE.get(key);
  if (!style) {
    style = { ...(name ? excelStyle(STYLES[name]) : {}), ...(numFmt ? { numFmt } : {}) };
    STYLE_CACHE.set(key, style);
  }
  return style;
}

/** A StyleSpec as an exceljs style (font, fill, alignment, bottom border). */
export function excelStyle(s: StyleSpec): Partial<ExcelJS.Style> {
  return {
    font: {
      name: 'Calibri',
      size: s.size ?? 10,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.underline ? { underline: true } : {}),
      ...(s.color ? { color: { argb: argb(s.color) } } : {}),
    },
    ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) }, bgColor: { argb: argb(s.fill) } } } : {}),
    ...(s.hAlign || s.vAlign || s.wrap
      ? {
          alignment: {
            ...(s.hAlign ? { horizontal: s.hAlign } : {}),
            ...(s.vAlign ? { vertical: s.vAlign } : {}),
            ...(s.wrap ? { wrapText: true } : {}),
          },
        }
      : {}),
    ...(s.borderBottom ? { border: { bottom: { style: 'thin', color: { argb: argb(s.borderBottom) } } } } : {}),
  };
}

function conditionalRule(cf: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingRule {
  switch (cf.kind) {
    case 'text-equals':
      return { type: 'cellIs', operator: 'equal', formulae: [`"${cf.text.replace(/"/g, '""')}"`], style: dxf(cf.style), priority };
    case 'greater-than':
      return { type: 'cellIs', operator: 'greaterThan', formulae: [String(cf.value)], style: dxf(cf.style), priority };
    case 'color-scale':
      return {
        type: 'colorScale',
        cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
        color: [{ argb: argb(cf.min) }, { argb: argb(cf.mid) }, { argb: argb(cf.max) }],
        priority,
      };
  }
}

/** A differential style for conditional formats (fill + font colour). */
function dxf(name: StyleName): Partial<ExcelJS.Style> {
  const s = STYLES[name];
  return {
    ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(s.fill) } } } : {}),
    font: { ...(s.color ? { color: { argb: argb(s.color) } } : {}), ...(s.bold ? { bold: true } : {}) },
  };
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

function escapeHeader(s: string): string {
  return s.replace(/&/g, '&&');
}

/** 1980-01-01 00:00 in DOS date/time: every zip entry gets it, so bytes do not depend on the clock. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Overwrite the modification time of every zip entry (local headers and central directory).
 * Only header fields change; CRCs cover contents, so the archive stays valid.
 */
export function pinZipTimes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  // End of central directory: scan back for its signature (the comment is at most 64 KB).
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('pinZipTimes: not a zip archive');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let k = 0; k < entries; k++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('pinZipTimes: bad central directory');
    view.setUint16(p + 12, DOS_TIME, true);
    view.setUint16(p + 14, DOS_DATE, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, DOS_TIME, true);
      view.setUint16(local + 12, DOS_DATE, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
