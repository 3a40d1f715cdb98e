/**
 * @jest-environment node
 */
import { SNAPSHOT_VERSION, type Snapshot } from '../../../src/core/report';
import type { CellValue, RawSource } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { EMPTY_SETTINGS } from '../../../taskpane/app/state/settings';
import { CancelledError, base64Text, createPipelineClient } from '../../../taskpane/run/pipeline-client';
import type { JobStage } from '../../../taskpane/run/protocol';
import type { RunView, TableView } from '../../../taskpane/run/run-view';
import { sourceFromParts, sourceToParts } from '../../../taskpane/run/source-parts';

const HEADER: CellValue[] = ['ID', 'Name', 'Status', 'Start', 'Due', '% Complete', 'Depends On'];
const ROWS: CellValue[][] = [
  ['A-1', 'One', 'Green', '2026-02-02', '2026-04-30', 0.7, ''],
  ['A-2', 'Two', 'Amber', '2026-05-04', '2026-05-29', 0.1, 'A-1'],
  ['A-3', 'Three', 'Green', '01/09/2026', '30/09/2026', 0, 'A-1'],
  ['A-4', 'Four', 'Green', '2026-06-01', 'soon', 0, ''],
];

function workbook(): RawSource {
  return { name: 'Plan.xlsx', origin: 'workbook', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: [HEADER, ...ROWS] }] };
}

const AS_OF = dayFromIso('2026-03-16')!;

async function runOnce(client: ReturnType<typeof createPipelineClient>) {
  const stages: JobStage[] = [];
  const tables: Array<readonly TableView[] | { message: string }> = [];
  const view = await client.run(EMPTY_SETTINGS, AS_OF, [], { progress: (s) => stages.push(s), tables: (t) => tables.push(t) });
  return { stages, tables, view: view as RunView };
}

