import type { CellRef, ColumnMapping, DetectedTable, Finding, InitiativeRecord, RawSource, RunOptions } from '../types';
import { FIELD_BIT, INITIATIVE_FIELD_SPECS, makeFinding } from '../types';
import type { AddressBook } from './address-book';
import { TableReader } from './cell-reader';
import type { Block } from './find-tables';
import { profileColumns } from './match/column-profile';
import { COST_FIELDS, recogniseCostLines, type CostField } from './match/other-kinds';
import { withMoneyUnits } from './money-unit';
import { normaliseId } from './normalise/id';
import { displayValue, isBlank } from './normalise/cell-text';
import { parseMoneyValue } from './normalise/number';
import { a1, a1Range } from '../util/a1';

/**
 * Cost breakdowns: a table whose rows are cost lines of initiatives defined elsewhere
 * (Cost line | Initiative | Cost centre | Budget | Forecast), told by recogniseCostLines. Each
 * line's money is read in units (its column's unit, money-unit.ts); after every source is read,
 * the lines are summed per initiative into the initiative's own rows (applyCostLines).
 */
export interface CostLine {
  /** The initiative the line belongs to, normalised. */
  readonly id: string;
  readonly source: string;
  /** The cell naming the initiative. */
  readonly idCell: CellRef;
  readonly amounts: Partial<Record<CostField, number>>;
  readonly cells: Partial<Record<CostField, CellRef>>;
}

/** A cost-line table read: its lines, the table with the columns read mapped, and its findings (an info notice that it was read as cost lines, then the cells it could not read). */
export interface CostLineTable {
  readonly lines: readonly CostLine[];
  readonly table: DetectedTable;
  readonly findings: readonly Finding[];
}

/** The cost lines of a table classify told as one (isCostLinesReason); undefined when its columns no longer say so. */
export function readCostLines(source: RawSource, table: DetectedTable, block: Block, rows: readonly number[], options: RunOptions, addresses?: AddressBook): CostLineTable | undefined {
  const columns = recogniseCostLines(profileColumns(block, rows));
  if (columns === undefined) return undefined;
  const mapped = (field: ColumnMapping['field'], column: number): ColumnMapping => ({ field, column, header: block.headers[column] ?? '', confidence: 1, by: 'values' });
  const mapping = withMoneyUnits(block, [
    mapped('id', columns.reference),
    ...COST_FIELDS.flatMap((f) => (columns.money[f] === undefined ? [] : [mapped(f, columns.money[f]!)])),
  ]);
  const read: DetectedTable = { ...table, mapping };
  const reader = new TableReader(source, read, block, options, [], rows, addresses);
  const lines: CostLine[] = [];
  for (const row of rows) {
    const id = normaliseId(reader.value('id', row));
    if (id === undefined) {
      // A line that names no initiative is counted nowhere: said, not dropped.
      const amounts = mapping.filter((m) => m.field !== 'id' && !isBlank(reader.value(m.field, row))).map((m) => `${m.header} "${displayValue(reader.value(m.field, row))}"`);
      if (amounts.length > 0) reader.reportRow('id', row, `Row ${row + 1}: a cost line that names no initiative in "${mapping[0]!.header}"; its ${amounts.join(', ')} ${amounts.length === 1 ? 'is' : 'are'} counted nowhere.`);
      continue;
    }
    const amounts: Partial<Record<CostField, number>> = {};
    const cells: Partial<Record<CostField, CellRef>> = {};
    for (const m of mapping) {
      if (m.field === 'id') continue;
      const field = m.field as CostField;
      const value = reader.take(field, row, parseMoneyValue(reader.value(field, row), m.unit?.scale ?? 0), `Cost line of ${id} (row ${row + 1})`);
      if (value === undefined) continue;
      amounts[field] = value;
      cells[field] = reader.fieldCell(field, row)!;
    }
    lines.push({ id, source: source.name, idCell: reader.fieldCell('id', row)!, amounts, cells });
  }
  const ids = [...new Set(lines.map((l) => l.id))];
  const headers = mapping.filter((m) => m.field !== 'id').map((m) => `"${m.header}"`);
  const what = `${count(lines.length, 'line')} of ${count(ids.length, 'initiative')} (${listed(ids)}) named in "${mapping[0]!.header}"; ${headers.join(', ')} ${headers.length === 1 ? 'is' : 'are'} summed into each initiative's own row`;
  const { range } = table;
  const notice = makeFinding(
    'ingest.table-ignored',
    `${source.name}, sheet "${table.sheet}": the cells at ${a1Range(range.top, range.left, range.bottom, range.right)} hold cost lines, not initiatives, and were read as such: ${what}.`,
    [{ source: source.name, sheet: table.sheet, address: a1(range.top, range.left) }],
  );
  const ignoredReason = `it was read as cost lines, not initiatives: ${what}`;
  return { lines, table: { ...read, rowCount: rows.length, ignoredReason }, findings: [notice, ...reader.findingsInReadingOrder()] };
}

