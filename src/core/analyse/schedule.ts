import type { DayNumber, LinkType } from '../types';
import {
  dayAtWorkingIndex,
  rollBackward,
  rollForward,
  workingDaysInclusive,
  workingIndex,
  type WorkCalendar,
} from '../util/calendar';
import { crossLinkBound, finishIndex, latestCrossAnchor, LINK_TYPES, linkBound, linkTypeCode, startIndex, wholeLag } from '../model';
import { analyseStructure, buildGraph, type DependencyGraph, type GraphStructure } from './graph';

/**
 * A working-day critical-path engine (CPM), usable on its own: the Microsoft Project proof in
 * test/mspdi feeds it MSPDI tasks, analyseModel feeds it initiatives.
 *
 * Convention (shared with the rule schedule.successor-before-predecessor): a task occupies
 * [start, finish] as whole working days, both inclusive; it starts at the beginning of its start
 * day and ends at the end of its finish day, like Microsoft Project's 08:00 and 17:00. Its length
 * is the number of working days in [start, finish] (0 for a milestone whose finish is the day
 * before its start). Internally a date is a working-day index and a task runs over the half-open
 * interval [s, s + length): its finish "moment" s + length is the start of the next working day.
 * A link with lag L (working days, negative = lead) then asks, exactly as Project does:
 *   FS: successor start  >= predecessor finish moment + L  (lag 0: the next working day after the finish)
 *   SS: successor start  >= predecessor start + L
 *   FF: successor finish moment >= predecessor finish moment + L  (finish >= finish + L in days)
 *   SF: successor finish moment >= predecessor start + L  (lag 0: the successor ends the working day
 *       before the predecessor starts)
 * A start on a non-working day rolls forward, a finish rolls back. Lags are rounded to whole
 * working days (the engine has day resolution).
 */

export interface ScheduleTask {
  readonly id: string;
  /** Planned start and finish; only their length (working days in [start, finish]) is used. */
  readonly start: DayNumber;
  readonly finish: DayNumber;
  /** Start no earlier than this day (Project's SNET constraint; an initiative's planned start). */
  readonly startNoEarlierThan?: DayNumber;
  /**
   * Late-date constraints: the late finish never passes them, so total slack is negative when the
   * early finish does. A deadline (Project's Deadline field, an initiative's deadline) and Finish
   * No Later Than (P6's Finish On or Before) cap the late finish, Start No Later Than the late start.
   */
  readonly deadline?: DayNumber;
  readonly finishNoLaterThan?: DayNumber;
  readonly startNoLaterThan?: DayNumber;
  /** Finish no earlier than this day (FNET): the task starts late enough to finish on it at the earliest. */
  readonly finishNoEarlierThan?: DayNumber;
  /**
   * Must Start On / Must Finish On: the task is held on that day whatever its predecessors say
   * (Project honours constraint dates by default), and its late dates are capped by it too.
   */
  readonly mustStartOn?: DayNumber;
  readonly mustFinishOn?: DayNumber;
}

export interface ScheduleLink {
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  /** Working days; negative is a lead. */
  readonly lagDays: number;
}

export interface TaskSchedule {
  readonly earlyStart: DayNumber;
  readonly earlyFinish: DayNumber;
  readonly lateStart: DayNumber;
  readonly lateFinish: DayNumber;
  /** Late finish minus early finish, in working days: negative when a deadline or constraint is past. */
  readonly totalSlackDays: number;
  /** Total slack <= 0. */
  readonly critical: boolean;
}

export interface Schedule {
  /** Scheduled tasks by id; tasks inside a dependency cycle are absent (unscheduled). */
  readonly tasks: ReadonlyMap<string, TaskSchedule>;
  /** Latest early finish: where the backward pass starts. Undefined when nothing was scheduled. */
  readonly projectFinish?: DayNumber;
  /** Each dependency cycle once, in loop order (see analyseStructure). */
  readonly cycles: readonly (readonly string[])[];
}

export interface ScheduleOptions {
  /** No task starts earlier (Project's project start date). Default: the earliest task start. */
  readonly projectStart?: DayNumber;
}

