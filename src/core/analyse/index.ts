import type { Analysis, InitiativeAnalysis, Model, RunOptions } from '../types';
import { ListById, modelIndex } from '../model';
import { rankBottlenecks } from './bottlenecks';
import { buildForecastContext, rememberContext } from './context';
import { buildDepartmentMatrix } from './department-matrix';
import { computeEffectiveStatus } from './effective-status';
import { linkKpisToInitiatives } from './kpi-links';
import { traceKpis } from './kpi-traces';
import { longestPath } from './longest-path';
import { daysFor, finishDay, startDay } from './plan';
import { runCpm } from './schedule';
import { isStale } from './staleness';
import { computeValueAtRisk } from './value-at-risk';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export { computeImpact, UnknownInitiativeError } from './impact';
export { BOTTLENECK_LIMIT } from './bottlenecks';
export { compareIds } from './graph';
export { isClosed } from './status-sets';
export {
  findLinkViolations,
  scheduleTasks,
  type LinkViolation,
  type Schedule,
  type ScheduleLink,
  type ScheduleOptions,
  type ScheduleTask,
  type TaskSchedule,
} from './schedule';

/**
 * Graph, schedule, forecast, effective status, bottlenecks, KPI traces, value at risk: every
 * analysis of a model, deterministic for a model and options (asOf included), linear in
 * initiatives + dependencies (bottlenecks: a few graph walks, see rankBottlenecks).
 *
 * Everything works on initiative positions (ids are resolved once, by the model's index) and
 * typed arrays; the public objects are made at the end, one per initiative.
 */
