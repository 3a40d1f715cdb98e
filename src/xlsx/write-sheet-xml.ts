import type { ConditionalFormat, ReportCell, ReportLink, ReportSheet } from '../core/types';
import { PAGE_SETUP, rowHeightOf } from '../core/report/sheet';
import { cleanText, hyperlinkTarget, linkTooltip } from './write-cell-text';
import { argb, type StyleRegistry } from './write-styles-xml';
import { escapeXml } from './write-xml-text';

/** The shared-string table: each distinct text once, cells refer to it by index. */
export class SharedStrings {
  /** Each distinct cleaned text, by index (order of first use). */
  private readonly texts: string[] = [];
  /**
   * Cleaned text -> its index. Nearly every text is already clean (cleanText gives it back as it
   * is), so a cell's text is looked up here directly: one map probe per cell, each text held
   * once. Only texts cleanText leaves as they are live here, so a text found here is its own
   * cleaned form.
   */
  private readonly index = new Map<string, number>();
  /** Texts that needed cleaning (control characters, overlong) -> the index of their cleaned form. */
  private readonly dirty = new Map<string, number>();
  /** Cleaned forms cleanText would change again (an overlong text cut inside a surrogate pair). */
  private readonly unstable = new Map<string, number>();
  private references = 0;
  /** The last text added in each column, and its index: a column often repeats its text from row to row (a department, a status, a rule). */
  private readonly lastText: (string | undefined)[] = [];
  private readonly lastIndex: number[] = [];

  /**
   * add(text) for a cell in column `column`: the same text as the column's previous cell is
   * answered without a look-up in the table of every text (888,000 texts at 100,000 initiatives,
   * each look-up a few cache misses).
   */
  addInColumn(text: string, column: number): number {
    if (this.lastText[column] === text) {
      this.references++;
      return this.lastIndex[column]!;
    }
    const i = this.add(text);
    this.lastText[column] = text;
    this.lastIndex[column] = i;
    return i;
  }

  /** The index of a cell's text, cleaned for Excel (cleanText). */
  add(text: string): number {
    this.references++;
    const i = this.index.get(text) ?? this.dirty.get(text);
    if (i !== undefined) return i;
    const clean = cleanText(text);
    if (clean === text) return this.append(this.index, text);
    const outputs = cleanText(clean) === clean ? this.index : this.unstable;
    const found = outputs.get(clean) ?? this.append(outputs, clean);
    this.dirty.set(text, found);
    return found;
  }

  private append(map: Map<string, number>, clean: string): number {
    const i = this.texts.length;
    this.texts.push(clean);
    map.set(clean, i);
    return i;
  }

  /** xl/sharedStrings.xml, in chunks. */
  *toXml(): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    yield `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.texts.length}">`;
    for (const s of this.texts) yield `<si>${textElement(s)}</si>`;
    yield '</sst>';
  }
}

/** `<t>` with xml:space="preserve" where leading/trailing white space would otherwise be dropped. */
export function textElement(s: string): string {
  return /^\s|\s$/.test(s) ? `<t xml:space="preserve">${escapeXml(s)}</t>` : `<t>${escapeXml(s)}</t>`;
}

/** What a sheet's XML refers to outside itself: found while its rows are rendered. */
export interface SheetExtras {
  /**
   * Linked cells in order: link k is relationship rId(k+1). Kept as references, rendered when
   * the sheet's tail and relationships are written (half a million links at 100,000 initiatives).
   */
  readonly links: { readonly ref: string; readonly link: ReportLink }[];
  /** Other relationship XML elements of the sheet (notes, tables), numbered after the links. */
  readonly relationships: string[];
  readonly notes: { readonly ref: string; readonly row: number; readonly col: number; readonly text: string }[];
  /** rIds of the sheet's tables (filled by the caller before the tail is rendered). */
  readonly tableRelIds: string[];
  legacyDrawingRelId?: string;
  /** The sheet's charts' drawing part. */
  drawingRelId?: string;
}

/** The id the sheet's next non-link relationship gets. */
export function nextRelationshipId(extras: SheetExtras): string {
  return `rId${extras.links.length + extras.relationships.length + 1}`;
}

/** The sheet's relationships part: its links (external targets, and `#place` ones too, as exceljs writes them), then the rest. */
export function* sheetRelationshipsXml(extras: SheetExtras): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  yield '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
  for (let k = 0; k < extras.links.length; k++) {
    yield `<Relationship Id="rId${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(hyperlinkTarget(extras.links[k]!.link))}" TargetMode="External"/>`;
  }
  yield* extras.relationships;
  yield '</Relationships>';
}

