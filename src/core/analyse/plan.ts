import type { Model, RunOptions } from '../types';
import type { WorkCalendar } from '../util/calendar';
import { modelIndex, runCalendars } from '../model';
import { readColumns, type InitiativeColumns } from './columns';
import { analyseStructure, buildGraphOnPositions, type DependencyGraph, type GraphStructure } from './graph';
import { makeNetworkOnCodes, NO_CAP, type Network, type NodeCalendars } from './schedule';
import { WorkingDays } from './working-days';

/**
 * The initiatives as a working-day network, built once per analysis: graph, structure, and per
 * initiative its start index and length. An initiative is "dated" when it has both a start and a
 * due date and the due is not before the start (dates.finish-before-start reports those), is a
 * milestone with a due (zero length: at the end of its due day, or a start milestone at the start
 * of it), or has an actual start and an actual finish in that order; undated initiatives and
 * initiatives in a cycle are left out of schedule and forecast.
 *
 * What happened replaces the plan: work with an actual finish runs
 * from its actual start (or its planned length before the actual finish) to its actual finish;
 * work with only an actual start starts then, for its planned length. Both are held there
 * (`held`), whatever their predecessors say. A deadline caps the late finish (`lateCap`).
 */
export interface InitiativePlan {
  /** The run's own calendar. */
  readonly calendar: WorkCalendar;
  /** The calendar's conversions by table. */
  readonly days: WorkingDays;
  /**
   * When some initiative is on another calendar (its department's, its source's): each one's
   * calendar, and the conversions of every calendar (daysOf[0] is `days`). An initiative's
   * indexes below are working days of its own calendar (daysFor).
   */
  readonly calendars?: NodeCalendars & { readonly daysOf: readonly WorkingDays[]; readonly names: readonly string[] };
  /** The initiatives' fields by position, read once for every analysis. */
  readonly columns: InitiativeColumns;
  readonly graph: DependencyGraph;
  readonly structure: GraphStructure;
  readonly dated: Uint8Array;
  /** Working-day index of the start (rolled forward to a working day): the actual start when there is one. */
  readonly startIndex: Int32Array;
  /** Working days in [start, due], or in [actual start, actual finish] for finished work. */
  readonly duration: Int32Array;
  /** Planned working days in [start, due] (what remains of started work is counted from it); 0 when not planned. */
  readonly plannedDuration: Int32Array;
  /** HELD_STARTED: an actual start holds the start; HELD_FINISHED: actual dates hold start and finish. */
  readonly held: Uint8Array;
  /** Finish moment of the deadline (NO_CAP: none). */
  readonly lateCap: Int32Array;
  /** Milestones (Initiative.milestone): AT_START for one at the start of its day, AT_FINISH at the end; their dates name that day (finishDay, startDay). */
  readonly milestoneAt: Uint8Array;
}

export const HELD_STARTED = 1;
export const HELD_FINISHED = 2;
export const AT_START = 1;
export const AT_FINISH = 2;

/**
 * The day a finish moment of initiative v names: the working day that ends there, or for a start
 * milestone (zero length, at the start of its day) the day that starts there, so that a milestone
 * on 1 Dec reads 1 Dec, not the working day before.
 */
export function finishDay(plan: InitiativePlan, v: number, moment: number): number {
  const days = daysFor(plan, v);
  return plan.milestoneAt[v] === AT_START && plan.duration[v] === 0 ? days.dayAt(moment) : days.dayAt(moment - 1);
}

/** The day a start moment of initiative v names: the working day that starts there, or for a milestone at the end of its day the day that ends there. */
export function startDay(plan: InitiativePlan, v: number, moment: number): number {
  const days = daysFor(plan, v);
  return plan.milestoneAt[v] === AT_FINISH && plan.duration[v] === 0 ? days.dayAt(moment - 1) : days.dayAt(moment);
}

/** The working-day conversions of an initiative's own calendar. */
export function daysFor(plan: InitiativePlan, v: number): WorkingDays {
  const c = plan.calendars;
  return c === undefined ? plan.days : c.daysOf[c.of[v]!]!;
}