/** Forward and backward pass over tasks and links on a working-day calendar. */
export function scheduleTasks(
  tasks: readonly ScheduleTask[],
  links: readonly ScheduleLink[],
  calendar: WorkCalendar,
  options: ScheduleOptions = {},
): Schedule {
  const graph = buildGraph(
    tasks.map((t) => t.id),
    links,
  );
  const structure = analyseStructure(graph);
  const n = tasks.length;
  let projectStart = options.projectStart;
  if (projectStart === undefined) for (const task of tasks) if (projectStart === undefined || task.start < projectStart) projectStart = task.start;
  const projectStartIndex = projectStart === undefined ? 0 : startIndexOf(calendar, projectStart);
  const net = makeNetwork(graph, structure, links, n);
  for (let v = 0; v < n; v++) {
    const task = tasks[v]!;
    net.active[v] = structure.inCycle[v] === 1 ? 0 : 1;
    const d = workingDaysInclusive(calendar, task.start, task.finish);
    net.duration[v] = d;
    const snet = task.startNoEarlierThan === undefined ? projectStartIndex : startIndexOf(calendar, task.startNoEarlierThan);
    net.startFloor[v] = Math.max(projectStartIndex, snet);
    const cap = (moment: number): void => {
      if (moment < net.lateCap[v]!) net.lateCap[v] = moment;
    };
    if (task.deadline !== undefined) cap(finishMomentOf(calendar, task.deadline));
    if (task.finishNoLaterThan !== undefined) cap(finishMomentOf(calendar, task.finishNoLaterThan));
    if (task.startNoLaterThan !== undefined) cap(startIndexOf(calendar, task.startNoLaterThan) + d);
    // FNET moves the whole task later, as Project does: a start floor its length before the date.
    if (task.finishNoEarlierThan !== undefined) net.startFloor[v] = Math.max(net.startFloor[v]!, finishMomentOf(calendar, task.finishNoEarlierThan) - d);
    const held = task.mustStartOn !== undefined ? startIndexOf(calendar, task.mustStartOn) : task.mustFinishOn !== undefined ? finishMomentOf(calendar, task.mustFinishOn) - d : undefined;
    if (held !== undefined) {
      net.startFloor[v] = held;
      net.pinned[v] = 1;
      cap(held + d);
    }
  }
  const cpm = runCpm(net);
  const scheduled = new Map<string, TaskSchedule>();
  for (let v = 0; v < n; v++) {
    if (net.active[v] !== 1) continue;
    scheduled.set(tasks[v]!.id, taskScheduleOf(calendar, net, cpm, v));
  }
  return {
    tasks: scheduled,
    ...(cpm.projectFinish !== undefined ? { projectFinish: dayAtWorkingIndex(calendar, cpm.projectFinish - 1) } : {}),
    cycles: structure.cycles,
  };
}

/**
 * A network in working-day index space. Per node: active (scheduled at all), length, the
 * smallest allowed start index, pinned (held at its start floor whatever its predecessors say:
 * work already started or finished, a Must Start On) and the latest allowed finish moment
 * (NO_CAP when none: deadlines and late constraints); per link: type and lag; edgeOn masks links
 * that constrain. With `calendars`, each node's indexes are working days of its own calendar
 * (calendars.list[calendars.of[v]]) and a link between two calendars is converted by
 * crossLinkBound (src/core/model/link-constraint.ts); without, every node is on one calendar.
 */
export interface Network {
  readonly graph: DependencyGraph;
  readonly structure: GraphStructure;
  readonly active: Uint8Array;
  readonly duration: Int32Array;
  readonly startFloor: Int32Array;
  readonly pinned: Uint8Array;
  readonly lateCap: Int32Array;
  /**
   * Work whose recorded progress overrides its links in (an actual start or finish, or closed):
   * set, a link into it bounds neither pass, so it sets no late finish for its predecessors (P6's
   * Progress Override: the predecessor is open-ended). Without it a finished successor's actual
   * dates, before its predecessor's plan, gave the predecessor negative slack with no deadline.
   * Absent: every node's links count (Must Start On holds a task yet still bounds what precedes it).
   */
  readonly progressed?: Uint8Array;
  readonly edgeType: Uint8Array;
  readonly edgeLag: Int32Array;
  readonly edgeOn: Uint8Array;
  readonly calendars?: NodeCalendars;
}

/** Which calendar each node counts its working days in. */
export interface NodeCalendars {
  readonly list: readonly WorkCalendar[];
  readonly of: Uint16Array;
}

/** No late-finish cap, no finish floor. */
export const NO_CAP = 0x7fffffff;
export const NO_FLOOR = -0x7fffffff;

// Link type codes, as src/core/model numbers them (LINK_TYPES).
const FS = 0;
const SS = 1;
const FF = 2;

