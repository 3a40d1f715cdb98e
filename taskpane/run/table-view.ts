import { savedMappingOf } from '../../src/core/ingest/table-key';
import type { DetectedTable, RawSource, RunResult } from '../../src/core/types';
import type { StoredSettings } from '../../src/port/workbook-port';
import { previewRows } from '../app/present/preview-rows';
import { statusColumnOf } from '../app/present/status-values';
import type { TableView } from './run-view';

/**
 * Every detected table with its first rows and its status column, for the Sources and Mapping
 * steps. With the run's result the preview shows values as the run read them; before it, as written.
 */
export function tableViews(sources: readonly RawSource[], detected: readonly DetectedTable[], settings: StoredSettings, result: RunResult | undefined): TableView[] {
  const read = result ? { records: result.model.ingest.initiatives, findings: result.model.ingest.findings } : undefined;
  return detected.map((table) => {
    const column = statusColumnOf(sources, table, savedMappingOf(settings.mappings, table));
    const statusColumn = column ? (({ read: _read, scale, ...plain }) => ({ ...plain, scale: { name: scale.name } }))(column) : undefined;
    return { table, preview: previewRows(sources, table, read), ...(statusColumn ? { statusColumn } : {}) };
  });
}
