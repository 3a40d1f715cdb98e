import type { Model, RunOptions } from '../types';
import { makeCalendar, type WorkCalendar } from '../util/calendar';

/**
 * The working calendar of a run: the working weekdays of the options, less the holidays the
 * options name (--holidays, the taskpane) and those a source's holiday sheet lists
 * (Model.holidays). The schedule, the forecast and the link rule all count days on it.
 */
export function runCalendar(model: Pick<Model, 'holidays'>, options: Pick<RunOptions, 'workingWeekdays' | 'holidays'>): WorkCalendar {
  const fromSources = model.holidays ?? [];
  const holidays = fromSources.length === 0 ? options.holidays : [...options.holidays, ...fromSources.map((h) => h.day)];
  return makeCalendar(options.workingWeekdays, holidays);
}
