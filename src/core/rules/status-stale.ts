import { makeFinding, type Finding } from '../types';
import { iso, isClosed, label, plural } from './describe';
import { analysisAt } from './indexes';
import type { RuleContext } from './rule-context';

/**
 * status.stale: an open initiative the analysis marks stale whose last update is known and more
 * than options.cadenceDays calendar days before the as-of date (a missing date is
 * status.missing-update-date instead).
 */
export function checkStatusStale({ model, analysis, options }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const analysed = analysisAt(model, analysis);
  const asOf = iso(options.asOf);
  const cadence = plural(options.cadenceDays, 'day');
  for (let v = 0; v < model.initiatives.length; v++) {
    const i = model.initiatives[v]!;
    if (i.lastUpdated === undefined || isClosed(i.status)) continue;
    if (analysed[v]?.stale !== true) continue;
    const days = options.asOf - i.lastUpdated;
    if (days <= options.cadenceDays) continue;
    out.push(
      makeFinding(
        'status.stale',
        `${label(i)} was last updated ${iso(i.lastUpdated)}, ${plural(days, 'day')} before ${asOf} (review cadence ${cadence}).`,
        [i.cells.lastUpdated ?? i.home],
        { initiativeId: i.id },
      ),
    );
  }
  return out;
}
