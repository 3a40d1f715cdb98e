import type { Model, RunOptions } from '../types';
import { makeCalendar, type WorkCalendar } from '../util/calendar';
import { modelIndex } from '../model';
import { readColumns, type InitiativeColumns } from './columns';
import { analyseStructure, buildGraphOnPositions, type DependencyGraph, type GraphStructure } from './graph';
import { makeNetworkOnCodes, type Network } from './schedule';
import { WorkingDays } from './working-days';

/**
 * The initiatives as a working-day network, built once per analysis: graph, structure, and per
 * initiative its planned start index and length. An initiative is "dated" when it has both a
 * start and a due date and the due is not before the start (dates.finish-before-start reports
 * those); undated initiatives and initiatives in a cycle are left out of schedule and forecast.
 */
export interface InitiativePlan {
  readonly calendar: WorkCalendar;
  /** The calendar's conversions by table. */
  readonly days: WorkingDays;
  /** The initiatives' fields by position, read once for every analysis. */
  readonly columns: InitiativeColumns;
  readonly graph: DependencyGraph;
  readonly structure: GraphStructure;
  readonly dated: Uint8Array;
  /** Working-day index of the planned start (rolled forward to a working day). */
  readonly startIndex: Int32Array;
  /** Working days in [start, due]. */
  readonly duration: Int32Array;
}

export function buildPlan(model: Model, options: RunOptions): InitiativePlan {
  const calendar = makeCalendar(options.workingWeekdays);
  const days = new WorkingDays(calendar);
  const index = modelIndex(model);
  const columns = readColumns(model);
  const n = columns.ids.length;
  const graph = buildGraphOnPositions(columns.ids, index.positions, index.linkFrom, index.linkTo);
  const structure = analyseStructure(graph);
  const dated = new Uint8Array(n);
  const startIndex = new Int32Array(n);
  const duration = new Int32Array(n);
  const { start, due } = columns;
  for (let v = 0; v < n; v++) {
    // NaN (a missing date) fails every comparison: `!(due >= start)` is true for it.
    if (!(due[v]! >= start[v]!)) continue;
    dated[v] = 1;
    startIndex[v] = days.startIndex(start[v]!);
    duration[v] = days.finishMoment(due[v]!) - startIndex[v]!; // working days in [start, due]
  }
  return { calendar, days, columns, graph, structure, dated, startIndex, duration };
}

/**
 * The plan as a network: dated initiatives off cycles are active, each starting no earlier than
 * its planned start (the planned start acts as a start-no-earlier-than constraint).
 */
export function networkOf(plan: InitiativePlan, model: Model): Network {
  const n = model.initiatives.length;
  const index = modelIndex(model);
  const net = makeNetworkOnCodes(plan.graph, plan.structure, index.linkType, index.linkLag, n);
  for (let v = 0; v < n; v++) {
    net.active[v] = plan.dated[v] === 1 && plan.structure.inCycle[v] !== 1 ? 1 : 0;
    net.duration[v] = plan.duration[v]!;
    net.startFloor[v] = plan.startIndex[v]!;
  }
  return net;
}

/**
 * The same network with every kept link on (the forecast switches off links out of closed work;
 * the schedule keeps them). Shares the node arrays, which neither pass writes.
 */
export function withEveryLink(net: Network): Network {
  const { edgeFrom } = net.graph;
  const edgeOn = new Uint8Array(edgeFrom.length);
  for (let e = 0; e < edgeFrom.length; e++) edgeOn[e] = edgeFrom[e]! >= 0 ? 1 : 0;
  return { ...net, edgeOn };
}
