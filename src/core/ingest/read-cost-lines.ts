import type { CellRef, ColumnMapping, DetectedTable, Finding, InitiativeRecord, RawSource, RunOptions } from '../types';
import { FIELD_BIT, INITIATIVE_FIELD_SPECS, makeFinding } from '../types';
import type { AddressBook } from './address-book';
import { TableReader } from './cell-reader';
import type { Block } from './find-tables';
import type { FoundTable } from './detect-tables';
import { profileColumns } from './match/column-profile';
import { COST_FIELDS, mayBeBenefitRegister, recogniseBenefitLines, recogniseCostLines, type CostField, type CostLineColumns, type LineNoun } from './match/other-kinds';
import { idsByName, nameIndexKey } from './identity';
import { withMoneyUnits } from './money-unit';
import { isIdWithDigit, normaliseId } from './normalise/id';
import { cleanText, displayValue, isBlank } from './normalise/cell-text';
import { parseMoneyValue } from './normalise/number';
import { a1, a1Range } from '../util/a1';

/**
 * Cost breakdowns: a table whose rows are cost lines of initiatives defined elsewhere
 * (Cost line | Initiative | Cost centre | Budget | Forecast), told by recogniseCostLines, a benefits
 * register (Benefit ID | Benefit | Project | Annual value: each row the value one initiative is to
 * bring, recogniseBenefitLines), or a
 * finance table of one line per initiative (Initiative ID | Budget | Actual | Forecast: money and
 * nothing else, moneyOnlyColumns). Each line's money is read in units (its column's unit,
 * money-unit.ts); after every source is read, the lines are summed per initiative into the
 * initiative's own rows (applyCostLines). A line names its initiative by id, or by name (resolved
 * against the initiatives' names once every source is read).
 */
export interface CostLine {
  /** The initiative the line belongs to, normalised; absent when the line names it by name. */
  readonly id?: string;
  /** The initiative's name as written, when the line names it so ("Payroll consolidation"). */
  readonly name?: string;
  readonly source: string;
  /** The cell naming the initiative. */
  readonly idCell: CellRef;
  readonly amounts: Partial<Record<CostField, number>>;
  readonly cells: Partial<Record<CostField, CellRef>>;
  /** A cost line, or a benefit of a benefits register: the word findings use. */
  readonly noun: LineNoun;
}

/** A cost-line table read: its lines, the table with the columns read mapped, and its findings (an info notice that it was read as cost lines, then the cells it could not read). */
export interface CostLineTable {
  readonly lines: readonly CostLine[];
  readonly table: DetectedTable;
  readonly findings: readonly Finding[];
}

/** Columns a finance register keeps beside its money that say who holds the budget, not how the work goes. */
const BESIDE_MONEY: ReadonlySet<string> = new Set(['owner', 'department', 'pillar']);

/**
 * The columns of an initiatives table that holds money and little else but its keys (Initiative
 * ID | Budget | Actual | Forecast, or Project | Sponsor | Budget | Forecast outturn | Benefit: no
 * status, dates or links; a sponsor, department or pillar beside the money at most; columns mapped
 * to no field aside): a finance table of initiatives defined elsewhere, by id or, with no id
 * column, by name, when they are (ingest decides, once every source is read). Undefined for any
 * other table or one a profile read.
 */
export function moneyOnlyColumns(table: DetectedTable): CostLineColumns | undefined {
  if (table.kind !== 'initiatives' || table.profile !== undefined) return undefined;
  const key = table.mapping.find((m) => m.field === 'id') ?? table.mapping.find((m) => m.field === 'name');
  if (key === undefined) return undefined;
  const money: Partial<Record<CostField, number>> = {};
  for (const m of table.mapping) {
    if (m === key) continue;
    if ((COST_FIELDS as readonly string[]).includes(m.field)) money[m.field as CostField] = m.column;
    else if (!BESIDE_MONEY.has(m.field)) return undefined;
  }
  if (Object.keys(money).length === 0) return undefined;
  const evidence = [key.header, ...table.mapping.filter((m) => (COST_FIELDS as readonly string[]).includes(m.field)).map((m) => m.header)];
  return { reference: key.column, by: key.field === 'id' ? 'id' : 'name', money, evidence, noun: 'cost line' };
}

