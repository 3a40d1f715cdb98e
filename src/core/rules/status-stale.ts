import { makeFinding, type Finding } from '../types';
import { iso, isClosed, label, plural } from './describe';
import type { RuleContext } from './rule-context';

/**
 * status.stale: an open initiative the analysis marks stale whose last update is known and more
 * than options.cadenceDays calendar days before the as-of date (a missing date is
 * status.missing-update-date instead).
 */
export function checkStatusStale({ model, analysis, options }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const i of model.initiatives) {
    if (i.lastUpdated === undefined || isClosed(i.status)) continue;
    if (analysis.byId.get(i.id)?.stale !== true) continue;
    const days = options.asOf - i.lastUpdated;
    if (days <= options.cadenceDays) continue;
    out.push(
      makeFinding(
        'status.stale',
        `${label(i)} was last updated ${iso(i.lastUpdated)}, ${plural(days, 'day')} before ${iso(options.asOf)} (review cadence ${plural(options.cadenceDays, 'day')}).`,
        [i.cells.lastUpdated ?? i.home],
        { initiativeId: i.id },
      ),
    );
  }
  return out;
}
