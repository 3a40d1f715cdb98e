/**
 * @jest-environment node
 */
import type { Snapshot } from '../../../src/core/report';
import type { ReportRow } from '../../../src/core/types';
import { actionsPage, summariseActions, type ActionItem, type PersonGroup } from '../../../taskpane/app/present/action-view';
import { encodeRows, rowsFromParts } from '../../../taskpane/run/row-parts';
import { snapshotFromParts, snapshotToParts } from '../../../taskpane/run/snapshot-parts';

const item = (key: string): ActionItem => ({ key, severity: 'error', todo: `Fix ${key}`, age: 'New', due: '2026-03-30' });
const group = (person: string, keys: string[]): PersonGroup => ({ person, as: 'Owner', items: keys.map(item) });
const keysOf = (groups: readonly PersonGroup[]) => groups.map((g) => `${g.person}:${g.items.map((i) => i.key).join(',')}`);

describe('a page of actions per person', () => {
  const groups = [group('Ana', ['a1', 'a2']), group('Ben', ['b1', 'b2', 'b3', 'b4', 'b5']), group('Cy', ['c1'])];

  it('shows the first 3 actions in order, Ben cut after his first with his count of 5', () => {
    const page = actionsPage(groups, 3);
    expect(page.shown).toBe(3);
    expect(keysOf(page.groups)).toEqual(['Ana:a1,a2', 'Ben:b1']);
    expect(page.groups.map((g) => g.count)).toEqual([2, 5]);
  });

  it('stops at a person’s last action when the limit falls there, and shows all 8 under a larger limit', () => {
    expect(keysOf(actionsPage(groups, 7).groups)).toEqual(['Ana:a1,a2', 'Ben:b1,b2,b3,b4,b5']);
    const all = actionsPage(groups, 100);
    expect([all.shown, keysOf(all.groups)]).toEqual([8, ['Ana:a1,a2', 'Ben:b1,b2,b3,b4,b5', 'Cy:c1']]);
    expect(summariseActions(groups)).toEqual({ total: 8, people: 3 });
  });
});

describe('report rows as JSON text', () => {
  const cell = (v: string) => ({ value: { t: 'text' as const, v } });
  const rows: ReportRow[] = Array.from({ length: 7 }, (_, i) => (i === 3 ? [] : [cell(`r${i}`), null, { value: { t: 'date', v: 20_500 + i }, style: 'date' }]));

  it('gives every row back, in any order, from parts of 3, 3 and 1 rows', () => {
    const parts = [encodeRows(rows.slice(0, 3)), encodeRows(rows.slice(3, 6)), encodeRows(rows.slice(6))];
    const read = rowsFromParts(parts, 3);
    expect(read.count).toBe(7);
    expect(read.width).toBe(3);
    expect([6, 0, 4, 3, 1, 5, 2].map((i) => read.row(i))).toEqual([6, 0, 4, 3, 1, 5, 2].map((i) => rows[i]));
    expect(read.row(7)).toEqual([]);
  });
});

describe('the previous snapshot in parts', () => {
  const snapshot: Snapshot = {
    version: 3,
    asOf: 20_500,
    initiatives: Array.from({ length: 5 }, (_, i) => ({ id: `I-${i}`, reportedStatus: 'green', effectiveStatus: 'amber' })),
    findings: Array.from({ length: 3 }, (_, i) => ({ key: `k${i}`, code: 'date.unparseable', severity: 'error', message: `m${i}` })),
    history: { asOf: 20_500, entries: Array.from({ length: 4 }, (_, i) => ({ key: `k${i}`, firstSeen: 20_400 + i, reviewsOpen: 1 + i, lastSeen: 20_500 })) as unknown as Snapshot['history']['entries'] },
    decisions: [],
  };

  it('cuts 5 initiatives, 3 findings and 4 history entries at 2 a part: head + 3 + 2 + 2 parts', () => {
    const parts = snapshotToParts(snapshot, 2);
    expect(parts.map((p) => (p.part === 'head' ? 'head' : `${p.part}:${p.items.length}`))).toEqual(['head', 'initiatives:2', 'initiatives:2', 'initiatives:1', 'findings:2', 'findings:1', 'entries:2', 'entries:2']);
    expect(snapshotFromParts(parts)).toEqual(snapshot);
  });
});
