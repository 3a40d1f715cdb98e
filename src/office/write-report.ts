import { rowHeightOf } from '../core/report/sheet';
import { isReportSheet } from '../core/report/sheet-names';
import { STYLES } from '../core/report/styles';
import type { ConditionalFormat, DateSystem, ReportChart, ReportDocument, ReportSheet, StyleSpec } from '../core/types';
import { a1Range, parseA1 } from '../core/util/a1';
import type { WriteSummary } from '../port/workbook-port';
import { parseRange, quoteSheet } from './addresses';
import { DEFAULT_BATCH_BYTES, PayloadBatcher, jsonBytes } from './payload-batcher';
import { chartEndCell, chunkAddresses, columnWidthPoints, RowBlockPlanner, StyleAreaCollector, type RowBlock } from './report-layout';
import { REPORT_MARKER_KEY, REPORT_MARKER_VALUE, ownReportSheets } from './report-marker';

export interface WriteOptions {
  /** Workbook.use1904DateSystem can be read (ExcelApi 1.16); otherwise dates are written as 1900 serials. */
  readonly dateSystem: boolean;
  /** Worksheet.notes is available (ExcelApi 1.18); otherwise cell notes are left out. */
  readonly notes: boolean;
  /** Payload budget per sync (tests lower it). */
  readonly batchBytes?: number;
}

/** A sheet with a report name exists that Throughline did not write: it is never replaced. */
export class ReportSheetConflictError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(
      `This workbook already has ${sheets.length === 1 ? 'a sheet' : 'sheets'} named ${sheets.map((s) => `"${s}"`).join(', ')} that Throughline did not write. ` +
        'Rename or move them, or open the report as a new workbook; Throughline never overwrites your own sheets.',
    );
    this.name = 'ReportSheetConflictError';
  }
}

/** Rows of one values write: small enough that several fit in a batch. */
const MAX_BLOCK_BYTES = 1_000_000;

/**
 * Write the report into the open workbook: fresh report sheets replace the ones Throughline wrote
 * before (found by their marker), source sheets are never touched. Requests are batched by payload
 * bytes, so 10 rows and 10,000 rows take the same number of syncs until a batch is full.
 */
export async function writeReport(context: Excel.RequestContext, doc: ReportDocument, options: WriteOptions): Promise<WriteSummary> {
  const batch = new PayloadBatcher(context, options.batchBytes ?? DEFAULT_BATCH_BYTES);
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name');
  if (options.dateSystem) workbook.load('use1904DateSystem');
  await batch.sync();

  const existing = worksheets.items.map((s) => s.name);
  const markers = existing.filter(isReportSheet).map((name) => {
    const property = worksheets.getItem(name).customProperties.getItemOrNullObject(REPORT_MARKER_KEY);
    property.load('value');
    return { name, property };
  });
  if (markers.length > 0) await batch.sync();
  const marked = new Set(markers.filter((m) => !m.property.isNullObject && m.property.value === REPORT_MARKER_VALUE).map((m) => m.name));
  const own = ownReportSheets(existing.map((name) => ({ name, marked: marked.has(name) })));
  const conflicts = doc.sheets.map((s) => s.name).filter((name) => existing.includes(name) && !own.has(name));
  if (conflicts.length > 0) throw new ReportSheetConflictError(conflicts);
  const dateSystem: DateSystem = options.dateSystem && (workbook as unknown as { use1904DateSystem?: boolean }).use1904DateSystem === true ? 1904 : 1900;

  // New sheets first (under temporary names), then the old ones go, so the workbook always keeps a
  // visible sheet and the old tables' names are free before the new tables are added.
  const temporary = doc.sheets.map((_, i) => temporaryName(i, existing));
  await batch.add(jsonBytes(temporary), () => {
    for (const name of temporary) worksheets.add(name);
    for (const name of own) worksheets.getItem(name).delete();
    doc.sheets.forEach((sheet, i) => {
      const ws = worksheets.getItem(temporary[i]!);
      ws.name = sheet.name;
      ws.customProperties.add(REPORT_MARKER_KEY, REPORT_MARKER_VALUE);
      if (sheet.tabColor) ws.tabColor = `#${sheet.tabColor}`;
      if (sheet.showGridLines === false) ws.showGridlines = false;
    });
  }, doc.sheets.length * 7 + own.size * 2);

  const blockBytes = Math.min(MAX_BLOCK_BYTES, Math.floor((options.batchBytes ?? DEFAULT_BATCH_BYTES) / 4));
  for (const sheet of doc.sheets) await writeSheet(batch, worksheets.getItem(sheet.name), sheet, dateSystem, options, blockBytes);

  // Hide last: a sheet can only be hidden while another one is visible.
  const hidden = doc.sheets.filter((s) => s.hidden);
  if (hidden.length > 0) {
    await batch.add(0, () => {
      for (const sheet of hidden) worksheets.getItem(sheet.name).visibility = 'Hidden';
    }, hidden.length * 2);
  }
  await batch.flush();
  return { sheetsWritten: doc.sheets.map((s) => s.name), syncs: batch.syncs };
}

