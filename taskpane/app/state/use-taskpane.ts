import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DayNumber, DetectedTable, RawSource } from '../../../src/core/types';
import type { HostInfo, StoredSettings, WorkbookPort } from '../../../src/port/workbook-port';
import { CancelledError, createPipelineClient, type PipelineClient } from '../../run/pipeline-client';
import type { RunView, TableView } from '../../run/run-view';
import { readFileBytes } from '../read-file-bytes';
import { readTaskpaneHolidays, type TaskpaneHolidays } from './holidays';
import { EMPTY_SETTINGS, runInputs } from './settings';
import { createStageStore, type StageStore } from './stage-store';

export interface FileProblem {
  readonly fileName: string;
  readonly message: string;
}

/** A file given to the taskpane as bytes (the browser demo's samples). */
export interface SourceFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A source as the Sources step lists it (the values stay in the worker). */
export interface SourceInfo {
  readonly name: string;
  readonly sheetCount: number;
}

export type Computed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface TaskpaneState {
  readonly phase: 'loading' | 'ready' | 'error';
  /** Why the workbook could not be read (phase 'error'). */
  readonly loadError?: string;
  readonly host?: HostInfo;
  /** The open workbook as one source, as read on the main thread. */
  readonly workbook?: RawSource;
  /** The Report step's days off as read (StoredSettings.holidays). */
  readonly holidays: TaskpaneHolidays;
  /** Department workbooks/CSVs the user added (read in the worker). */
  readonly files: readonly SourceInfo[];
  readonly fileProblems: readonly FileProblem[];
  readonly readingFiles: number;
  readonly settings: StoredSettings;
  /** Saving settings failed: the message, shown once. */
  readonly saveError?: string;
  readonly asOf: DayNumber;
  /** Every table of every source as detected (excluded ones too, so they can be brought back); undefined until the worker says. */
  readonly detected?: Computed<readonly DetectedTable[]>;
  /** Each detected table's first rows (as read once the run is done) and status column, by table key. */
  readonly tableViews: ReadonlyMap<string, TableView>;
  /** The core's run over the included tables; undefined until the first run is done. */
  readonly run?: Computed<RunView>;
  /** A run is going (in the worker). */
  readonly running: boolean;
  /** The stage it is at (the progress bar subscribes; steps do not re-render per stage). */
  readonly stage: StageStore;
  /** The user cancelled the run: nothing is shown as current until they run again. */
  readonly cancelled: boolean;
  /** Where the core runs: impact and the report ask it. */
  readonly pipeline: PipelineClient;
}

/** New settings, or how to make them from the latest (a change committed later, by a debounced field, must not undo one made meanwhile). */
export type SettingsUpdate = StoredSettings | ((current: StoredSettings) => StoredSettings);

export interface TaskpaneActions {
  updateSettings(next: SettingsUpdate): void;
  setAsOf(day: DayNumber): void;
  addFiles(files: readonly File[]): Promise<void>;
  removeFile(name: string): void;
  dismissFileProblem(fileName: string): void;
  reload(): void;
  /** Stop the run in progress (the worker is terminated); the workbook is not touched. */
  cancelRun(): void;
  /** Run again after a cancel, or after the worker lost its run (a cancelled report). */
  runAgain(): void;
}

/** Local calendar date today, as a day number. */
export function todayDay(now = new Date()): DayNumber {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}

