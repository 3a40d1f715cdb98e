import { SEVERITY_ORDER, type ReportCell, type ReportChart, type ReportRow, type ReportSheet, type RunResult, type Severity, type Status, type StyleName } from '../types';
import { blank, compactAmount, displayDate, displayDates, num, plural, statusCell, statusLabel, STATUS_ORDER, text } from './cells';
import { atRisk, decisionItems, isOpen, type DecisionItem } from './decisions';
import { rankedSources, sourceCells, sourcesHeader, sourcesTitle } from './sources-sheet';
import { linkToCell, describeCell, reportSheetLink, type SourcePaths } from './links';
import { moneyPrefixOf } from './money';
import { moneyGiven, rankedValueAtRisk, restAtRisk, valueAtRiskCells, valueAtRiskHeader, valueAtRiskMissing, valueAtRiskRowOf, valueAtRiskTitle, type ValueAtRiskBy } from './value-at-risk-sheet';
import { factsOf } from './run-facts';
import { governanceOf } from './governance';
import { SEVERITY_LABELS } from './findings-sheet';
import { ruleName } from './rule-names';
import { fitRowHeight, makeSheet, prepareRowFit } from './sheet';
import { STYLES } from './styles';
import { partName, REPORT_SHEETS } from './sheet-names';
import { a1, parseA1 } from '../util/a1';
import { chartDataBlocks, type ChartData } from './summary-charts';

/**
 * The one-minute read. Page 1 tells the story: the headline naming what is really red, metric
 * tiles, what needs a decision this week (owner, why, what it puts at risk, links to the row and
 * the source cell) and two charts. Page 2 holds the detail as two panels of blocks (A:E and G:K):
 * status | value at risk by department, bottlenecks | off-target KPIs, findings | freshness,
 * value at risk by pillar | by KPI, and two more charts. The charts draw the small tables of
 * chart data right of the print area (columns M:O).
 */
const WIDTHS = [26, 11, 11, 11, 28, 2, 22, 11, 13, 13, 30, 4, 26, 14, 14];
const LEFT = 0;
const RIGHT = 6;
const LAST_COL = 10;
/** First column of the chart data, right of the printed page. */
const DATA_COL = 12;
export const TOP_DECISIONS = 6;
export const TOP_BOTTLENECKS = 5;
export const TOP_KPIS = 5;
export const TOP_RULES = 10;
/**
 * Rows of the lists that grow with the portfolio, beyond which one row links to the full list:
 * page 2 holds departments and sources beside the status and findings blocks, page 3 pillars
 * and KPIs below two charts.
 */
export const TOP_DEPARTMENTS = 8;
export const TOP_SOURCES = 8;
export const TOP_VALUE_ROWS = 10;
/** Ids named in a sentence before "and N more". */
const NAMED = 5;
/** Ids named in a narrow cell (what a decision puts at risk) before "and N more". */
const NAMED_IN_CELL = 3;
/** Blocking chains shown per off-target KPI before "and N more chains". */
const TOP_CHAINS = 2;
/** Rows a chart takes on the page. */
const CHART_ROWS = 15;

type Row = (ReportCell | null)[];
interface Block {
  readonly title: string;
  /** Rows of exactly five cells (one panel), the first being the header. */
  readonly rows: Row[];
  /** Merges inside the block as [row, firstCol, lastCol] relative to the block (row 0 = header). */
  readonly merges: Array<[number, number, number]>;
}

