import type { Analysis, DateAtStake, DayNumber, Model, RunOptions } from '../types';
import { contextFor } from './context';
import { forecastWithChange } from './forecast';
import { daysFor, finishDay } from './plan';

/** One committed date of an initiative, against the forecast: a DateAtStake by its position in model.initiatives. */
export type RecoveryDate = Omit<DateAtStake, 'initiativeId'> & { readonly at: number };

export interface Recovery {
  /** Working days the initiative can finish earlier at most: in one working day, not before the as-of date. */
  readonly maxRecoveryDays: number;
  /** Open work whose forecast finish follows this one's finish (positions, schedule order). */
  readonly driven: readonly number[];
  /** Its own committed dates and those of the driven work, most slipped first, then schedule order. */
  readonly dates: readonly RecoveryDate[];
}

/** A delay far past any plan: whatever the finish drives moves by exactly this much. */
const FAR = 1_000_000;

/**
 * What finishing one initiative earlier buys, on the forecast (working days throughout).
 * The forecast is a forward pass of max and plus, so every finish is max(A, f + L) in the
 * initiative's finish f: work it drives (L defined) moves one day for each day it recovers, until
 * its own other constraints A bind. Two more passes give what is needed: one with the initiative
 * delayed far (what moves is what it drives), one with it finishing as early as it can (what
 * still misses its date then cannot be saved by it alone). A date missed by s working days is
 * kept by recovering s days when the early pass keeps it. Work on another calendar than the
 * initiative's (a department's own) does not move day for day: its recovery and spare days are
 * found by searching, on more forecast passes. Undefined for work with no forecast, or closed or
 * finished work.
 */
export function recoveryOf(model: Model, analysis: Analysis, options: RunOptions, at: number): Recovery | undefined {
  const { plan, setup, base } = contextFor(analysis, model, options);
  const { net, settled } = setup;
  if (net.active[at] !== 1 || settled[at] === 1) return undefined;
  const n = model.initiatives.length;
  const f0 = base.finish[at]!;

  const delayed = forecastWithChange(setup, base, at, { finishFloor: Math.max(setup.finishFloor[at]!, f0 + FAR) });

  // As early as it can: one working day of work, and no earlier than its floor (the as-of date for overdue or started work).
  const early = forecastWithChange(setup, base, at, { duration: 1 });
  const maxRecoveryDays = Math.max(0, f0 - early.finish[at]!);

  const driven: number[] = [];
  const { order } = plan.structure;
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    if (v !== at && net.active[v] === 1 && settled[v] !== 1 && delayed.finish[v]! > base.finish[v]!) driven.push(v);
  }

  // Forecasts with the initiative shortened by r (r > 0) or delayed by -r working days, each run once.
  const runs = new Map<number, Int32Array>();
  const finishWith = (r: number): Int32Array => {
    let f = runs.get(r);
    if (f) return f;
    f = forecastWithChange(setup, base, at, r >= 0 ? { duration: Math.max(1, net.duration[at]! - r) } : { finishFloor: Math.max(setup.finishFloor[at]!, f0 - r) }).finish;
    runs.set(r, f);
    return f;
  };
  /** The least r in [lo, hi] with finishWith(r)[v] <= target (finish falls as r grows); hi when none below. */
  const least = (v: number, target: number, lo: number, hi: number): number => {
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (finishWith(mid)[v]! <= target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const ownCalendar = (v: number) => plan.calendars === undefined || plan.calendars.of[v] === plan.calendars.of[at];

  const dates: RecoveryDate[] = [];
  const dateOf = (v: number, kind: 'due' | 'deadline', date: DayNumber) => {
    const days = daysFor(plan, v);
    const target = days.finishMoment(date);
    const finish = base.finish[v]!;
    const slipDays = Math.max(0, finish - target);
    // Kept by recovering its slip (on one calendar) when the earliest finish of the red item keeps it.
    const keepable = early.finish[v]! <= target;
    const recoveryDays = slipDays === 0 ? 0 : !keepable ? undefined : ownCalendar(v) ? slipDays : least(v, target, 1, maxRecoveryDays);
    // Its finish follows f0 + L (L read off the far delay) once the initiative slips far enough.
    const spareDays =
      slipDays > 0 ? 0 : ownCalendar(v) ? Math.max(0, target - (delayed.finish[v]! - FAR)) : -least(v, target, -FAR, 0);
    dates.push({
      at: v,
      kind,
      date,
      forecastFinish: finishDay(plan, v, finish),
      slipDays,
      spareDays,
      ...(recoveryDays !== undefined ? { recoveryDays } : {}),
    });
  };
  for (const v of [at, ...driven]) {
    const i = model.initiatives[v]!;
    if (i.due !== undefined) dateOf(v, 'due', i.due);
    if (i.deadline !== undefined) dateOf(v, 'deadline', i.deadline);
  }
  const rank = new Map<number, number>([at, ...driven].map((v, k) => [v, k]));
  dates.sort((a, b) => b.slipDays - a.slipDays || rank.get(a.at)! - rank.get(b.at)! || (a.kind === b.kind ? 0 : a.kind === 'due' ? -1 : 1));
  return { maxRecoveryDays, driven, dates };
}
