import type { InitiativeRecord } from '../types';
import type { TableReader } from './cell-reader';
import { normaliseHeader } from './match/header-evidence';
import { normaliseId } from './normalise/id';
import type { SourceProfile } from './profiles';

/** A table's other-id column: the first of the profile's headers it has, with its header as written. */
function otherIdColumn(reader: TableReader, profile: Pick<SourceProfile, 'otherId'> | undefined): { col: number; header: string } | undefined {
  if (profile?.otherId === undefined) return undefined;
  const { block } = reader;
  const headers = block.headers.map(normaliseHeader);
  const k = profile.otherId.headers.map((h) => headers.indexOf(h)).find((c) => c >= 0);
  return k === undefined ? undefined : { col: block.range.left + k, header: (block.headers[k] ?? '').trim() };
}

/**
 * A profile's second id (SourceProfile.otherId: Microsoft Project's Unique ID, Jira's numeric
 * Issue id): each of records[first..]'s other id -> its id; undefined when the profile has none
 * or the table lacks the column. An other id two rows share names neither.
 */
export function otherIdsOf(reader: TableReader, profile: Pick<SourceProfile, 'otherId'> | undefined, records: readonly InitiativeRecord[], first: number): ReadonlyMap<string, string> | undefined {
  const column = otherIdColumn(reader, profile);
  if (column === undefined || records.length === first) return undefined;
  const { grid } = reader.block;
  const ids = new Map<string, string>();
  const shared = new Set<string>();
  for (let i = first; i < records.length; i++) {
    const r = records[i]!;
    const other = normaliseId(grid.value(r.cells.row, column.col));
    if (other === undefined) continue;
    if (ids.has(other) && ids.get(other) !== r.id) shared.add(other);
    else ids.set(other, r.id);
  }
  for (const other of shared) ids.delete(other);
  return ids;
}

/**
 * Links of a depends-on column that names rows by their other id (Unique ID Predecessors) made
 * to name them by the id that keys them: "4" there is the task whose Unique ID is 4. An other id
 * no row of the table has is kept under the other id's header ("Unique ID 14"), never read as
 * the id of whichever task happens to carry that number.
 */
export function resolveOtherIdLinks(reader: TableReader, profile: SourceProfile | undefined, records: InitiativeRecord[], first: number): void {
  const namedBy = profile?.otherId?.namedBy;
  const col = reader.column('dependsOn');
  if (namedBy === undefined || col === undefined) return;
  if (!namedBy.includes(normaliseHeader(reader.block.headers[col - reader.block.range.left] ?? ''))) return;
  const column = otherIdColumn(reader, profile);
  const ids = otherIdsOf(reader, profile, records, first);
  if (column === undefined || ids === undefined) return;
  for (let k = first; k < records.length; k++) {
    const r = records[k]!;
    if (r.dependsOn.length === 0) continue;
    records[k] = { ...r, dependsOn: r.dependsOn.map((link) => (link.name !== undefined ? link : { ...link, id: ids.get(link.id) ?? `${column.header} ${link.id}` })) };
  }
}