/** `changes`: one line on what moved since the previous summary (when one was given). */
export function buildSummarySheet(result: RunResult, generatedAt?: string, changes?: string, paths: SourcePaths = new Map()): ReportSheet {
  const rows: Row[] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = { 0: 30, 1: 18, 2: 54 };
  const charts: ReportChart[] = [];
  const mergeRow = (r: number, c1: number, c2: number): void => {
    if (c2 > c1) merges.push(`${col(c1)}${r + 1}:${col(c2)}${r + 1}`);
  };
  const fullRow = (cell: ReportCell, style: StyleName): void => {
    rows.push([cell, ...Array.from({ length: LAST_COL }, () => blank(style))]);
    mergeRow(rows.length - 1, 0, LAST_COL);
  };

  rows.push([text('Throughline summary', 'title')]);
  mergeRow(0, 0, LAST_COL);
  rows.push([text(subtitle(result, generatedAt), 'subtitle')]);
  mergeRow(1, 0, LAST_COL);
  fullRow(text(headline(result), 'headline'), 'headline');
  if (changes) {
    rows.push([text(changes, 'link', { link: reportSheetLink(REPORT_SHEETS.changes, 'A1') })]);
    mergeRow(3, 0, LAST_COL);
    rowHeights[3] = 18;
  } else {
    rows.push([text('No previous summary was given, so there is no comparison with last week (report with --previous to add one).', 'muted')]);
    mergeRow(3, 0, LAST_COL);
  }
  // The trade-offs waiting on the Decisions sheet, in one line; nothing when none waits.
  const pointer = decisionsPointer(result);
  if (pointer) {
    rows.push([text(pointer, 'callout-link', { link: reportSheetLink(REPORT_SHEETS.decisions, 'A1') })]);
    mergeRow(4, 0, LAST_COL);
    rowHeights[4] = 18;
  } else {
    rows.push([]);
  }

  // Metric tiles: the value row, then its label row.
  const tiles = metricTiles(result);
  const tileTop = rows.length;
  const valueRow: Row = [];
  const labelRow: Row = [];
  for (const t of tiles) {
    valueRow[t.from] = text(t.value, t.style);
    labelRow[t.from] = text(t.label, 'tile-label');
    for (let c = t.from + 1; c <= t.to; c++) {
      valueRow[c] = blank(t.style);
      labelRow[c] = blank('tile-label');
    }
    mergeRow(tileTop, t.from, t.to);
    mergeRow(tileTop + 1, t.from, t.to);
  }
  rows.push(valueRow, labelRow);
  rowHeights[tileTop] = 34;
  rowHeights[tileTop + 1] = 30;
  rows.push([]);

  // What needs a decision this week: full width.
  const decisions = decisionItems(result, TOP_DECISIONS);
  const decisionTop = rows.length;
  rows.push([text('What needs a decision this week', 'label'), ...Array.from({ length: LAST_COL }, () => blank('label'))]);
  mergeRow(decisionTop, 0, LAST_COL);
  rowHeights[decisionTop] = 22;
  const decisionHeader = rows.length;
  rows.push([
    text('Initiative', 'header'),
    text('Owner', 'header'),
    text('Effective', 'header'),
    text('Reported', 'header'),
    text('Why', 'header'),
    blank('header'),
    blank('header'),
    text('What it puts at risk', 'header'),
    blank('header'),
    blank('header'),
    text('Source cell', 'header'),
  ]);
  // Why in E:G, what it puts at risk in H:J: both about three lines wide enough at any size.
  mergeRow(decisionHeader, 4, 6);
  mergeRow(decisionHeader, 7, 9);
  for (const item of decisions) {
    const r = rows.length;
    rows.push(decisionRow(result, item, paths));
    mergeRow(r, 4, 6);
    mergeRow(r, 7, 9);
  }
  if (decisions.length === 0) {
    rows.push([text('Nothing open is red, amber or forecast late: no decision is waiting.', 'muted')]);
    mergeRow(rows.length - 1, 0, LAST_COL);
  }
  rows.push([]);

  // Chart data first (the charts on both pages draw it), then the two charts of page 1.
  const data = chartDataBlocks(result);
  const placeData = (d: ChartData, top: number): string => {
    // Rows are dense from A: the data cells go right of the page, in rows the page already has or adds.
    const cells = d.rows;
    cells.forEach((cellsOfRow, k) => {
      const r = top + k;
      while (rows.length <= r) rows.push([]);
      const row = rows[r]!;
      cellsOfRow.forEach((cell, c) => (row[DATA_COL + c] = cell));
    });
    return `${col(DATA_COL)}${top + 1}:${col(DATA_COL + cells[0]!.length - 1)}${top + cells.length}`;
  };
  let dataTop = 0;
  const dataTitle = (): void => {
    rows[0]![DATA_COL] = text('Data the charts on this sheet draw', 'muted');
    dataTop = 1;
  };
  dataTitle();
  const chartAt = (d: ChartData | undefined, anchorRow: number, anchorCol: number, width: number): void => {
    if (!d) return;
    const range = placeData(d, dataTop);
    dataTop += d.rows.length + 1;
    charts.push({
      kind: d.kind,
      title: d.title,
      dataRange: range,
      anchor: `${col(anchorCol)}${anchorRow + 1}`,
      widthCols: width,
      heightRows: CHART_ROWS,
      ...(d.seriesColors ? { seriesColors: d.seriesColors } : {}),
      ...(d.pointColors ? { pointColors: d.pointColors } : {}),
    });
  };
  const chartTop = rows.length;
  chartAt(data.status, chartTop, LEFT, 5);
  chartAt(data.valueAtRisk, chartTop, RIGHT, 5);
  for (let k = 0; k < CHART_ROWS; k++) if (rows.length <= chartTop + k) rows.push([]);
  rows.push([]);
  // Page 2: the detail.
  const pageBreak = rows.length;

  const bands: Array<[Block, Block]> = [
    [statusBlock(result), valueAtRiskBlock(result, 'department', TOP_DEPARTMENTS)],
    [bottleneckBlock(result), kpiBlock(result)],
    [findingsBlock(result), sourcesBlock(result, TOP_SOURCES)],
  ];
  const writeBands = (bands: ReadonlyArray<readonly [Block, Block]>): void => {
  for (const [left, right] of bands) {
    const top = rows.length;
    const row: Row = [];
    rowHeights[top] = 22;
    for (const [block, at] of [[left, LEFT], [right, RIGHT]] as const) {
      row[at] = text(block.title, 'label');
      for (let c = 1; c < 5; c++) row[at + c] = blank('label');
      mergeRow(top, at, at + 4);
    }
    setRow(rows, top, row);
    const height = Math.max(left.rows.length, right.rows.length);
    for (let k = 0; k < height; k++) {
      const r: Row = [];
      for (const [block, at] of [[left, LEFT], [right, RIGHT]] as const) {
        const cells = block.rows[k];
        if (cells) cells.forEach((cell, c) => (r[at + c] = cell));
      }
      setRow(rows, top + 1 + k, r);
    }
    for (const [block, at] of [[left, LEFT], [right, RIGHT]] as const) {
      for (const [r, c1, c2] of block.merges) mergeRow(top + 1 + r, at + c1, at + c2);
    }
    // Two header lines, or as many as the longest header needs ("Slack (working days)" takes three in bold).
    const header = rows[top + 1];
    rowHeights[top + 1] = Math.max(30, header ? fitRowHeight(header, top + 1, prepareRowFit({ columnWidths: WIDTHS, merges })) : 0);
    setRow(rows, rows.length, []);
  }
  };
  writeBands(bands);
  // Page 3: slip and findings charts, then value at risk by pillar and by KPI.
  const secondCharts = rows.length;
  chartAt(data.slip, secondCharts, LEFT, 5);
  chartAt(data.findings, secondCharts, RIGHT, 5);
  for (let k = 0; k < CHART_ROWS; k++) if (rows.length <= secondCharts + k) rows.push([]);
  rows.push([]);
  writeBands([[valueAtRiskBlock(result, 'pillar', TOP_VALUE_ROWS), valueAtRiskBlock(result, 'kpi', TOP_VALUE_ROWS)]]);

  // Where to go next: links to the detail sheets (and, once cut past Excel's rows, their parts: withSheetParts).
  const go = detailLink;
  setRow(rows, rows.length, [
    text(MORE_DETAIL, 'muted'),
    go(REPORT_SHEETS.initiatives),
    go(REPORT_SHEETS.findings),
    go(REPORT_SHEETS.timeline),
    go(REPORT_SHEETS.dependencies),
    null,
    go(REPORT_SHEETS.departments),
    go(REPORT_SHEETS.valueAtRisk),
    go(REPORT_SHEETS.sources),
    go(REPORT_SHEETS.decisions),
    ...(changes ? [go(REPORT_SHEETS.changes)] : []),
  ]);
  const printed = rows.length;

  return makeSheet(REPORT_SHEETS.summary, rows.map((r) => Array.from(r, (c) => c ?? null)), {
    tabColor: '1F3864',
    columnWidths: WIDTHS,
    rowHeights,
    merges,
    charts,
    print: { orientation: 'landscape', fitToWidth: true, area: `A1:${col(LAST_COL)}${printed}`, rowBreaks: [pageBreak, secondCharts] },
    showGridLines: false,
  });
}

