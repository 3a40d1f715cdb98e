import { useCallback, useEffect, useMemo, useState } from 'react';
import { detectTables } from '../../../src/core/ingest';
import { runPipeline } from '../../../src/core/pipeline';
import type { Snapshot } from '../../../src/core/report';
import type { DayNumber, DetectedTable, RawSource, RunOptions, RunResult } from '../../../src/core/types';
import { makeOptions } from '../../../src/core/types';
import type { HostInfo, StoredSettings, WorkbookPort } from '../../../src/port/workbook-port';
import { loadSourceFile } from '../load-source-file';
import { readFileBytes } from '../read-file-bytes';
import { readTaskpaneHolidays, type TaskpaneHolidays } from './holidays';
import { EMPTY_SETTINGS, effectiveMappings } from './settings';

export interface FileProblem {
  readonly fileName: string;
  readonly message: string;
}

export type Computed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface TaskpaneState {
  readonly phase: 'loading' | 'ready' | 'error';
  /** Why the workbook could not be read (phase 'error'). */
  readonly loadError?: string;
  readonly host?: HostInfo;
  /** The open workbook as one source. */
  readonly workbook?: RawSource;
  /** The Report step's days off as read (StoredSettings.holidays). */
  readonly holidays: TaskpaneHolidays;
  /** Department workbooks/CSVs the user added. */
  readonly files: readonly RawSource[];
  readonly fileProblems: readonly FileProblem[];
  readonly readingFiles: number;
  readonly settings: StoredSettings;
  /** Saving settings failed: the message, shown once. */
  readonly saveError?: string;
  readonly asOf: DayNumber;
  /** Every table of every source as detected (excluded ones too, so they can be brought back). */
  readonly detected: Computed<readonly DetectedTable[]>;
  /** The core's run over the included tables; undefined until the workbook is read. */
  readonly run?: Computed<RunResult>;
  readonly sources: readonly RawSource[];
  /** The snapshot of the last report generated in this session: what the next one compares against when the workbook holds none (a report opened as a new workbook, the browser demo). */
  readonly lastReport?: Snapshot;
}

export interface TaskpaneActions {
  updateSettings(next: StoredSettings): void;
  setAsOf(day: DayNumber): void;
  addFiles(files: readonly File[]): Promise<void>;
  removeFile(name: string): void;
  dismissFileProblem(fileName: string): void;
  reload(): void;
  rememberReport(snapshot: Snapshot): void;
}

/** Local calendar date today, as a day number. */
export function todayDay(now = new Date()): DayNumber {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}

function compute<T>(fn: () => T): Computed<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

function optionsFor(settings: StoredSettings, asOf: DayNumber, ignoreExcluded: boolean, holidays: TaskpaneHolidays): RunOptions {
  return makeOptions(asOf, {
    holidays: holidays.days,
    cadenceDays: settings.cadenceDays,
    dateOrder: settings.dateOrder,
    mappings: effectiveMappings(settings, ignoreExcluded),
    sourceDepartments: settings.sourceDepartments,
    waivers: settings.waivers,
  });
}

/**
 * All taskpane state in one place: read the workbook and its saved settings through the port,
 * keep added files, and run the core whenever an input changes. No domain logic lives here.
 */
export function useTaskpane(
  port: WorkbookPort,
  initialFiles: readonly RawSource[] = [],
  initialAsOf: DayNumber = todayDay(),
): TaskpaneState & TaskpaneActions {
  const [phase, setPhase] = useState<TaskpaneState['phase']>('loading');
  const [loadError, setLoadError] = useState<string>();
  const [host, setHost] = useState<HostInfo>();
  const [workbook, setWorkbook] = useState<RawSource>();
  const [files, setFiles] = useState<readonly RawSource[]>(initialFiles);
  const [fileProblems, setFileProblems] = useState<readonly FileProblem[]>([]);
  const [readingFiles, setReadingFiles] = useState(0);
  const [settings, setSettings] = useState<StoredSettings>(EMPTY_SETTINGS);
  const [saveError, setSaveError] = useState<string>();
  const [asOf, setAsOf] = useState<DayNumber>(initialAsOf);
  const [attempt, setAttempt] = useState(0);
  const [lastReport, setLastReport] = useState<Snapshot>();

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
        setHost(info);
        setWorkbook(book);
        setSettings(saved ?? EMPTY_SETTINGS);
        setPhase('ready');
      })
      .catch((e: unknown) => {
        if (!live) return;
        setLoadError(e instanceof Error ? e.message : String(e));
        setPhase('error');
      });
    return () => {
      live = false;
    };
  }, [port, attempt]);

  const sources = useMemo(() => (workbook ? [workbook, ...files] : [...files]), [workbook, files]);
  // The Report step's days off (a sheet or table of the workbook, pasted dates): the run's calendar.
  const holidays = useMemo(() => readTaskpaneHolidays(settings.holidays, workbook, settings.dateOrder ?? 'dmy'), [settings.holidays, settings.dateOrder, workbook]);
  const detected = useMemo(
    // Only the tables (kind, mapping, rows): detectTables reads no values, so the Sources and
    // Mapping steps do not normalise every cell a second time next to the run below.
    () => compute(() => {
      const options = optionsFor(settings, asOf, false, holidays);
      return sources.flatMap((source) => detectTables(source, options));
    }),
    [sources, settings, asOf, holidays],
  );
  const run = useMemo(
    () => (phase === 'ready' ? compute(() => runPipeline(sources, optionsFor(settings, asOf, true, holidays))) : undefined),
    [phase, sources, settings, asOf, holidays],
  );

  const updateSettings = useCallback(
    (next: StoredSettings) => {
      setSettings(next);
      setSaveError(undefined);
      port.saveSettings(next).catch((e: unknown) => setSaveError(e instanceof Error ? e.message : String(e)));
    },
    [port],
  );

  const addFiles = useCallback(async (picked: readonly File[]) => {
    setReadingFiles((n) => n + picked.length);
    await Promise.all(
      picked.map(async (file) => {
        try {
          const source = await loadSourceFile(await readFileBytes(file), file.name);
          setFiles((prev) => [...prev.filter((s) => s.name !== source.name), source]);
          setFileProblems((prev) => prev.filter((p) => p.fileName !== file.name));
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          setFileProblems((prev) => [...prev.filter((p) => p.fileName !== file.name), { fileName: file.name, message }]);
        } finally {
          setReadingFiles((n) => n - 1);
        }
      }),
    );
  }, []);

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
    detected,
    run,
    sources,
    ...(lastReport ? { lastReport } : {}),
    rememberReport: setLastReport,
    updateSettings,
    setAsOf,
    addFiles,
    removeFile: (name) => setFiles((prev) => prev.filter((s) => s.name !== name)),
    dismissFileProblem: (fileName) => setFileProblems((prev) => prev.filter((p) => p.fileName !== fileName)),
    reload: () => setAttempt((n) => n + 1),
  };
}