export interface SheetContext {
  readonly styles: StyleRegistry;
  readonly strings: SharedStrings;
  /** Called after the rows, before the tail: adds table and note relationships. */
  readonly beforeTail: (extras: SheetExtras) => void;
  /** The first sheet: the one Excel shows when the workbook opens. */
  readonly selected: boolean;
}

const COLUMN_NAMES: string[] = [];
/** Column letters of a 0-based column index (cached: every cell needs one). */
export function columnName(c: number): string {
  let name = COLUMN_NAMES[c];
  if (name === undefined) {
    name = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    COLUMN_NAMES[c] = name;
  }
  return name;
}

/** Excel's serial for a day number (days since 1970-01-01). */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * A worksheet's XML in chunks (one per row), so a sheet of millions of cells is never one string.
 * Shared strings, cell formats, hyperlinks and notes are collected into ctx/extras as it goes.
 */
export function* renderSheetXml(sheet: ReportSheet, ctx: SheetContext, extras: SheetExtras): Generator<string> {
  const rows = sheet.rows;
  const heightOf = rowHeightOf(sheet);
  let lastRow = rows.count;
  const lastCol = rows.width;
  for (const r of Object.keys(sheet.rowHeights ?? {})) lastRow = Math.max(lastRow, Number(r) + 1);

  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  const fitToPage = sheet.print && (sheet.print.fitToWidth || sheet.print.fitToHeight !== undefined);
  if (sheet.tabColor || fitToPage) {
    yield `<sheetPr>${sheet.tabColor ? `<tabColor rgb="${argb(sheet.tabColor)}"/>` : ''}${fitToPage ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`;
  }
  yield `<dimension ref="A1${lastRow > 0 && lastCol > 0 ? `:${columnName(lastCol - 1)}${lastRow}` : ''}"/>`;
  yield `<sheetViews>${sheetView(sheet, ctx.selected)}</sheetViews>`;
  yield '<sheetFormatPr defaultRowHeight="15"/>';
  if (sheet.columnWidths.length) {
    yield `<cols>${sheet.columnWidths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  }

  yield '<sheetData>';
  // Each row is made, measured and rendered in turn: only one row's cells are alive at a time.
  for (let r = 0; r < lastRow; r++) {
    const row = r < rows.count ? rows.row(r) : undefined;
    const height = heightOf(r, row);
    let cells = '';
    if (row) {
      const rowNumber = String(r + 1);
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) cells += renderCell(cell, columnName(c) + rowNumber, r, c, ctx, extras);
      }
    }
    if (!cells && height === undefined) continue;
    yield `<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ''}>${cells}</row>`;
  }
  yield '</sheetData>';

  ctx.beforeTail(extras);
  if (sheet.merges.length) yield `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`).join('')}</mergeCells>`;
  let priority = 1;
  for (const cf of sheet.conditionalFormats) yield conditionalFormatXml(cf, priority++, ctx);
  if (extras.links.length) {
    yield '<hyperlinks>';
    for (let k = 0; k < extras.links.length; k++) {
      const { ref, link } = extras.links[k]!;
      yield `<hyperlink ref="${ref}" r:id="rId${k + 1}" tooltip="${escapeXml(cleanText(linkTooltip(link)))}"/>`;
    }
    yield '</hyperlinks>';
  }
  if (sheet.print) {
    const p = sheet.print;
    const m = PAGE_SETUP.marginsInches;
    if (PAGE_SETUP.centerHorizontally) yield '<printOptions horizontalCentered="1"/>';
    yield `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
    const size = p.scale !== undefined && !fitToPage ? ` scale="${p.scale}"` : ` fitToWidth="${p.fitToWidth ? (p.pagesWide ?? 1) : 0}" fitToHeight="${p.fitToHeight ?? 0}"`;
    yield `<pageSetup paperSize="9"${size} orientation="${p.orientation}"/>`;
    yield `<headerFooter><oddFooter>${escapeXml(`&L${sheet.name.replace(/&/g, '&&')}&RPage &P of &N`)}</oddFooter></headerFooter>`;
    const breaks = p.rowBreaks ?? [];
    // brk id is the 1-based row above the break: a new page starts at 0-based row b.
    if (breaks.length) yield `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
    // Likewise the 0-based column a new page starts at; max is the last row the break runs down to.
    const colBreaks = p.colBreaks ?? [];
    if (colBreaks.length) yield `<colBreaks count="${colBreaks.length}" manualBreakCount="${colBreaks.length}">${colBreaks.map((b) => `<brk id="${b}" max="1048575" man="1"/>`).join('')}</colBreaks>`;
  } else {
    yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  }
  if (extras.drawingRelId) yield `<drawing r:id="${extras.drawingRelId}"/>`;
  if (extras.legacyDrawingRelId) yield `<legacyDrawing r:id="${extras.legacyDrawingRelId}"/>`;
  if (extras.tableRelIds.length) {
    yield `<tableParts count="${extras.tableRelIds.length}">${extras.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
  }
  yield '</worksheet>';
}

function sheetView(sheet: ReportSheet, selected: boolean): string {
  const rows = sheet.freeze?.rows ?? 0;
  const cols = sheet.freeze?.cols ?? 0;
  const attrs = `${selected ? ' tabSelected="1"' : ''}${sheet.showGridLines === false ? ' showGridLines="0"' : ''} zoomScale="100" zoomScaleNormal="100" workbookViewId="0"`;
  if (rows <= 0 && cols <= 0) return `<sheetView${attrs}><selection activeCell="A1" sqref="A1"/></sheetView>`;
  const topLeft = `${columnName(cols)}${rows + 1}`;
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  return (
    `<sheetView${attrs}>` +
    `<pane${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`
  );
}

const STYLE_ATTRIBUTES: string[] = [''];
/** ` s="7"` for cell format 7, '' for the default (cached: every cell needs one). */
function styleAttribute(s: number): string {
  let attribute = STYLE_ATTRIBUTES[s];
  if (attribute === undefined) STYLE_ATTRIBUTES[s] = attribute = ` s="${s}"`;
  return attribute;
}

function renderCell(cell: ReportCell, ref: string, r: number, c: number, ctx: SheetContext, extras: SheetExtras): string {
  const v = cell.value;
  const s = cell.numFmt === undefined ? ctx.styles.cellFormatOf(cell.style, v?.t) : ctx.styles.cellFormat(cell.style, cell.numFmt);
  const sAttr = styleAttribute(s);
  if (cell.note) extras.notes.push({ ref, row: r, col: c, text: cleanText(cell.note) });
  if (cell.link) {
    extras.links.push({ ref, link: cell.link });
    return `<c r="${ref}"${sAttr} t="s"><v>${ctx.strings.addInColumn(v === null ? '' : String(v.v), c)}</v></c>`;
  }
  if (v === null) return s ? `<c r="${ref}"${sAttr}/>` : '';
  switch (v.t) {
    case 'text':
      // A shared string is always text: '=x', '+1', '-x', '@y' never become formulas.
      return `<c r="${ref}"${sAttr} t="s"><v>${ctx.strings.addInColumn(v.v, c)}</v></c>`;
    case 'number':
    case 'percent':
      return Number.isFinite(v.v) ? `<c r="${ref}"${sAttr}><v>${v.v}</v></c>` : s ? `<c r="${ref}"${sAttr}/>` : '';
    case 'date':
      return Number.isFinite(v.v) ? `<c r="${ref}"${sAttr}><v>${v.v + EXCEL_EPOCH_OFFSET}</v></c>` : s ? `<c r="${ref}"${sAttr}/>` : '';
    case 'bool':
      return `<c r="${ref}"${sAttr} t="b"><v>${v.v ? 1 : 0}</v></c>`;
    case 'formula': {
      const f = `<f>${escapeXml(v.f.replace(/^=/, ''))}</f>`;
      return typeof v.v === 'number'
        ? `<c r="${ref}"${sAttr}>${f}<v>${v.v}</v></c>`
        : `<c r="${ref}"${sAttr} t="str">${f}<v>${escapeXml(cleanText(v.v))}</v></c>`;
    }
  }
}

function conditionalFormatXml(cf: ConditionalFormat, priority: number, ctx: SheetContext): string {
  const sqref = escapeXml(cf.range);
  switch (cf.kind) {
    case 'text-equals':
      return `<conditionalFormatting sqref="${sqref}"><cfRule type="cellIs" dxfId="${ctx.styles.differentialFormat(cf.style)}" priority="${priority}" operator="equal"><formula>${escapeXml(`"${cf.text.replace(/"/g, '""')}"`)}</formula></cfRule></conditionalFormatting>`;
    case 'greater-than':
      return `<conditionalFormatting sqref="${sqref}"><cfRule type="cellIs" dxfId="${ctx.styles.differentialFormat(cf.style)}" priority="${priority}" operator="greaterThan"><formula>${cf.value}</formula></cfRule></conditionalFormatting>`;
    case 'color-scale':
      return (
        `<conditionalFormatting sqref="${sqref}"><cfRule type="colorScale" priority="${priority}"><colorScale>` +
        '<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>' +
        `<color rgb="${argb(cf.min)}"/><color rgb="${argb(cf.mid)}"/><color rgb="${argb(cf.max)}"/>` +
        '</colorScale></cfRule></conditionalFormatting>'
      );
  }
}