/** An empty network over a graph: nothing active yet, every kept link on. */
export function makeNetwork(
  graph: DependencyGraph,
  structure: GraphStructure,
  links: ReadonlyArray<{ readonly type: LinkType; readonly lagDays: number }>,
  n: number,
): Network {
  const m = links.length;
  const type = new Uint8Array(m);
  const lag = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    type[e] = linkTypeCode(links[e]!.type);
    lag[e] = links[e]!.lagDays;
  }
  return makeNetworkOnCodes(graph, structure, type, lag, n);
}

/** The same from link type codes and lags by link (a model's index holds them: no link object is read). */
export function makeNetworkOnCodes(
  graph: DependencyGraph,
  structure: GraphStructure,
  type: Uint8Array,
  lag: Float64Array,
  n: number,
): Network {
  const m = type.length;
  const edgeLag = new Int32Array(m);
  const edgeOn = new Uint8Array(m);
  for (let e = 0; e < m; e++) {
    edgeLag[e] = wholeLag(LINK_TYPES[type[e]!]!, lag[e]!);
    edgeOn[e] = graph.edgeFrom[e]! >= 0 ? 1 : 0;
  }
  return {
    graph,
    structure,
    active: new Uint8Array(n),
    duration: new Int32Array(n),
    startFloor: new Int32Array(n),
    pinned: new Uint8Array(n),
    lateCap: new Int32Array(n).fill(NO_CAP),
    edgeType: type.slice(),
    edgeLag,
    edgeOn,
  };
}

export interface ForwardResult {
  /** Start index and finish moment (start of the next working day) per active node. */
  readonly start: Int32Array;
  readonly finish: Int32Array;
}

export interface ForwardOptions {
  /** Smallest finish moment per node (overdue open work in the forecast, FNET constraints). */
  readonly finishFloor?: Int32Array;
  /** Nodes held at their start floors; default the network's own. */
  readonly pinned?: Uint8Array;
  /** Receives the link that set each start (-1 when the floor did). */
  readonly driver?: Int32Array;
}

/**
 * Forward pass in topological order: a node starts at the latest of its start floor and what its
 * links allow, and finishes `duration` later, or at its finish floor when that is later
 * (finishFloor holds finish moments). `pinned` nodes keep their floors and ignore their
 * predecessors.
 */
export function passForward(net: Network, options: ForwardOptions = {}): ForwardResult {
  const { structure, active } = net;
  const n = active.length;
  const start = new Int32Array(n);
  const finish = new Int32Array(n);
  const { finishFloor, driver } = options;
  const pinned = options.pinned ?? net.pinned;
  const order = structure.order;
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    if (active[v] !== 1) continue;
    const by = forwardStep(net, v, pinned, finishFloor, start, finish);
    if (driver !== undefined) driver[v] = by;
  }
  return { start, finish };
}

/**
 * The forward pass again after node `from`'s own inputs changed (its length, floors or pin) and
 * nothing else's: `base` is the pass before the change. Only `from` and the nodes whose
 * predecessors' dates moved are recomputed, in topological order by the same step, so the result
 * equals passForward on the changed network; a what-if on one node costs what it reaches, not
 * the whole network.
 */
export function passForwardFrom(net: Network, options: ForwardOptions, base: ForwardResult, from: number): ForwardResult {
  const { graph, structure, active } = net;
  const { outStart, outEdges, edgeTo } = graph;
  const n = active.length;
  const start = base.start.slice();
  const finish = base.finish.slice();
  const { finishFloor } = options;
  const pinned = options.pinned ?? net.pinned;
  const { order, position } = structure;
  const dirty = new Uint8Array(n);
  dirty[from] = 1;
  for (let k = position[from]!; k < n; k++) {
    const v = order[k]!;
    if (dirty[v] !== 1 || active[v] !== 1) continue;
    const s0 = start[v]!;
    const f0 = finish[v]!;
    forwardStep(net, v, pinned, finishFloor, start, finish);
    if (start[v] === s0 && finish[v] === f0 && v !== from) continue;
    for (let p = outStart[v]!; p < outStart[v + 1]!; p++) {
      const w = edgeTo[outEdges[p]!]!;
      if (w >= 0) dirty[w] = 1;
    }
  }
  return { start, finish };
}

