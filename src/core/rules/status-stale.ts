import { cellOf } from '../model';
import { makeFinding, type Finding } from '../types';
import { flat, isClosed, iso, label, plural } from './describe';
import { analysisAt } from './indexes';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';

/**
 * status.stale: an open initiative the analysis marks stale whose last update is known and more
 * than options.cadenceDays calendar days before the as-of date (a missing date is
 * status.missing-update-date instead).
 */
export function prepareStatusStale({ model, analysis, options }: RuleContext): InitiativeCheck {
  const analysed = analysisAt(model, analysis);
  const asOf = iso(options.asOf);
  const cadence = plural(options.cadenceDays, 'day');
  return (i, v) => {
    if (i.lastUpdated === undefined || isClosed(i.status)) return undefined;
    const days = options.asOf - i.lastUpdated;
    // The analysis record (elsewhere in memory) is read only for an update older than the cadence.
    if (days <= options.cadenceDays || analysed[v]?.stale !== true) return undefined;
    return makeFinding(
      'status.stale',
      flat`${label(i)} was last updated ${iso(i.lastUpdated)}, ${plural(days, 'day')} before ${asOf} (review cadence ${cadence}).`,
      [cellOf(i.cells, 'lastUpdated') ?? i.home],
      { initiativeId: i.id },
    );
  };
}

export function checkStatusStale(ctx: RuleContext): Finding[] {
  return eachInitiative(ctx.model, [prepareStatusStale(ctx)]);
}
