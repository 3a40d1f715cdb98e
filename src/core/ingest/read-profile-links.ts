import type { CellRef, CellValue, DependencyRecord, DetectedTable, InitiativeRecord } from '../types';
import type { TableReader } from './cell-reader';
import { headerIs, type ProfileRow, type SourceProfile } from './profiles';
import { normaliseHeader } from './match/header-evidence';
import { NAME_LEVELS, nameLevelHeaders } from './read-hierarchy';
import { nameIndexKey } from './identity';

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
  let names: Set<string> | undefined;
  const isName = (text: string): boolean => {
    if (names === undefined) {
      names = new Set();
      for (const r of records) if (r.name !== undefined) names.add(nameIndexKey(r.name));
    }
    return names.has(nameIndexKey(text));
  };
  for (const record of records) {
    const row = record.cells.row;
    /** The header of each cell handed to the profile, by address: a link names the column it came from. */
    const headerAt = new Map<string, string>();
    const profileRow: ProfileRow = {
      id: record.id,
      headers,
      isName,
      cells: (header: string) => {
        asked.add(header);
        return (columns.get(header) ?? []).map((col): { value: CellValue; cell: CellRef } => {
          const cell = reader.cell(row, col);
          headerAt.set(cell.address, block.headers[col - block.range.left] ?? header);
          return { value: block.grid.value(row, col), cell };
        });
      },
    };
    for (const link of profile.links(profileRow)) {
      const via = headerAt.get(link.cell.address);
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
 * parent and outline columns, the other id they name rows by, the columns read where a row's own
 * cell gives nothing, the column that closes a row, the columns that mark rows apart, the activity
 * type that marks milestones) taken off
 * the unmapped list: they are used, not "not used".
 */
export function withProfileColumns(table: DetectedTable, profile: SourceProfile, asked: ReadonlySet<string>): DetectedTable {
  const fallbacks = Object.values(profile.fallback ?? {}).flat();
  const reads = new Set([...asked, ...(profile.parent ?? []), ...(Array.isArray(profile.outline) ? profile.outline : []), ...fallbacks, ...(profile.closedWhen ?? []), ...(profile.groupRowColumns ?? [])]);
  // The other-id column resolves the parent and the columns that name rows by it (other-ids.ts).
  const headers = new Set(table.mapping.map((m) => normaliseHeader(m.header)).concat(table.unmapped.map((u) => normaliseHeader(u.header))));
  if (profile.otherId && [...(profile.parent ?? []), ...profile.otherId.namedBy].some((h) => headers.has(h))) for (const h of profile.otherId.headers) reads.add(h);
  // A numbered family of name columns read as the outline ("Title 2", "Title 3" beside Title 1, the name).
  const name = table.mapping.find((m) => m.field === 'name');
  if (name && Array.isArray(profile.outline) && profile.outline.includes(NAME_LEVELS)) {
    for (const h of nameLevelHeaders(table.unmapped.map((u) => normaliseHeader(u.header)), normaliseHeader(name.header)) ?? []) reads.add(h);
  }
  if ((reads.size === 0 && profile.activityType === undefined) || table.unmapped.length === 0) return table;
  // The activity-type column that marks milestones (SourceProfile.activityType), by the headers it starts with.
  const typed = (h: string): boolean => profile.activityType?.headers.some((t) => headerIs(h, t)) === true;
  const unmapped = table.unmapped.filter((u) => !reads.has(normaliseHeader(u.header)) && !typed(normaliseHeader(u.header)));
  return unmapped.length === table.unmapped.length ? table : { ...table, unmapped };
}
