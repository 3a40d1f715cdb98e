import { CATALOG, type ReportCell, type ReportChart, type ReportSheet, type RunResult, type Severity, type Status, type StyleName } from '../types';
import { isoFromDay } from '../util/days';
import { blank, compactAmount, date, num, plural, statusCell, STATUS_ORDER, statusStyle, text } from './cells';
import { money, moneyFormatOf, moneyPrefixOf } from './money';
import { factsOf, NO_DEPARTMENT } from './run-facts';
import { SEVERITY_LABELS } from './findings-sheet';
import { makeSheet } from './sheet';
import { REPORT_SHEETS } from './sheet-names';

/**
 * The one-minute read, laid out as two panels of blocks (A:E and G:K) so it fits one landscape
 * page: status reported vs effective | value at risk; bottlenecks | off-target KPIs;
 * findings by rule | sources and freshness.
 */
const WIDTHS = [26, 11, 11, 11, 28, 2, 22, 11, 13, 13, 30];
const LEFT = 0;
const RIGHT = 6;
const LAST_COL = 10;
export const TOP_BOTTLENECKS = 5;
export const TOP_KPIS = 5;

type Row = (ReportCell | null)[];
interface Block {
  readonly title: string;
  /** Rows of exactly five cells (one panel), the first being the header. */
  readonly rows: Row[];
  /** Merges inside the block as [row, firstCol, lastCol] relative to the block (row 0 = header). */
  readonly merges: Array<[number, number, number]>;
}

/** `changes`: one line on what moved since the previous summary (when one was given). */
export function buildSummarySheet(result: RunResult, generatedAt?: string, changes?: string): ReportSheet {
  const rows: Row[] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = { 0: 30, 1: 18, 2: 50, 3: 8 };
  const charts: ReportChart[] = [];
  const mergeRow = (r: number, c1: number, c2: number): void => {
    merges.push(`${col(c1)}${r + 1}:${col(c2)}${r + 1}`);
  };

  rows.push([text('Throughline summary', 'title')]);
  mergeRow(0, 0, LAST_COL);
  rows.push([text(subtitle(result, generatedAt), 'subtitle')]);
  mergeRow(1, 0, LAST_COL);
  rows.push([text(headline(result), 'headline'), ...Array.from({ length: LAST_COL }, () => blank('headline'))]);
  mergeRow(2, 0, LAST_COL);
  if (changes) {
    rows.push([text(changes, 'link', { link: { kind: 'internal', sheet: REPORT_SHEETS.changes, address: 'A1' } })]);
    mergeRow(3, 0, LAST_COL);
    rowHeights[3] = 18;
  } else {
    rows.push([]);
  }

  const bands: Array<[Block, Block]> = [
    [statusBlock(result), valueAtRiskBlock(result)],
    [bottleneckBlock(result), kpiBlock(result)],
    [findingsBlock(result), sourcesBlock(result)],
  ];
  bands.forEach(([left, right], b) => {
    const top = rows.length;
    rows.push([]);
    rowHeights[top] = 22;
    for (const [block, at] of [[left, LEFT], [right, RIGHT]] as const) {
      rows[top]![at] = text(block.title, 'label');
      for (let c = 1; c < 5; c++) rows[top]![at + c] = blank('label');
      mergeRow(top, at, at + 4);
    }
    const height = Math.max(left.rows.length, right.rows.length);
    for (let k = 0; k < height; k++) {
      const row: Row = [];
      for (const [block, at] of [[left, LEFT], [right, RIGHT]] as const) {
        const cells = block.rows[k];
        if (cells) cells.forEach((cell, c) => (row[at + c] = cell));
      }
      for (let c = 0; c <= LAST_COL; c++) row[c] = row[c] ?? null;
      rows.push(row);
    }
    for (const [block, at] of [[left, LEFT], [right, RIGHT]] as const) {
      for (const [r, c1, c2] of block.merges) mergeRow(top + 1 + r, at + c1, at + c2);
    }
    rowHeights[top + 1] = 30;
    if (b === 0) {
      charts.push({
        kind: 'column',
        title: 'Initiatives by status: reported vs effective',
        dataRange: `A${top + 2}:C${top + 1 + left.rows.length}`,
        anchor: 'M5',
        widthCols: 8,
        heightRows: 16,
      });
    }
    rows.push([]);
  });

  // Where to go next: links to the detail sheets.
  const go = (t: string): ReportCell => text(t, 'link', { link: { kind: 'internal', sheet: t, address: 'A1' } });
  rows.push([
    text('More detail on the other sheets:', 'muted'),
    go(REPORT_SHEETS.initiatives),
    go(REPORT_SHEETS.findings),
    go(REPORT_SHEETS.timeline),
    go(REPORT_SHEETS.dependencies),
    null,
    go(REPORT_SHEETS.departments),
    ...(changes ? [go(REPORT_SHEETS.changes)] : []),
  ]);

  return makeSheet(REPORT_SHEETS.summary, rows.map((r) => Array.from(r, (c) => c ?? null)), {
    tabColor: '1F3864',
    columnWidths: WIDTHS,
    rowHeights,
    merges,
    charts,
    print: { orientation: 'landscape', fitToWidth: true, fitToHeight: 1, area: `A1:${col(LAST_COL)}${rows.length}` },
    showGridLines: false,
  });
}