function temporaryName(i: number, taken: readonly string[]): string {
  let n = 0;
  let name = `tl-new-${i}`;
  while (taken.includes(name)) name = `tl-new-${i}-${++n}`;
  return name;
}

async function writeSheet(
  batch: PayloadBatcher,
  ws: Excel.Worksheet,
  sheet: ReportSheet,
  dateSystem: DateSystem,
  options: WriteOptions,
  blockBytes: number,
): Promise<void> {
  // One pass over the rows: each is made once, planned into the current values block (written
  // when full), and its styles and height noted; the cells are dropped as the pass moves on.
  const rows = sheet.rows;
  const width = rows.width;
  const planner = width > 0 ? new RowBlockPlanner(width, dateSystem, blockBytes) : undefined;
  const styles = new StyleAreaCollector();
  const heightOf = rowHeightOf(sheet);
  const heights: Array<readonly [number, number]> = [];
  const writeBlock = (block: RowBlock): Promise<void> =>
    batch.add(block.bytes, () => {
      const range = ws.getRange(a1Range(block.from, 0, block.to - 1, width - 1));
      // Formats first: a text cell is Text-formatted before its value lands, so it stays text.
      range.numberFormat = block.formats;
      range.values = block.values;
    }, 3);
  for (let r = 0; r < rows.count; r++) {
    const row = rows.row(r);
    const full = planner?.add(r, row);
    if (full) await writeBlock(full);
    styles.add(r, row);
    const height = heightOf(r, row);
    if (height !== undefined) heights.push([r, height]);
  }
  const last = planner?.finish(rows.count);
  if (last) await writeBlock(last);
  for (const [row, points] of Object.entries(sheet.rowHeights ?? {})) if (Number(row) >= rows.count) heights.push([Number(row), points]);

  for (const area of styles.areas()) {
    const spec = STYLES[area.style];
    // Inside borders exist only in rectangles taller than one row; Excel rejects them elsewhere.
    const tall = spec.borderBottom ? area.addresses.filter(isTaller) : [];
    const flat = spec.borderBottom ? area.addresses.filter((a) => !isTaller(a)) : area.addresses;
    for (const [list, inside] of [
      [flat, false],
      [tall, true],
    ] as const) {
      for (const addresses of chunkAddresses(list)) {
        await batch.add(addresses.length + jsonBytes(spec), () => applyStyle(ws.getRanges(addresses).format, spec, inside), Object.keys(spec).length + 4);
      }
    }
  }

  // Equal neighbouring widths and heights are set as one range: a sheet with a height on each of
  // 10,000 rows costs a handful of requests, not 10,000.
  for (const run of runsOfEqual(sheet.columnWidths.map((chars, c) => [c, chars] as const))) {
    await batch.add(16, () => {
      ws.getRangeByIndexes(0, run.from, 1, run.to - run.from + 1).getEntireColumn().format.columnWidth = columnWidthPoints(run.value);
    }, 3);
  }
  for (const run of runsOfEqual(heights.sort((a, b) => a[0] - b[0]))) {
    await batch.add(16, () => {
      ws.getRangeByIndexes(run.from, 0, run.to - run.from + 1, 1).getEntireRow().format.rowHeight = run.value;
    }, 3);
  }
  for (const merge of sheet.merges) await batch.add(merge.length, () => ws.getRange(merge).merge(false), 2);
  const frozen = sheet.freeze;
  if (frozen && (frozen.rows > 0 || frozen.cols > 0)) await batch.add(16, () => freeze(ws, frozen.rows, frozen.cols), 3);

  for (const table of sheet.tables) {
    await batch.add(jsonBytes(table), () => {
      const t = ws.tables.add(table.range, true);
      t.name = table.name;
      t.style = table.style;
      t.showFilterButton = table.showFilter;
    }, 5);
  }

  for (const cf of sheet.conditionalFormats) await batch.add(jsonBytes(cf), () => addConditionalFormat(ws, cf), 6);

  // Links and notes: the rows are made again rather than kept from the first pass, so a sheet's
  // cells never all live at once.
  for (let r = 0; r < rows.count; r++) {
    const row = rows.row(r);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell?.link?.kind === 'internal') {
        const reference = `${quoteSheet(cell.link.sheet)}!${cell.link.address}`;
        const text = cell.value && cell.value.t !== 'formula' ? String(cell.value.v) : reference;
        await batch.add(reference.length + text.length, () => {
          ws.getRangeByIndexes(r, c, 1, 1).hyperlink = { documentReference: reference, textToDisplay: text };
        }, 2);
      }
      if (cell?.note && options.notes) {
        const note = cell.note;
        await batch.add(note.length, () => {
          ws.notes.add(ws.getRangeByIndexes(r, c, 1, 1), note);
        }, 2);
      }
    }
  }

  for (const chart of sheet.charts) await batch.add(jsonBytes(chart), () => addChart(ws, chart), 5);

  if (sheet.print) {
    const print = sheet.print;
    await batch.add(jsonBytes(print), () => {
      ws.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      // Pages tall are left to Excel unless the sheet asks for a number (Summary: one page).
      if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, ...(print.fitToHeight ? { verticalFitToPages: print.fitToHeight } : {}) };
      if (print.area) ws.pageLayout.setPrintArea(print.area);
    }, 4);
  }
}

