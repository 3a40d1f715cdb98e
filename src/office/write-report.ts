import { fitCellText } from '../core/report/cell-text';
import { clearOfUserSheets } from '../core/report/clear-of-user-sheets';
import { linkTarget } from '../core/report/links';
import { PAGE_SETUP, printTitles, rowHeightOf } from '../core/report/sheet';
import { sameSheetName } from '../core/report/sheet-names';
import { EXCEL_MAX_ROWS, splitPastRowLimit } from '../core/report/split-rows';
import { STYLES } from '../core/report/styles';
import type { ConditionalFormat, DateSystem, ReportChart, ReportDocument, ReportSheet, StyleSpec } from '../core/types';
import { a1Range, columnLetters, parseA1 } from '../core/util/a1';
import type { WriteSummary } from '../port/workbook-port';
import { parseRange, quoteSheet } from './addresses';
import { DEFAULT_BATCH_BYTES, PayloadBatcher, jsonBytes } from './payload-batcher';
import { chartEndCell, chunkAddresses, columnWidthPoints, RowBlockPlanner, StyleAreaCollector, type FormulaCell, type RowBlock } from './report-layout';
import { MARK, REPORT_MARKER_KEY, findReportSheets, type ReportSheets } from './report-marker';
import { planReplacement, type Replacement } from './replacement-plan';

export interface WriteOptions {
  /** Workbook.use1904DateSystem can be read (ExcelApi 1.16); otherwise dates are written as 1900 serials. */
  readonly dateSystem: boolean;
  /** Worksheet.notes is available (ExcelApi 1.18); otherwise cell notes are left out. */
  readonly notes: boolean;
  /** Payload budget per sync (tests lower it). */
  readonly batchBytes?: number;
  /** Rows per sheet before a sheet is written in parts (Excel's 1,048,576; tests lower it). */
  readonly maxRows?: number;
}

/** Rows of one values write: small enough that several fit in a batch. */
const MAX_BLOCK_BYTES = 1_000_000;

/**
 * Write the report into the open workbook, all or nothing. The new sheets are written in full
 * under temporary names; only then do the previous report's sheets step aside (renamed), the new
 * ones take the stable names, and the old ones go. A failure at any step before the last puts
 * the workbook back as it was: the previous report in place, the user's sheets untouched, no
 * temporary sheet left (a write cut off by a closed taskpane leaves marked sheets that the next
 * write removes). A sheet of the user's with a report sheet's name is never touched: that
 * report sheet takes its distinguished name instead ("Actions (Throughline)", clearOfUserSheets),
 * and its links follow. A sheet past Excel's rows is written in parts, as the .xlsx writer does
 * (splitPastRowLimit: "Dependencies", "Dependencies 2"). Requests are batched by payload bytes, so 10 rows and 10,000 rows take
 * the same number of syncs until a batch is full.
 */
export async function writeReport(context: Excel.RequestContext, given: ReportDocument, options: WriteOptions): Promise<WriteSummary> {
  const batch = new PayloadBatcher(context, options.batchBytes ?? DEFAULT_BATCH_BYTES);
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  workbook.tables.load('items/name,items/worksheet/name');
  if (options.dateSystem) workbook.load('use1904DateSystem');
  await batch.sync();

  const sheets = worksheets.items.map((s) => ({ name: s.name, hidden: s.visibility !== 'Visible' }));
  const tables = workbook.tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
  const found = await findReportSheets(context, sheets, () => batch.sync());
  const userSheets = sheets.map((s) => s.name).filter((name) => !found.own.has(name) && !found.leftovers.has(name));
  // Parts first ("Dependencies 2"), so a part whose name a user sheet has is distinguished too.
  const doc = clearOfUserSheets(splitPastRowLimit(given, options.maxRows ?? EXCEL_MAX_ROWS), userSheets);
  const dateSystem: DateSystem = options.dateSystem && (workbook as unknown as { use1904DateSystem?: boolean }).use1904DateSystem === true ? 1904 : 1900;
  const plan = planReplacement(doc, sheets.map((s) => s.name), tables, found);

  let stage: Stage = 'writing';
  try {
    const formulas = await writeNewSheets(batch, context, doc, plan, found, dateSystem, options);
    stage = 'old aside';
    await stepAside(batch, context, plan);
    stage = 'new in place';
    await takePlace(batch, context, doc, plan, formulas);
  } catch (e) {
    await restore(context, plan, stage);
    throw e;
  }
  // The new report is in place; an old sheet that cannot be deleted now is marked and goes next time.
  if (plan.old.length > 0) {
    try {
      await batch.add(0, () => {
        for (const old of plan.old) worksheets.getItem(old.aside).delete();
      }, plan.old.length * 2);
      await batch.flush();
    } catch {
      // Left as a marked leftover.
    }
  }
  return { sheetsWritten: doc.sheets.map((s) => s.name), syncs: batch.syncs };
}