/** Whether any initiative has a budget, and any a benefit: money the sources give at all. */
function moneyGiven(result: RunResult): { budget: boolean; benefit: boolean } {
  let budget = false;
  let benefit = false;
  for (const i of result.model.initiatives) {
    if (i.budget !== undefined) budget = true;
    if (i.benefit !== undefined) benefit = true;
    if (budget && benefit) break;
  }
  return { budget, benefit };
}

/** How many initiatives, truly vs reportedly on track, the value at risk, the biggest bottleneck. */
export function headline(result: RunResult): string {
  const inits = result.model.initiatives;
  const { effectiveAt } = factsOf(result);
  let reportedGreen = 0;
  let trulyGreen = 0;
  for (let k = 0; k < inits.length; k++) {
    if (inits[k]!.isParent) continue; // a roll-up of its children, counted through them
    if (inits[k]!.status === 'green') reportedGreen++;
    if (effectiveAt[k] === 'green') trulyGreen++;
  }
  const total = result.analysis.valueAtRisk.total;
  const symbol = moneyPrefixOf(result);
  const given = moneyGiven(result);
  const amount = (n: number, what: 'budget' | 'benefit'): string => (given[what] ? `${symbol}${compactAmount(n)} of ${what}` : `no ${what} data`);
  // Zero at risk is only news where the sources give money at all: otherwise it is "not given", never "all clear".
  const risk = !given.budget && !given.benefit
    ? 'no budget or benefit data given'
    : total.budgetAtRisk > 0 || total.benefitAtRisk > 0
      ? `${amount(total.budgetAtRisk, 'budget')} and ${amount(total.benefitAtRisk, 'benefit')} at risk`
      : `no ${given.budget && given.benefit ? 'budget or benefit' : given.budget ? 'budget' : 'benefit'} at risk${given.budget && given.benefit ? '' : ` (no ${given.budget ? 'benefit' : 'budget'} data)`}`;
  const top = openBottlenecks(result)[0];
  const bottleneck = top
    ? `the biggest bottleneck is ${top.id}${nameSuffix(result, top.id)}, with ${plural(top.downstreamIds.length, 'initiative')}${
        top.departmentsWaiting.length > 0 ? ` in ${plural(top.departmentsWaiting.length, 'other department')}` : ''
      } waiting on it`
    : 'no initiative holds up another';
  return `${plural(inits.length, 'initiative')}: ${trulyGreen} truly on track against ${reportedGreen} reported on track; ${risk}; ${bottleneck}.`;
}

/** Bottlenecks still holding work up: done or cancelled initiatives wait for nothing and block nothing. */
function openBottlenecks(result: RunResult): RunResult['analysis']['bottlenecks'] {
  return result.analysis.bottlenecks.filter((b) => {
    if (b.downstreamIds.length === 0) return false;
    const s = result.analysis.byId.get(b.id)?.effectiveStatus ?? result.model.byId.get(b.id)?.status;
    return s !== 'done' && s !== 'cancelled';
  });
}

function nameSuffix(result: RunResult, id: string): string {
  const name = result.model.byId.get(id)?.name;
  return name ? ` (${name})` : '';
}

