import { detectTables } from '../../src/core/ingest';
import { runPipeline } from '../../src/core/pipeline';
import { buildReport, recordedBy, takeSnapshot, withRecorded, type Snapshot } from '../../src/core/report';
import type { RawSource, ReportRow, RunResult } from '../../src/core/types';
import { readSourceFile } from '../../src/xlsx/read-source';
import { base64FromBytes } from '../app/report-xlsx';
import { impactView } from './impact-view';
import type { FromWorker, ToWorker } from './protocol';
import { recordedWithin } from './recorded-budget';
import { optionsFor } from './run-options';
import { encodeRows } from './row-parts';
import { createViewStore } from './view-store';
import { FINDINGS_PAGE, findingsPage, SHOW_ALL, summariseFindings } from '../app/present/finding-view';
import { ACTIONS_PAGE, actionsPage, summariseActions } from '../app/present/action-view';
import { INITIATIVE_OPTIONS, initiativeOptions } from '../app/present/initiative-options';
import { heldView } from './run-view';
import { snapshotFromParts, type SnapshotPart } from './snapshot-parts';
import { sourceFromParts, type SourcePart } from './source-parts';
import { tableViews } from './table-view';

/**
 * Report rows go back in messages of these many: the main thread copies each message in one
 * task, and this keeps that task well under 50 ms (measured in chromium: docs/BENCHMARKS.md).
 * Findings, actions and initiatives stay here; the steps ask for the page they show.
 */
export const REPORT_ROWS_PER_MESSAGE = 500;

