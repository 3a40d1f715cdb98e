import type { DependencyRecord, InitiativeRecord } from '../types';
import { unreadPieces, type TableReader } from './cell-reader';
import { displayValue } from './normalise/cell-text';
import { normaliseId } from './normalise/id';
import { parseDependencyCell, type KnownNames } from './normalise/dependency';

const SUCCESSORS_EXPECTED = 'ids or names of the work that waits on this row, each optionally with a link type and lag such as FS+5d';

/**
 * A Successors (Blocks) column: each id or name its cell lists waits on the row, the other
 * direction of Depends on. Read as one dependency record per link, the row as predecessor,
 * pointing at the cell, as a tool's link columns are (read-profile-links.ts). A link the
 * successor's own Depends On cell already writes is read there only.
 */
export function readSuccessors(reader: TableReader, records: readonly InitiativeRecord[], into: DependencyRecord[], names?: KnownNames): void {
  const col = reader.column('successors');
  if (col === undefined) return;
  const via = reader.table.headers[col - reader.block.range.left] ?? 'Successors';
  const context = { workingDaysPerWeek: reader.workingDaysPerWeek, spacedIds: spacedIdsOf(records), names, numericIds: records.some((r) => PLAIN_NUMBER.test(r.id)) };
  // What each row's own Depends On already says, so a link written on both rows is read once.
  const waitsOn = new Map<string, Set<string>>();
  for (const r of records) if (r.dependsOn.length > 0) waitsOn.set(r.id, new Set(r.dependsOn.map((l) => l.id)));
  for (const record of records) {
    const row = record.cells.row;
    const value = reader.block.grid.value(row, col);
    if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
    const parsed = parseDependencyCell(value, context);
    if (parsed.error !== undefined) reader.reportError('successors', row, parsed.error, record.id, record.id);
    if (parsed.unreadable.length > 0) reader.reportInvalid('successors', row, `${SUCCESSORS_EXPECTED} (could not read ${unreadPieces(parsed.unreadable)})`, record.id, record.id, displayValue(value));
    const cell = reader.cell(row, col);
    for (const link of parsed.links) {
      if (waitsOn.get(link.id)?.has(record.id)) continue;
      into.push({
        ref: record.ref,
        from: record.id,
        to: link.name ?? link.id,
        type: link.type,
        lagDays: link.lagDays,
        cells: { from: cell },
        via,
        ...(link.name !== undefined ? { by: 'name' as const } : {}),
      });
    }
  }
}

const PLAIN_NUMBER = /^\d+$/;

/** The table's ids written with a space ("OPS 01"), read whole in its cells. */
function spacedIdsOf(records: readonly InitiativeRecord[]): ReadonlySet<string> | undefined {
  let ids: Set<string> | undefined;
  for (const r of records) if (r.id.includes(' ')) (ids ??= new Set()).add(normaliseId(r.id) ?? r.id);
  return ids;
}