export function buildPlan(model: Model, options: RunOptions): InitiativePlan {
  const run = runCalendars(model, options);
  const calendar = run.calendars[0]!;
  const base = new WorkingDays(calendar);
  const calendars = run.of === undefined ? undefined : { list: run.calendars, of: run.of, names: run.names, daysOf: run.calendars.map((c, i) => (i === 0 ? base : new WorkingDays(c))) };
  const index = modelIndex(model);
  const columns = readColumns(model);
  const n = columns.ids.length;
  const graph = buildGraphOnPositions(columns.ids, index.positions, index.linkFrom, index.linkTo);
  const structure = analyseStructure(graph);
  const dated = new Uint8Array(n);
  const startIndex = new Int32Array(n);
  const duration = new Int32Array(n);
  const plannedDuration = new Int32Array(n);
  const held = new Uint8Array(n);
  const lateCap = new Int32Array(n).fill(NO_CAP);
  const milestoneAt = new Uint8Array(n);
  const { start, due, deadline, actualStart, actualFinish } = columns;
  let days = base;
  for (let v = 0; v < n; v++) {
    if (calendars !== undefined) days = calendars.daysOf[calendars.of[v]!]!;
    if (!Number.isNaN(deadline[v]!)) lateCap[v] = days.finishMoment(deadline[v]!);
    const milestone = model.initiatives[v]!.milestone;
    // NaN (a missing date) fails every comparison: `due >= start` is false for it. A milestone needs only its due.
    const planned = due[v]! >= start[v]! || (milestone !== undefined && !Number.isNaN(due[v]!));
    if (planned) {
      dated[v] = 1;
      // A milestone takes no working day: it sits at the end of its due day, as Project places one
      // after the work it waits on, or a start milestone at the start of its day, as P6 places one.
      if (milestone !== undefined) milestoneAt[v] = milestone === 'start' ? AT_START : AT_FINISH;
      startIndex[v] = milestone === undefined ? days.startIndex(start[v]!) : milestone === 'start' ? days.startIndex(due[v]!) : days.finishMoment(due[v]!);
      plannedDuration[v] = milestone === 'start' ? 0 : days.finishMoment(due[v]!) - startIndex[v]!; // working days in [start, due]
      duration[v] = plannedDuration[v]!;
    }
    const aStart = actualStart[v]!;
    const aFinish = actualFinish[v]!;
    // Actual dates out of order say nothing reliable: the plan stands (dates.finish-before-start reports them).
    if (aFinish < aStart) continue;
    if (!Number.isNaN(aFinish) && (planned || !Number.isNaN(aStart))) {
      const finish = days.finishMoment(aFinish);
      const begin = Number.isNaN(aStart) ? finish - plannedDuration[v]! : days.startIndex(aStart);
      dated[v] = 1;
      held[v] = HELD_FINISHED;
      startIndex[v] = begin;
      duration[v] = Math.max(0, finish - begin);
    } else if (planned && !Number.isNaN(aStart)) {
      held[v] = HELD_STARTED;
      startIndex[v] = days.startIndex(aStart);
    }
  }
  return { calendar, days: base, ...(calendars !== undefined ? { calendars } : {}), columns, graph, structure, dated, startIndex, duration, plannedDuration, held, lateCap, milestoneAt };
}

/**
 * The plan as a network: dated initiatives off cycles are active, each starting no earlier than
 * its planned start (the planned start acts as a start-no-earlier-than constraint). Work with
 * actual dates, and closed work, is held where it is (at its actual dates, or its planned ones)
 * and `progressed`: its predecessors neither move it nor take a late finish from it.
 */
export function networkOf(plan: InitiativePlan, model: Model): Network {
  const n = model.initiatives.length;
  const index = modelIndex(model);
  const codes = makeNetworkOnCodes(plan.graph, plan.structure, index.linkType, index.linkLag, n);
  const progressed = new Uint8Array(n);
  const withProgress: Network = { ...codes, progressed };
  const net: Network = plan.calendars === undefined ? withProgress : { ...withProgress, calendars: { list: plan.calendars.list, of: plan.calendars.of } };
  const { closed } = plan.columns;
  for (let v = 0; v < n; v++) {
    net.active[v] = plan.dated[v] === 1 && plan.structure.inCycle[v] !== 1 ? 1 : 0;
    net.duration[v] = plan.duration[v]!;
    net.startFloor[v] = plan.startIndex[v]!;
    net.lateCap[v] = plan.lateCap[v]!;
    if (plan.held[v] !== 0 || closed[v] === 1) {
      net.pinned[v] = 1;
      progressed[v] = 1;
    }
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
