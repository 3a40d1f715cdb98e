import type { Snapshot } from '../../src/core/report';
import type { DayNumber, RawSource, ReportDocument, ReportSheet } from '../../src/core/types';
import type { StoredSettings } from '../../src/port/workbook-port';
import type { ActionsPage } from '../app/present/action-view';
import type { InitiativeOptions } from '../app/present/initiative-options';
import type { FindingFilter, FindingsPage } from '../app/present/finding-view';
import type { ImpactView } from './impact-view';
import type { FromWorker, JobStage, Recorded, ReportSheetHead, ToWorker } from './protocol';
import type { RunView, TableView } from './run-view';
import type { SettingsBeside } from './recorded-budget';
import { rowsFromParts, type RowPart } from './row-parts';
import { snapshotToParts } from './snapshot-parts';
import { sourceToParts } from './source-parts';

/** A job stopped by Cancel (or replaced by a newer run): not an error to show. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'CancelledError';
  }
}

export type Failure = { readonly message: string };

export interface RunCallbacks {
  progress(stage: JobStage): void;
  tables(tables: readonly TableView[] | Failure): void;
}

/** `xlsx`: the summary file's base64 text in ASCII bytes (base64Text makes the string, where it is used). */
export type ReportOut = ({ readonly doc: ReportDocument } | { readonly xlsx: Uint8Array }) & { readonly recorded: Recorded };

/** Bytes of base64 text decoded per task (in chromium, one task decoding the 95 MB of a 100,000-initiative summary was 379 ms). */
export const BASE64_BYTES_PER_TASK = 8 << 20;

/**
 * The base64 text of ReportOut.xlsx, as Excel.createWorkbook takes it: decoded a part per task,
 * the parts joined without copying (V8 keeps the sum as a rope until it is read whole).
 */
export async function base64Text(xlsx: Uint8Array, perTask = BASE64_BYTES_PER_TASK): Promise<string> {
  const decoder = new TextDecoder('latin1');
  let text = '';
  for (let i = 0; i < xlsx.length; i += perTask) {
    if (i > 0) await new Promise((next) => setTimeout(next, 0));
    text += decoder.decode(xlsx.subarray(i, i + perTask));
  }
  return text;
}

export interface PipelineClient {
  /** False when the browser has no Worker and the pipeline runs on the main thread (Cancel then only drops the result). */
  readonly inWorker: boolean;
  /** A source read on the main thread (the open workbook); kept until dropped. */
  putSource(source: RawSource): void;
  /** A dropped file's bytes: read in the worker. */
  readFile(name: string, bytes: Uint8Array): Promise<{ readonly name: string; readonly sheetCount: number }>;
  dropSource(name: string): void;
  /** `holidays`: the days off of the Report step, read on the main thread. */
  run(settings: StoredSettings, asOf: DayNumber, holidays: readonly DayNumber[], on: RunCallbacks): Promise<RunView | Failure>;
  /** undefined: the run held has no initiative `id` (it was picked from an earlier run). */
  impact(id: string, delay: number): Promise<ImpactView | undefined>;
  /**
   * The Findings step's page of the run `runId` (RunView.runId): undefined when the worker holds
   * another run (a newer one, or none after a Cancel), or a newer page was asked for meanwhile.
   */
  findingsPage(runId: number, filter: FindingFilter, limit: number): Promise<FindingsPage | undefined>;
  /** The Actions view's first `limit` actions of run `runId`, per person; undefined as for findingsPage. */
  actionsPage(runId: number, limit: number): Promise<ActionsPage | undefined>;
  /** The Impact picker's options of run `runId` for `query`; undefined as for findingsPage. */
  initiativeOptions(runId: number, query: string, limit: number): Promise<InitiativeOptions | undefined>;
  /**
   * `previous`: the workbook's snapshot as read, or undefined for none. It is sent to the worker
   * in parts once and kept here, so a worker started after a Cancel gets it again without the
   * workbook being read again (`heldPrevious`). `settings`: the workbook's settings the report's
   * `recorded` is to be saved with (their history and decisions are replaced): it comes back cut to fit.
   */
  report(as: 'document' | 'xlsx', previous: Snapshot | undefined, settings: SettingsBeside, progress: (stage: JobStage) => void): Promise<ReportOut>;
  /** The workbook's snapshot last given to `report`, kept across a Cancel. */
  heldPrevious(): Snapshot | undefined;
  /** The report was written: the worker keeps its snapshot for the next report of this session. */
  reportKept(): void;
  /** Stop whatever the worker is doing (terminate it); pending jobs reject with CancelledError. */
  cancel(): void;
  dispose(): void;
}