export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** Bytes as base64 text in ASCII bytes, in a buffer of their own (to transfer). */
export function base64Bytes(bytes: Uint8Array): ArrayBuffer {
  const text = new TextEncoder().encode(base64FromBytes(bytes));
  return text.byteOffset === 0 && text.byteLength === text.buffer.byteLength ? (text.buffer as ArrayBuffer) : (text.slice().buffer as ArrayBuffer);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The taskpane's pipeline, off the main thread: holds the sources, the last run and the last
 * report's snapshot, and answers ToWorker messages one at a time, in order. Knows nothing of
 * workers (pipeline.worker.ts posts for it; the inline fallback calls it directly).
 */
export function createPipelineEngine(post: Post): { receive(message: ToWorker): Promise<void> } {
  const sources = new Map<string, RawSource>();
  const incoming = new Map<string, SourcePart[]>();
  let last: RunResult | undefined;
  let pendingSnapshot: Snapshot | undefined;
  /** The workbook's previous snapshot as the main thread read it (sent in parts). */
  let workbookSnapshot: Snapshot | undefined;
  let snapshotParts: SnapshotPart[] = [];
  let keptSnapshot: Snapshot | undefined;
  const viewStore = createViewStore();
  /** The newest findings page and picker options asked for (set as messages arrive): an older one still queued is not worked out. */
  let newestPage = 0;
  let newestOptions = 0;

  const put = (source: RawSource) => {
    // Same order as the taskpane lists them: a file added again goes last.
    sources.delete(source.name);
    sources.set(source.name, source);
  };

  const handle = async (m: ToWorker): Promise<void> => {
    switch (m.kind) {
      case 'source-part': {
        const parts = incoming.get(m.name) ?? [];
        parts.push(m.part);
        if (!m.last) incoming.set(m.name, parts);
        else {
          incoming.delete(m.name);
          put(sourceFromParts(parts));
        }
        return;
      }
      case 'file': {
        post({ kind: 'progress', job: m.job, stage: 'read-file' });
        try {
          const source = await readSourceFile(new Uint8Array(m.bytes), m.name);
          put(source);
          post({ kind: 'file-read', job: m.job, name: source.name, sheetCount: source.sheets.length });
        } catch (e) {
          post({ kind: 'failed', job: m.job, message: messageOf(e) });
        }
        return;
      }
      case 'previous-part':
        snapshotParts.push(m.part);
        if (m.last) {
          workbookSnapshot = snapshotFromParts(snapshotParts);
          snapshotParts = [];
        }
        return;
      case 'drop-source':
        sources.delete(m.name);
        return;
      case 'run': {
        const all = [...sources.values()];
        post({ kind: 'progress', job: m.job, stage: 'detect' });
        let detected: ReturnType<typeof detectTables> = [];
        try {
          detected = all.flatMap((s) => detectTables(s, optionsFor(m.settings, m.asOf, false, m.holidays)));
          post({ kind: 'tables', job: m.job, tables: tableViews(all, detected, m.settings, undefined) });
        } catch (e) {
          post({ kind: 'tables', job: m.job, tables: { message: messageOf(e) } });
        }
        last = undefined;
        viewStore.drop();
        try {
          const result = runPipeline(all, optionsFor(m.settings, m.asOf, true, m.holidays), (stage) => post({ kind: 'progress', job: m.job, stage }));
          post({ kind: 'progress', job: m.job, stage: 'view' });
          const held = heldView(result);
          viewStore.hold(m.job, held);
          last = result;
          // Now the previews can show each value as the run read it.
          post({ kind: 'tables', job: m.job, tables: tableViews(all, detected, m.settings, result) });
          // Counts and first pages only, ready to render: the main thread derives nothing from the run.
          post({
            kind: 'run-done',
            job: m.job,
            view: {
              runId: m.job,
              findings: summariseFindings(held.findings),
              firstPage: findingsPage(held.findings, SHOW_ALL, FINDINGS_PAGE),
              actions: summariseActions(held.actions),
              firstActions: actionsPage(held.actions, ACTIONS_PAGE),
              initiativeCount: held.initiatives.length,
              firstOptions: initiativeOptions(held.initiatives, '', INITIATIVE_OPTIONS),
              dependencyCount: result.model.dependencies.length,
            },
          });
        } catch (e) {
          post({ kind: 'run-done', job: m.job, view: { message: messageOf(e) } });
        }
        return;
      }
      case 'impact': {
        if (!last) return post({ kind: 'failed', job: m.job, message: 'There is no run to take the impact from.' });
        try {
          // An id picked before this run, which has no such initiative: no view (the step shows none).
          post({ kind: 'impact-done', job: m.job, view: last.model.byId.has(m.id) ? impactView(last, m.id, m.delay) : undefined });
        } catch (e) {
          post({ kind: 'failed', job: m.job, message: messageOf(e) });
        }
        return;
      }
      case 'findings-page': {
        // Let the messages that came meanwhile arrive (a search per keystroke): only the newest is worked out.
        await new Promise((next) => setTimeout(next, 0));
        const page = m.job === newestPage ? viewStore.findingsPage(m.runId, m.filter, m.limit) : undefined;
        post({ kind: 'findings-page', job: m.job, page });
        return;
      }
      case 'actions-page':
        post({ kind: 'actions-page', job: m.job, page: viewStore.actionsPage(m.runId, m.limit) });
        return;
      case 'initiative-options': {
        await new Promise((next) => setTimeout(next, 0));
        const options = m.job === newestOptions ? viewStore.initiativeOptions(m.runId, m.query, m.limit) : undefined;
        post({ kind: 'initiative-options', job: m.job, options });
        return;
      }
      case 'report': {
        if (!last) return post({ kind: 'failed', job: m.job, message: 'There is no run to report.' });
        try {
          post({ kind: 'progress', job: m.job, stage: 'report' });
          if (!m.withPrevious) workbookSnapshot = undefined;
          const previous = workbookSnapshot ?? keptSnapshot;
          // Decisions entered on the previous report's Decisions sheet are part of this one.
          const result = previous ? withRecorded(last, previous) : last;
          const doc = buildReport(result, previous ? { previous } : {});
          pendingSnapshot = takeSnapshot(result);
          // What the workbook's settings keep for the next review (a new workbook leaves no snapshot
          // here), cut to what they can hold: at 100,000 initiatives the whole was one long task to copy.
          const recorded = recordedWithin(recordedBy(result), m.settings);
          const { sheets, ...head } = doc;
          if (m.as === 'xlsx') {
            const xlsx = base64Bytes(await (await import('../../src/xlsx/write-report')).writeReportXlsx(doc));
            post({ kind: 'report-done', job: m.job, doc: head, recorded, xlsx }, [xlsx]);
            return;
          }
          post({ kind: 'progress', job: m.job, stage: 'report-rows' });
          for (const sheet of sheets) {
            const { rows, ...rest } = sheet;
            post({ kind: 'report-sheet', job: m.job, sheet: { ...rest, rowCount: rows.count, width: rows.width } });
            for (let i = 0; i < rows.count; i += REPORT_ROWS_PER_MESSAGE) {
              const part: ReportRow[] = [];
              for (let r = i; r < Math.min(rows.count, i + REPORT_ROWS_PER_MESSAGE); r++) part.push(rows.row(r));
              post({ kind: 'report-rows', job: m.job, rows: encodeRows(part) });
            }
          }
          post({ kind: 'report-done', job: m.job, doc: head, recorded });
        } catch (e) {
          post({ kind: 'failed', job: m.job, message: messageOf(e) });
        }
        return;
      }
      case 'report-kept':
        if (pendingSnapshot) keptSnapshot = pendingSnapshot;
        pendingSnapshot = undefined;
        return;
    }
  };

  let queue = Promise.resolve();
  return {
    receive(message) {
      if (message.kind === 'findings-page') newestPage = message.job;
      if (message.kind === 'initiative-options') newestOptions = message.job;
      queue = queue.then(() => handle(message));
      return queue;
    },
  };
}
