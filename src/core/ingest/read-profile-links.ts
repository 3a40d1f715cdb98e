import type { CellRef, CellValue, DependencyRecord, DetectedTable, InitiativeRecord } from '../types';
import type { TableReader } from './cell-reader';
import type { ProfileRow, SourceProfile } from './profiles';
import { normaliseHeader } from './match/header-evidence';

/**
 * The links a source profile reads from a table's rows beyond its depends-on column (Jira's
 * repeated issue-link columns, Plane's Relations JSON): one dependency record each, pointing at
 * the cell it was read from, as a register row would be.
 */
export function readProfileLinks(reader: TableReader, profile: SourceProfile, records: readonly InitiativeRecord[], into: DependencyRecord[]): ReadonlySet<string> {
  const asked = new Set<string>();
  if (!profile.links) return asked;
  const { block } = reader;
  const headers = block.headers.map(normaliseHeader);
  const columns = new Map<string, number[]>();
  headers.forEach((h, k) => {
    const list = columns.get(h);
    if (list) list.push(block.range.left + k);
    else columns.set(h, [block.range.left + k]);
  });
  const headerText = new Map(headers.map((h, k) => [h, block.headers[k] ?? h] as const));
  for (const record of records) {
    const row = record.cells.row;
    const profileRow: ProfileRow = {
      id: record.id,
      headers,
      cells: (header: string) => {
        asked.add(header);
        return (columns.get(header) ?? []).map((col): { value: CellValue; cell: CellRef } => ({ value: block.grid.value(row, col), cell: reader.cell(row, col) }));
      },
    };
    for (const link of profile.links(profileRow)) {
      const via = headerOfCell(link.cell, reader, headers, headerText);
      into.push({
        ref: record.ref,
        from: link.from,
        to: link.to,
        type: link.type,
        lagDays: link.lagDays,
        cells: { from: link.cell },
        ...(via !== undefined ? { via } : {}),
        ...(link.by ? { by: link.by } : {}),
      });
    }
  }
  return asked;
}

/**
 * The table with the columns a profile reads beyond its fields (link columns it asked for, its
 * parent and outline columns) taken off the unmapped list: they are used, not "not used".
 */
export function withProfileColumns(table: DetectedTable, profile: SourceProfile, asked: ReadonlySet<string>): DetectedTable {
  const reads = new Set([...asked, ...(profile.parent ?? []), ...(Array.isArray(profile.outline) ? profile.outline : [])]);
  if (reads.size === 0 || table.unmapped.length === 0) return table;
  const unmapped = table.unmapped.filter((u) => !reads.has(normaliseHeader(u.header)));
  return unmapped.length === table.unmapped.length ? table : { ...table, unmapped };
}

function headerOfCell(cell: CellRef, reader: TableReader, headers: readonly string[], text: ReadonlyMap<string, string>): string | undefined {
  const letters = /^[A-Z]+/.exec(cell.address)?.[0];
  if (letters === undefined) return undefined;
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  const header = headers[col - 1 - reader.block.range.left];
  return header === undefined ? undefined : text.get(header);
}
