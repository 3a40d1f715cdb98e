import { FIELD_BIT, INITIATIVE_FIELDS, type CellRef, type InitiativeCells, type InitiativeField, type RowRef } from '../types';
import { a1 } from '../util/a1';

/**
 * The cell a field's value came from, undefined when the field's cell was empty or unmapped.
 * Made when asked (for a finding or a link), not kept per cell.
 */
export function cellOf(cells: InitiativeCells, field: InitiativeField): CellRef | undefined {
  if ('byField' in cells) return cells.byField[field];
  const elsewhere = cells.elsewhere?.[field];
  if (elsewhere !== undefined) return elsewhere;
  if ((cells.filled & FIELD_BIT[field]) === 0) return undefined;
  const col = cells.table.columns[field];
  if (col === undefined) return undefined;
  return { source: cells.table.source, sheet: cells.table.sheet, address: a1(cells.row, col) };
}

/** Whether the field's cell had a value (cellOf would give one), without making the cell. */
export function hasCell(cells: InitiativeCells, field: InitiativeField): boolean {
  if ('byField' in cells) return cells.byField[field] !== undefined;
  if (cells.elsewhere?.[field] !== undefined) return true;
  return (cells.filled & FIELD_BIT[field]) !== 0 && cells.table.columns[field] !== undefined;
}

/** Column A of a row (1-based row, as RowRef has it): where a row without a better cell is pointed. */
export function rowStartCell(ref: Pick<RowRef, 'source' | 'sheet' | 'row'>): CellRef {
  return { source: ref.source, sheet: ref.sheet, address: `A${ref.row}` };
}

/** The id cell of a record or initiative, else column A of its row: where "go to" lands. */
export function homeCell(cells: InitiativeCells, ref: Pick<RowRef, 'source' | 'sheet' | 'row'>): CellRef {
  return cellOf(cells, 'id') ?? rowStartCell(ref);
}

/** Every field's cell, in INITIATIVE_FIELDS order (for tests and tools that list or compare them all). */
export function cellMap(cells: InitiativeCells): Partial<Record<InitiativeField, CellRef>> {
  if ('byField' in cells) return cells.byField;
  const out: Partial<Record<InitiativeField, CellRef>> = {};
  for (const field of INITIATIVE_FIELDS) {
    const cell = cellOf(cells, field);
    if (cell) out[field] = cell;
  }
  return out;
}
