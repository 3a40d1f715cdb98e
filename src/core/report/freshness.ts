import { indexesOf } from '../rules/indexes';
import type { DayNumber, RunResult } from '../types';
import { factsOf } from './run-facts';
import { isOpen } from './decisions';

/** How current one source is: the spread of its rows' update dates, not only its newest. */
export interface SourceFreshness {
  readonly name: string;
  /** Initiatives whose own row (home cell) is in this source. */
  readonly owned: number;
  /** Initiative rows the source holds, its own and rows adding to other sources' initiatives. */
  readonly rows: number;
  readonly oldest?: DayNumber;
  readonly median?: DayNumber;
  /** Rows of open work whose update date is older than the review cadence. */
  readonly stale: number;
  /** Rows of open work with no update date. */
  readonly undated: number;
}

/** Per source in model order, from one pass over the records. */
export function sourceFreshness(result: RunResult): SourceFreshness[] {
  const { asOf, cadenceDays } = result.options;
  const { effectiveAt } = factsOf(result);
  const { recordAt } = indexesOf(result.model);
  const inits = result.model.initiatives;
  const dates = new Map<string, number[]>();
  const stale = new Map<string, number>();
  const undated = new Map<string, number>();
  const owned = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const i of inits) bump(owned, i.home.source);
  const add = (source: string, lastUpdated: DayNumber | undefined, open: boolean): void => {
    if (lastUpdated === undefined) {
      if (open) bump(undated, source);
      return;
    }
    let list = dates.get(source);
    if (!list) dates.set(source, (list = []));
    list.push(lastUpdated);
    if (open && asOf - lastUpdated > cadenceDays) bump(stale, source);
  };
  const records = result.model.records;
  for (let r = 0; r < records.length; r++) {
    const rec = records[r]!;
    const at = recordAt[r]!;
    add(rec.ref.source, rec.lastUpdated, at >= 0 && isOpen(inits[at]!, effectiveAt[at]!));
  }
  // A model built without its records (by hand, in tests) is read by each initiative's home row.
  if (records.length === 0) inits.forEach((i, k) => add(i.home.source, i.lastUpdated, isOpen(i, effectiveAt[k]!)));
  return result.model.sources.map((s) => {
    const list = (dates.get(s.name) ?? []).sort((a, b) => a - b);
    return {
      name: s.name,
      owned: owned.get(s.name) ?? 0,
      rows: s.initiativeCount,
      // The lower middle of an even count: a median that is a day someone updated.
      ...(list.length > 0 ? { oldest: list[0]!, median: list[(list.length - 1) >> 1]! } : {}),
      stale: stale.get(s.name) ?? 0,
      undated: undated.get(s.name) ?? 0,
    };
  });
}
