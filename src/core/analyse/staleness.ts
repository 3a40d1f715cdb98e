/**
 * Stale: open (not done or cancelled) and last updated more than options.cadenceDays calendar
 * days before the as-of date. Without a last-updated date an initiative is not stale and
 * daysSinceUpdate is undefined: the rule status.missing-update-date reports it instead, so one
 * problem is one finding. (analyseModel reads the dates and statuses from its columns.)
 */
export function isStale(daysSinceUpdate: number, closed: boolean, cadenceDays: number): boolean {
  return !closed && daysSinceUpdate > cadenceDays;
}