describe('the pipeline client (inline, every message copied as a worker would)', () => {
  it('reports each stage of the run in order and returns the findings and initiatives', async () => {
    const client = createPipelineClient();
    client.putSource(workbook());
    const { stages, tables, view } = await runOnce(client);
    expect(stages).toEqual(['detect', 'ingest', 'model', 'analyse', 'rules', 'govern', 'view']);
    expect(view.initiativeCount).toBe(4);
    // The Impact picker's opening list, its labels made in the worker.
    expect(view.firstOptions).toEqual({
      matched: 4,
      options: [
        { id: 'A-1', label: 'A-1 — One' },
        { id: 'A-2', label: 'A-2 — Two' },
        { id: 'A-3', label: 'A-3 — Three' },
        { id: 'A-4', label: 'A-4 — Four' },
      ],
    });
    expect(view.dependencyCount).toBe(2);
    // A-4's due date "soon" is not a date: a finding at its cell, E5 (the findings themselves stay in the worker).
    const page = await client.findingsPage(view.runId, { query: '', severities: ['error', 'warning', 'info'], showWaived: true }, 50);
    expect(page!.items.some((f) => f.finding.cells.some((c) => c.address === 'E5'))).toBe(true);
    // The tables twice: as written first, as read once the run is done.
    expect(tables).toHaveLength(2);
    client.dispose();
  });

  it('shows the preview as read: 0.7 as 70%, 01/09/2026 as 1 Sep 2026, a status with its colour, a rejected cell with its finding', async () => {
    const client = createPipelineClient();
    client.putSource(workbook());
    const { tables } = await runOnce(client);
    const read = tables[1] as readonly TableView[];
    const rows = read[0]!.preview;
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(rows[0]!.cells[5]).toEqual({ text: '0.7', read: '70%' });
    expect(rows[0]!.cells[3]).toEqual({ text: '2026-02-02', read: '2 Feb 2026' });
    expect(rows[0]!.cells[2]).toEqual({ text: 'Green', status: 'green' });
    expect(rows[1]!.cells[2]).toEqual({ text: 'Amber', status: 'amber' });
    expect(rows[2]!.cells[3]?.read).toBe('1 Sep 2026');
    expect(rows[3]!.cells[4]?.text).toBe('soon');
    expect(rows[3]!.cells[4]?.read).toBeUndefined();
    expect(rows[3]!.cells[4]?.problem).toMatch(/soon/);
    // Before the run, as written only.
    expect((tables[0] as readonly TableView[])[0]!.preview[0]!.cells[5]).toEqual({ text: '0.7' });
    client.dispose();
  });

  it('computes the impact in the worker: A-2 moves 9 working days, A-3 absorbs it', async () => {
    // A-1 ends Thu 30 Apr; 10 working days later is Thu 14 May. A-2 (20 working days from Mon 4
    // May) then starts Fri 15 May and ends Thu 11 Jun: 9 working days after Fri 29 May.
    const client = createPipelineClient();
    client.putSource(workbook());
    await runOnce(client);
    const view = (await client.impact('A-1', 10))!;
    expect(view.impact.initiatives.map((i) => [i.id, i.slipDays, i.newFinish])).toEqual([['A-2', 9, dayFromIso('2026-06-11')]]);
    expect(view.absorbed.map((a) => [a.id, a.after])).toEqual([['A-3', 'A-1']]);
    expect(view.graph.nodes.map((n) => [n.id, n.role])).toEqual([
      ['A-1', 'delayed'],
      ['A-2', 'moved'],
      ['A-3', 'absorbed'],
    ]);
    expect(view.names.get('A-3')).toBe('Three');
    // An id this run has no initiative of (picked from an earlier run): no view, and no error.
    expect(await client.impact('B-7', 10)).toBeUndefined();
    client.dispose();
  });

  it('builds the report in the worker as a document of plain rows, or as xlsx bytes', async () => {
    const client = createPipelineClient();
    client.putSource(workbook());
    await runOnce(client);
    const out = await client.report('document', undefined, EMPTY_SETTINGS, () => undefined);
    if (!('doc' in out)) throw new Error('no document');
    const initiatives = out.doc.sheets.find((s) => s.name === 'Initiatives')!;
    // A header row and the four initiatives.
    expect(initiatives.rows.count).toBe(5);
    expect(out.doc.asOf).toBe('2026-03-16');
    const xlsx = await client.report('xlsx', undefined, EMPTY_SETTINGS, () => undefined);
    // A zip file starts PK\x03\x04, which is UEsDB in base64.
    expect('xlsx' in xlsx && (await base64Text(xlsx.xlsx)).startsWith('UEsDB')).toBe(true);
    client.dispose();
  });

  it('keeps the previous snapshot across a Cancel: the report after it still compares with it, without it being given again', async () => {
    const client = createPipelineClient();
    client.putSource(workbook());
    await runOnce(client);
    // The last report had A-1 red; it is green now, so the Changes sheet names A-1.
    const previous: Snapshot = {
      version: SNAPSHOT_VERSION,
      asOf: AS_OF - 7,
      initiatives: [{ id: 'A-1', name: 'One', reportedStatus: 'red', effectiveStatus: 'red' }],
      findings: [],
      history: { asOf: AS_OF - 7, entries: [] },
    };
    const changesName = (out: Awaited<ReturnType<typeof client.report>>) => {
      if (!('doc' in out)) throw new Error('no document');
      const changes = out.doc.sheets.find((sh) => sh.name === 'Changes');
      if (!changes) return false;
      for (let r = 0; r < changes.rows.count; r++) if (changes.rows.row(r).some((c) => c?.value?.t === 'text' && c.value.v === 'A-1')) return true;
      return false;
    };
    expect(changesName(await client.report('document', undefined, EMPTY_SETTINGS, () => undefined))).toBe(false);
    const cancelled = client.report('document', previous, EMPTY_SETTINGS, () => undefined);
    client.cancel();
    await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
    expect(client.heldPrevious()).toBe(previous);
    await runOnce(client);
    expect(changesName(await client.report('document', client.heldPrevious(), EMPTY_SETTINGS, () => undefined))).toBe(true);
    client.dispose();
  });

  it('Cancel rejects the job in flight; the next run starts again from the sources it was given', async () => {
    const client = createPipelineClient();
    client.putSource(workbook());
    const first = client.run(EMPTY_SETTINGS, AS_OF, [], { progress: () => undefined, tables: () => undefined });
    client.cancel();
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    const { view } = await runOnce(client);
    expect(view.initiativeCount).toBe(4);
    client.dispose();
  });
});

describe('the findings, kept in the worker and asked for by page', () => {
  /**
   * The workbook's findings, worked out from its rows: no Last Updated column (ingest.fields-missing,
   * a warning, and status.missing-update-date, info, for each of the 4 initiatives); A-3's start
   * 01/09/2026 reads either way (value.ambiguous-date, a warning); A-4's due "soon" is no date
   * (value.unparseable, a warning, and dates.missing, info, both at E5); no owner anywhere, so its
   * findings fall to nobody (action.unassigned, a warning). 9: 4 warnings and 5 info, none waived.
   */
  const ALL = { query: '', severities: ['error', 'warning', 'info'] as const, showWaived: true };

  it('sends the counts with the run and the page the filter asks for: its first `limit` and how many match', async () => {
    const client = createPipelineClient();
    client.putSource(workbook());
    const { view } = await runOnce(client);
    expect(view.findings).toEqual({ total: 9, counts: { error: 0, warning: 4, info: 5 }, waived: 0 });
    const all = await client.findingsPage(view.runId, ALL, 50);
    expect([all!.matched, all!.items.length]).toEqual([9, 9]);
    // The cell E5, in any case: A-4's two findings.
    const e5 = await client.findingsPage(view.runId, { ...ALL, query: 'plan!E5' }, 50);
    expect(e5!.items.map((i) => i.finding.code).sort()).toEqual(['dates.missing', 'value.unparseable']);
    expect(e5!.matched).toBe(2);
    // Info only, 3 of its 5: A-4's missing due date, then the missing update dates of A-1 and A-2.
    const info = await client.findingsPage(view.runId, { ...ALL, severities: ['info'] }, 3);
    expect(info!.matched).toBe(5);
    expect(info!.items.map((i) => `${i.finding.code} ${i.finding.initiativeId}`)).toEqual(['dates.missing A-4', 'status.missing-update-date A-1', 'status.missing-update-date A-2']);
    client.dispose();
  });

  it("answers nothing for a run it no longer holds, for a page a newer one replaced, and after a Cancel", async () => {
    const client = createPipelineClient();
    client.putSource(workbook());
    const first = (await runOnce(client)).view;
    const second = (await runOnce(client)).view;
    expect(second.runId).not.toBe(first.runId);
    expect(await client.findingsPage(first.runId, ALL, 50)).toBeUndefined();
    expect((await client.findingsPage(second.runId, ALL, 50))!.matched).toBe(9);
    // Two keystrokes' searches in a row: only the newer is worked out.
    const older = client.findingsPage(second.runId, { ...ALL, query: 'a-' }, 50);
    const newer = client.findingsPage(second.runId, { ...ALL, query: 'a-3' }, 50);
    expect(await older).toBeUndefined();
    // A-3's ambiguous start and missing update date, and action.unassigned naming "value.ambiguous-date on A-3".
    expect((await newer)!.matched).toBe(3);
    client.cancel();
    expect(await client.findingsPage(second.runId, ALL, 50)).toBeUndefined();
    client.dispose();
  });
});

