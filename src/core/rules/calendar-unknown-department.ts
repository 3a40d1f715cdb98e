import { calendarDepartments } from '../model';
import { makeFinding, type CellRef, type Finding } from '../types';
import { flat } from './describe';
import type { RuleContext } from './rule-context';

/**
 * calendar.unknown-department: a Calendar/Holidays sheet names a department that none of the
 * trackers' initiatives belongs to, matched as department names are everywhere
 * (model/department-names.ts), so its working days and days off apply to nothing. A code that
 * fits several departments names them. One finding per calendar, on the cell naming it.
 */
export function checkCalendarUnknownDepartment({ model }: RuleContext): Finding[] {
  const calendars = model.calendars ?? [];
  const { names, matches } = calendarDepartments(model);
  // Sorted: the message names the same departments in the same order whatever order the sources came in.
  const known = [...names.known.values()].sort();
  const out: Finding[] = [];
  for (let k = 0; k < calendars.length; k++) {
    const c = calendars[k]!;
    const m = matches[k];
    if (c.department === undefined || (m !== undefined && 'key' in m)) continue;
    const cell: CellRef | undefined = c.departmentCell ?? c.weekdaysCell ?? c.holidays[0]?.cell;
    const where = cell === undefined ? c.source : `${cell.source}, sheet "${cell.sheet}" ${cell.address}`;
    const why =
      m !== undefined
        ? `"${c.department}" could be ${m.candidates.map((d) => `"${d}"`).join(' or ')}`
        : known.length === 0
          ? 'no tracker gives its initiatives a department'
          : `the trackers' departments are ${known.slice(0, 8).map((d) => `"${d}"`).join(', ')}${known.length > 8 ? ', ...' : ''}`;
    out.push(makeFinding('calendar.unknown-department', flat`${where}: the calendar for "${c.department}" names no department of the trackers (${why}); its days off schedule nothing.`, cell ? [cell] : []));
  }
  return out;
}