/** The first cell of the Summary's last row, whose links lead to the detail sheets. */
const MORE_DETAIL = 'More detail on the other sheets:';
/** The first cell of the rows under it that link to the further parts of sheets cut past Excel's rows. */
const CONTINUED = 'Continued on:';

/** A link to a report sheet's first cell, named by the sheet. */
function detailLink(sheet: string): ReportCell {
  return text(sheet, 'link', { link: reportSheetLink(sheet, 'A1') });
}

/**
 * The Summary of a report whose sheets were cut into parts past Excel's rows (splitPastRowLimit:
 * "Findings", "Findings 2", "Findings 3"). The "More detail" row's link to a cut sheet leads to
 * its first part; under it, one row per further part links to that part's A1, the first of those
 * rows headed "Continued on:", so each column reads down a sheet's parts in order:
 *
 *   More detail on the other sheets:  Initiatives  Findings    Timeline  Dependencies
 *   Continued on:                                  Findings 2            Dependencies 2
 *                                                  Findings 3
 *
 * The print area takes the new rows. `partsOf` gives a sheet's number of parts (1 when whole).
 * The sheet itself when no sheet it links to was cut, or it has no "More detail" row.
 */
export function withSheetParts(summary: ReportSheet, partsOf: (sheet: string) => number): ReportSheet {
  const { rows } = summary;
  let at = -1;
  for (let r = rows.count - 1; r >= 0 && at < 0; r--) {
    const first = rows.row(r)[0]?.value;
    if (first?.t === 'text' && first.v === MORE_DETAIL) at = r;
  }
  if (at < 0) return summary;
  const added: Row[] = [];
  rows.row(at).forEach((cell, c) => {
    const link = cell?.link;
    if (c === 0 || link?.kind !== 'internal' || link.report !== true || link.address !== 'A1') return;
    for (let p = 2; p <= partsOf(link.sheet); p++) (added[p - 2] ??= [])[c] = detailLink(partName(link.sheet, p));
  });
  if (added.length === 0) return summary;
  added[0]![0] = text(CONTINUED, 'muted');
  const last = at + added.length;
  const row = (i: number): ReportRow => {
    const own = i < rows.count ? rows.row(i) : [];
    const cells = added[i - at - 1];
    if (!cells) return own;
    // Any cells already in the row (chart data right of the page) stay.
    return Array.from({ length: Math.max(own.length, cells.length) }, (_, c) => cells[c] ?? own[c] ?? null);
  };
  const width = Math.max(rows.width, ...added.map((r) => r.length));
  const area = summary.print?.area?.split(':');
  const to = area?.[1] === undefined ? undefined : parseA1(area[1]);
  const print = summary.print && area && to && to.row < last ? { ...summary.print, area: `${area[0]}:${a1(last, to.col)}` } : summary.print;
  return { ...summary, rows: { count: Math.max(rows.count, last + 1), width, row }, ...(print ? { print } : {}) };
}

