import type { Model, RunOptions } from '../types';
import { modelIndex } from '../model';
import { NO_FLOOR, passForward, passForwardFrom, type Network } from './schedule';
import { daysFor, HELD_FINISHED, HELD_STARTED, networkOf, withEveryLink, type InitiativePlan } from './plan';

/**
 * Forecast dates: the forward pass of the schedule engine over planned dates, plus what has
 * already slipped as of the as-of date.
 * - Open work (not done or cancelled) whose due date is before the as-of date finishes no
 *   earlier than the as-of date (the next working day on or after it): it is not done yet.
 * - Successors move by link logic (type and lag) from their predecessors' forecast dates, and
 *   never start before their planned start.
 * - Done and cancelled initiatives keep their planned dates and hold nobody up: links out of
 *   them are ignored (the work is finished or will not happen).
 * - What happened replaces the plan (src/core/analyse/plan.ts): work with an actual finish ends
 *   then, and its links count from its actual dates (a lag after a late finish still pushes);
 *   started work keeps its actual start whatever its predecessors say and, open, finishes with
 *   what remains: with a % complete, the remaining share of its planned length counted from the
 *   as-of date (the as-of day is the first day of remaining work); without one, its planned
 *   length from the actual start, and no earlier than the as-of date.
 * - The owner's reported forecast finish (Initiative.reportedFinish: "Forecast End", "Revised
 *   date", "ETA") is a floor of open work's finish: it finishes no earlier than its owner says,
 *   and a reported finish after the due date is a reported slip that moves its successors too.
 *   Ours (the propagated forecast) may be later still; the forecast is the later of the two.
 * - A tool's hierarchy (Initiative.parent): a parent finishes no earlier than its latest child
 *   (a child's slip shows on its parent, and on what follows the parent). Done and cancelled
 *   parents keep their dates.
 * Undated initiatives and initiatives in a cycle get no forecast.
 */
export interface ForecastSetup {
  readonly net: Network;
  /** The plan's network with every link on and the plan's lengths: what the CPM runs on. */
  readonly schedule: Network;
  /** Held at their start: closed work and work with an actual start. */
  readonly pinned: Uint8Array;
  /** Settled: closed, or finished by its actual finish. It does not slip and a delay of it moves nothing. */
  readonly settled: Uint8Array;
  /** Smallest finish moment per initiative (overdue open work). */
  readonly finishFloor: Int32Array;
  /** Finish moment of each due date. */
  readonly dueMoment: Int32Array;
  /** Position of each initiative's parent (-1: none); absent when no initiative has one. */
  readonly parentOf?: Int32Array;
  /** 1 for an initiative another one names as its parent (Initiative.isParent); absent with parentOf. */
  readonly isParent?: Uint8Array;
}

export interface ForecastResult {
  /** Start index and finish moment per initiative (meaningful where net.active is 1). */
  readonly start: Int32Array;
  readonly finish: Int32Array;
  /** Working days the forecast finish is after the due date (0 when on time or unknown). */
  readonly slip: Int32Array;
}

export function setUpForecast(plan: InitiativePlan, model: Model, options: RunOptions): ForecastSetup {
  const schedule = networkOf(plan, model);
  // The forecast's own lengths (what remains of started work) and links (none out of closed work).
  const net: Network = { ...schedule, duration: schedule.duration.slice(), pinned: schedule.pinned.slice(), edgeOn: schedule.edgeOn.slice() };
  const n = model.initiatives.length;
  const { pinned, duration } = net;
  const settled = new Uint8Array(n);
  const finishFloor = new Int32Array(n).fill(NO_FLOOR);
  const dueMoment = new Int32Array(n);
  const { columns, held, plannedDuration } = plan;
  // The as-of date in each calendar's working days (initiatives count in their own).
  const asOfIndexOf = (plan.calendars?.daysOf ?? [plan.days]).map((d) => d.startIndex(options.asOf));
  let days = plan.days;
  let asOfIndex = asOfIndexOf[0]!;
  const { due, closed, percentComplete, reportedFinish } = columns;
  for (let v = 0; v < n; v++) {
    if (plan.calendars !== undefined) {
      days = daysFor(plan, v);
      asOfIndex = asOfIndexOf[plan.calendars.of[v]!]!;
    }
    const asOfMoment = asOfIndex + 1;
    const hasDue = !Number.isNaN(due[v]!);
    if (hasDue) dueMoment[v] = days.finishMoment(due[v]!);
    if (closed[v] === 1 || held[v] === HELD_FINISHED) {
      settled[v] = 1;
      pinned[v] = 1;
    } else if (held[v] === HELD_STARTED) {
      const pct = percentComplete[v]!;
      if (pct >= 0 && pct <= 1) {
        const remaining = Math.max(1, Math.round(plannedDuration[v]! * (1 - pct)));
        duration[v] = Math.max(asOfIndex, plan.startIndex[v]!) + remaining - plan.startIndex[v]!;
      }
      finishFloor[v] = asOfMoment;
    } else if (hasDue && due[v]! < options.asOf) finishFloor[v] = asOfMoment;
    const reported = reportedFinish[v]!;
    if (settled[v] !== 1 && !Number.isNaN(reported)) finishFloor[v] = Math.max(finishFloor[v]!, days.finishMoment(reported));
  }
  const { edgeFrom } = plan.graph;
  for (let e = 0; e < net.edgeOn.length; e++) {
    const u = edgeFrom[e]!;
    // Closed work holds nobody up, unless its actual finish says when it ended.
    if (u >= 0 && closed[u] === 1 && held[u] !== HELD_FINISHED) net.edgeOn[e] = 0;
  }
  const hierarchy = hierarchyOf(model);
  return { net, schedule: withEveryLink(schedule), pinned, settled, finishFloor, dueMoment, ...hierarchy };
}

