import { crossLinkBound, dayOfIndex, finishIndex, LINK_TYPES, linkBound, modelIndex, runCalendars, startIndex } from '../model';
import { makeFinding, type DayNumber, type Dependency, type Finding, type Initiative, type LinkType } from '../types';
import type { WorkCalendar } from '../util/calendar';
import { flat, iso, label } from './describe';
import { indexesOf, statusOf } from './indexes';
import type { RuleContext } from './rule-context';

/** "FS", "FS+5d", "SS-2d". */
function linkText(type: LinkType, lag: number): string {
  return lag === 0 ? type : `${type}${lag > 0 ? '+' : ''}${lag}d`;
}

/**
 * The finish a successor must wait for: the later of the due date and the owner's reported
 * forecast finish (a reported slip holds its successors up as much as a planned date does).
 */
function finishOf(i: Initiative): DayNumber | undefined {
  const { due, reportedFinish } = i;
  if (reportedFinish === undefined) return due;
  return due === undefined || reportedFinish > due ? reportedFinish : due;
}

/**
 * The working-day index of an initiative's due as a finish: that day's, or for a start milestone
 * (zero length, at the start of its day, so done when the day before ends) the working day's before.
 */
function dueIndex(cal: WorkCalendar, i: Initiative): number {
  return i.milestone === 'start' ? startIndex(cal, i.due!) - 1 : finishIndex(cal, i.due!);
}

/**
 * Working-day indexes of each initiative's planned start and finish (NaN without the date) and
 * of the finish its successors wait for (finishOf), aligned with model.initiatives: computed once
 * per initiative, not once per link end.
 */
function plannedIndexes(initiatives: readonly Initiative[], calOf: (v: number) => WorkCalendar): { starts: Float64Array; finishes: Float64Array; waits: Float64Array } {
  const starts = new Float64Array(initiatives.length);
  const finishes = new Float64Array(initiatives.length);
  const waits = new Float64Array(initiatives.length);
  for (let v = 0; v < initiatives.length; v++) {
    const i = initiatives[v]!;
    const cal = calOf(v);
    starts[v] = i.start === undefined ? NaN : startIndex(cal, i.start);
    finishes[v] = i.due === undefined ? NaN : dueIndex(cal, i);
    const wait = finishOf(i);
    waits[v] = wait === i.due ? finishes[v]! : finishIndex(cal, wait!);
  }
  return { starts, finishes, waits };
}

/**
 * schedule.successor-before-predecessor: planned dates that break a link's type and lag on the
 * working calendar. The convention (inclusive working days; FS lag 0 = the next working day
 * after the finish) is the schedule engine's, from src/core/model/link-constraint.ts; each
 * initiative's dates count in its own calendar, a link between two calendars as crossLinkBound.
 * Links with a cancelled end constrain nothing and are skipped.
 */