/**
 * "3 decisions needed — see Decisions": the trade-offs the Decisions sheet lists that have no
 * decision recorded yet; undefined when none waits for one.
 */
export function decisionsPointer(result: RunResult): string | undefined {
  const { tradeOffs, tradeOffsLeftOut } = governanceOf(result);
  const open = tradeOffs.filter((t) => t.decision === undefined).length;
  if (open === 0) return undefined;
  const more = tradeOffsLeftOut > 0 ? ` (${tradeOffsLeftOut} more red ${tradeOffsLeftOut === 1 ? 'item qualifies' : 'items qualify'})` : '';
  return `${plural(open, 'decision')} needed${more}: red work on a KPI chain or the critical path to a committed date — see ${REPORT_SHEETS.decisions}`;
}

/** Puts cells into row r, keeping any chart data already placed right of the page. */
function setRow(rows: Row[], r: number, cells: Row): void {
  while (rows.length <= r) rows.push([]);
  const row = rows[r]!;
  cells.forEach((cell, c) => {
    if (cell !== undefined) row[c] = cell;
  });
}

interface StatusCounts {
  readonly reported: ReadonlyMap<Status, number>;
  readonly effective: ReadonlyMap<Status, number>;
  /** Ids of open initiatives effectively red / amber, in the report's order (RunFacts.order). */
  readonly red: readonly string[];
  readonly amber: readonly string[];
  readonly overdue: number;
  readonly late: number;
  readonly stale: number;
  /** Initiatives counted (roll-ups of a tool's hierarchy are counted through their children). */
  readonly counted: number;
}

const COUNTS = new WeakMap<RunResult, StatusCounts>();
function statusCounts(result: RunResult): StatusCounts {
  let found = COUNTS.get(result);
  if (found) return found;
  const reported = new Map<Status, number>();
  const effective = new Map<Status, number>();
  const red: string[] = [];
  const amber: string[] = [];
  let overdue = 0;
  let late = 0;
  let stale = 0;
  let counted = 0;
  const inits = result.model.initiatives;
  const { effectiveAt, analysisAt, order } = factsOf(result);
  const asOf = result.options.asOf;
  // In the report's one order, so the initiatives a sentence names come as every sheet lists them.
  for (const k of order) {
    const i = inits[k]!;
    if (i.isParent) continue;
    counted++;
    const e = effectiveAt[k]!;
    reported.set(i.status, (reported.get(i.status) ?? 0) + 1);
    effective.set(e, (effective.get(e) ?? 0) + 1);
    if (!isOpen(i, e)) continue;
    const a = analysisAt[k];
    if (e === 'red') red.push(i.id);
    else if (e === 'amber') amber.push(i.id);
    if (i.due !== undefined && i.due < asOf) overdue++;
    if ((a?.slipDays ?? 0) > 0) late++;
    if (a?.stale) stale++;
  }
  found = { reported, effective, red, amber, overdue, late, stale, counted };
  COUNTS.set(result, found);
  return found;
}

/** "CS-03, MKT-04, MKT-06" or "A, B, C, D, E and 3 more". */
function named(ids: readonly string[], most = NAMED): string {
  return ids.length <= most ? ids.join(', ') : `${ids.slice(0, most).join(', ')} and ${ids.length - most} more`;
}

/**
 * The news in one paragraph: what is really red (named) against what is reported, what is at
 * risk in money, and the most consequential item to decide on.
 */
