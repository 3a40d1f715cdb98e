import { trimHistory } from '../../src/core/govern';
import type { FindingHistoryEntry } from '../../src/core/types';
import { SETTINGS_BUDGET_BYTES, settingsBytes } from '../../src/office/settings';
import type { StoredSettings } from '../../src/port/workbook-port';
import type { Recorded } from './protocol';

/** The settings a report's `recorded` goes with: all but what it replaces. */
export type SettingsBeside = Omit<StoredSettings, 'history' | 'decisions'>;

/**
 * What a report records, cut to what the workbook's settings can keep beside `rest`: the same
 * entries `serialiseSettings` (src/office/settings.ts) would keep of it, so the main thread gets
 * only what it stores and its save does not trim again. The decisions are kept whole, as there;
 * the history keeps the entries that matter most (trimHistory: open ones, then waived, then the
 * most recently resolved), as many as fit `budgetBytes` as Office counts them (settingsBytes).
 *
 * The JSON text's size is additive in its entries (each is escaped on its own, a comma between
 * two), so sizes are measured once per entry and no candidate is serialised whole; only the
 * `keep` entries that can possibly fit are ranked again while the largest count is looked for.
 */
export function recordedWithin(recorded: Recorded, rest: SettingsBeside, budgetBytes = SETTINGS_BUDGET_BYTES): Recorded {
  const { history, decisions } = recorded;
  const entries = history.entries;
  const empty = settingsBytes(JSON.stringify({ ...rest, history: { ...history, entries: [] }, decisions }));
  // Each entry's JSON as Office stores it: escaped again, without the quotes around the whole.
  const size = new Map<FindingHistoryEntry, number>();
  for (const e of entries) size.set(e, (JSON.stringify(JSON.stringify(e)).length - 2) * 2);
  /** Bytes of the settings with these entries: theirs, and a comma (2 bytes) between two. */
  const weigh = (kept: readonly FindingHistoryEntry[]) => kept.reduce((sum, e, i) => sum + size.get(e)! + (i > 0 ? 2 : 0), empty);
  if (weigh(entries) <= budgetBytes) return recorded;
  // No more entries fit than the smallest ones do: only that many are ranked again.
  const smallest = [...size.values()].sort((a, b) => a - b);
  let most = 0;
  for (let sum = empty; most < smallest.length; most++) {
    sum += smallest[most]! + (most > 0 ? 2 : 0);
    if (sum > budgetBytes) break;
  }
  const candidates = trimHistory(history, most);
  // The entries that matter most are a prefix of one ranking, so fitting is monotone in the count.
  let lo = 0;
  let hi = most;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (weigh(trimHistory(candidates, mid).entries) <= budgetBytes) lo = mid;
    else hi = mid - 1;
  }
  return { history: trimHistory(candidates, lo), decisions };
}