/** Parent positions and parent flags, when some initiative has a parent in the model; else nothing is allocated. */
function hierarchyOf(model: Model): { parentOf?: Int32Array; isParent?: Uint8Array } {
  const { initiatives } = model;
  let parentOf: Int32Array | undefined;
  let isParent: Uint8Array | undefined;
  let positions: ReadonlyMap<string, number> | undefined;
  for (let v = 0; v < initiatives.length; v++) {
    const parent = initiatives[v]!.parent;
    if (parent === undefined) continue;
    positions ??= modelIndex(model).positions;
    const p = positions.get(parent);
    if (p === undefined || p === v) continue;
    if (!parentOf || !isParent) {
      parentOf = new Int32Array(initiatives.length).fill(-1);
      isParent = new Uint8Array(initiatives.length);
    }
    parentOf[v] = p;
    isParent[p] = 1;
  }
  return parentOf && isParent ? { parentOf, isParent } : {};
}

/** How far up a hierarchy a child's finish is carried: deeper (or looping) chains stop here. */
const MAX_DEPTH = 64;

/**
 * The finish floors with each open, scheduled parent raised to its latest scheduled descendant's
 * finish; undefined when no parent moves.
 */
function rolledUpFloor(setup: ForecastSetup, finish: Int32Array, floor: Int32Array): Int32Array | undefined {
  const { parentOf, settled, net } = setup;
  if (!parentOf) return undefined;
  let raised: Int32Array | undefined;
  for (let v = 0; v < parentOf.length; v++) {
    if (parentOf[v]! < 0 || net.active[v] !== 1) continue;
    const f = finish[v]!;
    for (let p = parentOf[v]!, depth = 0; p >= 0 && depth < MAX_DEPTH; p = parentOf[p]!, depth++) {
      if (net.active[p] !== 1 || settled[p] === 1 || finish[p]! >= f || (raised ?? floor)[p]! >= f) continue;
      raised ??= floor.slice();
      raised[p] = f;
    }
  }
  return raised;
}

/** Run the forecast; `finishFloor` may be a modified copy of setup.finishFloor (impact). */
export function runForecast(
  setup: ForecastSetup,
  finishFloor: Int32Array = setup.finishFloor,
  driver?: Int32Array,
): ForecastResult {
  const { net, pinned, settled, dueMoment } = setup;
  let { start, finish } = passForward(net, { finishFloor, pinned, ...(driver ? { driver } : {}) });
  // Parents finish no earlier than their children: a second pass from the raised floors moves
  // the parents and whatever follows them.
  const rolled = rolledUpFloor(setup, finish, finishFloor);
  if (rolled) ({ start, finish } = passForward(net, { finishFloor: rolled, pinned, ...(driver ? { driver } : {}) }));
  const n = start.length;
  const slip = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (net.active[v] === 1 && settled[v] !== 1 && finish[v]! > dueMoment[v]!) slip[v] = finish[v]! - dueMoment[v]!;
  }
  return { start, finish, slip };
}

/** A change to one initiative for forecastWithChange: its length (working days) or its finish floor (a finish moment). */
export interface OneChange {
  readonly duration?: number;
  readonly finishFloor?: number;
}

/**
 * runForecast with one initiative's length or finish floor changed, from `base`, the forecast of
 * the unchanged set-up (runForecast(setup)): only the initiative and the work its dates move are
 * recomputed (passForwardFrom), which gives the same result at the cost of what it reaches. With
 * a hierarchy (parents rolled up from their children in a second pass), the whole forecast is run.
 */
export function forecastWithChange(setup: ForecastSetup, base: ForecastResult, at: number, change: OneChange): ForecastResult {
  let net = setup.net;
  if (change.duration !== undefined) {
    const duration = net.duration.slice();
    duration[at] = change.duration;
    net = { ...net, duration };
  }
  let finishFloor = setup.finishFloor;
  if (change.finishFloor !== undefined) {
    finishFloor = finishFloor.slice();
    finishFloor[at] = change.finishFloor;
  }
  if (setup.parentOf !== undefined) return runForecast({ ...setup, net }, finishFloor);
  const { pinned, settled, dueMoment } = setup;
  const { start, finish } = passForwardFrom(net, { finishFloor, pinned }, base, at);
  const slip = base.slip.slice();
  const { order, position } = net.structure;
  for (let k = position[at]!; k < order.length; k++) {
    const v = order[k]!;
    if (finish[v] === base.finish[v]) continue;
    slip[v] = net.active[v] === 1 && settled[v] !== 1 && finish[v]! > dueMoment[v]! ? finish[v]! - dueMoment[v]! : 0;
  }
  return { start, finish, slip };
}
