import type { Snapshot } from '../core/report/snapshot';
import type { CellRef, RawSource, ReportDocument } from '../core/types';
import type { HostInfo, StoredSettings, WorkbookPort, WriteSummary } from '../port/workbook-port';
import { type ExcelHost, officeHost } from './excel-host';
import { readPreviousSnapshot } from './read-snapshot';
import { DEFAULT_BATCH_BYTES, isPayloadLimitError } from './payload-batcher';
import { readWorkbook } from './read-workbook';
import { HostTooOldError, OPTIONAL_SETS, findMissingRequirements, supports } from './requirements';
import { activateSheet, selectCell } from './select-cell';
import { loadSettings, saveSettings } from './settings';
import { writeReport } from './write-report';

/** Source name used when the workbook has no name yet. */
export const WORKBOOK_SOURCE_FALLBACK = 'This workbook';

/** The port plus what only the open workbook can give: the previous report's snapshot. */
export interface OfficeWorkbookPort extends WorkbookPort {
  /** The snapshot in the hidden sheet of the last report written here (for buildReport's `previous`). */
  readPreviousSnapshot(): Promise<Snapshot | undefined>;
}

/**
 * The WorkbookPort over Office.js. Requirement sets are checked before any call that needs them:
 * on a host that is too old describe() lists what is missing and every other call rejects with
 * HostTooOldError (one clear sentence), never a failure halfway through.
 */
export function createOfficeWorkbookPort(host: ExcelHost = officeHost()): OfficeWorkbookPort {
  const isSet = (name: string, version: string): boolean => host.isSetSupported(name, version);
  const missing = (): string[] => findMissingRequirements(isSet);
  const ready = (): void => {
    const lacking = missing();
    if (lacking.length > 0) throw new HostTooOldError(lacking);
  };

  return {
    async describe(): Promise<HostInfo> {
      const lacking = missing();
      let workbookName = WORKBOOK_SOURCE_FALLBACK;
      if (lacking.length === 0) {
        workbookName = await host.run(async (context) => {
          context.workbook.load('name');
          await context.sync();
          return context.workbook.name || WORKBOOK_SOURCE_FALLBACK;
        });
      }
      return { host: host.host ?? 'Excel', ...(host.platform ? { platform: host.platform } : {}), missingRequirements: lacking, workbookName };
    },

    async readWorkbook(): Promise<RawSource> {
      ready();
      return host.run((context) =>
        readWorkbook(context, { merges: supports(isSet, OPTIONAL_SETS.merges), dateSystem: supports(isSet, OPTIONAL_SETS.dateSystem), fallbackName: WORKBOOK_SOURCE_FALLBACK }),
      );
    },

    async writeReport(doc: ReportDocument): Promise<WriteSummary> {
      ready();
      const options = { dateSystem: supports(isSet, OPTIONAL_SETS.dateSystem), notes: supports(isSet, OPTIONAL_SETS.notes) };
      // A host with a lower request limit than we budget for refuses a batch: write again from
      // the start (our half-written sheets are marked, so they are replaced) with smaller batches.
      let batchBytes = DEFAULT_BATCH_BYTES;
      for (let attempt = 1; ; attempt++) {
        try {
          return await host.run((context) => writeReport(context, doc, { ...options, batchBytes }));
        } catch (e) {
          if (!isPayloadLimitError(e) || attempt === 3) throw e;
          batchBytes = Math.floor(batchBytes / 2);
        }
      }
    },

    async readPreviousSnapshot(): Promise<Snapshot | undefined> {
      ready();
      return host.run((context) => readPreviousSnapshot(context));
    },

    async openAsNewWorkbook(xlsxBase64: string): Promise<void> {
      ready();
      await host.createWorkbook(xlsxBase64);
    },

    async selectCell(ref: CellRef): Promise<void> {
      ready();
      await host.run((context) => selectCell(context, ref));
    },

    async activateSheet(name: string): Promise<void> {
      ready();
      await host.run((context) => activateSheet(context, name));
    },

    async loadSettings(): Promise<StoredSettings | undefined> {
      return host.settings ? loadSettings(host.settings) : undefined;
    },

    async saveSettings(settings: StoredSettings): Promise<void> {
      if (!host.settings) throw new Error('This host cannot save settings with the workbook.');
      await saveSettings(host.settings, settings);
    },
  };
}