type Stage = 'writing' | 'old aside' | 'new in place';

/** The new sheets under their temporary names, marked as being written; returns each sheet's formulas. */
async function writeNewSheets(
  batch: PayloadBatcher,
  context: Excel.RequestContext,
  doc: ReportDocument,
  plan: Replacement,
  found: ReportSheets,
  dateSystem: DateSystem,
  options: WriteOptions,
): Promise<FormulaCell[][]> {
  const worksheets = context.workbook.worksheets;
  await batch.add(jsonBytes(plan.fresh), () => {
    doc.sheets.forEach((sheet, i) => {
      const ws = worksheets.add(plan.fresh[i]!.temporary);
      ws.customProperties.add(REPORT_MARKER_KEY, MARK.pending);
      if (sheet.tabColor) ws.tabColor = `#${sheet.tabColor}`;
      if (sheet.showGridLines === false) ws.showGridlines = false;
    });
    // What an earlier write left behind goes now that new sheets keep the workbook a visible one.
    for (const name of found.leftovers) worksheets.getItem(name).delete();
  }, doc.sheets.length * 6 + found.leftovers.size * 2);

  const blockBytes = Math.min(MAX_BLOCK_BYTES, Math.floor(batch.budget / 4));
  const formulas: FormulaCell[][] = [];
  for (const [i, sheet] of doc.sheets.entries()) {
    formulas.push(await writeSheet(batch, worksheets.getItem(plan.fresh[i]!.temporary), sheet, plan.fresh[i]!.tables, dateSystem, options, blockBytes));
  }
  await batch.flush();
  return formulas;
}

/** The previous report's sheets and tables step aside under temporary names, marked as replaced. */
async function stepAside(batch: PayloadBatcher, context: Excel.RequestContext, plan: Replacement): Promise<void> {
  if (plan.old.length === 0) return;
  const worksheets = context.workbook.worksheets;
  await batch.add(jsonBytes(plan.old) + jsonBytes(plan.oldTables), () => {
    for (const old of plan.old) {
      const ws = worksheets.getItem(old.name);
      ws.name = old.aside;
      ws.customProperties.add(REPORT_MARKER_KEY, MARK.replaced);
    }
    for (const table of plan.oldTables) context.workbook.tables.getItem(table.name).name = table.aside;
  }, plan.old.length * 3 + plan.oldTables.length * 2);
  await batch.flush();
}

/** The new sheets take the stable names and their tables theirs; then our formulas, then hiding. */
async function takePlace(batch: PayloadBatcher, context: Excel.RequestContext, doc: ReportDocument, plan: Replacement, formulas: readonly FormulaCell[][]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  await batch.add(jsonBytes(plan.fresh), () => {
    doc.sheets.forEach((sheet, i) => {
      const ws = worksheets.getItem(plan.fresh[i]!.temporary);
      ws.name = sheet.name;
      ws.customProperties.add(REPORT_MARKER_KEY, MARK.report);
    });
    for (const fresh of plan.fresh) for (const table of fresh.tables) context.workbook.tables.getItem(table.temporary).name = table.name;
  }, doc.sheets.length * 3 + plan.fresh.reduce((n, f) => n + f.tables.length * 2, 0));
  for (const [i, sheet] of doc.sheets.entries()) {
    for (const cell of formulas[i]!) {
      await batch.add(jsonBytes(cell.formula), () => {
        worksheets.getItem(sheet.name).getRangeByIndexes(cell.row, cell.col, 1, 1).formulas = [[cell.formula]];
      }, 2);
    }
  }
  // Hide last: a sheet can only be hidden while another one is visible.
  const hidden = doc.sheets.filter((s) => s.hidden);
  if (hidden.length > 0) {
    await batch.add(0, () => {
      for (const sheet of hidden) worksheets.getItem(sheet.name).visibility = 'Hidden';
    }, hidden.length * 2);
  }
  await batch.flush();
}

/**
 * After a failure: the new sheets go (under whichever name they have by then), the old ones take
 * their names back, marked as the report again, and so do their tables. Best effort: what cannot
 * be undone now is marked and cleared by the next write.
 */