export function headline(result: RunResult): string {
  const c = statusCounts(result);
  if (c.counted === 0) return 'No initiatives were read from the sources: nothing to report yet.';
  const reportedRed = c.reported.get('red') ?? 0;
  const reportedAmber = c.reported.get('amber') ?? 0;
  const sentences: string[] = [];
  if (c.red.length > 0) {
    const against = reportedRed === 0 ? ' though none is reported red' : reportedRed === c.red.length ? ', as reported' : ` against ${reportedRed} reported red`;
    sentences.push(`${c.red.length === 1 ? '1 initiative is' : `${c.red.length} initiatives are`} effectively red${against}: ${named(c.red)}.`);
  } else {
    sentences.push(`No open initiative is effectively red${reportedRed > 0 ? ` (${reportedRed} reported red)` : ''}.`);
  }
  if (c.amber.length > 0) sentences.push(`${c.amber.length} ${c.amber.length === 1 ? 'is' : 'are'} effectively amber (${reportedAmber} reported amber).`);
  sentences.push(`${capitalise(riskPhrase(result))}.`);
  const top = decisionItems(result, 1)[0];
  if (top && top.downstream + top.kpis.length > 0) {
    const i = top.initiative;
    const waiting = [
      top.downstream > 0 ? `${plural(top.downstream, 'initiative')}${top.departments > 0 ? ` in ${plural(top.departments, 'other department')}` : ''}` : '',
      top.kpis.length > 0 ? `${top.kpis.length === 1 ? 'KPI' : 'KPIs'} ${named(top.kpis)}` : '',
    ].filter(Boolean);
    const many = top.downstream + top.kpis.length > 1;
    sentences.push(`Most consequential: ${i.id}${i.name ? ` (${i.name})` : ''}, ${statusLabel(top.effective).toLowerCase()}${i.owner ? `, owner ${i.owner}` : ''}; ${waiting.join(' and ')} ${many ? 'wait' : 'waits'} on it.`);
  } else if (c.red.length === 0 && c.amber.length === 0) {
    sentences.push('Nothing open is at risk.');
  }
  return sentences.join(' ');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "£3.94m of budget and £5.38m of benefit at risk", or what is not given. */
function riskPhrase(result: RunResult): string {
  const total = result.analysis.valueAtRisk.total;
  const symbol = moneyPrefixOf(result);
  const given = moneyGiven(result);
  const amount = (n: number, what: 'budget' | 'benefit'): string => (given[what] ? `${symbol}${compactAmount(n)} of ${what}` : `no ${what} data`);
  // Zero at risk is only news where the sources give money at all: otherwise it is "not given", never "all clear".
  if (!given.budget && !given.benefit) return 'no budget or benefit data given';
  if (total.budgetAtRisk > 0 || total.benefitAtRisk > 0) return `${amount(total.budgetAtRisk, 'budget')} and ${amount(total.benefitAtRisk, 'benefit')} at risk`;
  return `no ${given.budget && given.benefit ? 'budget or benefit' : given.budget ? 'budget' : 'benefit'} at risk${given.budget && given.benefit ? '' : ` (no ${given.budget ? 'benefit' : 'budget'} data)`}`;
}

interface Tile {
  readonly from: number;
  readonly to: number;
  readonly value: string;
  readonly label: string;
  readonly style: StyleName;
}

/** Effectively red, effectively amber, overdue, forecast late, stale, value at risk: each against what is reported. */
function metricTiles(result: RunResult): Tile[] {
  const c = statusCounts(result);
  const given = moneyGiven(result);
  const total = result.analysis.valueAtRisk.total;
  const symbol = moneyPrefixOf(result);
  const tone = (n: number, bad: StyleName): StyleName => (n > 0 ? bad : 'tile-value-green');
  const reportedRed = c.reported.get('red') ?? 0;
  const reportedAmber = c.reported.get('amber') ?? 0;
  const value = given.budget
    ? { value: `${symbol}${compactAmount(total.budgetAtRisk)}`, label: `budget at risk (${symbol}${compactAmount(total.reportedBudgetAtRisk)} as reported)` }
    : given.benefit
      ? { value: `${symbol}${compactAmount(total.benefitAtRisk)}`, label: 'benefit at risk (budget not given)' }
      : { value: 'not given', label: 'value at risk: no budget or benefit in the sources' };
  return [
    { from: 0, to: 0, value: String(c.red.length), label: `effectively red (${reportedRed} reported red)`, style: tone(c.red.length, 'tile-value-red') },
    { from: 1, to: 3, value: String(c.amber.length), label: `effectively amber (${reportedAmber} reported amber)`, style: tone(c.amber.length, 'tile-value-amber') },
    { from: 4, to: 4, value: String(c.overdue), label: 'open past their due date', style: tone(c.overdue, 'tile-value-red') },
    { from: 6, to: 7, value: String(c.late), label: 'forecast to finish after due', style: tone(c.late, 'tile-value-amber') },
    { from: 8, to: 9, value: String(c.stale), label: `stale: no update in ${plural(result.options.cadenceDays, 'day')}`, style: tone(c.stale, 'tile-value-amber') },
    { from: 10, to: 10, ...value, style: !given.budget && !given.benefit ? 'tile-value' : tone(given.budget ? total.budgetAtRisk : total.benefitAtRisk, 'tile-value-red') },
  ];
}

function decisionRow(result: RunResult, item: DecisionItem, paths: SourcePaths): Row {
  const i = item.initiative;
  const a = item.analysis;
  const why: string[] = [];
  if (a?.effectiveReason) why.push(displayDates(a.effectiveReason));
  else why.push(`Reported ${statusLabel(i.status).toLowerCase()} by its owner.`);
  if ((a?.slipDays ?? 0) > 0 && a?.forecastFinish !== undefined && !a.effectiveReason?.includes('working days')) {
    why.push(`Forecast ${displayDate(a.forecastFinish)}, ${plural(a.slipDays, 'working day')} after due.`);
  } else if (i.due !== undefined && i.due < result.options.asOf && !a?.effectiveReason) {
    why.push(`Was due ${displayDate(i.due)}.`);
  }
  if (a?.critical) why.push(result.analysis.criticalBy === 'longest-path' ? 'On the longest path (it drives the last finish).' : 'On the critical path (no slack).');
  if (a?.stale && a.daysSinceUpdate !== undefined) why.push(`Last updated ${plural(a.daysSinceUpdate, 'day')} ago.`);
  const risk: string[] = [];
  if (item.downstream > 0) risk.push(`${plural(item.downstream, 'initiative')} downstream${item.departments > 0 ? ` (${plural(item.departments, 'other department')})` : ''}`);
  if (item.kpis.length > 0) risk.push(`${item.kpis.length === 1 ? 'KPI' : 'KPIs'} ${named(item.kpis, NAMED_IN_CELL)}`);
  if (item.budgetAtStake !== undefined && item.budgetAtStake > 0) risk.push(`${moneyPrefixOf(result)}${compactAmount(item.budgetAtStake)} of budget in it and downstream`);
  if (risk.length === 0) risk.push('Nothing downstream; its own delivery only.');
  return [
    // Plain wrapped text, not a link: hosts do not wrap hyperlink cells, and names are long.
    text(i.name ? `${i.id} ${i.name}` : i.id),
    text(i.owner ?? 'not given', i.owner ? 'body' : 'muted'),
    statusCell(item.effective),
    statusCell(i.status),
    text(why.join(' ') || 'At risk.'),
    blank('body'),
    blank('body'),
    text(risk.join('; ')),
    blank('body'),
    blank('body'),
    // The source row's home cell, named in the text too (small: a link cell does not wrap).
    text(describeCell(i.home), 'link-small', { link: linkToCell(result, i.home, paths) }),
  ];
}

function subtitle(result: RunResult, generatedAt?: string): string {
  const departments = factsOf(result).departments.length;
  const errors = factsOf(result).severityCounts.error;
  const parts = [
    `As of ${displayDate(result.options.asOf)}`,
    `${plural(result.model.initiatives.length, 'initiative')} in ${plural(departments, 'department')} from ${plural(result.model.sources.length, 'source')}`,
    `${plural(result.findings.length, 'finding')} (${plural(errors, 'error')})`,
  ];
  if (generatedAt) parts.push(`generated ${generatedAt}`);
  return parts.join(' · ');
}

/** @deprecated name kept for callers: the one display form of a date in sentences. */
export const longDate = displayDate;

function header(...labels: string[]): Row {
  return labels.map((l) => text(l, 'header'));
}

function statusBlock(result: RunResult): Block {
  const { reported, effective } = statusCounts(result);
  const shown = STATUS_ORDER.filter((s) => ['green', 'amber', 'red', 'done'].includes(s) || reported.has(s) || effective.has(s));
  const rows: Row[] = [header('Status', 'Reported', 'Effective', 'Difference', '')];
  const merges: Array<[number, number, number]> = [[0, 3, 4]];
  shown.forEach((s, k) => {
    const r = reported.get(s) ?? 0;
    const e = effective.get(s) ?? 0;
    const diff = e === r ? 'as reported' : e > r ? `${e - r} more than reported` : `${r - e} fewer than reported`;
    rows.push([statusCell(s), num(r), num(e), text(diff, e === r ? 'muted' : 'body'), blank(e === r ? 'muted' : 'body')]);
    merges.push([k + 1, 3, 4]);
  });
  return { title: 'Status: reported vs effective (initiatives)', rows, merges };
}

/**
 * A breakdown of value at risk, its `cap` rows most at risk (then, for departments, the total),
 * and one linked row for the rest, so the page holds at any size: the full list is on the
 * Value at risk sheet.
 */
function valueAtRiskBlock(result: RunResult, by: ValueAtRiskBy, cap: number): Block {
  const rows: Row[] = [valueAtRiskHeader(by)];
  const merges: Array<[number, number, number]> = [];
  const list = rankedValueAtRisk(result, by);
  const title = valueAtRiskTitle(by);
  if (list.length === 0) {
    rows.push([text(valueAtRiskMissing(by), 'muted'), blank('muted'), blank('muted'), blank('muted'), blank('muted')]);
    return { title: `${title}: not given`, rows, merges: [[1, 0, 4]] };
  }
  const cells = valueAtRiskCells(result, by);
  // One row for the rest is no saving over showing it.
  const shown = list.length > cap + 1 ? list.slice(0, cap) : list;
  for (const v of shown) rows.push(cells.row(v));
  const rest = list.slice(shown.length);
  if (rest.length > 0) {
    const what = by === 'kpi' ? plural(rest.length, 'more KPI') : by === 'pillar' ? plural(rest.length, 'more pillar') : plural(rest.length, 'more department');
    const link = reportSheetLink(REPORT_SHEETS.valueAtRisk, `A${valueAtRiskRowOf(result, by)}`);
    rows.push([text(`and ${what}, ${restAtRisk(result, by, rest)} — see ${REPORT_SHEETS.valueAtRisk}`, 'link', { link }), blank(), blank(), blank(), blank()]);
    merges.push([rows.length - 1, 0, 4]);
  }
  if (by === 'department') rows.push(cells.total());
  return { title, rows, merges };
}

/**
 * Bottlenecks still holding work up, ranked by risk before size: red or forecast late first,
 * then amber, then on the critical path (no slack), then the rest; by work waiting within each.
 */
function rankedBottlenecks(result: RunResult): RunResult['analysis']['bottlenecks'] {
  const tierOf = (id: string): number => {
    const a = result.analysis.byId.get(id);
    const e = a?.effectiveStatus ?? result.model.byId.get(id)?.status ?? 'unknown';
    if (e === 'red' || (a?.slipDays ?? 0) > 0) return 0;
    if (atRisk(e, a)) return 1;
    if (a?.totalSlackDays !== undefined && a.totalSlackDays <= 0) return 2;
    return 3;
  };
  return result.analysis.bottlenecks
    .filter((b) => {
      if (b.downstreamIds.length === 0) return false;
      const s = result.analysis.byId.get(b.id)?.effectiveStatus ?? result.model.byId.get(b.id)?.status;
      return s !== 'done' && s !== 'cancelled';
    })
    .map((b, k) => ({ b, k, tier: tierOf(b.id) }))
    .sort((x, y) => x.tier - y.tier || x.k - y.k)
    .map((x) => x.b);
}

function bottleneckBlock(result: RunResult): Block {
  const rows: Row[] = [header('Initiative', 'Effective', 'Slack (working days)', 'Initiatives waiting', 'What waits on it')];
  const top = rankedBottlenecks(result).slice(0, TOP_BOTTLENECKS);
  for (const b of top) {
    const init = result.model.byId.get(b.id);
    const a = result.analysis.byId.get(b.id);
    rows.push([
      // Plain wrapped text, not a link: hosts do not wrap hyperlink cells, and names are long.
      text(init?.name ? `${b.id} ${init.name}` : b.id),
      statusCell(a?.effectiveStatus ?? init?.status ?? 'unknown'),
      a?.totalSlackDays === undefined ? text('not given', 'muted') : num(a.totalSlackDays),
      num(b.downstreamIds.length),
      text(`${named(b.downstreamIds)}${b.departmentsWaiting.length > 0 ? ` (${plural(b.departmentsWaiting.length, 'other department')})` : ''}`),
    ]);
  }
  if (top.length === 0) rows.push([text('No initiative holds up another.', 'muted')]);
  return { title: 'Bottlenecks at risk first: what waits on them', rows, merges: [] };
}

/** A number format showing a KPI's unit after its value: `General" days"`, `General"%"`. */
export function unitFormat(unit: string | undefined): string | undefined {
  const u = unit?.trim();
  if (!u) return undefined;
  const escaped = u.replace(/"/g, '""');
  return /^[%‰]/.test(u) ? `General"${escaped}"` : `General" ${escaped}"`;
}

function kpiBlock(result: RunResult): Block {
  const rows: Row[] = [header('KPI', 'Actual', 'Target', 'Blocked by (KPI ← initiative ← root blocker)', '')];
  const merges: Array<[number, number, number]> = [[0, 3, 4]];
  const offTarget = result.analysis.kpiTraces.filter((t) => t.offTarget);
  const off = offTarget.length > TOP_KPIS + 1 ? offTarget.slice(0, TOP_KPIS) : offTarget;
  off.forEach((t, k) => {
    const kpi = result.model.kpis.find((x) => x.id === t.kpi);
    // A KPI many chains block names the first few: the cell stays a few lines at any size.
    const chains = t.chains.slice(0, TOP_CHAINS).map((c) => c.chain.join(' ← '));
    const moreChains = t.chains.length - chains.length;
    const chain = chains.join('; ') + (moreChains > 0 ? `; and ${plural(moreChains, 'more chain')}` : '');
    // A right-aligned figure ends a bracket's width short of its cell ("_)"), or the Target ran into the chain beside it ("40%MKT-04").
    const fmt = `${unitFormat(kpi?.unit) ?? STYLES.number.numFmt!}_)`;
    const value = (v: number | undefined): ReportCell => (v === undefined ? text('not given', 'muted') : { value: { t: 'number', v }, style: 'number', numFmt: fmt });
    rows.push([
      text(kpi?.name ? `${t.kpi} ${kpi.name}` : t.kpi),
      value(kpi?.actual),
      value(kpi?.target),
      text(chain || (kpi && kpi.initiatives.length === 0 ? 'Off target; this KPI names no initiatives.' : 'Off target; nothing blocked upstream.'), chain ? 'body' : 'muted'),
      blank(chain ? 'body' : 'muted'),
    ]);
    merges.push([k + 1, 3, 4]);
  });
  const rest = offTarget.slice(off.length);
  if (rest.length > 0) {
    rows.push([text(`and ${plural(rest.length, 'more KPI')} off target: ${named(rest.map((t) => t.kpi))}.`, 'muted'), blank('muted'), blank('muted'), blank('muted'), blank('muted')]);
    merges.push([rows.length - 1, 0, 4]);
  }
  // With no KPI at all there is nothing to be on target: say the input is missing, not "all clear".
  if (off.length === 0) rows.push([text(result.model.kpis.length === 0 ? 'No KPI was given in the sources.' : 'Every KPI with a target is on target.', 'muted')]);
  return { title: 'Off-target KPIs and their blocking chain', rows, merges };
}

/** Softer severity fills than the Findings sheet's: a column of solid red would shout over the page. */
const SOFT_SEVERITY: Record<Severity, StyleName> = { error: 'rag-red', warning: 'rag-amber', info: 'rag-done' };

/**
 * Findings by rule, the most consequential first: by severity, then by the initiatives the rule
 * names that are effectively red (2 each) or amber (1 each), then by how many findings; each row
 * names its initiatives.
 */
function findingsBlock(result: RunResult): Block {
  const rows: Row[] = [header('Rule', '', 'Severity', 'Findings', 'Initiatives named')];
  const merges: Array<[number, number, number]> = [[0, 0, 1]];
  const { effectiveAt } = factsOf(result);
  const positions = new Map(result.model.initiatives.map((i, k) => [i.id, k] as const));
  const byCode = new Map<string, { severity: Severity; n: number; ids: string[]; seen: Set<string>; atRisk: number }>();
  for (const f of result.findings) {
    let c = byCode.get(f.code);
    if (!c) byCode.set(f.code, (c = { severity: f.severity, n: 0, ids: [], seen: new Set(), atRisk: 0 }));
    c.n++;
    const id = f.initiativeId;
    if (id !== undefined && !c.seen.has(id)) {
      c.seen.add(id);
      c.ids.push(id);
      const k = positions.get(id);
      const e = k === undefined ? undefined : effectiveAt[k];
      if (e === 'red') c.atRisk += 2;
      else if (e === 'amber') c.atRisk++;
    }
  }
  const sorted = [...byCode.entries()].sort(
    ([a, x], [b, y]) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] || y.atRisk - x.atRisk || y.n - x.n || (a < b ? -1 : 1),
  );
  const shown = sorted.length > TOP_RULES ? sorted.slice(0, TOP_RULES - 1) : sorted;
  shown.forEach(([code, { severity, n, ids }], k) => {
    const title = ruleName(code);
    rows.push([
      text(title, 'body', { note: `Rule ${code}` }),
      blank('body'),
      text(SEVERITY_LABELS[severity], SOFT_SEVERITY[severity]),
      num(n),
      text(ids.length > 0 ? named(ids) : 'none (about sources or tables)', ids.length > 0 ? 'body' : 'muted'),
    ]);
    merges.push([k + 1, 0, 1]);
  });
  const rest = sorted.slice(shown.length);
  if (rest.length > 0) {
    const n = rest.reduce((sum, [, c]) => sum + c.n, 0);
    const by = (s: Severity): number => rest.filter(([, c]) => c.severity === s).reduce((sum, [, c]) => sum + c.n, 0);
    const parts = (['error', 'warning', 'info'] as const).filter((s) => by(s) > 0).map((s) => `${by(s)} ${SEVERITY_LABELS[s].toLowerCase()}`);
    rows.push([text(`and ${plural(n, 'more finding')} under ${plural(rest.length, 'other rule')} (${parts.join(', ')}) — see ${REPORT_SHEETS.findings}`, 'link', { link: reportSheetLink(REPORT_SHEETS.findings, 'A1') })]);
    merges.push([rows.length - 1, 0, 4]);
  }
  if (sorted.length === 0) rows.push([text('No findings: every check passed.', 'muted')]);
  if (result.waived.length > 0) {
    rows.push([text(`${plural(result.waived.length, 'finding')} waived (listed on Findings with the reason).`, 'muted')]);
    merges.push([rows.length - 1, 0, 4]);
  }
  const total = (s: Severity): number => factsOf(result).severityCounts[s];
  return { title: `Findings: ${plural(total('error'), 'error')}, ${plural(total('warning'), 'warning')}, ${total('info')} info`, rows, merges };
}

/** The stalest sources, `cap` of them, and one linked row for the rest (the Sources sheet lists them all). */
function sourcesBlock(result: RunResult, cap: number): Block {
  const rows: Row[] = [sourcesHeader()];
  const merges: Array<[number, number, number]> = [];
  const list = rankedSources(result);
  const shown = list.length > cap + 1 ? list.slice(0, cap) : list;
  rows.push(...shown.map(sourceCells(result)));
  const rest = list.slice(shown.length);
  if (rest.length > 0) {
    const stale = rest.reduce((n, s) => n + s.stale, 0);
    const link = reportSheetLink(REPORT_SHEETS.sources, 'A1');
    rows.push([text(`and ${plural(rest.length, 'more source')}, ${plural(stale, 'stale row')} — see ${REPORT_SHEETS.sources}`, 'link', { link }), blank(), blank(), blank(), blank()]);
    merges.push([rows.length - 1, 0, 4]);
  }
  if (result.model.sources.length === 0) rows.push([text('No sources were read.', 'muted')]);
  return { title: sourcesTitle(result), rows, merges };
}

function col(c: number): string {
  return String.fromCharCode(65 + c);
}

