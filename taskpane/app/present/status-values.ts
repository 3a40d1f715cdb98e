import { STATUS_VALUES_SHOWN, readStatusColumn, statusTextOf, type StatusColumn, type StatusValue } from '../../../src/core/ingest/status-column';
import type { DetectedTable, RawSource, SavedMapping, Status } from '../../../src/core/types';

/** The statuses a user can give a value, in the order they think of them, with what each means. */
export const STATUS_CHOICES: ReadonlyArray<{ readonly status: Status; readonly label: string }> = [
  { status: 'green', label: 'Green' },
  { status: 'amber', label: 'Amber' },
  { status: 'red', label: 'Red' },
  { status: 'unknown', label: 'Open, no colour' },
  { status: 'not-started', label: 'Not started' },
  { status: 'on-hold', label: 'On hold' },
  { status: 'done', label: 'Done' },
  { status: 'cancelled', label: 'Cancelled' },
];

export function statusChoiceLabel(status: Status): string {
  return STATUS_CHOICES.find((c) => c.status === status)?.label ?? status;
}

/**
 * The status column of an initiatives table read as the core reads it (scale, the saved
 * statusValues first), from the sheet's cells; undefined when the table has no status column.
 */
export function statusColumnOf(sources: readonly RawSource[], table: DetectedTable, saved: SavedMapping | undefined): StatusColumn | undefined {
  if (table.kind !== 'initiatives') return undefined;
  const mapped = table.mapping.find((m) => m.field === 'status');
  const sheet = sources.find((s) => s.name === table.source)?.sheets.find((s) => s.name === table.sheet);
  if (!mapped || !sheet) return undefined;
  const col = table.range.left + mapped.column - sheet.origin.col;
  const texts: string[] = [];
  const rows: number[] = [];
  for (let r = table.headerRow + 1; r <= table.range.bottom; r++) {
    const text = statusTextOf(sheet.values[r - sheet.origin.row]?.[col]);
    if (text === undefined) continue;
    texts.push(text);
    rows.push(r);
  }
  return readStatusColumn(texts, rows, table.headers[mapped.column] ?? '', saved?.statusValues);
}

/** The values to offer: those that did not read first, then the rest, each in order of first appearance; at most STATUS_VALUES_SHOWN. */
export function valuesToOffer(column: Pick<StatusColumn, 'values'>): { readonly shown: readonly StatusValue[]; readonly more: number } {
  const ordered = [...column.values.filter((v) => v.status === undefined), ...column.values.filter((v) => v.status !== undefined)];
  return { shown: ordered.slice(0, STATUS_VALUES_SHOWN), more: Math.max(0, ordered.length - STATUS_VALUES_SHOWN) };
}
