import { dayOfIndex, finishIndex, linkBound, startIndex } from '../model';
import { makeFinding, type Finding, type LinkType } from '../types';
import { makeCalendar } from '../util/calendar';
import { iso, label } from './describe';
import { indexesOf } from './indexes';
import type { RuleContext } from './rule-context';

/** "FS", "FS+5d", "SS-2d". */
function linkText(type: LinkType, lag: number): string {
  return lag === 0 ? type : `${type}${lag > 0 ? '+' : ''}${lag}d`;
}

/**
 * schedule.successor-before-predecessor: planned dates that break a link's type and lag on the
 * working calendar. The convention (inclusive working days; FS lag 0 = the next working day
 * after the finish) is the schedule engine's, from src/core/model/link-constraint.ts.
 * Links with a cancelled end constrain nothing and are skipped.
 */
export function checkScheduleSuccessorBeforePredecessor({ model, options }: RuleContext): Finding[] {
  const cal = makeCalendar(options.workingWeekdays);
  const out: Finding[] = [];
  const ends = indexesOf(model);
  const deps = model.dependencies;
  for (let k = 0; k < deps.length; k++) {
    const d = deps[k]!;
    const pred = ends.from[k];
    const succ = ends.to[k];
    if (!pred || !succ || pred.status === 'cancelled' || succ.status === 'cancelled') continue;
    const fromFinish = d.type === 'FS' || d.type === 'FF';
    const predDate = fromFinish ? pred.due : pred.start;
    if (predDate === undefined) continue;
    const predIndex = fromFinish ? finishIndex(cal, predDate) : startIndex(cal, predDate);
    // a link reads only one of the predecessor's dates (FS/FF its finish, SS/SF its start)
    const bound = linkBound(d.type, d.lagDays, predIndex, predIndex);
    const own = bound.on === 'start' ? succ.start : succ.due;
    if (own === undefined) continue;
    const ownIndex = bound.on === 'start' ? startIndex(cal, own) : finishIndex(cal, own);
    if (ownIndex >= bound.minIndex) continue;
    const predBy = `${fromFinish ? 'finishes' : 'starts'} ${iso(predDate)}`;
    const verb = bound.on === 'start' ? 'start' : 'finish';
    out.push(
      makeFinding(
        'schedule.successor-before-predecessor',
        `${label(succ)} ${verb === 'start' ? 'starts' : 'finishes'} ${iso(own)}, but its ${linkText(d.type, d.lagDays)} predecessor ${label(pred)} ${predBy}, so it can ${verb} ${iso(dayOfIndex(cal, bound.minIndex))} at the earliest.`,
        [d.cell],
        { initiativeId: succ.id, related: [pred.id] },
      ),
    );
  }
  return out;
}
