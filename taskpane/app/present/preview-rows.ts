import { displayDate } from '../../../src/core/report/cells';
import type { Delivery, DetectedTable, Finding, InitiativeRecord, RawSource, Status } from '../../../src/core/types';
import { fieldSpec } from '../../../src/core/types';
import { a1 } from '../../../src/core/util/a1';
import { formatCell } from './format-cell';
import { statusChoiceLabel } from './status-values';

/** One preview cell: as written, and how the run read it. */
export interface PreviewCell {
  /** The cell as written (what Excel shows). */
  readonly text: string;
  /** How the run read it, when that says more than the text: "1 Mar 2027", "70%", "GBP 1,200". */
  readonly read?: string;
  /** A status cell: the colour it reads as. */
  readonly status?: Status;
  /** The finding on this cell when its value was rejected or is odd. */
  readonly problem?: string;
}

export interface PreviewRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly cells: readonly PreviewCell[];
}

/** What the run read, for the preview: the records by table and row, the value findings by cell. */
export interface ReadValues {
  readonly records: readonly InitiativeRecord[];
  readonly findings: readonly Finding[];
}

const cellKey = (source: string, sheet: string, address: string) => `${source}\u0000${sheet}\u0000${address}`;

function money(value: number, currency: string | undefined): string {
  const amount = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return currency ? `${currency} ${amount}` : amount;
}

/** A record's field as the report would show it; undefined when the record has no value for it. */
export function readValueText(record: InitiativeRecord, field: string, currency: string | undefined): { read: string; status?: Status } | undefined {
  const value = (record as unknown as Readonly<Record<string, unknown>>)[field];
  if (value === undefined) return undefined;
  const kind = fieldSpec('initiatives', field as never)?.value;
  if (kind === 'status') return { read: statusChoiceLabel(value as Status), status: value as Status };
  if (kind === 'date' && typeof value === 'number') return { read: displayDate(value) };
  if (kind === 'percent' && typeof value === 'number') return { read: `${Math.round(value * 1000) / 10}%` };
  if (kind === 'money' && typeof value === 'number') return { read: money(value, currency) };
  if (kind === 'links' && Array.isArray(value)) return { read: (value as ReadonlyArray<{ id: string }>).map((l) => l.id).join(', ') || '—' };
  if (field === 'providesTo' && Array.isArray(value)) {
    return { read: (value as ReadonlyArray<Delivery>).map((d) => `${d.name ?? d.id}${d.by !== undefined ? ` (${displayDate(d.by)})` : ''}`).join(', ') };
  }
  if (Array.isArray(value)) return { read: value.join(', ') };
  return { read: String(value) };
}

/**
 * The first data rows of a detected table, one cell per table column, as written and, where the
 * run read the table (`read`), as read: dates as dates, percents, statuses with their colour,
 * money with its currency, and the finding of a rejected cell.
 */
export function previewRows(sources: readonly RawSource[], table: DetectedTable, read?: ReadValues, max = 5): PreviewRow[] {
  const sheet = sources.find((s) => s.name === table.source)?.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return [];
  const rows: number[] = [];
  for (let r = table.headerRow + 1; r <= table.range.bottom && rows.length < max; r++) {
    const values = sheet.values[r - sheet.origin.row] ?? [];
    let filled = false;
    for (let c = table.range.left; c <= table.range.right && !filled; c++) filled = formatCell(values[c - sheet.origin.col]).trim() !== '';
    if (filled) rows.push(r);
  }
  const wanted = new Set(rows);
  const records = new Map<number, InitiativeRecord>();
  const problems = new Map<string, string>();
  if (read) {
    for (const rec of read.records) if (rec.ref.table === table.key && wanted.has(rec.cells.row)) records.set(rec.cells.row, rec);
    for (const f of read.findings)
      for (const c of f.cells) if (c.source === table.source && c.sheet === table.sheet && !problems.has(cellKey(c.source, c.sheet, c.address))) problems.set(cellKey(c.source, c.sheet, c.address), f.message);
  }
  const fieldAt = new Map(table.mapping.map((m) => [m.column, m.field]));
  return rows.map((r) => {
    const values = sheet.values[r - sheet.origin.row] ?? [];
    const record = records.get(r);
    const cells: PreviewCell[] = [];
    for (let c = table.range.left; c <= table.range.right; c++) {
      const text = formatCell(values[c - sheet.origin.col]);
      const problem = problems.get(cellKey(table.source, table.sheet, a1(r, c)));
      const field = fieldAt.get(c - table.range.left);
      const shown = record && field ? readValueText(record, field, table.currency) : undefined;
      cells.push({
        text,
        ...(shown && shown.read !== text ? { read: shown.read } : {}),
        ...(shown?.status ? { status: shown.status } : {}),
        ...(problem ? { problem } : {}),
      });
    }
    return { row: r, cells };
  });
}
