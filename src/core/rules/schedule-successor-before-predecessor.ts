import { dayOfIndex, finishIndex, linkBound, startIndex } from '../model';
import { makeFinding, type Finding, type Initiative, type LinkType } from '../types';
import { makeCalendar, type WorkCalendar } from '../util/calendar';
import { flat, iso, label } from './describe';
import { indexesOf, initiativeAt, statusOf } from './indexes';
import { eachDependency, type DependencyCheck } from './per-item';
import type { RuleContext } from './rule-context';

/** "FS", "FS+5d", "SS-2d". */
function linkText(type: LinkType, lag: number): string {
  return lag === 0 ? type : `${type}${lag > 0 ? '+' : ''}${lag}d`;
}

/**
 * Working-day indexes of each initiative's planned start and finish (NaN without the date),
 * aligned with model.initiatives: computed once per initiative, not once per link end.
 */
function plannedIndexes(initiatives: readonly Initiative[], cal: WorkCalendar): { starts: Float64Array; finishes: Float64Array } {
  const starts = new Float64Array(initiatives.length);
  const finishes = new Float64Array(initiatives.length);
  for (let v = 0; v < initiatives.length; v++) {
    const { start, due } = initiatives[v]!;
    starts[v] = start === undefined ? NaN : startIndex(cal, start);
    finishes[v] = due === undefined ? NaN : finishIndex(cal, due);
  }
  return { starts, finishes };
}

/**
 * schedule.successor-before-predecessor: planned dates that break a link's type and lag on the
 * working calendar. The convention (inclusive working days; FS lag 0 = the next working day
 * after the finish) is the schedule engine's, from src/core/model/link-constraint.ts.
 * Links with a cancelled end constrain nothing and are skipped.
 */
export function prepareScheduleSuccessorBeforePredecessor({ model, options }: RuleContext): DependencyCheck {
  const cal = makeCalendar(options.workingWeekdays);
  const { fromAt, toAt, statusAt } = indexesOf(model);
  const { starts, finishes } = plannedIndexes(model.initiatives, cal);
  /** The working-day index of an end's start or finish, NaN without that date. */
  const indexOf = (i: Initiative, at: number, finish: boolean): number => {
    if (at >= 0) return finish ? finishes[at]! : starts[at]!;
    const day = finish ? i.due : i.start;
    return day === undefined ? NaN : finish ? finishIndex(cal, day) : startIndex(cal, day);
  };
  return (d, k) => {
    const predAt = fromAt[k]!;
    const succAt = toAt[k]!;
    const pred = initiativeAt(model, predAt, d.from);
    const succ = initiativeAt(model, succAt, d.to);
    // Statuses and dates from per-position lists: the initiatives themselves are visited for a finding only.
    if (!pred || !succ || statusOf(statusAt, predAt, pred) === 'cancelled' || statusOf(statusAt, succAt, succ) === 'cancelled') return undefined;
    const fromFinish = d.type === 'FS' || d.type === 'FF';
    const predIndex = indexOf(pred, predAt, fromFinish);
    if (Number.isNaN(predIndex)) return undefined;
    // a link reads only one of the predecessor's dates (FS/FF its finish, SS/SF its start)
    const bound = linkBound(d.type, d.lagDays, predIndex, predIndex);
    const ownIndex = indexOf(succ, succAt, bound.on === 'finish');
    if (Number.isNaN(ownIndex) || ownIndex >= bound.minIndex) return undefined;
    const predDate = fromFinish ? pred.due! : pred.start!;
    const own = bound.on === 'start' ? succ.start! : succ.due!;
    const predBy = `${fromFinish ? 'finishes' : 'starts'} ${iso(predDate)}`;
    const verb = bound.on === 'start' ? 'start' : 'finish';
    return makeFinding(
      'schedule.successor-before-predecessor',
      flat`${label(succ)} ${verb === 'start' ? 'starts' : 'finishes'} ${iso(own)}, but its ${linkText(d.type, d.lagDays)} predecessor ${label(pred)} ${predBy}, so it can ${verb} ${iso(dayOfIndex(cal, bound.minIndex))} at the earliest.`,
      [d.cell],
      { initiativeId: succ.id, related: [pred.id] },
    );
  };
}

export function checkScheduleSuccessorBeforePredecessor(ctx: RuleContext): Finding[] {
  return eachDependency(ctx.model, [prepareScheduleSuccessorBeforePredecessor(ctx)]);
}
