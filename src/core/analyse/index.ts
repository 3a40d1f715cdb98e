import type { Analysis, InitiativeAnalysis, Model, RunOptions } from '../types';
import { dayAtWorkingIndex } from '../util/calendar';
import { rankBottlenecks } from './bottlenecks';
import { buildForecastContext, rememberContext } from './context';
import { buildDepartmentMatrix } from './department-matrix';
import { computeEffectiveStatus } from './effective-status';
import { kpisByInitiative } from './kpi-links';
import { traceKpis } from './kpi-traces';
import { networkOf } from './plan';
import { runCpm, taskScheduleOf, type TaskSchedule } from './schedule';
import { assessStaleness } from './staleness';
import { computeValueAtRisk } from './value-at-risk';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export { computeImpact, UnknownInitiativeError } from './impact';
export { BOTTLENECK_LIMIT } from './bottlenecks';
export { compareIds } from './graph';
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
 */
export function analyseModel(model: Model, options: RunOptions): Analysis {
  const context = buildForecastContext(model, options);
  const { plan, setup, base: forecast } = context;
  const { calendar, graph, structure } = plan;
  const n = model.initiatives.length;
  const net = networkOf(plan, model);
  const cpm = runCpm(net);
  const forecastFinish = (v: number): number | undefined =>
    setup.net.active[v] === 1 ? dayAtWorkingIndex(calendar, forecast.finish[v]! - 1) : undefined;
  const effective = computeEffectiveStatus(model, graph, structure, { slip: forecast.slip, finishDay: forecastFinish });

  const { outStart, outEdges, inStart, inEdges, edgeFrom, edgeTo } = graph;
  const stamp = new Int32Array(n).fill(-1);
  const neighbours = (v: number, starts: Int32Array, edges: Int32Array, ends: Int32Array, mark: number): string[] => {
    const ids: string[] = [];
    for (let p = starts[v]!; p < starts[v + 1]!; p++) {
      const u = ends[edges[p]!]!;
      if (stamp[u] === mark) continue;
      stamp[u] = mark;
      ids.push(model.initiatives[u]!.id);
    }
    return ids;
  };

  const byId = new Map<string, InitiativeAnalysis>();
  const schedules: (TaskSchedule | undefined)[] = new Array<TaskSchedule | undefined>(n);
  for (let v = 0; v < n; v++) {
    const initiative = model.initiatives[v]!;
    const schedule = net.active[v] === 1 ? taskScheduleOf(calendar, net, cpm, v) : undefined;
    schedules[v] = schedule;
    const hasForecast = setup.net.active[v] === 1;
    const reason = effective.reason[v];
    const staleness = assessStaleness(initiative, options);
    if (byId.has(initiative.id)) continue;
    // Assigned field by field: object spreads of optional parts cost real time at 100,000 rows.
    const entry: Mutable<InitiativeAnalysis> = {
      id: initiative.id,
      effectiveStatus: effective.status[v]!,
      slipDays: forecast.slip[v]!,
      critical: schedule?.critical ?? false,
      stale: staleness.stale,
      inCycle: structure.inCycle[v] === 1,
      upstream: neighbours(v, inStart, inEdges, edgeFrom, 2 * v),
      downstream: neighbours(v, outStart, outEdges, edgeTo, 2 * v + 1),
    };
    if (reason !== undefined) entry.effectiveReason = reason;
    if (hasForecast) {
      entry.forecastStart = dayAtWorkingIndex(calendar, forecast.start[v]!);
      entry.forecastFinish = dayAtWorkingIndex(calendar, forecast.finish[v]! - 1);
    }
    if (schedule !== undefined) {
      entry.earlyStart = schedule.earlyStart;
      entry.earlyFinish = schedule.earlyFinish;
      entry.lateStart = schedule.lateStart;
      entry.lateFinish = schedule.lateFinish;
      entry.totalSlackDays = schedule.totalSlackDays;
    }
    if (staleness.daysSinceUpdate !== undefined) entry.daysSinceUpdate = staleness.daysSinceUpdate;
    byId.set(initiative.id, entry);
  }

  const critical: number[] = [];
  for (let v = 0; v < n; v++) if (schedules[v]?.critical === true) critical.push(v);
  critical.sort(
    (a, b) =>
      cpm.start[a]! - cpm.start[b]! || cpm.finish[a]! - cpm.finish[b]! || structure.position[a]! - structure.position[b]!,
  );

  const analysis: Analysis = {
    byId,
    cycles: structure.cycles,
    criticalPath: critical.map((v) => model.initiatives[v]!.id),
    bottlenecks: rankBottlenecks(model, plan),
    departmentMatrix: buildDepartmentMatrix(model, graph),
    kpiTraces: traceKpis(model, graph, effective),
    valueAtRisk: computeValueAtRisk(model, (v) => effective.status[v]!, kpisByInitiative(model)),
  };
  rememberContext(analysis, model, options, context);
  return analysis;
}
