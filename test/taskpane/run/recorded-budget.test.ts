/**
 * @jest-environment node
 */
import type { Decision, FindingHistoryEntry } from '../../../src/core/types';
import { parseSettings, serialiseSettings, settingsBytes } from '../../../src/office/settings';
import { EMPTY_SETTINGS } from '../../../taskpane/app/state/settings';
import type { Recorded } from '../../../taskpane/run/protocol';
import { recordedWithin } from '../../../taskpane/run/recorded-budget';

type Life = Pick<FindingHistoryEntry, 'severity' | 'state' | 'firstSeen'> & { resolvedOn?: number };

/**
 * An entry whose JSON weighs `bytes` as Office counts it (settingsBytes: the JSON text escaped
 * again, two bytes a character): its message is padded to that size, and the size is checked.
 */
function entry(key: string, life: Life, bytes: number): FindingHistoryEntry {
  const base: FindingHistoryEntry = { key, code: 'c', message: '', reviewsOpen: 1, ...life };
  const bare = (JSON.stringify(JSON.stringify(base)).length - 2) * 2;
  const e = { ...base, message: 'x'.repeat((bytes - bare) / 2) };
  expect((JSON.stringify(JSON.stringify(e)).length - 2) * 2).toBe(bytes);
  return e;
}

const DECISIONS: Decision[] = [{ initiativeId: 'ENG-1', decision: 'Accept the slip', by: 'Board' }];

/**
 * Six entries, in the order the run recorded them. By what matters most (open errors oldest
 * first, open warnings, open info, waived, then the most recently resolved) they rank
 * K4, K3, K1, K2, K5, K0. Each weighs 400 bytes but K3, 600.
 */
const ENTRIES: FindingHistoryEntry[] = [
  entry('K0', { severity: 'warning', state: 'resolved', firstSeen: 1, resolvedOn: 20 }, 400),
  entry('K1', { severity: 'info', state: 'open', firstSeen: 1 }, 400),
  entry('K2', { severity: 'warning', state: 'waived', firstSeen: 1 }, 400),
  entry('K3', { severity: 'error', state: 'open', firstSeen: 9 }, 600),
  entry('K4', { severity: 'error', state: 'open', firstSeen: 2 }, 400),
  entry('K5', { severity: 'info', state: 'resolved', firstSeen: 1, resolvedOn: 30 }, 400),
];
const RECORDED: Recorded = { history: { asOf: 100, entries: ENTRIES }, decisions: DECISIONS };
const REST = { ...EMPTY_SETTINGS, cadenceDays: 14 };
/** The settings with no entry at all: what every budget below is counted from. */
const EMPTY = settingsBytes(JSON.stringify({ ...REST, history: { asOf: 100, entries: [] }, decisions: DECISIONS }));

const kept = (budget: number) => recordedWithin(RECORDED, REST, budget).history.entries.map((e) => e.key);

describe('what a report records, cut to the settings budget in the worker', () => {
  it('keeps everything, the same object, when it all fits', () => {
    // 5 x 400 + 600 bytes of entries and 5 commas of 2 bytes.
    expect(recordedWithin(RECORDED, REST, EMPTY + 2_610)).toBe(RECORDED);
  });

  it('keeps the entries that matter most, as many as fit, in the order they were recorded', () => {
    // One byte short of all six: K0, the oldest resolved, goes.
    expect(kept(EMPTY + 2_609)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5']);
    // K4 + K3 + K1 = 1,400 bytes and two commas.
    expect(kept(EMPTY + 1_404)).toEqual(['K1', 'K3', 'K4']);
    // One byte less: K1 does not fit, and the smaller K2 after it is not taken in its place.
    expect(kept(EMPTY + 1_403)).toEqual(['K3', 'K4']);
    // K4 + K3 with their comma is 1,002 bytes.
    expect(kept(EMPTY + 1_001)).toEqual(['K4']);
    expect(kept(EMPTY + 400)).toEqual(['K4']);
    expect(kept(EMPTY + 399)).toEqual([]);
  });

  it('keeps the decisions and the as-of date whole', () => {
    const out = recordedWithin(RECORDED, REST, EMPTY + 1_001);
    expect(out.decisions).toBe(DECISIONS);
    expect(out.history.asOf).toBe(100);
  });

  it('counts the other settings: a longer one leaves room for fewer entries', () => {
    // The holidays take `more` bytes: at the budget that kept three entries, the third no longer fits.
    const rest = { ...REST, holidays: { pasted: '2026-04-03' } };
    const more = settingsBytes(JSON.stringify({ ...rest, history: { asOf: 100, entries: [] }, decisions: DECISIONS })) - EMPTY;
    expect(recordedWithin(RECORDED, rest, EMPTY + 1_404).history.entries.map((e) => e.key)).toEqual(['K3', 'K4']);
    expect(recordedWithin(RECORDED, rest, EMPTY + 1_404 + more).history.entries.map((e) => e.key)).toEqual(['K1', 'K3', 'K4']);
  });

  it('at the real budget, keeps what the workbook save would keep, so the save has nothing left to cut', () => {
    // 20,000 entries of 400 bytes (8 MB) where about 1.9 MB fits: open, waived and resolved ones mixed.
    const states: Life[] = [
      { severity: 'error', state: 'open', firstSeen: 3 },
      { severity: 'info', state: 'open', firstSeen: 1 },
      { severity: 'warning', state: 'waived', firstSeen: 2 },
      { severity: 'warning', state: 'resolved', firstSeen: 1, resolvedOn: 40 },
    ];
    const many: FindingHistoryEntry[] = Array.from({ length: 20_000 }, (_, i) => entry(`F${String(i).padStart(5, '0')}`, states[i % 4]!, 400));
    const recorded: Recorded = { history: { asOf: 100, entries: many }, decisions: DECISIONS };
    const out = recordedWithin(recorded, REST);
    const saved = parseSettings(serialiseSettings({ ...REST, ...recorded }))!;
    expect(out.history.entries.map((e) => e.key)).toEqual(saved.history!.entries.map((e) => e.key));
    expect(serialiseSettings({ ...REST, ...out })).toBe(JSON.stringify({ ...REST, ...out }));
    // The budget is 90% of 2 MiB, 1,887,436 bytes: n entries of 400 bytes and n - 1 commas fit
    // when EMPTY + 402n - 2 <= 1,887,436. Fewer than the 5,000 open errors, which rank first
    // (all first seen on day 3, so in the order recorded): the first n of them, every fourth entry.
    const n = Math.floor((1_887_436 - EMPTY + 2) / 402);
    expect(n).toBeLessThan(5_000);
    expect(out.history.entries.map((e) => e.key)).toEqual(Array.from({ length: n }, (_, i) => `F${String(4 * i).padStart(5, '0')}`));
  });
});
