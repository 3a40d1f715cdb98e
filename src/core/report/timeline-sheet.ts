import { isClosed } from '../analyse';
import type { DayNumber, GanttStyle, GanttTone, InitiativeAnalysis, ReportCell, ReportSheet, RunResult, Status, StyleName } from '../types';
import { a1, columnLetters } from '../util/a1';
import { isoFromDay, weekdayOf } from '../util/days';
import { blank, date, displayDate, num, statusCell, text } from './cells';
import { factsOf, NO_DEPARTMENT } from './run-facts';
import { columnPoints, countLines, idColumnWidth, makeSheet, PRINTABLE_WIDTH_PT } from './sheet';
import { REPORT_SHEETS } from './sheet-names';

/** Fixed columns before the week grid. */
const FIXED = [
  { header: 'ID', width: 10 },
  { header: 'Name', width: 30 },
  { header: 'Effective', width: 10 },
  { header: 'Start', width: 11 },
  { header: 'Due', width: 11 },
  { header: 'Forecast', width: 11 },
  { header: 'Slack (working days)', width: 9 },
] as const;
const WEEK_WIDTH = 3.3;
/** Two years of weeks at most; longer plans are clipped at the end (said in the subtitle). */
export const MAX_WEEKS = 104;
const HEADER_ROWS = 5;
/**
 * Rows drawn at most. A Gantt is read by eye: beyond a thousand bars nobody reads it, and a
 * 100,000-row grid of week cells is millions of cells that make the workbook slow to open.
 * Larger portfolios show the most pressing initiatives; every one is on the Initiatives sheet.
 */
export const MAX_TIMELINE_ROWS = 1000;
/**
 * Printing, landscape A4: one page wide, fitted to it, when the grid fits one at MIN_PRINT_SCALE;
 * wider, at a fixed scale with a page break before a month: a fit to N pages wide picks its own
 * scale and so its own breaks, which cut a month's label in two. The scale is
 * the largest (to 100%) that prints the grid on as few pages wide as MIN_PRINT_SCALE allows, each
 * page after the first repeating the id and name columns (print titles), page 1 holding the
 * legend. Widths on paper are the widest-measuring program's (columnPoints), each page filled to
 * PAGE_FILL of its width, the rest spare for rounding.
 */
const REPEATED_COLS = 2;
/** 10 pt text prints at 6 pt: still read on paper; below it a Gantt is a grey smudge. */
export const MIN_PRINT_SCALE = 60;
const PAGE_FILL = 0.96;

type TimelinePrint = { readonly pagesWide: 1 } | { readonly scale: number; readonly colBreaks: readonly number[] };

/**
 * One page wide (fitted by the program) when the grid fits one at MIN_PRINT_SCALE; else the print
 * scale and column breaks: `widths` are the printed columns' widths in characters,
 * `starts` the columns a page may start at (a month's first week past the legend), ascending.
 * Packs whole months onto each page, as many as fit, for each scale from 100% down.
 */
