import type { DayNumber } from './fields';
import type { Waiver } from './finding';
import type { SavedMapping } from './ingest';
import { DEFAULT_LADDER, type Decision, type DepartmentLead, type EscalationLadder, type FindingHistory } from './governance';

/** How to read ambiguous text dates such as 03/04/2026. */
export type DateOrder = 'dmy' | 'mdy';

export interface RunOptions {
  /** The date the report is "as of" (stale, overdue and forecasts are relative to it). */
  readonly asOf: DayNumber;
  /** Review cadence in calendar days: older status updates are stale. Default 7. */
  readonly cadenceDays: number;
  /** Resolution of ambiguous day/month text. Default 'dmy' (the finding is still raised). */
  readonly dateOrder: DateOrder;
  /** The month (1-12) fiscal years start in, for "Q2 FY27"; absent: January, or April for a split year "2026/27" (said in a finding). */
  readonly fiscalYearStart?: number;
  /** Allowed overrun of forecast cost over budget, as a fraction. Default 0.05. */
  readonly costTolerance: number;
  /** Working weekdays, 0 = Sunday .. 6 = Saturday. Default Mon-Fri [1,2,3,4,5]. */
  readonly workingWeekdays: readonly number[];
  /** Days off on working weekdays (bank holidays, shutdowns): no work is scheduled on them. Default none. */
  readonly holidays: readonly DayNumber[];
  /** User mapping overrides by table key. */
  readonly mappings: readonly SavedMapping[];
  /** Department each source speaks for, by source name (user-named in the taskpane). */
  readonly sourceDepartments: Readonly<Record<string, string>>;
  /** Accepted findings. */
  readonly waivers: readonly Waiver[];
  /** The previous review's memory of findings (its summary's snapshot): first-seen dates and reviews open. */
  readonly history?: FindingHistory;
  /** Department leads the user named (`--leads`, the taskpane); leads tables in the sources add to them. */
  readonly leads: readonly DepartmentLead[];
  /** When open findings escalate (default: the lead after 2 reviews, the steering committee after 4). */
  readonly ladder: EscalationLadder;
  /** Decisions recorded on trade-offs (the previous summary's Decisions sheet). Default none. */
  readonly decisions: readonly Decision[];
}

export const DEFAULT_CADENCE_DAYS = 7;
export const DEFAULT_COST_TOLERANCE = 0.05;

/** Options with defaults for everything but the as-of date. */
export function makeOptions(asOf: DayNumber, partial: Partial<RunOptions> = {}): RunOptions {
  return {
    asOf,
    cadenceDays: partial.cadenceDays ?? DEFAULT_CADENCE_DAYS,
    dateOrder: partial.dateOrder ?? 'dmy',
    ...(partial.fiscalYearStart !== undefined ? { fiscalYearStart: partial.fiscalYearStart } : {}),
    costTolerance: partial.costTolerance ?? DEFAULT_COST_TOLERANCE,
    workingWeekdays: partial.workingWeekdays ?? [1, 2, 3, 4, 5],
    holidays: partial.holidays ?? [],
    mappings: partial.mappings ?? [],
    sourceDepartments: partial.sourceDepartments ?? {},
    waivers: partial.waivers ?? [],
    ...(partial.history !== undefined ? { history: partial.history } : {}),
    leads: partial.leads ?? [],
    ladder: partial.ladder ?? DEFAULT_LADDER,
    decisions: partial.decisions ?? [],
  };
}
