import type { Initiative, RunOptions } from '../types';
import { isClosed } from './status-sets';

/**
 * Stale: open (not done or cancelled) and last updated more than options.cadenceDays calendar
 * days before the as-of date. Without a last-updated date an initiative is not stale and
 * daysSinceUpdate is undefined: the rule status.missing-update-date reports it instead, so one
 * problem is one finding.
 */
export function assessStaleness(initiative: Initiative, options: RunOptions): { stale: boolean; daysSinceUpdate?: number } {
  if (initiative.lastUpdated === undefined) return { stale: false };
  const daysSinceUpdate = options.asOf - initiative.lastUpdated;
  return { stale: !isClosed(initiative.status) && daysSinceUpdate > options.cadenceDays, daysSinceUpdate };
}