describe("the actions and the Impact picker's options, kept in the worker", () => {
  it('sends the actions’ counts and first page with the run, and the page asked for', async () => {
    // Open warnings other than action.*: ingest.fields-missing, A-3's ambiguous start and A-4's
    // unparseable due date. No owner and no lead anywhere: all three are nobody's.
    const client = createPipelineClient();
    client.putSource(workbook());
    const { view } = await runOnce(client);
    expect(view.actions).toEqual({ total: 3, people: 1 });
    expect(view.firstActions.shown).toBe(3);
    expect(view.firstActions.groups.map((g) => [g.person, g.count, g.items.length])).toEqual([['unassigned', 3, 3]]);
    const two = await client.actionsPage(view.runId, 2);
    expect(two!.shown).toBe(2);
    expect(two!.groups.map((g) => [g.person, g.count, g.items.length])).toEqual([['unassigned', 3, 2]]);
    client.dispose();
  });

  it('lists the initiatives whose label holds what is typed, any case; only the newest of two typed in a row', async () => {
    const client = createPipelineClient();
    client.putSource(workbook());
    const { view } = await runOnce(client);
    // "o" is in One, Two and Four, not in Three; the first two of them.
    expect(await client.initiativeOptions(view.runId, 'O', 2)).toEqual({ matched: 3, options: [{ id: 'A-1', label: 'A-1 — One' }, { id: 'A-2', label: 'A-2 — Two' }] });
    const older = client.initiativeOptions(view.runId, 'a-', 100);
    const newer = client.initiativeOptions(view.runId, 'a-3', 100);
    expect(await older).toBeUndefined();
    expect(await newer).toEqual({ matched: 1, options: [{ id: 'A-3', label: 'A-3 — Three' }] });
    const second = (await runOnce(client)).view;
    expect(await client.initiativeOptions(view.runId, 'o', 100)).toBeUndefined();
    expect(await client.actionsPage(view.runId, 100)).toBeUndefined();
    expect((await client.initiativeOptions(second.runId, 'four', 100))!.options).toEqual([{ id: 'A-4', label: 'A-4 — Four' }]);
    client.dispose();
  });
});

describe('a source cut into parts for postMessage', () => {
  it('comes back whole, rows and number formats in order', () => {
    const values: CellValue[][] = Array.from({ length: 12 }, (_, r) => [r, `row ${r}`]);
    const numberFormats = values.map((_, r) => [r % 2 ? '0%' : null, null]);
    const source: RawSource = { name: 'Big.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'S', origin: { row: 2, col: 1 }, values, numberFormats }, { name: 'Empty', origin: { row: 0, col: 0 }, values: [] }] };
    const parts = sourceToParts(source, 5);
    // A head, then 5 + 5 + 2 rows of the first sheet; the empty sheet has no rows part.
    expect(parts.map((p) => (p.part === 'head' ? 'head' : p.values.length))).toEqual(['head', 5, 5, 2]);
    expect(sourceFromParts(parts)).toEqual(source);
  });
});

describe('the summary file as base64 text', () => {
  it('is decoded a part per task and joined in order, whatever the part size', async () => {
    // "TWFu" is "Man" in base64 (RFC 4648's example), five times over.
    const bytes = new TextEncoder().encode('TWFu'.repeat(5));
    for (const perTask of [1, 3, 4, 7, 20, 64]) expect(await base64Text(bytes, perTask)).toBe('TWFuTWFuTWFuTWFuTWFu');
    expect(await base64Text(new Uint8Array(0))).toBe('');
  });
});
