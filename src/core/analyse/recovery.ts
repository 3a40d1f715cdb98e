import type { Analysis, DayNumber, Model, RunOptions } from '../types';
import { dayAtWorkingIndex } from '../util/calendar';
import { contextFor } from './context';
import { runForecast } from './forecast';

/** One committed date of an initiative, against the forecast (positions in model.initiatives). */
export interface RecoveryDate {
  readonly at: number;
  readonly kind: 'due' | 'deadline';
  readonly date: DayNumber;
  readonly forecastFinish: DayNumber;
  readonly slipDays: number;
  /** When the date holds: how many more working days the initiative may slip before it breaks. */
  readonly spareDays: number;
  readonly recoveryDays?: number;
}

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
 * kept by recovering s days when the early pass keeps it. Undefined for work with no forecast,
 * or closed or finished work.
 */
export function recoveryOf(model: Model, analysis: Analysis, options: RunOptions, at: number): Recovery | undefined {
  const { plan, setup, base } = contextFor(analysis, model, options);
  const { net, settled } = setup;
  if (net.active[at] !== 1 || settled[at] === 1) return undefined;
  const n = model.initiatives.length;
  const f0 = base.finish[at]!;

  const floor = setup.finishFloor.slice();
  floor[at] = Math.max(floor[at]!, f0 + FAR);
  const delayed = runForecast(setup, floor);

  // As early as it can: one working day of work, and no earlier than its floor (the as-of date for overdue or started work).
  const duration = net.duration.slice();
  duration[at] = 1;
  const early = runForecast({ ...setup, net: { ...net, duration } });
  const maxRecoveryDays = Math.max(0, f0 - early.finish[at]!);

  const driven: number[] = [];
  const { order } = plan.structure;
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    if (v !== at && net.active[v] === 1 && settled[v] !== 1 && delayed.finish[v]! > base.finish[v]!) driven.push(v);
  }

  const finishDay = (moment: number): DayNumber => dayAtWorkingIndex(plan.calendar, moment - 1);
  const dates: RecoveryDate[] = [];
  const dateOf = (v: number, kind: 'due' | 'deadline', date: DayNumber) => {
    const target = plan.days.finishMoment(date);
    const finish = base.finish[v]!;
    const slipDays = Math.max(0, finish - target);
    // Kept by recovering its slip when the earliest finish of the red item keeps it.
    const keepable = early.finish[v]! <= target;
    dates.push({
      at: v,
      kind,
      date,
      forecastFinish: finishDay(finish),
      slipDays,
      // Its finish follows f0 + L (L read off the far delay) once the initiative slips far enough.
      spareDays: slipDays > 0 ? 0 : Math.max(0, target - (delayed.finish[v]! - FAR)),
      ...(slipDays === 0 ? { recoveryDays: 0 } : keepable ? { recoveryDays: slipDays } : {}),
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
