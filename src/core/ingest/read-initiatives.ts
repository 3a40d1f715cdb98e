import type { CellRef, DependencyLink, InitiativeField, InitiativeRecord, RowRef } from '../types';
import { INITIATIVE_FIELDS } from '../types';
import type { TableReader } from './cell-reader';
import { rowLabel } from './cell-reader';
import { displayValue, isBlank, isCellError } from './normalise/cell-text';
import { parseDependencyCell } from './normalise/dependency';
import { normaliseId } from './normalise/id';
import { parseListCell } from './normalise/list';
import { parseNumberValue } from './normalise/number';
import { parsePercent, plainPercentNumber } from './normalise/percent';
import { normaliseStatus } from './normalise/status';

const STATUS_EXPECTED = 'a status such as Green, Amber, Red, Done, Not started, On hold or Cancelled';
const DEPENDENCY_EXPECTED = 'ids such as FIN-2, each optionally with a link type and lag such as FS+5d';

export interface InitiativeRows {
  readonly records: InitiativeRecord[];
  readonly withoutId: Array<{ ref: RowRef; cells: CellRef[] }>;
}

/** Read every data row of an initiatives table into records; rows with data but no id are kept apart. */
export function readInitiatives(reader: TableReader, into: InitiativeRows): void {
  const fractions = percentColumnHoldsFractions(reader);
  const department = reader.table.department;
  const mapped = reader.mapped().filter((m): m is readonly [InitiativeField, number] => (INITIATIVE_FIELDS as readonly string[]).includes(m[0]));
  for (const row of reader.rows) {
    const idValue = reader.value('id', row);
    const id = normaliseId(idValue);
    if (id === undefined) {
      if (isCellError(idValue)) reader.reportError('id', row, idValue.error, rowLabel(row));
      into.withoutId.push({ ref: reader.rowRef(row), cells: reader.rowCells(row) });
      continue;
    }
    into.records.push(readRecord(reader, row, id, fractions, department, mapped));
  }
}

function readRecord(reader: TableReader, row: number, id: string, fractions: boolean, tableDepartment: string | undefined, mapped: ReadonlyArray<readonly [InitiativeField, number]>): InitiativeRecord {
  const cells: Partial<Record<InitiativeField, CellRef>> = {};
  for (const [field, col] of mapped) {
    if (!isBlank(reader.block.grid.value(row, col))) cells[field] = reader.cell(row, col);
  }
  const statusText = reader.text('status', row, id, id);
  const status = statusText === undefined ? undefined : normaliseStatus(statusText);
  if (statusText !== undefined && status === undefined) reader.reportInvalid('status', row, STATUS_EXPECTED, id, id);
  const percentCol = reader.column('percentComplete');
  const record: Mutable<InitiativeRecord> = { ref: reader.rowRef(row), id, dependsOn: readLinks(reader, row, id, cells.dependsOn), kpis: readKpis(reader, row, id), cells };
  set(record, 'name', reader.text('name', row, id, id));
  set(record, 'department', reader.text('department', row, id, id) ?? tableDepartment);
  set(record, 'owner', reader.text('owner', row, id, id));
  set(record, 'status', status);
  set(record, 'statusText', statusText);
  set(record, 'start', reader.date('start', row, id, id));
  set(record, 'due', reader.date('due', row, id, id));
  if (percentCol !== undefined) {
    const parsed = parsePercent(reader.value('percentComplete', row), { fractions, numberFormat: reader.block.grid.numberFormat(row, percentCol) });
    set(record, 'percentComplete', reader.take('percentComplete', row, parsed, id, id));
  }
  set(record, 'lastUpdated', reader.date('lastUpdated', row, id, id));
  set(record, 'pillar', reader.text('pillar', row, id, id));
  if (reader.has('budget')) set(record, 'budget', reader.take('budget', row, parseNumberValue(reader.value('budget', row)), id, id));
  if (reader.has('forecastCost')) set(record, 'forecastCost', reader.take('forecastCost', row, parseNumberValue(reader.value('forecastCost', row)), id, id));
  if (reader.has('benefit')) set(record, 'benefit', reader.take('benefit', row, parseNumberValue(reader.value('benefit', row)), id, id));
  return record;
}

/** Shared empty lists: most rows have no dependencies or KPIs, and 100,000 empty arrays cost GC time. */
const NO_LINKS: readonly DependencyLink[] = Object.freeze([]);
const NO_KPIS: readonly string[] = Object.freeze([]);

function readLinks(reader: TableReader, row: number, id: string, cell: CellRef | undefined): readonly DependencyLink[] {
  const value = reader.value('dependsOn', row);
  if (isBlank(value)) return NO_LINKS;
  const parsed = parseDependencyCell(value, { workingDaysPerWeek: reader.workingDaysPerWeek });
  if (parsed.error !== undefined) reader.reportError('dependsOn', row, parsed.error, id, id);
  if (parsed.unreadable.length > 0) {
    const pieces = parsed.unreadable.map((p) => `"${p}"`).join(', ');
    reader.reportInvalid('dependsOn', row, `${DEPENDENCY_EXPECTED} (could not read ${pieces})`, id, id, displayValue(value));
  }
  if (cell === undefined) return NO_LINKS;
  return parsed.links.map((l) => ({ id: l.id, type: l.type, lagDays: l.lagDays, cell }));
}

function readKpis(reader: TableReader, row: number, id: string): readonly string[] {
  const value = reader.value('kpi', row);
  if (isBlank(value)) return NO_KPIS;
  if (isCellError(value)) {
    reader.reportError('kpi', row, value.error, id, id);
    return NO_KPIS;
  }
  return parseListCell(value);
}

/** True when every plain number in the % complete column is <= 1 (0.5 means 50%). */
function percentColumnHoldsFractions(reader: TableReader): boolean {
  if (!reader.has('percentComplete')) return false;
  let any = false;
  for (const row of reader.rows) {
    const value = reader.value('percentComplete', row);
    const n = plainPercentNumber(value);
    if (n === undefined) continue;
    if (typeof value === 'number' && (reader.block.grid.numberFormat(row, reader.column('percentComplete')!) ?? '').includes('%')) continue;
    if (n > 1) return false;
    any = true;
  }
  return any;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Absent fields stay absent, not present-and-undefined (records compare and serialise cleanly). */
function set<K extends keyof InitiativeRecord>(record: Mutable<InitiativeRecord>, key: K, value: InitiativeRecord[K] | undefined): void {
  if (value !== undefined) record[key] = value;
}