export function timelinePrint(widths: readonly number[], starts: readonly number[]): TimelinePrint {
  const points = widths.map(columnPoints);
  const repeated = points.slice(0, REPEATED_COLS).reduce((n, w) => n + w, 0);
  // Blocks no break may cut: the fixed columns with the months up to the first start, then each month.
  const blocks: Array<{ readonly from: number; readonly width: number }> = [];
  [0, ...starts].forEach((from, k) => {
    const to = starts[k] ?? points.length;
    blocks.push({ from, width: points.slice(from, to).reduce((n, w) => n + w, 0) });
  });
  /** The breaks at a scale, and whether every page holds its blocks (a block wider than a page is cut by the program). */
  const pack = (scale: number): { readonly breaks: number[]; readonly fits: boolean } => {
    const room = (PRINTABLE_WIDTH_PT * 100 * PAGE_FILL) / scale;
    const breaks: number[] = [];
    let used = 0;
    let fits = true;
    for (const b of blocks) {
      if (used > 0 && used + b.width > room) {
        breaks.push(b.from);
        used = repeated;
      }
      used += b.width;
      if (used > room) fits = false;
    }
    return { breaks, fits };
  };
  const least = pack(MIN_PRINT_SCALE);
  // One page wide has no break to place: the program fits it to the page by its own measure.
  if (least.breaks.length === 0 && least.fits) return { pagesWide: 1 };
  for (let scale = 100; scale > MIN_PRINT_SCALE; scale--) {
    const { breaks, fits } = pack(scale);
    if (fits && breaks.length <= least.breaks.length) return { scale, colBreaks: breaks };
  }
  return { scale: MIN_PRINT_SCALE, colBreaks: least.breaks };
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Shared, immutable fill cells (one object each, not one per week per row). */
const TODAY: ReportCell = blank('gantt-today');
const SLIP: ReportCell = blank('gantt-slip');
/** The today line drawn over a bar, a milestone (a zero-length task, Initiative.milestone), and the due of an item with no start. */
const TODAY_MARK = '│';
const MILESTONE_MARK = '◆';
const DUE_MARK = '▼';
/** The critical path's underline, drawn in the legend's swatch. */
const CRITICAL_MARK = '▁▁';
const MARKED = new Map<string, ReportCell>();
function marked(style: StyleName, mark: string): ReportCell {
  const key = `${style} ${mark}`;
  let cell = MARKED.get(key);
  if (!cell) MARKED.set(key, (cell = text(mark, style)));
  return cell;
}

/** The bar's colour: its effective status (done and grey for the rest), as on every other sheet. */
function toneOf(status: Status): GanttTone {
  return status === 'red' || status === 'amber' || status === 'green' || status === 'done' ? status : 'grey';
}
function barStyle(tone: GanttTone, progress: boolean, critical: boolean): GanttStyle {
  return `gantt-${tone}${progress ? '-progress' : ''}${critical ? '-critical' : ''}`;
}

/** Monday of the week holding a day. */
export function weekStart(day: DayNumber): DayNumber {
  return day - ((weekdayOf(day) + 6) % 7);
}

/**
 * A week-by-week Gantt drawn with cell fills, grouped by department: each bar in its effective
 * status colour (the part done, by % complete, darker), a white rule between rows, the critical
 * path underlined in navy (its status colour kept), forecast slip past the due date in orange
 * beside the plan, milestones (zero-length tasks) as a diamond, an item with a due and no start as
 * a triangle in its due week (no bar is made up for it; a one-day task is a one-week bar), and the
 * as-of week in yellow with its line drawn over the bars.
 */
export function buildTimelineSheet(result: RunResult): ReportSheet {
  const asOf = result.options.asOf;
  const { analysisAt, order } = factsOf(result);
  const all = Array.from(order, (k) => ({ i: result.model.initiatives[k]!, a: analysisAt[k] }));
  // The report's one order (department, then as the sources list them); the cut keeps it.
  const items = mostPressing(all, MAX_TIMELINE_ROWS);
  // A loop, not Math.min(...days): spreading 100,000 dates overflows the call stack.
  let firstDay = asOf;
  let lastDay = asOf;
  for (const { i, a } of items) {
    for (const d of [i.start, i.due, a?.forecastFinish]) {
      if (d === undefined) continue;
      if (d < firstDay) firstDay = d;
      if (d > lastDay) lastDay = d;
    }
  }
  const first = weekStart(firstDay);
  const allWeeks = Math.floor((weekStart(lastDay) - first) / 7) + 1;
  const weeks = Math.min(allWeeks, MAX_WEEKS);
  const weekOf = (d: DayNumber): number => Math.floor((weekStart(d) - first) / 7);
  const todayWeek = weekOf(asOf);
  const w0 = FIXED.length;

  const monthRow: (ReportCell | null)[] = FIXED.map(() => blank('header'));
  const dayRow: (ReportCell | null)[] = FIXED.map((c) => text(c.header, 'header'));
  const monthStarts: number[] = [];
  for (let w = 0; w < weeks; w++) {
    const monday = first + w * 7;
    const [y, m, d] = isoFromDay(monday).split('-').map(Number) as [number, number, number];
    const newMonth = w === 0 || d <= 7;
    const today = w === todayWeek;
    if (newMonth) monthStarts.push(w);
    monthRow.push(newMonth ? text(`${MONTHS[m - 1]} ${y}`, 'header') : blank('header'));
    dayRow.push(
      today
        ? text(String(d), 'gantt-today', { note: `Today: the report is as of ${displayDate(asOf)}` })
        : text(String(d), 'header'),
    );
  }

  const body: (ReportCell | null)[][] = [];
  /** Some row is drawn only by its due (no start): the subtitle says what its mark means. */
  let dueOnly = false;
  const groupRows: number[] = [];
  let lastDept: string | undefined;
  for (const { i, a } of items) {
    const dept = i.department ?? NO_DEPARTMENT;
    if (dept !== lastDept) {
      lastDept = dept;
      groupRows.push(HEADER_ROWS + body.length);
      body.push([text(dept, 'gantt-group'), ...FIXED.slice(1).map(() => blank('gantt-group'))]);
    }
    const effective = a?.effectiveStatus ?? i.status;
    const row: (ReportCell | null)[] = [
      text(i.id),
      text(i.name ?? ''),
      statusCell(effective),
      date(i.start),
      date(i.due),
      date(a?.forecastFinish),
      // On the longest path (several calendars) a critical item may show float across the others' days off.
      a?.critical ? text(`${a.totalSlackDays ?? 0} critical`, 'gantt-group') : num(a?.totalSlackDays),
    ];
    // Week cells: the today column first, bars over it, slips beside them, the today line over all.
    const cells: (ReportCell | null)[] = new Array<ReportCell | null>(weeks).fill(null);
    const paint = (from: number, to: number, cell: (w: number) => ReportCell): void => {
      for (let w = Math.max(0, from); w <= Math.min(weeks - 1, to); w++) cells[w] = cell(w);
    };
    paint(todayWeek, todayWeek, () => TODAY);
    const plannedEnd = i.due ?? a?.forecastFinish;
    const plannedStart = i.start ?? plannedEnd;
    const tone = toneOf(i.status === 'done' ? 'done' : effective);
    const critical = a?.critical ?? false;
    if (plannedStart !== undefined && plannedEnd !== undefined) {
      const from = weekOf(plannedStart);
      const to = weekOf(Math.max(plannedStart, plannedEnd));
      if (i.milestone !== undefined) {
        paint(from, from, () => marked(barStyle(tone, false, critical), MILESTONE_MARK));
      } else if (i.start === undefined) {
        paint(to, to, () => marked(barStyle(tone, false, critical), DUE_MARK));
        dueOnly = true;
      } else {
        const share = i.status === 'done' ? 1 : (i.percentComplete ?? 0);
        const doneUpTo = from + Math.round(share * (to - from + 1)) - 1;
        paint(from, to, (w) => blank(barStyle(tone, w <= doneUpTo, critical)));
      }
    }
    if (i.due !== undefined && a?.forecastFinish !== undefined && a.forecastFinish > i.due && a.slipDays > 0) {
      const dueWeek = weekOf(i.due);
      const endWeek = weekOf(a.forecastFinish);
      paint(endWeek === dueWeek ? dueWeek : dueWeek + 1, endWeek, () => SLIP);
    }
    const onToday = cells[todayWeek];
    if (onToday && onToday !== TODAY && onToday.value === null) cells[todayWeek] = marked(onToday.style!, TODAY_MARK);
    body.push(row.concat(cells));
  }

  // Each month label spans its weeks (a label in one narrow column would wrap or be cut).
  const merges: string[] = [];
  monthStarts.forEach((w, k) => {
    const end = (monthStarts[k + 1] ?? weeks) - 1;
    // Too few weeks to hold "Mar 2026": leave the stub unlabelled rather than wrap it.
    if (end - w < 2) monthRow[w0 + w] = blank('header');
    else merges.push(`${a1(3, w0 + w)}:${a1(3, w0 + end)}`);
  });
  const legend = timelineLegend(result, merges);

  const clipped =
    (all.length > items.length
      ? ` Showing the ${items.length.toLocaleString('en-US')} most pressing of ${all.length.toLocaleString('en-US')} initiatives (critical, slipping, red, then amber first); all are on the Initiatives sheet.`
      : '') + (allWeeks > weeks ? ` Showing the first ${MAX_WEEKS} of ${allWeeks} weeks.` : '');
  const rows: (ReportCell | null)[][] = [
    [text('Timeline', 'title')],
    [text(`Week by week from ${displayDate(first)}, grouped by department; the yellow column and the line over the bars are the as-of week.${dueOnly ? ` ${DUE_MARK} marks the due week of an item with no start date.` : ''}${clipped}`, 'subtitle')],
    legend,
    monthRow,
    dayRow,
    ...body,
  ];
  // The legend is printed with the grid (a short plan's legend runs past its last week).
  const printedCols = Math.max(weeks, legend.length - w0);
  const lastCol = w0 + printedCols - 1;
  const columnWidths = [idColumnWidth(items.map(({ i }) => i), FIXED[0].width), ...FIXED.slice(1).map((c) => c.width), ...new Array<number>(printedCols).fill(WEEK_WIDTH)];
  // A page may start at a month's first week, never inside the legend's labels.
  const legendEnd = legend.length - 1;
  const starts = monthStarts.map((w) => w0 + w).filter((c) => c > legendEnd);
  const fit = timelinePrint(columnWidths, starts);
  return makeSheet(REPORT_SHEETS.timeline, rows, {
    tabColor: '548235',
    columnWidths,
    rowHeights: { 0: 28, ...Object.fromEntries(groupRows.map((r) => [r, 18])) },
    merges: [...merges, ...groupRows.map((r) => `${a1(r, 0)}:${a1(r, w0 - 1)}`)],
    freeze: { rows: HEADER_ROWS, cols: 2 },
    print: {
      orientation: 'landscape',
      ...('pagesWide' in fit ? { fitToWidth: true, pagesWide: 1 } : { fitToWidth: false, scale: fit.scale, colBreaks: fit.colBreaks }),
      repeatCols: REPEATED_COLS,
      area: `A1:${columnLetters(lastCol)}${rows.length}`,
    },
  });
}

/** The status chips: the bar colour of each effective status, over the Effective .. Slack columns (C..G). */
const STATUS_CHIPS: ReadonlyArray<readonly [GanttStyle, string]> = [
  ['gantt-red', 'Red'],
  ['gantt-amber', 'Amber'],
  ['gantt-green', 'Green'],
  // A done bar is done all through, so it is drawn in the darker, part-done shade from start to end.
  ['gantt-done-progress', 'Done'],
  ['gantt-grey', 'Other'],
];
/** Said beside the chips, in the Name column: what "Other" is. */
const LEGEND_NOTE = 'Weeks start on Monday; bars in effective status. Other: not started, on hold, cancelled, not given.';
/** Lines a legend label may wrap to: the legend row is as tall as its note (three lines). */
const LEGEND_LINES = 3;

/**
 * The legend row (row 3): "Legend", the note, a chip per status colour in the fixed columns, then
 * each mark drawn over or beside a bar (its swatch, then its label in as few week columns as hold
 * it in three lines, no word split), packed from the first week column: about 21 week columns, all
 * on the first printed page whatever the plan's length (no page break falls inside it: timelinePrint).
 * Pushes the label merges.
 */
function timelineLegend(result: RunResult, merges: string[]): (ReportCell | null)[] {
  const legend: (ReportCell | null)[] = [text('Legend', 'muted'), text(LEGEND_NOTE, 'muted')];
  for (const [style, label] of STATUS_CHIPS) legend.push(text(label, style));
  const marks: Array<[readonly ReportCell[], string]> = [
    [[blank('gantt-green-progress')], 'Part done (% complete)'],
    // A bar's navy underline is its cell's bottom border: on the legend row, over the navy header, it would not show, so the swatch draws it.
    [[marked('gantt-grey-critical', CRITICAL_MARK)], result.analysis.criticalBy === 'longest-path' ? 'Longest path (underlined): the links that drive the last finish' : 'Critical path (underlined)'],
    [[SLIP], 'Forecast slip past due'],
    [[marked('gantt-grey', MILESTONE_MARK)], 'Milestone'],
    [[TODAY, marked('gantt-grey', TODAY_MARK)], `Today (${displayDate(result.options.asOf)})`],
  ];
  for (const [swatches, label] of marks) {
    legend.push(...swatches);
    const col = legend.length;
    const span = labelColumns(label);
    legend.push(text(label, 'muted'), ...new Array<null>(span - 1).fill(null));
    if (span > 1) merges.push(`${a1(2, col)}:${a1(2, col + span - 1)}`);
  }
  return legend;
}

/** Week columns a muted label needs to wrap into LEGEND_LINES lines without splitting a word, a character to spare. */
function labelColumns(label: string): number {
  const longest = Math.max(...label.split(/\s+/).map((w) => w.length));
  for (let n = 1; ; n++) {
    // As the writers measure a wrapped row (fitRowHeight): 1.3 characters of 10 pt per unit of width.
    const perLine = Math.floor(n * WEEK_WIDTH * 1.3) - 1;
    if (perLine >= longest && countLines(label, perLine) <= LEGEND_LINES) return n;
  }
}

type Item = { readonly i: RunResult['model']['initiatives'][number]; readonly a: InitiativeAnalysis | undefined };

/** Rank for the row cap: open work that is critical or slipping first, then red, then amber. */
function pressure({ i, a }: Item): number {
  if (isClosed(i.status)) return 5;
  if (a?.critical || (a?.slipDays ?? 0) > 0) return 0;
  const s = a?.effectiveStatus ?? i.status;
  return s === 'red' ? 1 : s === 'amber' ? 2 : 3;
}

/**
 * The `limit` most pressing items, in the order given (all of them when they fit): as a stable
 * sort by pressure then a cut would pick them, without sorting. Each pressure rank keeps its
 * earliest items, as many as fit after the more pressing ranks.
 */
function mostPressing(all: readonly Item[], limit: number): Item[] {
  if (all.length <= limit) return [...all];
  const ranks = new Uint8Array(all.length);
  const perRank = new Array<number>(6).fill(0);
  for (let k = 0; k < all.length; k++) {
    const rank = pressure(all[k]!);
    ranks[k] = rank;
    perRank[rank] = perRank[rank]! + 1;
  }
  let left = limit;
  const quota = perRank.map((n) => {
    const take = Math.min(n, left);
    left -= take;
    return take;
  });
  const out: Item[] = [];
  for (let k = 0; k < all.length; k++) {
    const rank = ranks[k]!;
    if (quota[rank]! > 0) {
      quota[rank] = quota[rank]! - 1;
      out.push(all[k]!);
    }
  }
  return out;
}
