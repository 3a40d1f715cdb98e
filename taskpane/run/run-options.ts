import type { DayNumber, RunOptions } from '../../src/core/types';
import { makeOptions } from '../../src/core/types';
import type { StoredSettings } from '../../src/port/workbook-port';
import { effectiveMappings } from '../app/state/settings';

/**
 * The core's options from the taskpane's settings. `ignoreExcluded` false keeps the tables the
 * user left out mapped (the Sources step lists them so they can be brought back). `holidays` are
 * the Report step's days off, read on the main thread from the workbook (taskpane/app/state/holidays.ts).
 */
export function optionsFor(settings: StoredSettings, asOf: DayNumber, ignoreExcluded: boolean, holidays: readonly DayNumber[]): RunOptions {
  return makeOptions(asOf, {
    holidays,
    cadenceDays: settings.cadenceDays,
    dateOrder: settings.dateOrder,
    ...(settings.fiscalYearStart !== undefined ? { fiscalYearStart: settings.fiscalYearStart } : {}),
    mappings: effectiveMappings(settings, ignoreExcluded),
    sourceDepartments: settings.sourceDepartments,
    waivers: settings.waivers,
    // Findings' life and decisions as of the last report, kept in the workbook's settings.
    ...(settings.history !== undefined ? { history: settings.history } : {}),
    ...(settings.decisions !== undefined ? { decisions: settings.decisions } : {}),
  });
}
