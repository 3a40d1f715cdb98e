/**
 * @jest-environment node
 */
import type { CellValue, RawSource } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { ACTIONS_PAGE } from '../../../taskpane/app/present/action-view';
import { FINDINGS_PAGE } from '../../../taskpane/app/present/finding-view';
import { INITIATIVE_OPTIONS } from '../../../taskpane/app/present/initiative-options';
import { EMPTY_SETTINGS } from '../../../taskpane/app/state/settings';
import { createPipelineEngine } from '../../../taskpane/run/pipeline-engine';
import type { FromWorker } from '../../../taskpane/run/protocol';
import type { RunView } from '../../../taskpane/run/run-view';
import { sourceToParts } from '../../../taskpane/run/source-parts';

const AS_OF = dayFromIso('2026-03-16')!;
const OWNERS = 10;

/** `n` initiatives of ten owners, each due "soon" (no date: a warning, so an action of its owner). */
function workbook(n: number): RawSource {
  const rows: CellValue[][] = [['ID', 'Name', 'Owner', 'Status', 'Start', 'Due', 'Last Updated']];
  for (let k = 1; k <= n; k++) rows.push([`W-${k}`, `Work ${k}`, `Owner ${k % OWNERS}`, 'Green', '2026-02-02', 'soon', '2026-03-12']);
  return { name: 'Plan.xlsx', origin: 'workbook', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: rows }] };
}

/** Every message the worker posts to the main thread for one run of `n` initiatives. */
async function runMessages(n: number): Promise<FromWorker[]> {
  const posted: FromWorker[] = [];
  const engine = createPipelineEngine((m) => posted.push(m));
  const parts = sourceToParts(workbook(n));
  for (const [i, part] of parts.entries()) await engine.receive({ kind: 'source-part', name: 'Plan.xlsx', part, last: i === parts.length - 1 });
  await engine.receive({ kind: 'run', job: 1, settings: EMPTY_SETTINGS, asOf: AS_OF, holidays: [] });
  return posted;
}

const viewOf = (messages: readonly FromWorker[]): RunView => {
  const done = messages.find((m) => m.kind === 'run-done');
  if (!done || done.kind !== 'run-done' || 'message' in done.view) throw new Error('the run failed');
  return done.view;
};

const size = (messages: readonly FromWorker[]) => messages.filter((m) => m.kind !== 'tables').reduce((n, m) => n + JSON.stringify(m).length, 0);

describe('the presentation of a run is made in the worker: the main thread receives pages, whatever the size', () => {
  it('posts progress, the tables twice and the view: no list of findings, actions or initiatives', async () => {
    const messages = await runMessages(3_000);
    expect([...new Set(messages.map((m) => m.kind))].sort()).toEqual(['progress', 'run-done', 'tables']);
    expect(messages.filter((m) => m.kind === 'tables')).toHaveLength(2);
    const view = viewOf(messages);
    expect(view.initiativeCount).toBe(3_000);
    // Each owner has at least their 300 undated due dates to act on.
    expect(view.actions.people).toBeGreaterThanOrEqual(OWNERS);
    expect(view.actions.total).toBeGreaterThanOrEqual(3_000);
    // The first pages only, ready to render: labels made, counts per person given.
    expect(view.firstPage.items).toHaveLength(FINDINGS_PAGE);
    expect(view.firstActions.shown).toBe(ACTIONS_PAGE);
    expect(view.firstActions.groups.reduce((n, g) => n + g.items.length, 0)).toBe(ACTIONS_PAGE);
    expect(view.firstOptions.options).toHaveLength(INITIATIVE_OPTIONS);
    expect(view.firstOptions.options[0]).toEqual({ id: 'W-1', label: 'W-1 — Work 1' });
    expect(view.firstOptions.matched).toBe(3_000);
  });

  it('sends as much for 3,000 initiatives as for 300 (within 10%): the pages, not the run', async () => {
    const small = size(await runMessages(300));
    const large = size(await runMessages(3_000));
    expect(large / small).toBeLessThan(1.1);
  });
});