function subtitle(result: RunResult, generatedAt?: string): string {
  const departments = factsOf(result).departments.length;
  const errors = factsOf(result).severityCounts.error;
  const parts = [
    `As of ${longDate(result.options.asOf)}`,
    `${plural(result.model.initiatives.length, 'initiative')} in ${plural(departments, 'department')} from ${plural(result.model.sources.length, 'source')}`,
    `${plural(result.findings.length, 'finding')} (${plural(errors, 'error')})`,
  ];
  if (generatedAt) parts.push(`generated ${generatedAt}`);
  return parts.join(' · ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function longDate(day: number): string {
  const [y, m, d] = isoFromDay(day).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function header(...labels: string[]): Row {
  return labels.map((l) => text(l, 'header'));
}

function statusBlock(result: RunResult): Block {
  const reported = new Map<Status, number>();
  const effective = new Map<Status, number>();
  const inits = result.model.initiatives;
  const { effectiveAt } = factsOf(result);
  for (let k = 0; k < inits.length; k++) {
    if (inits[k]!.isParent) continue; // parents in a tool's hierarchy roll their children up: not counted twice
    const r = inits[k]!.status;
    const e = effectiveAt[k]!;
    reported.set(r, (reported.get(r) ?? 0) + 1);
    effective.set(e, (effective.get(e) ?? 0) + 1);
  }
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
  return { title: 'Status: reported vs effective', rows, merges };
}

function valueAtRiskBlock(result: RunResult): Block {
  const rows: Row[] = [header('Department', 'At risk', 'Budget at risk', 'Benefit at risk', 'Reported budget at risk')];
  // The worst effective status per department, from one pass over the initiatives (not one per department).
  const reds = new Set<string>();
  const ambers = new Set<string>();
  const inits = result.model.initiatives;
  const { effectiveAt } = factsOf(result);
  for (let k = 0; k < inits.length; k++) {
    const i = inits[k]!;
    const e = effectiveAt[k];
    if (e === 'red') reds.add(i.department ?? NO_DEPARTMENT);
    else if (e === 'amber') ambers.add(i.department ?? NO_DEPARTMENT);
  }
  const worst = (dept: string): Status => (reds.has(dept) ? 'red' : ambers.has(dept) ? 'amber' : 'green');
  const format = moneyFormatOf(result);
  const given = moneyGiven(result);
  // A money column no source gives reads "not given", not a column of zeros.
  const amount = (n: number, what: 'budget' | 'benefit'): ReportCell => (given[what] ? money(n, format) : text('not given', 'muted'));
  for (const v of result.analysis.valueAtRisk.byDepartment) {
    rows.push([
      text(v.key),
      num(v.initiativesAtRisk, statusStyle(worst(v.key))),
      amount(v.budgetAtRisk, 'budget'),
      amount(v.benefitAtRisk, 'benefit'),
      amount(v.reportedBudgetAtRisk, 'budget'),
    ]);
  }
  const t = result.analysis.valueAtRisk.total;
  rows.push([text('Total', 'label'), num(t.initiativesAtRisk), amount(t.budgetAtRisk, 'budget'), amount(t.benefitAtRisk, 'benefit'), amount(t.reportedBudgetAtRisk, 'budget')]);
  return { title: 'Value at risk by department', rows, merges: [] };
}

function bottleneckBlock(result: RunResult): Block {
  const rows: Row[] = [header('Initiative', 'Effective', 'Work waiting (days)', 'Departments waiting', 'What waits on it')];
  const top = openBottlenecks(result).slice(0, TOP_BOTTLENECKS);
  for (const b of top) {
    const init = result.model.byId.get(b.id);
    rows.push([
      // Plain wrapped text, not a link: hosts do not wrap hyperlink cells, and names are long.
      text(init?.name ? `${b.id} ${init.name}` : b.id),
      statusCell(result.analysis.byId.get(b.id)?.effectiveStatus ?? init?.status ?? 'unknown'),
      num(b.downstreamWorkDays),
      num(b.departmentsWaiting.length),
      text(listWithMore(b.downstreamIds, 4)),
    ]);
  }
  if (top.length === 0) rows.push([text('No initiative holds up another.', 'muted')]);
  return { title: 'Top bottlenecks: what waits on them', rows, merges: [] };
}

function kpiBlock(result: RunResult): Block {
  const rows: Row[] = [header('KPI', 'Actual', 'Target', 'Blocked by (KPI ← initiative ← root blocker)', '')];
  const merges: Array<[number, number, number]> = [[0, 3, 4]];
  const off = result.analysis.kpiTraces.filter((t) => t.offTarget).slice(0, TOP_KPIS);
  off.forEach((t, k) => {
    const kpi = result.model.kpis.find((x) => x.id === t.kpi);
    const chain = t.chains.map((c) => c.chain.join(' ← ')).join('; ');
    rows.push([
      text(kpi?.name ? `${t.kpi} ${kpi.name}` : t.kpi),
      num(kpi?.actual, 'number'),
      num(kpi?.target, 'number'),
      text(chain || (kpi && kpi.initiatives.length === 0 ? 'Off target; this KPI names no initiatives.' : 'Off target; nothing blocked upstream.'), chain ? 'body' : 'muted'),
      blank(chain ? 'body' : 'muted'),
    ]);
    merges.push([k + 1, 3, 4]);
  });
  // With no KPI at all there is nothing to be on target: say the input is missing, not "all clear".
  if (off.length === 0) rows.push([text(result.model.kpis.length === 0 ? 'No KPI was given in the sources.' : 'Every KPI with a target is on target.', 'muted')]);
  return { title: 'Off-target KPIs and their blocking chain', rows, merges };
}

export const TOP_RULES = 10;
/** Softer severity fills than the Findings sheet's: a column of solid red would shout over the page. */
const SOFT_SEVERITY: Record<Severity, StyleName> = { error: 'rag-red', warning: 'rag-amber', info: 'rag-done' };

function findingsBlock(result: RunResult): Block {
  const rows: Row[] = [header('Severity', 'Findings', 'Rule', '', '')];
  const merges: Array<[number, number, number]> = [[0, 2, 4]];
  // One counter per code, counted in place (the severity is the code's first finding's).
  const counts = new Map<string, { severity: Severity; n: number }>();
  for (const f of result.findings) {
    const c = counts.get(f.code);
    if (c) c.n++;
    else counts.set(f.code, { severity: f.severity, n: 1 });
  }
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const sorted = [...counts.entries()].sort(([a, x], [b, y]) => order[x.severity] - order[y.severity] || y.n - x.n || (a < b ? -1 : 1));
  const shown = sorted.length > TOP_RULES ? sorted.slice(0, TOP_RULES - 1) : sorted;
  shown.forEach(([code, { severity, n }], k) => {
    const title = CATALOG.find((e) => e.code === code)?.title ?? code;
    rows.push([
      text(SEVERITY_LABELS[severity], SOFT_SEVERITY[severity]),
      num(n),
      text(title, 'body', { note: `Rule ${code}` }),
      blank('body'),
      blank('body'),
    ]);
    merges.push([k + 1, 2, 4]);
  });
  const rest = sorted.slice(shown.length);
  if (rest.length > 0) {
    const n = rest.reduce((sum, [, c]) => sum + c.n, 0);
    const by = (s: Severity): number => rest.filter(([, c]) => c.severity === s).reduce((sum, [, c]) => sum + c.n, 0);
    const parts = (['error', 'warning', 'info'] as const).filter((s) => by(s) > 0).map((s) => `${by(s)} ${SEVERITY_LABELS[s].toLowerCase()}`);
    rows.push([text(`${plural(n, 'more finding')} under ${plural(rest.length, 'other rule')} (${parts.join(', ')}): see Findings.`, 'muted')]);
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

function sourcesBlock(result: RunResult): Block {
  const rows: Row[] = [header('Source', 'Origin', 'Initiatives', 'Latest update', 'Freshness')];
  const asOf = result.options.asOf;
  const cadence = result.options.cadenceDays;
  for (const s of result.model.sources) {
    const age = s.latestUpdate === undefined ? undefined : asOf - s.latestUpdate;
    const [fresh, style]: [string, StyleName] =
      age === undefined
        ? ['No update dates', 'rag-grey']
        : age < 0
          ? // An update after the as-of date is no sign of freshness: the as-of date or the sheet is wrong.
            [`${plural(-age, 'day')} after as-of`, 'rag-amber']
          : age > cadence
          ? [`Stale: ${plural(age, 'day')} old`, 'rag-amber']
          : [age === 0 ? 'Updated today' : `${plural(age, 'day')} old`, 'rag-green'];
    rows.push([
      text(s.name),
      text(s.origin === 'workbook' ? 'This workbook' : 'File'),
      num(s.initiativeCount),
      date(s.latestUpdate),
      text(fresh, style),
    ]);
  }
  if (result.model.sources.length === 0) rows.push([text('No sources were read.', 'muted')]);
  return { title: `Sources and freshness (review cadence ${plural(cadence, 'day')})`, rows, merges: [] };
}

function listWithMore(ids: readonly string[], max: number): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}

function col(c: number): string {
  return String.fromCharCode(65 + c);
}
