import type { DetectedTable, InitiativeRecord } from '../types';
import type { TableReader } from './cell-reader';
import type { SourceProfile } from './profiles';

/**
 * Row numbers as ids, for tools whose links name rows by position (Smartsheet: profile.rowIds
 * 'position'): when the table has no id column, records[first..] (read keyed by their names) get
 * their 1-based position under the header row as id: the first row under the header is 1, and
 * blank rows count, as they do in the tool. Returns the table to key the records by: the reader's
 * (which maps the id), so that keyRecords scopes the numbers to the source instead of keying
 * the rows by name; else the table as detected. The reader's findings so far are re-pointed at
 * the numbered ids.
 */
export function numberRows(table: DetectedTable, reader: TableReader, profile: SourceProfile | undefined, records: InitiativeRecord[], first: number): DetectedTable {
  if (profile?.rowIds !== 'position' || table.mapping.some((m) => m.field === 'id')) return table;
  const firstRow = table.headerRow + 1; // 0-based sheet row of position 1; ref.row is 1-based
  // Findings raised while reading name a row by the id it was read with (its name): renamed too.
  const renamed = new Map<string, string | null>();
  for (let k = first; k < records.length; k++) {
    const r = records[k]!;
    const id = String(r.ref.row - firstRow);
    renamed.set(r.id, renamed.has(r.id) ? null : id); // null: a name two rows share names neither
    records[k] = { ...r, id };
  }
  const { findings } = reader;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    const id = f.initiativeId === undefined ? undefined : renamed.get(f.initiativeId);
    if (id) findings[k] = { ...f, initiativeId: id };
  }
  return reader.table;
}