/**
 * The columns of an initiatives table that is a benefits register (recogniseBenefitLines): the
 * value of initiatives defined elsewhere, when they are (ingest decides, once every source is read).
 */
export function benefitColumns(table: DetectedTable, block: Block, rows: readonly number[]): CostLineColumns | undefined {
  if (table.kind !== 'initiatives' || table.profile !== undefined || !mayBeBenefitRegister(block.headers)) return undefined;
  return recogniseBenefitLines(profileColumns(block, rows));
}

/**
 * A benefits register read as the only list of its benefits: each row is named by its benefit
 * column, not by the project it comes from (which a "Project" header would otherwise take).
 */
export function asOwnItems(found: FoundTable, columns: CostLineColumns): FoundTable {
  const column = columns.itemName;
  const { table } = found;
  const current = table.mapping.find((m) => m.field === 'name');
  if (column === undefined || current?.column === column) return found;
  const named: ColumnMapping = { field: 'name', column, header: table.headers[column] ?? '', confidence: 0.9, by: 'header' };
  const mapping = [...table.mapping.filter((m) => m.field !== 'name' && m.column !== column), named].sort((a, b) => a.column - b.column);
  const freed = current ? [{ column: current.column, header: current.header }] : [];
  const unmapped = [...table.unmapped.filter((u) => u.column !== column), ...freed].sort((a, b) => a.column - b.column);
  return { ...found, table: { ...table, mapping, unmapped } };
}

/**
 * The cost lines of a table classify told as one (isCostLinesReason), or of the columns given
 * (moneyOnlyColumns); undefined when its columns no longer say so.
 */
export function readCostLines(
  source: RawSource,
  table: DetectedTable,
  block: Block,
  rows: readonly number[],
  options: RunOptions,
  addresses?: AddressBook,
  given?: CostLineColumns,
): CostLineTable | undefined {
  const columns = given ?? recogniseCostLines(profileColumns(block, rows));
  if (columns === undefined) return undefined;
  const { noun } = columns;
  const mapped = (field: ColumnMapping['field'], column: number): ColumnMapping => ({ field, column, header: block.headers[column] ?? '', confidence: 1, by: 'values' });
  const refField = columns.by === 'id' ? 'id' : 'name';
  const mapping = withMoneyUnits(block, [
    mapped(refField, columns.reference),
    ...COST_FIELDS.flatMap((f) => (columns.money[f] === undefined ? [] : [mapped(f, columns.money[f]!)])),
  ]);
  const read: DetectedTable = { ...table, mapping };
  const reader = new TableReader(source, read, block, options, [], rows, addresses);
  const lines: CostLine[] = [];
  for (const row of rows) {
    const written = reader.value(refField, row);
    // A column of ids may name one initiative by its title instead ("New starter onboarding portal" among FIN-12, PMO-03).
    const byName = columns.by === 'name' || (typeof written === 'string' && /\s/.test(written.trim()) && !isIdWithDigit(written.trim()));
    const id = !byName ? normaliseId(written) : undefined;
    const name = byName && !isBlank(written) ? cleanText(displayValue(written)).replace(/\s+/g, ' ') : undefined;
    if (id === undefined && (name === undefined || name === '')) {
      // A line that names no initiative is counted nowhere: said, not dropped.
      const amounts = mapping.filter((m) => m.field !== refField && !isBlank(reader.value(m.field, row))).map((m) => `${m.header} "${displayValue(reader.value(m.field, row))}"`);
      if (amounts.length > 0) reader.reportRow(refField, row, `Row ${row + 1}: a ${noun} that names no initiative in "${mapping[0]!.header}"; its ${amounts.join(', ')} ${amounts.length === 1 ? 'is' : 'are'} counted nowhere.`);
      continue;
    }
    const who = id ?? `"${name}"`;
    const amounts: Partial<Record<CostField, number>> = {};
    const cells: Partial<Record<CostField, CellRef>> = {};
    for (const m of mapping) {
      if (m.field === refField) continue;
      const field = m.field as CostField;
      const value = reader.take(field, row, parseMoneyValue(reader.value(field, row), m.unit?.scale ?? 0), `${LINE_WORDS[noun].label} of ${who} (row ${row + 1})`);
      if (value === undefined) continue;
      amounts[field] = value;
      cells[field] = reader.fieldCell(field, row)!;
    }
    const idCell = reader.fieldCell(refField, row)!;
    lines.push(id !== undefined ? { id, source: source.name, idCell, amounts, cells, noun } : { name: name!, source: source.name, idCell, amounts, cells, noun });
  }
  const named = [...new Set(lines.map((l) => l.id ?? `"${l.name}"`))];
  const headers = mapping.filter((m) => m.field !== refField).map((m) => `"${m.header}"`);
  const each = lines.length === named.length && lines.length > 1 ? `, one line each,` : '';
  const what = `${count(lines.length, LINE_WORDS[noun].counted)} of ${count(named.length, 'initiative')} (${listed(named)})${each} named in "${mapping[0]!.header}"; ${headers.join(', ')} ${headers.length === 1 ? 'is' : 'are'} summed into each initiative's own row`;
  const { range } = table;
  const notice = makeFinding(
    'ingest.table-ignored',
    `${source.name}, sheet "${table.sheet}": the cells at ${a1Range(range.top, range.left, range.bottom, range.right)} hold ${LINE_WORDS[noun].held}, not initiatives, and were read as such: ${what}.`,
    [{ source: source.name, sheet: table.sheet, address: a1(range.top, range.left) }],
  );
  const ignoredReason = `it was read as ${LINE_WORDS[noun].plural}, not initiatives: ${what}`;
  return { lines, table: { ...read, kind: null, rowCount: rows.length, ignoredReason }, findings: [notice, ...reader.findingsInReadingOrder()] };
}

