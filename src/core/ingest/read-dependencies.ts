import type { CellRef, DependencyField, DependencyRecord } from '../types';
import { DEPENDENCY_FIELDS } from '../types';
import type { TableReader } from './cell-reader';
import { rowLabel } from './cell-reader';
import { isBlank, isCellError } from './normalise/cell-text';
import { lagUnitOfHeader, parseLag, parseLinkType } from './normalise/link';
import { normaliseId } from './normalise/id';

/** Read a dependency register (From = predecessor, To = successor, Type, Lag, Needed By, Note). */
export function readDependencies(reader: TableReader, into: DependencyRecord[]): void {
  const lagHeader = reader.table.mapping.find((m) => m.field === 'lag')?.header;
  const lagUnit = lagHeader === undefined ? 'd' : lagUnitOfHeader(lagHeader);
  for (const row of reader.rows) {
    const who = rowLabel(row);
    const from = readId(reader, 'from', row, who);
    const to = readId(reader, 'to', row, who);
    const type = reader.take('type', row, parseLinkType(reader.value('type', row)), who);
    const lag = reader.take('lag', row, parseLag(reader.value('lag', row), reader.workingDaysPerWeek, lagUnit), who);
    const neededBy = reader.date('neededBy', row, who);
    const note = reader.text('note', row, who);
    const agreed = reader.text('agreed', row, who);
    const acceptedBy = reader.text('acceptedBy', row, who);
    const agreedDate = reader.date('agreedDate', row, who);
    if (from === undefined || to === undefined) {
      const missing = from === undefined ? 'from' : 'to';
      if (!isCellError(reader.value(missing, row))) {
        reader.reportRow(missing, row, `${who} of the dependency register has no ${missing === 'from' ? 'From (predecessor)' : 'To (successor)'} id; the dependency is not read.`);
      }
      continue;
    }
    const cells: Partial<Record<DependencyField, CellRef>> = {};
    for (const field of DEPENDENCY_FIELDS) {
      const cell = reader.fieldCell(field, row);
      if (cell !== undefined && !isBlank(reader.value(field, row))) cells[field] = cell;
    }
    into.push({
      ref: reader.rowRef(row),
      from,
      to,
      type: type ?? 'FS',
      lagDays: lag ?? 0,
      ...(neededBy !== undefined ? { neededBy } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(agreed !== undefined ? { agreed } : {}),
      ...(acceptedBy !== undefined ? { acceptedBy } : {}),
      ...(agreedDate !== undefined ? { agreedDate } : {}),
      cells,
    });
  }
}

function readId(reader: TableReader, field: 'from' | 'to', row: number, who: string): string | undefined {
  const value = reader.value(field, row);
  if (isCellError(value)) {
    reader.reportError(field, row, value.error, who);
    return undefined;
  }
  return normaliseId(value);
}