async function restore(context: Excel.RequestContext, plan: Replacement, stage: Stage): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    context.workbook.tables.load('items/name');
    await context.sync();
    const names = worksheets.items.map((s) => s.name);
    const tableNames = context.workbook.tables.items.map((t) => t.name);
    const has = (list: readonly string[], name: string): boolean => list.some((n) => sameSheetName(n, name));
    for (const fresh of plan.fresh) {
      if (has(names, fresh.temporary)) worksheets.getItem(fresh.temporary).delete();
      else if (stage === 'new in place' && has(names, fresh.name)) worksheets.getItem(fresh.name).delete();
    }
    for (const old of plan.old) {
      if (!has(names, old.aside)) continue;
      const ws = worksheets.getItem(old.aside);
      ws.name = old.name;
      ws.customProperties.add(REPORT_MARKER_KEY, MARK.report);
    }
    for (const table of plan.oldTables) if (has(tableNames, table.aside)) context.workbook.tables.getItem(table.aside).name = table.name;
    await context.sync();
  } catch {
    // The workbook is left with marked sheets the next write removes.
  }
}

/** One sheet's content; returns its formula cells, written later (see takePlace). */
async function writeSheet(
  batch: PayloadBatcher,
  ws: Excel.Worksheet,
  sheet: ReportSheet,
  tableNames: Replacement['fresh'][number]['tables'],
  dateSystem: DateSystem,
  options: WriteOptions,
  blockBytes: number,
): Promise<FormulaCell[]> {
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

  for (const [k, table] of sheet.tables.entries()) {
    await batch.add(jsonBytes(table), () => {
      const t = ws.tables.add(table.range, true);
      t.name = tableNames[k]!.temporary;
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
        const text = cell.value && cell.value.t !== 'formula' ? fitCellText(String(cell.value.v)) : reference;
        await batch.add(reference.length + text.length, () => {
          ws.getRangeByIndexes(r, c, 1, 1).hyperlink = { documentReference: reference, textToDisplay: text };
        }, 2);
      } else if (cell?.link?.kind === 'external') {
        // Only a file whose place is known (an absolute path, made a file: URL) can be opened from
        // here; a bare file name (a file added in the taskpane: the browser gives no path) would
        // resolve against wherever this workbook is, so it stays text naming file, sheet and cell.
        const address = linkTarget(cell.link);
        if (address.startsWith('file:')) {
          const text = cell.value && cell.value.t !== 'formula' ? fitCellText(String(cell.value.v)) : address;
          await batch.add(address.length + text.length, () => {
            ws.getRangeByIndexes(r, c, 1, 1).hyperlink = { address, textToDisplay: text };
          }, 2);
        }
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
    const titles = printTitles(sheet);
    await batch.add(jsonBytes(print), () => {
      ws.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      // The same page as the .xlsx writer's (PAGE_SETUP): setPrintMargins and centerHorizontally, ExcelApi 1.9.
      ws.pageLayout.setPrintMargins('Inches', { ...PAGE_SETUP.marginsInches });
      ws.pageLayout.centerHorizontally = PAGE_SETUP.centerHorizontally;
      // Pages tall are left to Excel unless the sheet asks for a number (Summary: one page).
      if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: print.pagesWide ?? 1, ...(print.fitToHeight ? { verticalFitToPages: print.fitToHeight } : {}) };
      // A fixed scale keeps the sheet's own column breaks (PageLayoutZoomOptions.scale, 10..400).
      else if (print.scale !== undefined) ws.pageLayout.zoom = { scale: print.scale };
      if (print.area) ws.pageLayout.setPrintArea(print.area);
      // Whole rows and columns, as setPrintTitleRows/Columns require (ExcelApi 1.9).
      if (titles.rows > 0) ws.pageLayout.setPrintTitleRows(`$1:$${titles.rows}`);
      if (titles.cols > 0) ws.pageLayout.setPrintTitleColumns(`$A:$${columnLetters(titles.cols - 1)}`);
      // The range immediately after each break (horizontalPageBreaks.add, ExcelApi 1.9).
      for (const b of print.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${b + 1}`);
      // Before the top-left cell of the range, so a new page starts at that column (verticalPageBreaks, ExcelApi 1.9).
      for (const c of print.colBreaks ?? []) ws.verticalPageBreaks.add(`${columnLetters(c)}1`);
    }, 8 + (print.rowBreaks?.length ?? 0) + (print.colBreaks?.length ?? 0));
  }
  return planner?.formulas ?? [];
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
  // Series and point fills (ChartSeries/ChartPoint format.fill, ExcelApi 1.1): the report's colours, not the theme's.
  (spec.seriesColors ?? []).forEach((color, k) => chart.series.getItemAt(k).format.fill.setSolidColor(`#${color}`));
  if (spec.pointColors) {
    const points = chart.series.getItemAt(0).points;
    spec.pointColors.forEach((color, k) => points.getItemAt(k).format.fill.setSolidColor(`#${color}`));
    chart.legend.visible = false;
  }
}