/** One node of the forward pass: its start and finish from its floors and its predecessors'; returns the link that set the start (-1: the floor). */
function forwardStep(net: Network, v: number, pinned: Uint8Array, finishFloor: Int32Array | undefined, start: Int32Array, finish: Int32Array): number {
  const { graph, active, duration, startFloor, edgeOn } = net;
  const { inStart, inEdges, edgeFrom } = graph;
  let s = startFloor[v]!;
  let by = -1;
  if (pinned[v] !== 1) {
    for (let p = inStart[v]!; p < inStart[v + 1]!; p++) {
      const e = inEdges[p]!;
      const u = edgeFrom[e]!;
      if (edgeOn[e] !== 1 || active[u] !== 1) continue;
      const bound = linkStartBound(net, e, u, v, start, finish);
      if (bound > s) {
        s = bound;
        by = e;
      }
    }
  }
  start[v] = s;
  let f = s + duration[v]!;
  if (finishFloor !== undefined && finishFloor[v]! > f) f = finishFloor[v]!;
  finish[v] = f;
  return by;
}

/**
 * The earliest start index of v that link e (from u) allows, from u's start index and finish
 * moment: the forward pass's bound, in v's calendar (crossLinkBound between two calendars).
 */
export function linkStartBound(net: Network, e: number, u: number, v: number, start: Int32Array, finish: Int32Array): number {
  const { edgeType, edgeLag, duration, calendars: cals } = net;
  const lag = edgeLag[e]!;
  const d = duration[v]!;
  if (cals !== undefined && cals.of[u] !== cals.of[v]) {
    const b = crossLinkBound(LINK_TYPES[edgeType[e]!]!, lag, start[u]!, finish[u]! - 1, cals.list[cals.of[u]!]!, cals.list[cals.of[v]!]!);
    return b.on === 'start' ? b.minIndex : b.minIndex + 1 - d;
  }
  switch (edgeType[e]) {
    case FS:
      return finish[u]! + lag;
    case SS:
      return start[u]! + lag;
    case FF:
      return finish[u]! + lag - d;
    default:
      return start[u]! + lag - d;
  }
}

export interface CpmResult extends ForwardResult {
  /** Late finish moment per active node. */
  readonly lateFinish: Int32Array;
  /** Latest early finish moment; undefined when no node is active. */
  readonly projectFinish?: number;
}

/**
 * Forward pass, then the backward pass from the project finish: every task's late finish is
 * capped by it, by the task's own lateCap (a deadline) and by its links to successors that are
 * not `progressed`, so slack is negative only past a deadline or constraint.
 */
export function runCpm(net: Network, forward: ForwardOptions = {}): CpmResult {
  const early = passForward(net, forward);
  const { graph, structure, active, duration, edgeType, edgeLag, edgeOn, lateCap, progressed } = net;
  const { outStart, outEdges, edgeTo } = graph;
  const n = active.length;
  let projectFinish: number | undefined;
  for (let v = 0; v < n; v++) {
    if (active[v] === 1 && (projectFinish === undefined || early.finish[v]! > projectFinish)) projectFinish = early.finish[v]!;
  }
  const lateFinish = new Int32Array(n);
  if (projectFinish === undefined) return { ...early, lateFinish };
  const order = structure.order;
  const cals = net.calendars;
  // The project finish is a moment of the calendar of the node that sets it; on other calendars
  // it is their first working moment at or after its day boundary.
  const finishIn = cals === undefined ? undefined : projectFinishIn(cals, early.finish, active);
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!;
    if (active[v] !== 1) continue;
    const d = duration[v]!;
    const pf = finishIn === undefined ? projectFinish : finishIn[cals!.of[v]!]!;
    let lf = lateCap[v]! < pf ? lateCap[v]! : pf;
    for (let p = outStart[v]!; p < outStart[v + 1]!; p++) {
      const e = outEdges[p]!;
      const w = edgeTo[e]!;
      if (edgeOn[e] !== 1 || active[w] !== 1 || progressed?.[w] === 1) continue;
      const lag = edgeLag[e]!;
      const wFinish = lateFinish[w]!;
      const wStart = wFinish - duration[w]!;
      let bound: number;
      if (cals !== undefined && cals.of[v] !== cals.of[w]) {
        const type = LINK_TYPES[edgeType[e]!]!;
        const onStart = type === 'FS' || type === 'SS';
        const anchor = latestCrossAnchor(type, lag, onStart ? wStart : wFinish - 1, cals.list[cals.of[v]!]!, cals.list[cals.of[w]!]!);
        // FS, FF: the anchor is v's finish index; SS, SF: its start index.
        bound = type === 'FS' || type === 'FF' ? anchor + 1 : anchor + d;
      } else switch (edgeType[e]) {
        case FS:
          bound = wStart - lag;
          break;
        case SS:
          bound = wStart - lag + d;
          break;
        case FF:
          bound = wFinish - lag;
          break;
        default:
          bound = wFinish - lag + d;
      }
      if (bound < lf) lf = bound;
    }
    lateFinish[v] = lf;
  }
  return { ...early, lateFinish, projectFinish };
}