/**
 * Whether more than half of the initiatives the lines name (by id, or by a name one initiative
 * has) are among the records: else the table is the only list of its items.
 */
export function definedShare(lines: readonly CostLine[], records: readonly InitiativeRecord[]): boolean {
  const ids = new Set(records.map((r) => r.id));
  const resolve = lineResolver(records);
  const named = new Set<string>();
  let defined = 0;
  for (const l of lines) {
    const key = l.id ?? `"${nameIndexKey(l.name!)}"`;
    if (named.has(key)) continue;
    named.add(key);
    const found = resolve(l);
    if (typeof found === 'string' && ids.has(found)) defined++;
  }
  return defined * 2 > named.size;
}

/**
 * The initiative a line names: its id as written; for a line naming it by name, that name as an id
 * of the records, else the one record of that name (case and spacing aside); else the ids sharing
 * the name (none, or several). The records' ids and names are indexed on the first line by name.
 */
function lineResolver(records: readonly InitiativeRecord[]): (line: CostLine) => string | readonly string[] {
  let ids: Set<string> | undefined;
  let names: ReadonlyMap<string, readonly string[]> | undefined;
  return (l) => {
    if (l.id !== undefined) return l.id;
    ids ??= new Set(records.map((r) => r.id));
    const asId = normaliseId(l.name!);
    if (asId !== undefined && ids.has(asId)) return asId;
    const found = (names ??= idsByName(records)).get(nameIndexKey(l.name!)) ?? [];
    return found.length === 1 ? found[0]! : found;
  };
}

/**
 * The lines summed per initiative into its records (records are replaced, in place). A line
 * naming its initiative by name is matched first as an id, then against the initiatives' names
 * (case and spacing aside); a name no initiative has, or one several share, is a value.unparseable
 * finding on the lines' cells, not counted. Where an initiative's own rows already give a field,
 * theirs stands and a sum that differs from it by half a unit or more is a source.conflict; a
 * field no row gives takes the sum, its cell the first line's (RowCells.elsewhere), so findings on
 * it point at the money. Lines naming an initiative no source defines are a value.unparseable
 * finding on their cells, not counted.
 */