/**
 * The lines summed per initiative into its records (records are replaced, in place). Where an
 * initiative's own rows already give a field, theirs stands and a sum that differs from it by
 * half a unit or more is a source.conflict; a field no row gives takes the sum. Lines naming an
 * initiative no source defines are a value.unparseable finding on their cells, not counted.
 */
export function applyCostLines(lines: readonly CostLine[], records: InitiativeRecord[]): Finding[] {
  if (lines.length === 0) return [];
  const byId = new Map<string, CostLine[]>();
  for (const l of lines) {
    const group = byId.get(l.id);
    if (group) group.push(l);
    else byId.set(l.id, [l]);
  }
  const positions = new Map<string, number[]>();
  records.forEach((r, k) => {
    if (!byId.has(r.id)) return;
    const at = positions.get(r.id);
    if (at) at.push(k);
    else positions.set(r.id, [k]);
  });
  const findings: Finding[] = [];
  for (const [id, group] of byId) {
    const at = positions.get(id);
    const sources = [...new Set(group.map((l) => l.source))].join(' and ');
    if (at === undefined) {
      const money = COST_FIELDS.flatMap((f) => {
        const sum = sumOf(group, f);
        return sum === undefined ? [] : [`${INITIATIVE_FIELD_SPECS[f].inSentence} ${amount(sum)}`];
      });
      findings.push(
        makeFinding(
          'value.unparseable',
          `${sources}: ${group.length === 1 ? 'a cost line names' : `${group.length} cost lines name`} initiative ${id}, which no source defines; ${money.length === 0 ? 'nothing was counted' : `${money.join(' and ')} ${money.length === 1 ? 'is' : 'are'} not counted`}. Correct the id, or add the initiative to its tracker.`,
          group.map((l) => l.idCell),
        ),
      );
      continue;
    }
    for (const field of COST_FIELDS) {
      const sum = sumOf(group, field);
      if (sum === undefined) continue;
      const own = at.find((k) => records[k]![field] !== undefined);
      const lineCells = group.flatMap((l) => (l.cells[field] ? [l.cells[field]!] : []));
      const from = `${count(lineCells.length, 'cost line')} in ${sources}`;
      if (own === undefined) {
        for (const k of at) records[k] = { ...records[k]!, [field]: sum };
        continue;
      }
      const record = records[own]!;
      const theirs = record[field]!;
      if (Math.abs(theirs - sum) < 0.5) continue;
      const ownCell = fieldCell(record, field);
      findings.push(
        makeFinding(
          'source.conflict',
          `${id} ${INITIATIVE_FIELD_SPECS[field].inSentence} is ${amount(theirs)} in ${record.ref.source} but ${amount(sum)} summed from ${from}; the tracker's ${amount(theirs)} is used.`,
          [...(ownCell ? [ownCell] : []), ...lineCells],
          { initiativeId: id },
        ),
      );
    }
  }
  return findings;
}

/** The lines' amounts of a field added up (to the cent), undefined when no line gives one. */
function sumOf(lines: readonly CostLine[], field: CostField): number | undefined {
  let sum: number | undefined;
  for (const l of lines) {
    const v = l.amounts[field];
    if (v !== undefined) sum = (sum ?? 0) + v;
  }
  return sum === undefined ? undefined : Math.round(sum * 100) / 100;
}

/** The record's cell of a field when its row had a value there (ingest's own reading of RowCells; the model's cellOf). */
function fieldCell(record: InitiativeRecord, field: CostField): CellRef | undefined {
  const { table, row, filled } = record.cells;
  const col = table.columns[field];
  if ((filled & FIELD_BIT[field]) === 0 || col === undefined) return undefined;
  return { source: table.source, sheet: table.sheet, address: a1(row, col) };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function listed(ids: readonly string[]): string {
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;
}

/** 1200000 as "1,200,000" (cents kept when there are any), as the rules' messages write amounts. */
function amount(n: number): string {
  const cents = Math.round(Math.abs(n) * 100);
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = cents % 100;
  return `${n < 0 && cents !== 0 ? '-' : ''}${whole}${fraction === 0 ? '' : `.${String(fraction).padStart(2, '0')}`}`;
}
