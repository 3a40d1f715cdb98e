import type { KpiDirection, KpiRecord } from '../types';

/**
 * How a KPI row is read beyond its cells: which way is better when no Direction cell says, and
 * a percentage written two ways (0.27 formatted as 27% beside a Target of 25) on one scale.
 *
 * Direction. A Direction cell always wins. Without one, a KPI whose name (or id) counts
 * something unwanted is lower-is-better: churn, complaints, defects, errors, incidents, costs,
 * backlog, and the elapsed times of a process (handling time, lead time, time to hire). Words
 * that turn such a count into an achievement keep it higher-is-better: "complaints resolved",
 * "cost savings", "defect-free", "on-time delivery", "churn reduction", "mean time between
 * failures". Everything else is higher-is-better, as before. A bare "time" is not read ("time on site" is wanted), nor
 * "turnover" alone (in British usage it is revenue).
 */
const LOWER_WORDS: readonly string[] = [
  ...plurals('churn', 'attrition', 'complaint', 'defect', 'error', 'incident', 'bug', 'failure', 'fault', 'outage', 'breach', 'escalation', 'cancellation', 'chargeback', 'write off', 'writeoff', 'absence', 'accident', 'delay', 'backlog', 'cost', 'overspend', 'rework'),
  'injury', 'injuries', 'vulnerability', 'vulnerabilities', 'arrears', 'absenteeism', 'sickness', 'downtime', 'abandonment', 'abandoned', 'overdue', 'emissions', 'waste', 'spend',
  'lead time', 'cycle time', 'handling time', 'handle time', 'response time', 'resolution time', 'wait time', 'waiting time', 'turnaround time',
  'processing time', 'queue time', 'recovery time', 'time to', 'days to', 'mttr', 'aht', 'days sales outstanding', 'dso',
  'staff turnover', 'employee turnover', 'bounce rate',
];
const STILL_HIGHER_WORDS: readonly string[] = [
  'resolved', 'closed', 'cleared', 'fixed', 'prevented', 'avoided', 'avoidance', 'saving', 'savings', 'saved', 'reduction', 'reductions',
  'free', 'on time', 'ontime', 'within', 'first time', 'between', 'mtbf', 'uptime', 'recovered',
];

/** Each word and its plural. */
function plurals(...words: string[]): string[] {
  return words.flatMap((w) => [w, /(ch|sh|s|x)$/.test(w) ? `${w}es` : `${w}s`]);
}

/** The words of a text between single spaces, lower case, so phrases match whole words: " lead time " ("defect-free" is two words). */
function wordsOf(text: string): string {
  return ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

function names(words: string, list: readonly string[]): boolean {
  return list.some((w) => words.includes(` ${w} `));
}

/** Which way a KPI's words say is better: 'lower' for an unwanted count or elapsed time, else undefined (no view). */
export function directionFromWords(text: string): KpiDirection | undefined {
  const words = wordsOf(text);
  return names(words, LOWER_WORDS) && !names(words, STILL_HIGHER_WORDS) ? 'lower' : undefined;
}

/** A KPI row's direction: its Direction cell's, else its name's (and id's) words, else higher; `fromName` when the words decided. */
export function kpiDirection(r: KpiRecord): { readonly direction: KpiDirection; readonly fromName?: true } {
  if (r.cells.direction !== undefined && r.directionUnread !== true) return { direction: r.direction };
  const byWords = directionFromWords(r.name !== undefined && r.name !== r.kpi ? `${r.kpi} ${r.name}` : r.kpi);
  return byWords === undefined ? { direction: r.direction } : { direction: byWords, fromName: true };
}

/**
 * Percentages. A KPI is a percentage when its unit begins with "%" or is "percent" (or its name
 * carries a "%"). Its values are held in points (27 is 27%), as the target is usually typed; a
 * value of at most 1 is a fraction (0.27, a cell formatted as 27%, or "27%" written as text) and
 * is multiplied by 100, unless the other value is above 1 and within ten times it (target 2,
 * actual 0.8: both points, a small rate under its target). Ten times is where the fraction read
 * as points lies further from the other value than read as a fraction does. The rule cannot
 * tell a small rate far under a target of points (actual 0.15 against 2) from a fraction, so a
 * value the sheet wrote as a percentage (KpiRecord.percentWritten: a % format, "15%") is a
 * fraction whatever its size, and makes the KPI a percentage.
 */
export function isPercentKpi(r: Pick<KpiRecord, 'unit' | 'kpi' | 'name' | 'percentWritten'>): boolean {
  if (r.percentWritten !== undefined) return true;
  const unit = r.unit?.trim().toLowerCase();
  if (unit !== undefined && unit !== '') return unit.startsWith('%') || unit === 'percent' || unit === 'percentage' || unit === 'pct';
  return r.kpi.includes('%') || r.name?.includes('%') === true;
}

/** A percentage KPI's target and actual in points (see isPercentKpi); other KPIs' as written. */
export function kpiValues(r: KpiRecord): { readonly target?: number; readonly actual?: number } {
  const { target, actual } = r;
  if (!isPercentKpi(r)) return { ...(target !== undefined ? { target } : {}), ...(actual !== undefined ? { actual } : {}) };
  const written = r.percentWritten;
  const t = target === undefined ? undefined : written?.target ? points(target) : inPoints(target, actual === undefined || !written?.actual ? actual : points(actual));
  const a = actual === undefined ? undefined : written?.actual ? points(actual) : inPoints(actual, target === undefined || !written?.target ? target : points(target));
  return { ...(t !== undefined ? { target: t } : {}), ...(a !== undefined ? { actual: a } : {}) };
}

/** One value of a percentage in points, judged beside the KPI's other value. */
function inPoints(v: number, other: number | undefined): number {
  const size = Math.abs(v);
  if (size > 1) return v;
  if (other !== undefined && Math.abs(other) > 1 && Math.abs(other) <= 10 * size) return v;
  return points(v);
}

/** A fraction in points, rounded to the hundredth of a point: 0.07 * 100 is 7.000000000000001. */
function points(v: number): number {
  return Math.round(v * 10000) / 100;
}
