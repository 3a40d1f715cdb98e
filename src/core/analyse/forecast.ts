import type { Model, RunOptions } from '../types';
import { passForward, type Network } from './schedule';
import { networkOf, type InitiativePlan } from './plan';

/**
 * Forecast dates: the forward pass of the schedule engine over planned dates, plus what has
 * already slipped as of the as-of date.
 * - Open work (not done or cancelled) whose due date is before the as-of date finishes no
 *   earlier than the as-of date (the next working day on or after it): it is not done yet.
 * - Successors move by link logic (type and lag) from their predecessors' forecast dates, and
 *   never start before their planned start.
 * - Done and cancelled initiatives keep their planned dates and hold nobody up: links out of
 *   them are ignored (the work is finished or will not happen).
 * Undated initiatives and initiatives in a cycle get no forecast.
 */
export interface ForecastSetup {
  readonly net: Network;
  readonly pinned: Uint8Array;
  /** Smallest finish moment per initiative (overdue open work). */
  readonly finishFloor: Int32Array;
  /** Finish moment of each due date. */
  readonly dueMoment: Int32Array;
}

export interface ForecastResult {
  /** Start index and finish moment per initiative (meaningful where net.active is 1). */
  readonly start: Int32Array;
  readonly finish: Int32Array;
  /** Working days the forecast finish is after the due date (0 when on time or unknown). */
  readonly slip: Int32Array;
}

export function setUpForecast(plan: InitiativePlan, model: Model, options: RunOptions): ForecastSetup {
  const net = networkOf(plan, model);
  const n = model.initiatives.length;
  const pinned = new Uint8Array(n);
  const finishFloor = new Int32Array(n).fill(-0x7fffffff);
  const dueMoment = new Int32Array(n);
  const { days, columns } = plan;
  const asOfMoment = days.startIndex(options.asOf) + 1;
  const { due, closed } = columns;
  for (let v = 0; v < n; v++) {
    const hasDue = !Number.isNaN(due[v]!);
    if (hasDue) dueMoment[v] = days.finishMoment(due[v]!);
    if (closed[v] === 1) pinned[v] = 1;
    else if (hasDue && due[v]! < options.asOf) finishFloor[v] = asOfMoment;
  }
  const { edgeFrom } = plan.graph;
  for (let e = 0; e < net.edgeOn.length; e++) {
    const u = edgeFrom[e]!;
    if (u >= 0 && pinned[u] === 1) net.edgeOn[e] = 0;
  }
  return { net, pinned, finishFloor, dueMoment };
}

/** Run the forecast; `finishFloor` may be a modified copy of setup.finishFloor (impact). */
export function runForecast(
  setup: ForecastSetup,
  finishFloor: Int32Array = setup.finishFloor,
  driver?: Int32Array,
): ForecastResult {
  const { net, pinned, dueMoment } = setup;
  const { start, finish } = passForward(net, { finishFloor, pinned, ...(driver ? { driver } : {}) });
  const n = start.length;
  const slip = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (net.active[v] === 1 && pinned[v] !== 1 && finish[v]! > dueMoment[v]!) slip[v] = finish[v]! - dueMoment[v]!;
  }
  return { start, finish, slip };
}
