import type { CellRef, RawSource } from '../core/types';
import type { ReportDocument } from '../core/types/report';
import type { HostInfo, StoredSettings, WorkbookPort, WriteSummary } from './workbook-port';

/** What a test or the browser demo seeds the in-memory workbook with. */
export interface MemoryWorkbookSeed {
  /** The "open workbook", as the Office adapter would read it. */
  readonly workbook: RawSource;
  /** Defaults to workbook.name. */
  readonly workbookName?: string;
  readonly settings?: StoredSettings;
  readonly missingRequirements?: readonly string[];
  /** Milliseconds each call waits before resolving, to show loading states in demos. */
  readonly latencyMs?: number;
}

/** Everything the port was asked to do, in order, so tests can assert it. */
export interface MemoryWorkbookLog {
  readonly selections: CellRef[];
  /** Every report written into the workbook, with its sheet names in order. */
  readonly reports: Array<{ readonly sheets: readonly string[]; readonly doc: ReportDocument }>;
  readonly savedSettings: StoredSettings[];
  readonly activatedSheets: string[];
  /** base64 of every workbook opened as new. */
  readonly openedWorkbooks: string[];
}

export interface MemoryWorkbookPort extends WorkbookPort {
  readonly log: MemoryWorkbookLog;
  /** Sheet names of the workbook now: the source sheets plus the report sheets written. */
  sheetNames(): string[];
  /** The active sheet (last activated or selected), if any. */
  activeSheet(): string | undefined;
}

/**
 * WorkbookPort in memory: for component tests and the browser demo (no Excel here).
 * Holds no domain logic; it records what it receives and replaces report sheets like Excel would.
 */
export function createMemoryWorkbookPort(seed: MemoryWorkbookSeed): MemoryWorkbookPort {
  const log: MemoryWorkbookLog = { selections: [], reports: [], savedSettings: [], activatedSheets: [], openedWorkbooks: [] };
  let settings: StoredSettings | undefined = seed.settings;
  let reportSheets: string[] = [];
  let active: string | undefined;
  const wait = async (): Promise<void> => {
    if (seed.latencyMs) await new Promise((resolve) => setTimeout(resolve, seed.latencyMs));
  };
  const info: HostInfo = {
    host: 'in-memory',
    platform: 'browser',
    missingRequirements: seed.missingRequirements ?? [],
    workbookName: seed.workbookName ?? seed.workbook.name,
  };

  return {
    log,
    sheetNames: () => [...seed.workbook.sheets.map((s) => s.name), ...reportSheets],
    activeSheet: () => active,
    async describe() {
      await wait();
      return info;
    },
    async readWorkbook() {
      await wait();
      return seed.workbook;
    },
    async writeReport(doc: ReportDocument): Promise<WriteSummary> {
      await wait();
      const sheets = doc.sheets.map((s) => s.name);
      reportSheets = sheets;
      log.reports.push({ sheets, doc });
      return { sheetsWritten: sheets, syncs: 0 };
    },
    async openAsNewWorkbook(xlsxBase64: string) {
      await wait();
      log.openedWorkbooks.push(xlsxBase64);
    },
    async selectCell(ref: CellRef) {
      await wait();
      log.selections.push(ref);
      active = ref.sheet;
    },
    async activateSheet(name: string) {
      await wait();
      log.activatedSheets.push(name);
      active = name;
    },
    async loadSettings() {
      await wait();
      return settings;
    },
    async saveSettings(next: StoredSettings) {
      await wait();
      settings = next;
      log.savedSettings.push(next);
    },
  };
}