export function analyseModel(model: Model, options: RunOptions): Analysis {
  const context = buildForecastContext(model, options);
  const { plan, setup, base: forecast } = context;
  const { graph, structure } = plan;
  const n = model.initiatives.length;
  const cpm = runCpm(setup.schedule);
  const { columns } = plan;
  const multi = plan.calendars;
  let days = plan.days;
  const forecastFinish = (v: number): number | undefined =>
    setup.net.active[v] === 1 ? finishDay(plan, v, forecast.finish[v]!) : undefined;
  /** Working days the owner's reported finish is after the due date (its own calendar's), for open work with both. */
  const reportedSlip = (v: number): number | undefined => {
    const reported = columns.reportedFinish[v]!;
    if (Number.isNaN(reported) || Number.isNaN(columns.due[v]!) || setup.settled[v] === 1) return undefined;
    const d = daysFor(plan, v);
    return Math.max(0, d.finishMoment(reported) - d.finishMoment(columns.due[v]!));
  };
  const effective = computeEffectiveStatus(plan, { slip: forecast.slip, finishDay: forecastFinish });
  const { distinct, positions } = modelIndex(model);

  const { outStart, outEdges, inStart, inEdges, edgeFrom, edgeTo } = graph;
  const { ids } = columns;
  const active = setup.net.active; // the schedule and the forecast cover the same initiatives
  const { duration } = setup.schedule;
  const { asOf, cadenceDays } = options;
  const stamp = new Int32Array(n).fill(-1);
  // Distinct ids (every model buildModel makes): the entries by position, looked up through the
  // model's id index; else (a model built by hand) a map that keeps each id's first initiative.
  const entries: InitiativeAnalysis[] = [];
  const firstById = distinct ? undefined : new Map<string, InitiativeAnalysis>();
  const keep = (id: string, entry: InitiativeAnalysis): void => {
    if (firstById) firstById.set(id, entry);
    else entries.push(entry);
  };
  // The critical path is the chain with the least slack: 0 in a plan that meets its deadlines,
  // the most negative slack when some chain is past one. The critical flag is the same set, so the
  // Initiatives sheet's flags and the reported path agree (a task at slack 0 beside a chain past
  // its deadline is not critical).
  let leastSlack = 0;
  for (let v = 0; v < n; v++) if (active[v] === 1 && cpm.lateFinish[v]! - cpm.finish[v]! < leastSlack) leastSlack = cpm.lateFinish[v]! - cpm.finish[v]!;
  const onLongest = longestPath(setup.schedule, cpm, (v) => finishDay(plan, v, cpm.finish[v]!));
  const longest: number[] = [];
  const critical: number[] = [];
  for (let v = 0; v < n; v++) {
    const scheduled = active[v] === 1;
    // On several calendars, each initiative's indexes are its own calendar's working days.
    if (multi !== undefined) days = multi.daysOf[multi.of[v]!]!;
    const slack = scheduled ? cpm.lateFinish[v]! - cpm.finish[v]! : 0;
    if (onLongest[v] === 1) longest.push(v);
    // On several calendars total slack measures float across the others' days off: the critical
    // path is P6's Longest Path there, by total slack on one calendar.
    const isCritical = scheduled && (multi !== undefined ? onLongest[v] === 1 : slack <= leastSlack);
    if (isCritical) critical.push(v);
    const id = ids[v]!;
    if (firstById?.has(id)) continue;
    const upstream = neighbours(ids, inStart, inEdges, edgeFrom, v, stamp, 2 * v);
    const downstream = neighbours(ids, outStart, outEdges, edgeTo, v, stamp, 2 * v + 1);
    const updated = !Number.isNaN(columns.lastUpdated[v]!);
    const daysSinceUpdate = updated ? asOf - columns.lastUpdated[v]! : 0;
    const stale = updated && isStale(daysSinceUpdate, columns.closed[v] === 1, cadenceDays);
    const reason = effective.reason[v];
    let entry: Mutable<InitiativeAnalysis>;
    if (scheduled && updated) {
      // The usual case in one literal (one allocation, every property in the object itself).
      const lateFinish = cpm.lateFinish[v]!;
      entry = {
        id,
        effectiveStatus: effective.status[v]!,
        slipDays: forecast.slip[v]!,
        critical: isCritical,
        stale,
        inCycle: false,
        upstream,
        downstream,
        forecastStart: startDay(plan, v, forecast.start[v]!),
        forecastFinish: finishDay(plan, v, forecast.finish[v]!),
        earlyStart: startDay(plan, v, cpm.start[v]!),
        earlyFinish: finishDay(plan, v, cpm.finish[v]!),
        lateStart: startDay(plan, v, lateFinish - duration[v]!),
        lateFinish: finishDay(plan, v, lateFinish),
        totalSlackDays: slack,
        daysSinceUpdate,
      };
      if (reason !== undefined) entry.effectiveReason = reason;
      if (multi !== undefined && multi.of[v] !== 0) entry.calendar = multi.names[multi.of[v]!]!;
      const reported = reportedSlip(v);
      if (reported !== undefined) entry.reportedSlipDays = reported;
      keep(id, entry);
      continue;
    }
    entry = {
      id,
      effectiveStatus: effective.status[v]!,
      slipDays: forecast.slip[v]!,
      critical: isCritical,
      stale,
      inCycle: structure.inCycle[v] === 1,
      upstream,
      downstream,
    };
    if (reason !== undefined) entry.effectiveReason = reason;
    if (scheduled) {
      entry.forecastStart = startDay(plan, v, forecast.start[v]!);
      entry.forecastFinish = finishDay(plan, v, forecast.finish[v]!);
      const lateFinish = cpm.lateFinish[v]!;
      entry.earlyStart = startDay(plan, v, cpm.start[v]!);
      entry.earlyFinish = finishDay(plan, v, cpm.finish[v]!);
      entry.lateStart = startDay(plan, v, lateFinish - duration[v]!);
      entry.lateFinish = finishDay(plan, v, lateFinish);
      entry.totalSlackDays = slack;
    }
    if (updated) entry.daysSinceUpdate = daysSinceUpdate;
    if (multi !== undefined && multi.of[v] !== 0) entry.calendar = multi.names[multi.of[v]!]!;
    const reported = reportedSlip(v);
    if (reported !== undefined) entry.reportedSlipDays = reported;
    // Work the schedule leaves out (a due date and no start, a milestone list) is forecast as its owner reports it.
    if (!scheduled && reported !== undefined && reported > 0 && structure.inCycle[v] !== 1) {
      entry.forecastFinish = columns.reportedFinish[v]!;
      entry.slipDays = reported;
    }
    keep(id, entry);
  }

  // Indexes of different calendars do not compare: on several, the chain is ordered by days.
  const startKey = multi === undefined ? cpm.start : daysOn(critical.concat(longest), n, (v) => daysFor(plan, v).dayAt(cpm.start[v]!));
  const finishKey = multi === undefined ? cpm.finish : daysOn(critical.concat(longest), n, (v) => finishDay(plan, v, cpm.finish[v]!));
  const inScheduleOrder = (a: number, b: number): number =>
    startKey[a]! - startKey[b]! || finishKey[a]! - finishKey[b]! || structure.position[a]! - structure.position[b]!;
  critical.sort(inScheduleOrder);
  longest.sort(inScheduleOrder);

  const analysis: Analysis = {
    byId: firstById ?? new ListById(positions, entries),
    cycles: structure.cycles,
    criticalPath: critical.map((v) => ids[v]!),
    ...(multi !== undefined ? { criticalBy: 'longest-path' as const } : {}),
    longestPath: longest.map((v) => ids[v]!),
    bottlenecks: rankBottlenecks(model, plan),
    departmentMatrix: buildDepartmentMatrix(graph, columns),
    kpiTraces: traceKpis(model, columns, effective),
    valueAtRisk: computeValueAtRisk(columns, effective.status, linkKpisToInitiatives(model), setup.isParent),
  };
  rememberContext(analysis, model, options, context);
  return analysis;
}

/** day(v) at the positions listed, by position. */
function daysOn(positions: readonly number[], n: number, day: (v: number) => number): Int32Array {
  const out = new Int32Array(n);
  for (const v of positions) out[v] = day(v);
  return out;
}

/** Working days past a deadline (or constraint date), from total slack: -slack when negative, else 0. */
export function daysPastDeadline(totalSlackDays: number): number {
  return totalSlackDays < 0 ? -totalSlackDays : 0;
}

/** Every initiative without predecessors (or successors) shares this one frozen empty list. */
const NO_NEIGHBOURS: readonly string[] = Object.freeze([]);

/**
 * Ids of v's direct predecessors (or successors), each once: several link types between two
 * initiatives are one neighbour. `stamp` marks the ones taken (with `mark`, unique per call).
 * The array is made at its final length when no neighbour repeats (the usual case).
 */
function neighbours(
  ids: readonly string[],
  starts: Int32Array,
  edges: Int32Array,
  ends: Int32Array,
  v: number,
  stamp: Int32Array,
  mark: number,
): readonly string[] {
  const from = starts[v]!;
  const to = starts[v + 1]!;
  if (from === to) return NO_NEIGHBOURS;
  const out = new Array<string>(to - from);
  let k = 0;
  for (let p = from; p < to; p++) {
    const u = ends[edges[p]!]!;
    if (stamp[u] === mark) continue;
    stamp[u] = mark;
    out[k++] = ids[u]!;
  }
  if (k < out.length) out.length = k;
  return out;
}