/** [index, value] pairs (sorted by index) -> runs of consecutive indexes with the same value. */
export function runsOfEqual(pairs: ReadonlyArray<readonly [number, number]>): Array<{ from: number; to: number; value: number }> {
  const runs: Array<{ from: number; to: number; value: number }> = [];
  for (const [index, value] of pairs) {
    const last = runs[runs.length - 1];
    if (last && last.to + 1 === index && last.value === value) last.to = index;
    else runs.push({ from: index, to: index, value });
  }
  return runs;
}

function freeze(ws: Excel.Worksheet, rows: number, cols: number): void {
  if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRange(a1Range(0, 0, rows - 1, cols - 1)));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else ws.freezePanes.freezeColumns(cols);
}

/** "B2:B40" (more than one row) as opposed to "B2" or "A1:F1". */
function isTaller(address: string): boolean {
  const r = parseRange(address);
  return r !== undefined && r.bottom > r.top;
}

/**
 * A named style onto a range's format (number formats travel with the values). `inside`: the
 * ranges are all taller than one row, so each row's rule is drawn on the inside edges too.
 */
export function applyStyle(format: Excel.RangeFormat, spec: StyleSpec, inside: boolean): void {
  if (spec.bold !== undefined) format.font.bold = spec.bold;
  if (spec.italic !== undefined) format.font.italic = spec.italic;
  if (spec.size !== undefined) format.font.size = spec.size;
  if (spec.color !== undefined) format.font.color = `#${spec.color}`;
  if (spec.underline) format.font.underline = 'Single';
  if (spec.fill !== undefined) format.fill.color = `#${spec.fill}`;
  if (spec.hAlign) format.horizontalAlignment = spec.hAlign === 'left' ? 'Left' : spec.hAlign === 'center' ? 'Center' : 'Right';
  if (spec.vAlign) format.verticalAlignment = spec.vAlign === 'top' ? 'Top' : spec.vAlign === 'middle' ? 'Center' : 'Bottom';
  if (spec.wrap !== undefined) format.wrapText = spec.wrap;
  if (spec.borderBottom) {
    for (const edge of inside ? (['EdgeBottom', 'InsideHorizontal'] as const) : (['EdgeBottom'] as const)) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = `#${spec.borderBottom}`;
    }
  }
}

function addConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormat): void {
  const range = ws.getRange(cf.range);
  if (cf.kind === 'color-scale') {
    const scale = range.conditionalFormats.add('ColorScale');
    scale.colorScale.criteria = {
      minimum: { type: 'LowestValue', color: `#${cf.min}` },
      midpoint: { type: 'Percentile', formula: '50', color: `#${cf.mid}` },
      maximum: { type: 'HighestValue', color: `#${cf.max}` },
    };
    return;
  }
  const added = range.conditionalFormats.add('CellValue');
  const spec = STYLES[cf.style];
  const format = added.cellValue.format;
  if (spec.fill) format.fill.color = `#${spec.fill}`;
  if (spec.color) format.font.color = `#${spec.color}`;
  if (spec.bold !== undefined) format.font.bold = spec.bold;
  added.cellValue.rule =
    cf.kind === 'text-equals'
      ? { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: 'EqualTo' }
      : { formula1: String(cf.value), operator: 'GreaterThan' };
}

const CHART_TYPES: Record<ReportChart['kind'], 'BarClustered' | 'ColumnClustered' | 'BarStacked' | 'Pie'> = {
  bar: 'BarClustered',
  column: 'ColumnClustered',
  'stacked-bar': 'BarStacked',
  pie: 'Pie',
};

function addChart(ws: Excel.Worksheet, spec: ReportChart): void {
  const chart = ws.charts.add(CHART_TYPES[spec.kind], ws.getRange(spec.dataRange), 'Columns');
  chart.title.text = spec.title;
  const anchor = parseA1(spec.anchor) ?? { row: 0, col: 0 };
  chart.setPosition(spec.anchor, chartEndCell(anchor.row, anchor.col, spec.widthCols, spec.heightRows));
}