/**
 * The project finish on several calendars: the latest early finish day of any node, as a moment
 * of each calendar (indexes of different calendars do not compare).
 */
function projectFinishIn(cals: NodeCalendars, finish: Int32Array, active: Uint8Array): Int32Array {
  let last = -Infinity;
  for (let v = 0; v < active.length; v++) {
    if (active[v] !== 1) continue;
    const day = dayAtWorkingIndex(cals.list[cals.of[v]!]!, finish[v]! - 1);
    if (day > last) last = day;
  }
  const out = new Int32Array(cals.list.length);
  // The moment after each calendar's last working day on or before the latest finish day.
  for (let c = 0; c < cals.list.length; c++) out[c] = workingIndex(cals.list[c]!, last + 1);
  return out;
}

/** Index results of one active node as calendar days. */
export function taskScheduleOf(calendar: WorkCalendar, net: Network, cpm: CpmResult, v: number): TaskSchedule {
  const es = cpm.start[v]!;
  const ef = cpm.finish[v]!;
  const lf = cpm.lateFinish[v]!;
  const slack = lf - ef;
  return {
    earlyStart: dayAtWorkingIndex(calendar, es),
    earlyFinish: dayAtWorkingIndex(calendar, ef - 1),
    lateStart: dayAtWorkingIndex(calendar, lf - net.duration[v]!),
    lateFinish: dayAtWorkingIndex(calendar, lf - 1),
    totalSlackDays: slack,
    critical: slack <= 0,
  };
}

/** Working-day index of a start day (a non-working day rolls forward). */
export function startIndexOf(calendar: WorkCalendar, start: DayNumber): number {
  return workingIndex(calendar, rollForward(calendar, start));
}

/** Finish moment of a finish day: the index of the working day after it (a non-working day rolls back). */
export function finishMomentOf(calendar: WorkCalendar, finish: DayNumber): number {
  return workingIndex(calendar, rollBackward(calendar, finish)) + 1;
}

/** A link its tasks' own dates break, with what the link allows. */
export interface LinkViolation {
  readonly link: ScheduleLink;
  /** Which date of the successor the link constrains: its start (FS, SS) or its finish (FF, SF). */
  readonly constrains: 'start' | 'finish';
  /** The successor's date that breaks the link. */
  readonly actual: DayNumber;
  /** The earliest day that date may be under the link. */
  readonly earliestAllowed: DayNumber;
  /** Working days the successor's date is too early. */
  readonly shortByDays: number;
}

/**
 * Links whose successor, at its own planned dates, starts (FS, SS) or finishes (FF, SF) before
 * the link allows under the convention above (stated once, in src/core/model/link-constraint.ts,
 * which the rule schedule.successor-before-predecessor uses too; the engine's index arithmetic
 * here is the same convention with finish moments = finish index + 1). Links naming an unknown task or a task to itself
 * are not checked. In input order.
 */
export function findLinkViolations(
  tasks: readonly ScheduleTask[],
  links: readonly ScheduleLink[],
  calendar: WorkCalendar,
): LinkViolation[] {
  const byId = new Map<string, ScheduleTask>();
  for (const task of tasks) if (!byId.has(task.id)) byId.set(task.id, task);
  const violations: LinkViolation[] = [];
  for (const link of links) {
    const pred = byId.get(link.from);
    const succ = byId.get(link.to);
    if (pred === undefined || succ === undefined || link.from === link.to) continue;
    const bound = linkBound(link.type, link.lagDays, startIndex(calendar, pred.start), finishIndex(calendar, pred.finish));
    const onStart = bound.on === 'start';
    const actual = onStart ? startIndex(calendar, succ.start) : finishIndex(calendar, succ.finish);
    if (actual >= bound.minIndex) continue;
    violations.push({
      link,
      constrains: bound.on,
      actual: onStart ? succ.start : succ.finish,
      earliestAllowed: dayAtWorkingIndex(calendar, bound.minIndex),
      shortByDays: bound.minIndex - actual,
    });
  }
  return violations;
}
