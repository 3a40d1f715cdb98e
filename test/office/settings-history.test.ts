import type { FindingHistory, FindingHistoryEntry } from '../../src/core/types';
import { SETTINGS_KEY, loadSettings, saveSettings } from '../../src/office/settings';
import type { StoredSettings } from '../../src/port/workbook-port';
import { FakeSettings, SETTINGS_LIMIT_BYTES } from './fake-excel';

const BASE: StoredSettings = { version: 1, mappings: [], waivers: [], sourceDepartments: {}, excludedTables: [] };

function entry(k: number, state: FindingHistoryEntry['state'], severity: FindingHistoryEntry['severity']): FindingHistoryEntry {
  return {
    key: `rule.code|INIT-${k}|Plan.xlsx|Plan|C${k}`,
    code: 'rule.code',
    severity,
    initiativeId: `INIT-${k}`,
    message: `INIT-${k} has a problem worth a long sentence that names its values, as findings do (${'x'.repeat(60)}).`,
    firstSeen: 20_500 + (k % 30),
    reviewsOpen: 1 + (k % 5),
    state,
    ...(state === 'resolved' ? { resolvedOn: 20_530 + (k % 7) } : {}),
  };
}

describe("findings' life and decisions in the workbook's settings", () => {
  it('round-trips the history and the decisions through the document settings', async () => {
    const history: FindingHistory = { asOf: 20_530, entries: [entry(1, 'open', 'error'), entry(2, 'waived', 'warning'), entry(3, 'resolved', 'info')] };
    const decisions = [{ initiativeId: 'INIT-1', decision: 'Re-baseline', by: 'COO', on: 20_530 }];
    const settings = new FakeSettings();
    await saveSettings(settings, { ...BASE, history, decisions });
    expect(loadSettings(settings)).toEqual({ ...BASE, history, decisions });
  });

  it('the fake refuses a save over the documented 2 MB, as Excel does, keeping what was saved before', async () => {
    const settings = new FakeSettings();
    await saveSettings(settings, BASE);
    settings.set(SETTINGS_KEY, 'x'.repeat(SETTINGS_LIMIT_BYTES / 2));
    await new Promise<void>((resolve) =>
      settings.saveAsync((r) => {
        expect(r.status).toBe('failed');
        resolve();
      }),
    );
    expect(settings.saved).toBe(1);
    expect(JSON.parse(settings.values.get(SETTINGS_KEY) as string)).toEqual(BASE);
  });

  it('keeps a history too large for the settings to what fits, open errors first, and the save succeeds', async () => {
    // 10,000 entries of about 240 characters: ~4.8 MB as UTF-16, over 2 MB.
    const entries = Array.from({ length: 10_000 }, (_, k) => entry(k, k % 4 === 0 ? 'resolved' : 'open', (['error', 'warning', 'info'] as const)[k % 3]!));
    const settings = new FakeSettings();
    await saveSettings(settings, { ...BASE, history: { asOf: 20_540, entries } });
    expect(settings.bytes()).toBeLessThanOrEqual(SETTINGS_LIMIT_BYTES);
    const kept = loadSettings(settings)!.history!.entries;
    expect(kept.length).toBeGreaterThan(1_000);
    expect(kept.length).toBeLessThan(entries.length);
    // Every open error is kept before any warning, and no resolved entry displaces an open one.
    const openErrors = entries.filter((e) => e.state === 'open' && e.severity === 'error').length;
    expect(kept.filter((e) => e.state === 'open' && e.severity === 'error').length).toBe(Math.min(openErrors, kept.length));
    expect(kept.some((e) => e.state === 'resolved')).toBe(false);
  });
});