/** The same detection: equal as data (a few dozen tables: cheap to compare). */
function sameTables(a: readonly DetectedTable[], b: readonly DetectedTable[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * All taskpane state in one place: read the workbook and its saved settings through the port
 * (main thread: Office.js), hand the sources to the pipeline worker, and run the core there
 * whenever an input changes. No domain logic lives here.
 */
export function useTaskpane(
  port: WorkbookPort,
  initialFiles: readonly SourceFile[] = [],
  initialAsOf: DayNumber = todayDay(),
  makeWorker?: () => Worker,
): TaskpaneState & TaskpaneActions {
  const pipeline = useMemo(() => createPipelineClient(makeWorker), [makeWorker]);
  useEffect(() => () => pipeline.dispose(), [pipeline]);
  const [phase, setPhase] = useState<TaskpaneState['phase']>('loading');
  const [loadError, setLoadError] = useState<string>();
  const [host, setHost] = useState<HostInfo>();
  const [workbook, setWorkbook] = useState<RawSource>();
  const [files, setFiles] = useState<readonly SourceInfo[]>([]);
  const [fileProblems, setFileProblems] = useState<readonly FileProblem[]>([]);
  const [readingFiles, setReadingFiles] = useState(0);
  const [settings, setSettings] = useState<StoredSettings>(EMPTY_SETTINGS);
  // The settings as last set, ahead of the render that shows them (updateSettings' updaters read it).
  const latestSettings = useRef(settings);
  const [saveError, setSaveError] = useState<string>();
  const [asOf, setAsOf] = useState<DayNumber>(initialAsOf);
  const [attempt, setAttempt] = useState(0);
  const [sourcesVersion, setSourcesVersion] = useState(0);
  const [detected, setDetected] = useState<Computed<readonly DetectedTable[]>>();
  const [tableViews, setTableViews] = useState<ReadonlyMap<string, TableView>>(new Map());
  const [run, setRun] = useState<Computed<RunView>>();
  const [running, setRunning] = useState(false);
  const stage = useMemo(() => createStageStore(), []);
  const [cancelled, setCancelled] = useState(false);
  const [runAttempt, setRunAttempt] = useState(0);
  const inFlight = useRef(false);

  const readFiles = useCallback(
    async (picked: readonly SourceFile[]) => {
      setReadingFiles((n) => n + picked.length);
      const read = await Promise.all(
        picked.map(({ name, bytes }) =>
          pipeline.readFile(name, bytes).then(
            (info) => ({ name, info }),
            (e: unknown) => ({ name, problem: e instanceof CancelledError ? 'Not added: reading it was cancelled.' : messageOf(e) }),
          ),
        ),
      );
      // One update for the whole drop: twenty files re-rendered the Sources step twenty times.
      const added = read.flatMap((r) => ('info' in r ? [r.info] : []));
      const names = new Set(read.map((r) => r.name));
      setFiles((prev) => [...prev.filter((s) => !added.some((a) => a.name === s.name)), ...added]);
      setFileProblems((prev) => [...prev.filter((p) => !names.has(p.fileName)), ...read.flatMap((r) => ('problem' in r ? [{ fileName: r.name, message: r.problem }] : []))]);
      if (added.length > 0) setSourcesVersion((v) => v + 1);
      setReadingFiles((n) => n - picked.length);
    },
    [pipeline],
  );

  useEffect(() => {
    if (initialFiles.length > 0) void readFiles(initialFiles);
    // The initial files are read once, when the pane opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [readFiles]);

  useEffect(() => {
    let live = true;
    setPhase('loading');
    // The host first: on an Excel too old to read the workbook, say so and keep what still
    // works (added files, findings, impact) instead of failing on the read.
    port
      .describe()
      .then(async (info) => {
        const canRead = info.missingRequirements.length === 0;
        const [book, saved] = await Promise.all([canRead ? port.readWorkbook() : Promise.resolve(undefined), port.loadSettings()]);
        return [info, book, saved] as const;
      })
      .then(([info, book, saved]) => {
        if (!live) return;
        if (book) pipeline.putSource(book);
        setHost(info);
        setWorkbook(book);
        latestSettings.current = saved ?? EMPTY_SETTINGS;
        setSettings(latestSettings.current);
        setSourcesVersion((v) => v + 1);
        setPhase('ready');
      })
      .catch((e: unknown) => {
        if (!live) return;
        setLoadError(messageOf(e));
        setPhase('error');
      });
    return () => {
      live = false;
    };
  }, [port, attempt, pipeline]);

  // The Report step's days off (a sheet or table of the workbook, pasted dates): the run's calendar.
  const holidays = useMemo(() => readTaskpaneHolidays(settings.holidays, workbook, settings.dateOrder ?? 'dmy'), [settings.holidays, settings.dateOrder, workbook]);
  // Only what the core's options are made of starts a run (the report target, say, does not).
  const runKey = JSON.stringify(runInputs(settings));
  // Taken again when the saved settings arrive and with the as-of date, so a run reads the findings' life the last report recorded.
  const runSettings = useMemo(() => settings, [runKey, asOf, phase]); // eslint-disable-line react-hooks/exhaustive-deps
  // Identifies the inputs of the run to start; until the effect below starts it, the pane counts
  // as running, so no report is asked of a run about to be replaced.
  const runToken = useMemo(() => ({}), [pipeline, stage, phase, readingFiles, cancelled, sourcesVersion, runSettings, asOf, holidays, runAttempt]);
  const startedFor = useRef<object | undefined>(undefined);
  const runDue = phase === 'ready' && readingFiles === 0 && !cancelled && startedFor.current !== runToken;
  useEffect(() => {
    // Files being read come first (a run now would be superseded when they arrive).
    if (phase !== 'ready' || readingFiles > 0 || cancelled) return;
    startedFor.current = runToken;
    // A newer input supersedes the run in flight: stop it rather than wait for it.
    if (inFlight.current) pipeline.cancel();
    let live = true;
    inFlight.current = true;
    setRunning(true);
    stage.set('detect');
    pipeline
      .run(runSettings, asOf, holidays.days, {
        progress: (at) => live && stage.set(at),
        tables: (views) => {
          if (!live) return;
          if ('message' in views) {
            setDetected({ ok: false, message: views.message });
            return;
          }
          const tables = views.map((v) => v.table);
          // The tables come twice (as written, then as read): the same detection keeps its
          // identity, so the Sources step's cards do not render again.
          setDetected((prev) => (prev?.ok && sameTables(prev.value, tables) ? prev : { ok: true, value: tables }));
          setTableViews(new Map(views.map((v) => [v.table.key, v])));
        },
      })
      .then((view) => {
        if (!live) return;
        inFlight.current = false;
        setRun('message' in view ? { ok: false, message: view.message } : { ok: true, value: view });
        setRunning(false);
        stage.set(undefined);
      })
      .catch((e: unknown) => {
        if (!live || e instanceof CancelledError) return;
        inFlight.current = false;
        setRun({ ok: false, message: messageOf(e) });
        setRunning(false);
        stage.set(undefined);
      });
    return () => {
      live = false;
    };
  }, [pipeline, stage, phase, readingFiles, cancelled, sourcesVersion, runSettings, asOf, holidays, runAttempt, runToken]);

  const updateSettings = useCallback(
    (update: SettingsUpdate) => {
      const next = typeof update === 'function' ? update(latestSettings.current) : update;
      latestSettings.current = next;
      setSettings(next);
      setSaveError(undefined);
      port.saveSettings(next).catch((e: unknown) => setSaveError(messageOf(e)));
    },
    [port],
  );

  const addFiles = useCallback(
    async (picked: readonly File[]) => readFiles(await Promise.all(picked.map(async (file) => ({ name: file.name, bytes: await readFileBytes(file) })))),
    [readFiles],
  );

  return {
    phase,
    loadError,
    host,
    workbook,
    holidays,
    files,
    fileProblems,
    readingFiles,
    settings,
    saveError,
    asOf,
    ...(detected ? { detected } : {}),
    tableViews,
    ...(run && !cancelled ? { run } : {}),
    running: running || runDue,
    stage,
    cancelled,
    pipeline,
    updateSettings,
    setAsOf,
    addFiles,
    removeFile: (name) => {
      pipeline.dropSource(name);
      setFiles((prev) => prev.filter((s) => s.name !== name));
      setSourcesVersion((v) => v + 1);
    },
    dismissFileProblem: (fileName) => setFileProblems((prev) => prev.filter((p) => p.fileName !== fileName)),
    reload: () => setAttempt((n) => n + 1),
    cancelRun: () => {
      pipeline.cancel();
      inFlight.current = false;
      setRunning(false);
      stage.set(undefined);
      setCancelled(true);
    },
    runAgain: () => {
      setCancelled(false);
      setRunAttempt((n) => n + 1);
    },
  };
}