export function checkScheduleSuccessorBeforePredecessor({ model, options }: RuleContext): Finding[] {
  const run = runCalendars(model, options);
  const cal = run.calendars[0]!;
  const { of } = run;
  const calOf = (v: number): WorkCalendar => (of === undefined || v < 0 ? cal : run.calendars[of[v]!]!);
  const { fromAt, toAt, statusAt } = indexesOf(model);
  // Each link's type and lag as the model's index holds them (the same as Dependency.type and
  // .lagDays), so a link whose ends have positions is checked from per-position lists alone: of
  // 220,000 links at 100,000 initiatives, only the few that break their constraint are visited.
  const { linkType, linkLag } = modelIndex(model);
  const { starts, finishes, waits } = plannedIndexes(model.initiatives, calOf);
  /** The working-day index of an end's start or finish (NaN without that date): by position, else from the initiative; a predecessor's finish is the one it is waited for. */
  const indexOf = (at: number, i: Initiative | undefined, finish: boolean, waited = false): number => {
    if (at >= 0) return finish ? (waited ? waits : finishes)[at]! : starts[at]!;
    const day = finish ? (waited ? finishOf(i!) : i!.due) : i!.start;
    if (day === undefined) return NaN;
    return finish ? (day === i!.due ? dueIndex(cal, i!) : finishIndex(cal, day)) : startIndex(cal, day);
  };
  const out: Finding[] = [];
  for (let k = 0; k < fromAt.length; k++) {
    const predAt = fromAt[k]!;
    const succAt = toAt[k]!;
    // An end without a position (a model built by hand) is the initiative byId holds for its id.
    const pred = predAt >= 0 ? undefined : model.byId.get(model.dependencies[k]!.from);
    const succ = succAt >= 0 ? undefined : model.byId.get(model.dependencies[k]!.to);
    if ((predAt < 0 && !pred) || (succAt < 0 && !succ)) continue;
    if (statusOf(statusAt, predAt, pred!) === 'cancelled' || statusOf(statusAt, succAt, succ!) === 'cancelled') continue;
    const type = LINK_TYPES[linkType[k]!]!;
    const fromFinish = type === 'FS' || type === 'FF';
    const predIndex = indexOf(predAt, pred, fromFinish, true);
    if (Number.isNaN(predIndex)) continue;
    // a link reads only one of the predecessor's dates (FS/FF its finish, SS/SF its start)
    const predCal = calOf(predAt);
    const succCal = calOf(succAt);
    const bound = predCal === succCal ? linkBound(type, linkLag[k]!, predIndex, predIndex) : crossLinkBound(type, linkLag[k]!, predIndex, predIndex, predCal, succCal);
    let on = bound.on;
    let minIndex = bound.minIndex;
    let ownIndex = indexOf(succAt, succ, on === 'finish');
    if (on === 'start' && (Number.isNaN(ownIndex) || (succ ?? model.initiatives[succAt]!).milestone !== undefined)) {
      // A successor with a due date and no start (a milestone list, a tracker of deadlines), or a
      // zero-length task (Initiative.milestone), takes no time it is not given: a milestone at the
      // end of its due day, as Project places one (a start milestone at the start of it). After an FS
      // predecessor it may fall at the predecessor's finish, the end of the day before the start the
      // link asks for; after an SS one, on the day the predecessor starts at the earliest.
      on = 'finish';
      if (type === 'FS') minIndex -= 1;
      ownIndex = indexOf(succAt, succ, true);
    }
    if (Number.isNaN(ownIndex) || ownIndex >= minIndex) continue;
    const d = model.dependencies[k]!;
    out.push(brokenLink(d, pred ?? model.initiatives[predAt]!, succ ?? model.initiatives[succAt]!, fromFinish, on, dayOfIndex(succCal, minIndex)));
  }
  return out;
}

/** The finding for link d, whose successor cannot `on` (start or finish) before `earliest`. */
function brokenLink(d: Dependency, pred: Initiative, succ: Initiative, fromFinish: boolean, on: 'start' | 'finish', earliest: DayNumber): Finding {
  const predDate = fromFinish ? finishOf(pred)! : pred.start!;
  const own = on === 'start' ? succ.start! : succ.due!;
  // A predecessor held up by its owner's reported forecast says so.
  const reported = fromFinish && pred.reportedFinish !== undefined && predDate === pred.reportedFinish && pred.reportedFinish !== pred.due;
  const predBy = reported ? `is forecast by its owner to finish ${iso(predDate)}` : `${fromFinish ? 'finishes' : 'starts'} ${iso(predDate)}`;
  return makeFinding(
    'schedule.successor-before-predecessor',
    flat`${label(succ)} ${on === 'start' ? 'starts' : 'finishes'} ${iso(own)}, but its ${linkText(d.type, d.lagDays)} predecessor ${label(pred)} ${predBy}, so it can ${on} ${iso(earliest)} at the earliest.`,
    [d.cell],
    { initiativeId: succ.id, related: [pred.id] },
  );
}