/** The settings less the history and decisions a report replaces (not sent to the worker: they can be large). */
function besides(settings: SettingsBeside & Partial<Recorded>): SettingsBeside {
  const { history: _history, decisions: _decisions, ...rest } = settings;
  return rest;
}

interface Job {
  onMessage(m: FromWorker): void;
  reject(e: Error): void;
}

type Held = { readonly kind: 'source'; readonly source: RawSource } | { readonly kind: 'file'; readonly bytes: Uint8Array };

interface Channel {
  post(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
}

/**
 * The main thread's side of the pipeline worker: posts plain data, collects answers by job, and
 * on Cancel terminates the worker and starts a fresh one on the next call, sending it the
 * sources again (the main thread keeps the open workbook as read and each dropped file's bytes).
 * Without Worker (`makeWorker` undefined) the same engine runs inline, on the main thread.
 */
export function createPipelineClient(makeWorker?: () => Worker): PipelineClient {
  const held = new Map<string, Held>();
  const jobs = new Map<number, Job>();
  let nextJob = 1;
  let channel: Channel | undefined;
  let previous: Snapshot | undefined;

  const dispatch = (m: FromWorker) => jobs.get(m.job)?.onMessage(m);

  const open = (): Channel => {
    if (makeWorker) {
      const worker = makeWorker();
      worker.onmessage = (e: MessageEvent<FromWorker>) => dispatch(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        const error = new Error(e.message || 'The pipeline worker stopped.');
        for (const job of [...jobs.values()]) job.reject(error);
      };
      return { post: (m, transfer) => worker.postMessage(m, transfer ?? []), terminate: () => worker.terminate() };
    }
    let live = true;
    // Answers are copied and delivered after the current task, as a worker's would be (so what
    // cannot cross to a worker fails here too, in the tests).
    // Loaded on first use: the taskpane's first paint does not carry the core.
    const engine = import('./pipeline-engine').then(({ createPipelineEngine }) =>
      createPipelineEngine((m) => {
        const copy = structuredClone(m);
        if (live) setTimeout(() => live && dispatch(copy), 0);
      }),
    );
    return {
      post: (m) => void engine.then((e) => e.receive(m)),
      terminate: () => {
        live = false;
      },
    };
  };

  const sendHeld = (c: Channel, name: string, h: Held) => {
    if (h.kind === 'file') {
      const copy = h.bytes.slice();
      c.post({ kind: 'file', job: 0, name, bytes: copy.buffer }, [copy.buffer]);
      return;
    }
    const parts = sourceToParts(h.source);
    parts.forEach((part, i) => c.post({ kind: 'source-part', name, part, last: i === parts.length - 1 }));
  };

  const sendPrevious = (c: Channel, snapshot: Snapshot) => {
    const parts = snapshotToParts(snapshot);
    parts.forEach((part, i) => c.post({ kind: 'previous-part', part, last: i === parts.length - 1 }));
  };

  const live = (): Channel => {
    if (!channel) {
      channel = open();
      for (const [name, h] of held) sendHeld(channel, name, h);
      if (previous) sendPrevious(channel, previous);
    }
    return channel;
  };

  const job = <T>(message: (id: number) => ToWorker, onMessage: (m: FromWorker, done: (v: T) => void, fail: (e: Error) => void) => void): Promise<T> => {
    const id = nextJob++;
    return new Promise<T>((resolve, reject) => {
      const finish = () => jobs.delete(id);
      jobs.set(id, {
        onMessage: (m) =>
          onMessage(
            m,
            (v) => {
              finish();
              resolve(v);
            },
            (e) => {
              finish();
              reject(e);
            },
          ),
        reject: (e) => {
          finish();
          reject(e);
        },
      });
      live().post(message(id));
    });
  };

  return {
    inWorker: makeWorker !== undefined,
    putSource(source) {
      held.delete(source.name);
      held.set(source.name, { kind: 'source', source });
      if (channel) sendHeld(channel, source.name, { kind: 'source', source });
    },
    readFile(name, bytes) {
      const id = nextJob++;
      return new Promise((resolve, reject) => {
        jobs.set(id, {
          onMessage: (m) => {
            if (m.kind === 'file-read') {
              jobs.delete(id);
              held.delete(name);
              held.set(name, { kind: 'file', bytes });
              resolve({ name: m.name, sheetCount: m.sheetCount });
            } else if (m.kind === 'failed') {
              jobs.delete(id);
              reject(new Error(m.message));
            }
          },
          reject: (e) => {
            jobs.delete(id);
            reject(e);
          },
        });
        const copy = bytes.slice();
        live().post({ kind: 'file', job: id, name, bytes: copy.buffer }, [copy.buffer]);
      });
    },
    dropSource(name) {
      held.delete(name);
      channel?.post({ kind: 'drop-source', name });
    },
    run(settings, asOf, holidays, on) {
      return job<RunView | Failure>(
        (id) => ({ kind: 'run', job: id, settings, asOf, holidays }),
        (m, done) => {
          if (m.kind === 'progress') on.progress(m.stage);
          else if (m.kind === 'tables') on.tables(m.tables);
          else if (m.kind === 'run-done') done(m.view);
        },
      );
    },
    impact(id, delay) {
      return job<ImpactView | undefined>(
        (j) => ({ kind: 'impact', job: j, id, delay }),
        (m, done, fail) => {
          if (m.kind === 'impact-done') done(m.view);
          else if (m.kind === 'failed') fail(new Error(m.message));
        },
      );
    },
    findingsPage(runId, filter, limit) {
      // No worker (after a Cancel): it holds no run; starting one only to say so is not worth it.
      if (!channel) return Promise.resolve(undefined);
      return job<FindingsPage | undefined>(
        (id) => ({ kind: 'findings-page', job: id, runId, filter, limit }),
        (m, done) => {
          if (m.kind === 'findings-page') done(m.page);
        },
      );
    },
    actionsPage(runId, limit) {
      if (!channel) return Promise.resolve(undefined);
      return job<ActionsPage | undefined>(
        (id) => ({ kind: 'actions-page', job: id, runId, limit }),
        (m, done) => {
          if (m.kind === 'actions-page') done(m.page);
        },
      );
    },
    initiativeOptions(runId, query, limit) {
      if (!channel) return Promise.resolve(undefined);
      return job<InitiativeOptions | undefined>(
        (id) => ({ kind: 'initiative-options', job: id, runId, query, limit }),
        (m, done) => {
          if (m.kind === 'initiative-options') done(m.options);
        },
      );
    },
    report(as, given, settings, progress) {
      const sheets: Array<{ head: ReportSheetHead; rows: RowPart[] }> = [];
      if (given !== previous) {
        previous = given;
        if (given && channel) sendPrevious(channel, given);
      }
      return job<ReportOut>(
        (id) => ({ kind: 'report', job: id, as, withPrevious: given !== undefined, settings: besides(settings) }),
        (m, done, fail) => {
          if (m.kind === 'progress') progress(m.stage);
          else if (m.kind === 'failed') fail(new Error(m.message));
          else if (m.kind === 'report-sheet') sheets.push({ head: m.sheet, rows: [] });
          else if (m.kind === 'report-rows') sheets[sheets.length - 1]!.rows.push(m.rows);
          else if (m.kind === 'report-done') {
            if (m.xlsx !== undefined) return done({ xlsx: new Uint8Array(m.xlsx), recorded: m.recorded });
            const built: ReportSheet[] = sheets.map(({ head: { rowCount: _count, width, ...sheet }, rows }) => ({ ...sheet, rows: rowsFromParts(rows, width) }));
            done({ doc: { ...m.doc, sheets: built }, recorded: m.recorded });
          }
        },
      );
    },
    heldPrevious: () => previous,
    reportKept() {
      channel?.post({ kind: 'report-kept' });
    },
    cancel() {
      channel?.terminate();
      channel = undefined;
      const cancelled = new CancelledError();
      for (const j of [...jobs.values()]) j.reject(cancelled);
    },
    dispose() {
      channel?.terminate();
      channel = undefined;
      jobs.clear();
    },
  };
}