export function applyCostLines(lines: readonly CostLine[], records: InitiativeRecord[]): Finding[] {
  if (lines.length === 0) return [];
  const findings: Finding[] = [];
  const byId = new Map<string, CostLine[]>();
  const add = (id: string, l: CostLine): void => {
    const group = byId.get(id);
    if (group) group.push(l);
    else byId.set(id, [l]);
  };
  const unresolved = new Map<string, { found: readonly string[]; lines: CostLine[] }>();
  const resolve = lineResolver(records);
  for (const l of lines) {
    const found = resolve(l);
    if (typeof found === 'string') {
      add(found, l);
      continue;
    }
    const key = nameIndexKey(l.name!);
    const group = unresolved.get(key);
    if (group) group.lines.push(l);
    else unresolved.set(key, { found, lines: [l] });
  }
  for (const { found, lines: group } of unresolved.values()) {
    const sources = [...new Set(group.map((l) => l.source))].join(' and ');
    const what = `${linesName(group)} initiative "${group[0]!.name}"`;
    const why =
      found.length === 0
        ? `, which no source defines by that id or name; ${notCounted(group)}. Correct the name, or write the initiative's id.`
        : `, a name ${found.length} initiatives share (${found.join(', ')}); ${notCounted(group)}. Write the id of the one meant instead of its name.`;
    findings.push(makeFinding('value.unparseable', `${sources}: ${what}${why}`, group.map((l) => l.idCell), found.length > 0 ? { related: found } : {}));
  }
  const positions = new Map<string, number[]>();
  records.forEach((r, k) => {
    if (!byId.has(r.id)) return;
    const at = positions.get(r.id);
    if (at) at.push(k);
    else positions.set(r.id, [k]);
  });
  for (const [id, group] of byId) {
    const at = positions.get(id);
    const sources = [...new Set(group.map((l) => l.source))].join(' and ');
    if (at === undefined) {
      findings.push(
        makeFinding(
          'value.unparseable',
          `${sources}: ${linesName(group)} initiative ${id}, which no source defines; ${notCounted(group)}. Correct the id, or add the initiative to its tracker.`,
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
      const from = `${count(lineCells.length, group[0]!.noun)} in ${sources}`;
      if (own === undefined) {
        for (const k of at) {
          const r = records[k]!;
          records[k] = { ...r, [field]: sum, cells: { ...r.cells, elsewhere: { ...r.cells.elsewhere, [field]: lineCells[0]! } } };
        }
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

/** "budget 55,000 and forecast cost 60,000 are not counted", or "nothing was counted". */
function notCounted(group: readonly CostLine[]): string {
  const money = COST_FIELDS.flatMap((f) => {
    const sum = sumOf(group, f);
    return sum === undefined ? [] : [`${INITIATIVE_FIELD_SPECS[f].inSentence} ${amount(sum)}`];
  });
  return money.length === 0 ? 'nothing was counted' : `${money.join(' and ')} ${money.length === 1 ? 'is' : 'are'} not counted`;
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

/** How the findings name a table's lines: a row's label, the count's noun, what the table holds, the plural. */
const LINE_WORDS: Readonly<Record<LineNoun, { readonly label: string; readonly counted: string; readonly held: string; readonly plural: string }>> = {
  'cost line': { label: 'Cost line', counted: 'line', held: 'cost lines', plural: 'cost lines' },
  benefit: { label: 'Benefit', counted: 'benefit', held: 'benefits (a benefits register)', plural: 'benefits' },
};

/** "a cost line names", "3 benefits name": the lines' subject in a sentence. */
function linesName(group: readonly CostLine[]): string {
  const noun = group[0]!.noun;
  return group.length === 1 ? `a ${noun} names` : `${group.length} ${noun}s name`;
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
