import type { CellRef, CellValue, Delivery, DependencyLink, InitiativeField, InitiativeRecord, RowRef, Status, TableColumns } from '../types';
import { FIELD_BIT, INITIATIVE_FIELDS, makeFinding } from '../types';
import { unreadPieces, type TableReader } from './cell-reader';
import { rowLabel } from './cell-reader';
import { displayValue, isBlank, isCellError, isPlaceholder } from './normalise/cell-text';
import { rangeStart } from './normalise/date';
import { parseDeliveryCell } from './normalise/delivery';
import { parseDateValue } from './normalise/date';
import { parseDependencyCell, plainDependencyIds, type DependencyContext, type KnownNames } from './normalise/dependency';
import { durationUnitOfHeader, parseTaskDuration } from './normalise/duration';
import type { DurationDues } from './due-from-duration';
import { normaliseId } from './normalise/id';
import { parseListCell } from './normalise/list';
import { groupsWithDots, parseMoneyValue, withDotsAsGroups } from './normalise/number';
import { lifecycleColumn, stateOverRating } from './lifecycle-column';
import { doneColumn, ticked } from './done-column';
import { unwrapPersonList } from './normalise/person-list';
import { isPercentFormat, isScaleAmbiguous, parsePercent, percentColumnScaleOf, percentOfNumber, plainPercentNumber, writesPercents, type PercentScale } from './normalise/percent';
import { readStatusTally, StatusTally, statusTextOf, statusValueKey, unknownStatusFinding, type StatusColumn } from './status-column';
import { normaliseStatus, unclearStatusSymbol } from './normalise/status';
import { normaliseHeader } from './match/header-evidence';
import { ownValue } from '../util/own';
import { a1Range } from '../util/a1';
import { StatusFills } from './status-fill';
import { savedMappingOf } from './table-key';
import { TimelineReader } from './timeline-dates';
import { StatusHistory } from './status-history';
import { StruckRows } from './struck-rows';
import { headerIs, type FallbackField, type SourceProfile } from './profiles';
import type { SectionRow } from './section-rows';
import { statusKeyOf } from './status-key';
import { foreignAmountKeys, foreignAmountsFinding } from './mixed-currency';

const STATUS_EXPECTED = 'a status such as Green, Amber, Red, Done, Not started, On hold or Cancelled';
/** What a status cell should hold; for a symbol with several readings ("❌"), why it is not read. */
function statusExpected(text: string): string {
  const unclear = unclearStatusSymbol(text);
  return unclear === undefined ? STATUS_EXPECTED : `${STATUS_EXPECTED} (${unclear}: write the status in words, or map the value)`;
}
const DEPENDENCY_EXPECTED = 'ids such as FIN-2, each optionally with a link type and lag such as FS+5d';
/** Said of a lag in percent ("3FS+50%"): parseDependencyCell reads its link without it. */
const PERCENT_LAG = "a lag in percent of the predecessor's duration, which the cell does not give; the link is read with no lag";

export interface InitiativeRows {
  readonly records: InitiativeRecord[];
  readonly withoutId: Array<{ ref: RowRef; cells: CellRef[] }>;
  /** Per table, the rows with a start and a duration but no due, whose due applyDurationDues works out once every source is read. */
  readonly durationDues: DurationDues[];
}

/**
 * Where each initiative field sits in a row's values (index from the grid's left column), -1
 * when not mapped. Resolved once per table so the row loop reads cells by index, with no lookup
 * of a field's column per cell.
 */
type FieldIndexes = Record<InitiativeField, number>;

/** A mapped field: its index in the row, its sheet column and its bit in RowCells.filled. */
interface MappedColumn {
  readonly field: InitiativeField;
  readonly index: number;
  readonly col: number;
  readonly bit: number;
}

/** What every row of one initiatives table shares. */
interface InitiativeTable {
  readonly reader: TableReader;
  readonly at: FieldIndexes;
  /** Mapped fields in mapping order. */
  readonly mapped: readonly MappedColumn[];
  /** The sheet and field columns every record of the table points into (RowCells.table). */
  readonly columns: TableColumns;
  /** columns.columns, to which a start read from the due column's ranges is added (readRecord). */
  readonly fieldColumns: Partial<Record<InitiativeField, number>>;
  /** The grid's left column: sheet column = index + left. */
  readonly left: number;
  /** How the % complete column writes its bare numbers (0.5 or 50 for half), told from all of them. */
  readonly percentScale: PercentScale;
  /** Index of a workflow state column read beside a RAG status (lifecycle-column.ts), or -1. */
  readonly lifecycle: number;
  readonly department: string | undefined;
  /** Every row's last update when the table has no column for it and its title dates it (DetectedTable.statusDate). */
  readonly statusDate: number | undefined;
  /** The status column read as a whole (its scale, the user's readings), when status is mapped. */
  readonly status: StatusColumn | undefined;
  /** The status column's cell fills, when its sheet colours any of its cells (status-fill.ts). */
  readonly statusFills: StatusFills | undefined;
  /** No status column, and the profile reads the status off % complete (SourceProfile.statusFromPercent). */
  readonly statusFromPercent: boolean;
  /** Owners are resources with assignment units after their names (SourceProfile.ownerUnits). */
  readonly ownerUnits: boolean;
  /** Text fields whose cells list several values, the first read (SourceProfile.firstListed). */
  readonly firstListed: ProfileValues['firstListed'];
  /** Index of the column read where a row's own cell gives no status, start or due (SourceProfile.fallback), -1 for none. */
  readonly fallback: Readonly<Record<FallbackField, number>>;
  /** Index of the yes/no column that closes a row (SourceProfile.closedWhen, or a checklist's tick column: done-column.ts), -1 for none. */
  readonly closedWhen: number;
  /** The profile's statusWords, for reading a fallback status column. */
  readonly statusWords: Readonly<Record<string, Status>> | undefined;
  /** Power of ten each money column's values are multiplied by (its unit, money-unit.ts): 3 for "Budget (£k)". */
  readonly moneyScale: Readonly<Record<MoneyField, number>>;
  /** Money columns that group thousands with dots ("1.250.000"): their "1.250" is 1,250. */
  readonly dotGroups: Readonly<Record<MoneyField, boolean>>;
  /** Money cells in another currency than the table's, not read (foreignAmountKeys). */
  readonly foreignAmounts: ReadonlySet<number> | undefined;
  /** How its dependency cells read: its ids written with a space ("OPS 01"), whether its ids are numbers, the run's names. */
  readonly links: DependencyContext;
  /** The start or due a drawn timeline gives a table with no column for it (timeline-dates.ts). */
  readonly timeline: TimelineReader | undefined;
  /** The status a weekly or monthly rating history gives a table with no status column (status-history.ts). */
  readonly history: StatusHistory | undefined;
  /** Rows struck through, read as closed (struck-rows.ts). */
  readonly struck: StruckRows | undefined;
  /** The unit the duration column's header gives its bare numbers ("Original Duration(h)": hours), undefined for days. */
  readonly durationUnit: string | undefined;
  /** Index of the profile's activity-type column (SourceProfile.activityType), -1 for none, with its milestone words. */
  readonly activityType: { readonly index: number; readonly start: readonly string[]; readonly finish: readonly string[] };
  /** Marks after a start or finish date (SourceProfile.dateMarks). */
  readonly dateMarks: ProfileValues['dateMarks'];
}

type MoneyField = 'budget' | 'forecastCost' | 'actualCost' | 'benefit';

/** What a source profile says of how its tool writes some values (SourceProfile). */
export type ProfileValues = Pick<SourceProfile, 'statusWords' | 'statusFromPercent' | 'ownerUnits' | 'fallback' | 'firstListed' | 'closedWhen' | 'dateMarks' | 'activityType'>;

/**
 * Read every data row of an initiatives table into records; rows with data but no id are kept
 * apart. `profile`: the source profile's own reading of some state words (statusWords), whether
 * its tool's % complete is its status (statusFromPercent), whether its owners carry units
 * (ownerUnits), the columns read where a row's own cell gives no status, start or due
 * (fallback), the text fields whose cells list values, the first read (firstListed), and the
 * yes/no column that closes a row (closedWhen); `sections`: the headings between its rows
 * (section-rows.ts); `names`: the run's initiative names, which its dependency cells are read against.
 */
export function readInitiatives(reader: TableReader, into: InitiativeRows, profile?: ProfileValues, sections?: readonly SectionRow[], names?: KnownNames): void {
  const table = initiativeTable(reader, profile, names);
  const { grid } = reader.block;
  const groups = sections === undefined ? undefined : sectionGroups(reader, sections, table.at.id);
  const presets: number[] = [];
  let pending: DurationDues | undefined;
  for (const row of reader.rows) {
    const values = grid.rowValues(row);
    const idValue = valueAt(values, table.at.id);
    const read = normaliseId(idValue);
    if (read === undefined) {
      if (isCellError(idValue)) reader.reportError('id', row, idValue.error, rowLabel(row));
      else if (isPresetRow(values, table)) {
        presets.push(row);
        continue;
      }
      withoutIdFrom(presets, reader, into);
      into.withoutId.push({ ref: reader.rowRef(row), cells: reader.rowCells(row) });
      continue;
    }
    withoutIdFrom(presets, reader, into);
    const section = groups?.at(row);
    const id = section !== undefined && groups!.scoped ? sectionId(section, read) : read;
    let record = readRecord(table, row, values, id);
    if (section !== undefined) record = inSection(record, section, groups!.scoped, table.at.pillar < 0);
    // A start and a duration with no due written: the due is worked out once the run's calendars are known (due-from-duration.ts).
    if (record.duration !== undefined && record.start !== undefined && record.due === undefined && dueNotWritten(values, table.at.due)) {
      if (pending === undefined) into.durationDues.push((pending = { table: reader.table, durationColumn: table.at.duration + table.left, positions: [] }));
      pending.positions.push(into.records.length);
    }
    into.records.push(record);
  }
  table.statusFills?.reportNotice();
  table.timeline?.reportNotice();
  table.history?.reportNotice();
  table.struck?.reportNotice();
  if (presets.length > 0) reportPresetRows(reader, presets);
}

/** Preset-looking rows with a row of data after them are rows without an id after all: only a template's last rows are unused. */
function withoutIdFrom(presets: number[], reader: TableReader, into: InitiativeRows): void {
  for (const row of presets) into.withoutId.push({ ref: reader.rowRef(row), cells: reader.rowCells(row) });
  presets.length = 0;
}

/**
 * A template's unused rows at the foot of the table: no id and no name, only the values its drop-downs preset ("Not
 * Started", "Green", 0%). They say nothing of any initiative; read as rows without an id they
 * would each be an error. Left out and said once per table.
 */
function isPresetRow(values: ReadonlyArray<CellValue | undefined>, table: InitiativeTable): boolean {
  if (table.at.name >= 0 && !isBlank(valueAt(values, table.at.name))) return false;
  const { left, right } = table.reader.block.range;
  const from = left - table.left;
  let filled = 0;
  for (let k = from; k <= right - table.left; k++) {
    const v = values[k];
    if (isBlank(v)) continue;
    filled++;
    if (v === 0 || v === false) continue;
    if (typeof v === 'string' && (isPlaceholder(v) || (!/\d/.test(v) && normaliseStatus(v) !== undefined))) continue;
    return false;
  }
  return filled > 0;
}

function reportPresetRows(reader: TableReader, rows: readonly number[]): void {
  const { left, right } = reader.block.range;
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const span = rows.length === 1 ? `row ${first + 1}` : last - first + 1 === rows.length ? `rows ${first + 1} to ${last + 1}` : `${rows.length} rows from row ${first + 1}`;
  const where = a1Range(first, left, last, right);
  reader.report(
    makeFinding(
      'ingest.table-ignored',
      `${reader.source.name}, sheet "${reader.table.sheet}": ${span} (${where}) ${rows.length === 1 ? 'holds' : 'hold'} no id and no name, only preset values such as statuses, and ${rows.length === 1 ? 'was' : 'were'} not read: unused rows of the template.`,
      rows.flatMap((row) => reader.rowCells(row)),
    ),
    first,
    left,
  );
}

/** The section heading each row sits under, and whether the table numbers its ids anew in each (section-rows.ts). */
interface SectionGroups {
  readonly at: (row: number) => SectionRow | undefined;
  /** Plain-number ids that repeat from one section to the next and never within one: each is read within its section. */
  readonly scoped: boolean;
}

function sectionGroups(reader: TableReader, sections: readonly SectionRow[], idIndex: number): SectionGroups {
  // The last heading at or above the row (sections are in sheet order): a binary search, not a walk per row.
  const at = (row: number): SectionRow | undefined => {
    let lo = 0;
    let hi = sections.length - 1;
    let found: SectionRow | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sections[mid]!.row <= row) {
        found = sections[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  let scoped = false;
  if (idIndex >= 0) {
    const seen = new Map<string, SectionRow | undefined>();
    let local = true;
    let within = false;
    for (const row of reader.rows) {
      const id = normaliseId(valueAt(reader.block.grid.rowValues(row), idIndex));
      if (id === undefined) continue;
      if (!SECTION_LOCAL_ID.test(id)) local = false;
      const section = at(row);
      if (seen.has(id)) {
        if (seen.get(id) === section) within = true;
        else scoped = true;
      } else seen.set(id, section);
    }
    scoped = scoped && local && !within;
  }
  return { at, scoped };
}

/** Numbers and outline numbers ("7", "1.2"): ids a plan may number anew in each section. */
const SECTION_LOCAL_ID = /^\d+(?:\.\d+)*$/;

function sectionId(section: SectionRow, id: string): string {
  return `${section.label}#${id}`;
}

/** A record under a section heading: the heading's label as its pillar (where no column gives one), and its plain-number links read within the section. */
function inSection(record: InitiativeRecord, section: SectionRow, scoped: boolean, pillar: boolean): InitiativeRecord {
  const out: Mutable<InitiativeRecord> = { ...record };
  if (pillar && out.pillar === undefined) out.pillar = section.label;
  if (scoped && out.dependsOn.length > 0) out.dependsOn = out.dependsOn.map((l) => (SECTION_LOCAL_ID.test(l.id) ? { ...l, id: sectionId(section, l.id) } : l));
  return out;
}

function initiativeTable(reader: TableReader, profile: ProfileValues | undefined, names: KnownNames | undefined): InitiativeTable {
  const left = reader.block.grid.left;
  const at = {} as FieldIndexes;
  for (const field of INITIATIVE_FIELDS) {
    const col = reader.column(field);
    at[field] = col === undefined ? -1 : col - left;
  }
  const mapped: MappedColumn[] = [];
  const columns: Partial<Record<InitiativeField, number>> = {};
  for (const [field, col] of reader.mapped()) {
    if (!(INITIATIVE_FIELDS as readonly string[]).includes(field)) continue;
    mapped.push({ field: field as InitiativeField, index: col - left, col, bit: FIELD_BIT[field as InitiativeField] });
    columns[field as InitiativeField] = col;
  }
  const fallback = fallbackIndexes(reader, profile?.fallback, at, left);
  // A status read off % complete points at the percent cell: the table's status column is its percent column.
  const statusFromPercent = profile?.statusFromPercent === true && at.status < 0 && at.percentComplete >= 0;
  if (statusFromPercent) columns.status = at.percentComplete + left;
  return {
    reader,
    at,
    mapped,
    columns: { source: reader.table.source, sheet: reader.table.sheet, columns },
    fieldColumns: columns,
    left,
    percentScale: readPercentScale(reader),
    lifecycle: (() => {
      const c = lifecycleColumn(reader.table, reader.block, reader.rows);
      return c === undefined ? -1 : reader.block.range.left + c - left;
    })(),
    department: reader.table.department,
    statusDate: reader.table.statusDate?.day,
    // Words the status column does not know are read row by row through the fallback, not said once for the column.
    status: readStatusValues(reader, profile?.statusWords, fallback.status >= 0),
    statusFills: StatusFills.of(reader),
    statusFromPercent,
    ownerUnits: profile?.ownerUnits === true,
    firstListed: profile?.firstListed,
    fallback,
    closedWhen: profile !== undefined ? headerIndex(reader, profile.closedWhen ?? [], left) : (() => {
      // A hand-made checklist's tick column ("Done?"): done-column.ts.
      const c = doneColumn(reader.table, reader.block, reader.rows);
      return c === undefined ? -1 : reader.block.range.left + c - left;
    })(),
    statusWords: profile?.statusWords,
    moneyScale: moneyScales(reader),
    dotGroups: dotGroupColumns(reader, at),
    foreignAmounts: (() => {
      foreignAmountsFinding(reader);
      return foreignAmountKeys(reader.table);
    })(),
    links: linkContext(reader, at.id, names),
    timeline: TimelineReader.of(reader),
    history: StatusHistory.of(reader),
    struck: StruckRows.of(reader),
    durationUnit: (() => {
      const header = reader.table.mapping.find((m) => m.field === 'duration')?.header;
      return header === undefined ? undefined : durationUnitOfHeader(header);
    })(),
    dateMarks: profile?.dateMarks,
    activityType: (() => {
      const type = profile?.activityType;
      if (type === undefined) return NO_ACTIVITY_TYPE;
      const headers = reader.block.headers.map(normaliseHeader);
      const k = headers.findIndex((h) => type.headers.some((t) => headerIs(h, t)));
      return k < 0 ? NO_ACTIVITY_TYPE : { index: reader.block.range.left + k - left, start: type.start, finish: type.finish };
    })(),
  };
}

/** A start or finish cell without the mark after its date (SourceProfile.dateMarks), and whether the mark says actual. */
function unmarked(value: CellValue, marks: NonNullable<ProfileValues['dateMarks']>): [CellValue, boolean] {
  if (typeof value !== 'string') return [value, false];
  const actual = marks.actual.exec(value);
  if (actual) return [value.slice(0, actual.index), true];
  const other = marks.other?.exec(value);
  return other ? [value.slice(0, other.index), false] : [value, false];
}

/**
 * How the table's dependency cells read: its ids with a space inside ("OPS 01": a cell's "OPS 02"
 * is one id, not "OPS" and 02), whether its ids are plain numbers (a cell's "task 7" is one), and
 * the run's names.
 */
function linkContext(reader: TableReader, index: number, names: KnownNames | undefined): DependencyContext {
  let spaced: Set<string> | undefined;
  let numeric = false;
  const col = reader.block.grid.left + index;
  for (const row of index < 0 ? [] : reader.rows) {
    const value = reader.block.grid.value(row, col);
    if (typeof value === 'number') numeric ||= Number.isInteger(value) && value >= 0;
    if (typeof value !== 'string') continue;
    if (!numeric && PLAIN_NUMBER.test(value.trim())) numeric = true;
    if (!value.trim().includes(' ')) continue;
    const id = normaliseId(value);
    if (id !== undefined && id.includes(' ')) (spaced ??= new Set()).add(id);
  }
  return { workingDaysPerWeek: reader.workingDaysPerWeek, spacedIds: spaced, names, numericIds: numeric };
}

const PLAIN_NUMBER = /^\d+$/;

/** No due column, or a due cell that is blank or says it is not known yet ("TBC"): not a due the reader could not read. */
function dueNotWritten(values: ReadonlyArray<CellValue | undefined>, index: number): boolean {
  const value = valueAt(values, index);
  return value === null || isBlank(value) || isPlaceholder(value);
}

/** The value at an index of a row's values: null for an unmapped field (-1), a hole or a short row. */
function valueAt(values: ReadonlyArray<CellValue | undefined>, index: number): CellValue {
  return index < 0 ? null : (values[index] ?? null);
}

function readRecord(table: InitiativeTable, row: number, values: ReadonlyArray<CellValue | undefined>, id: string): InitiativeRecord {
  const { reader, at, left } = table;
  let filled = 0;
  for (const m of table.mapped) {
    if (hasValue(values[m.index])) filled |= m.bit;
  }
  // Every value first (findings raised in the same order as before), then the record.
  const statusValue = valueAt(values, at.status);
  let statusText = reader.textOf(statusValue, 'status', row, id, id);
  let rated = statusText === undefined ? undefined : table.status?.read(statusText);
  // A status kept as the cell's colour (status-fill.ts): an empty cell, or words with no colour, read as its red, amber or green fill.
  let statusFrom: 'fill' | undefined;
  const fromFill = table.statusFills?.statusAt(row, rated, statusText, !hasValue(statusValue), id);
  if (fromFill !== undefined) {
    if (statusText === undefined) filled |= FIELD_BIT.status;
    rated = fromFill;
    statusFrom = 'fill';
  }
  // A closed, paused or blocked workflow state beside a RAG rating (lifecycle-column.ts) says so, whatever its last colour.
  let status = table.lifecycle < 0 ? rated : (stateOverRating(valueAt(values, table.lifecycle), rated) ?? rated);
  // Words of the tool's own workflow read by the category it files them under (Jira's Status Category), a blank rating by the board column (Asana).
  let statusElsewhere: CellRef | undefined;
  // A row with no rating is read by its state's words ("In progress" beside an uncoloured RAG cell): they are its reported status, in that cell.
  if (rated === undefined && status !== undefined) {
    statusText ??= statusTextOf(valueAt(values, table.lifecycle));
    statusElsewhere = reader.cell(row, table.lifecycle + left);
  }
  if (status === undefined && table.fallback.status >= 0) {
    const fallbackText = statusTextOf(valueAt(values, table.fallback.status));
    status = fallbackText === undefined ? undefined : fallbackStatus(fallbackText, table.statusWords);
    if (status !== undefined) {
      statusElsewhere = reader.cell(row, table.fallback.status + left);
      // A blank status cell is said by the words read in its stead.
      statusText ??= fallbackText;
    }
  }
  // A row its tool says is closed (Trello's archived card) is no live work, whatever column it was left in.
  if (table.closedWhen >= 0 && status !== 'done' && status !== 'cancelled' && ticked(valueAt(values, table.closedWhen))) {
    status = 'done';
    statusElsewhere = reader.cell(row, table.closedWhen + left);
  }
  // A column of unknown words is one value.unknown-status (raised by readStatusValues), not a finding per cell.
  if (statusText !== undefined && status === undefined && (table.status?.unknownVocabulary !== true || table.fallback.status >= 0)) reader.reportInvalid('status', row, statusExpected(statusText), id, id);
  // Every link of the cell points at it: the one cell made here rather than on demand.
  const linkCell = (filled & FIELD_BIT.dependsOn) !== 0 ? reader.cell(row, at.dependsOn + left) : undefined;
  let dependsOn = readLinks(reader, row, valueAt(values, at.dependsOn), id, linkCell, table.links);
  // An External dependencies column beside Depends on: its links are the row's too, on its own cell.
  if (at.externalDependsOn >= 0 && hasValue(valueAt(values, at.externalDependsOn))) {
    const more = readLinks(reader, row, valueAt(values, at.externalDependsOn), id, reader.cell(row, at.externalDependsOn + left), table.links, 'externalDependsOn');
    const added = more.filter((l) => !dependsOn.some((d) => d.id === l.id));
    if (added.length > 0) {
      dependsOn = dependsOn.length === 0 ? added : [...dependsOn, ...added];
      filled |= FIELD_BIT.dependsOn;
    }
  }
  const kpis = readKpis(reader, row, valueAt(values, at.kpi), id);
  const name = reader.textOf(valueAt(values, at.name), 'name', row, id, id);
  const department = firstListed(table, 'department', reader.textOf(valueAt(values, at.department), 'department', row, id, id)) ?? table.department;
  const written = reader.textOf(valueAt(values, at.owner), 'owner', row, id, id);
  const owner = ownerText(table.ownerUnits && written !== undefined ? withoutUnits(written) : written);
  let elsewhere: Partial<Record<InitiativeField, CellRef>> | undefined = statusElsewhere === undefined ? undefined : { status: statusElsewhere };
  /** A start or due the row's own cell leaves blank, read from the profile's fallback column (Jira Plans' Target start / end). */
  // Made only for a table with such a column: most tables have none, and a closure per row costs.
  const dateFallback = table.fallback.start < 0 && table.fallback.due < 0 ? undefined : (field: 'start' | 'due'): number | undefined => {
    const k = table.fallback[field];
    if (k < 0 || !dueNotWritten(values, at[field])) return undefined;
    const day = reader.dateOf(valueAt(values, k), field, row, k + left, id, id);
    if (day !== undefined) {
      filled |= FIELD_BIT[field];
      (elsewhere ??= {})[field] = reader.cell(row, k + left);
    }
    return day;
  };
  let startValue = valueAt(values, at.start);
  let dueValue = valueAt(values, at.due);
  let startedActually = false;
  let finishedActually = false;
  if (table.dateMarks !== undefined) {
    [startValue, startedActually] = unmarked(startValue, table.dateMarks);
    [dueValue, finishedActually] = unmarked(dueValue, table.dateMarks);
  }
  const startWritten = (at.start < 0 ? undefined : reader.dateOf(startValue, 'start', row, at.start + left, id, id)) ?? dateFallback?.('start');
  let due = (at.due < 0 ? undefined : reader.dateOf(dueValue, 'due', row, at.due + left, id, id)) ?? dateFallback?.('due');
  // A due column that writes ranges ("2026-09-01 - 2026-10-15", monday.com's Timeline) gives the start a table with no start column lacks.
  let start = at.start >= 0 || startWritten !== undefined || due === undefined || at.due < 0 ? startWritten : rangeStart(valueAt(values, at.due), reader.dateContext(row, at.due + left));
  if (at.start < 0 && start !== undefined && startWritten === undefined) {
    // It points at the range's cell: the table's start column is its due column from the first such row on.
    filled |= FIELD_BIT.start;
    table.fieldColumns.start = at.due + left;
  }
  // A hand-made Gantt draws the dates it has no column for; they point at the timeline's first column.
  if (table.timeline !== undefined && ((at.start < 0 && start === undefined) || at.due < 0)) {
    const drawn = table.timeline.datesOf(row);
    if (at.start < 0 && start === undefined && drawn.start !== undefined) {
      start = drawn.start;
      filled |= FIELD_BIT.start;
      table.fieldColumns.start = table.timeline.column;
    }
    if (at.due < 0 && drawn.due !== undefined) {
      due = drawn.due;
      filled |= FIELD_BIT.due;
      table.fieldColumns.due = table.timeline.column;
    }
  }
  const deadline = at.deadline < 0 ? undefined : reader.dateOf(valueAt(values, at.deadline), 'deadline', row, at.deadline + left, id, id);
  const actualStartWritten = at.actualStart < 0 ? undefined : reader.dateOf(valueAt(values, at.actualStart), 'actualStart', row, at.actualStart + left, id, id);
  const actualStart = actualStartWritten ?? (startedActually ? startWritten : undefined);
  const reportedFinish = at.reportedFinish < 0 ? undefined : reader.dateOf(valueAt(values, at.reportedFinish), 'reportedFinish', row, at.reportedFinish + left, id, id);
  const actualFinishWritten = at.actualFinish < 0 ? undefined : reader.dateOf(valueAt(values, at.actualFinish), 'actualFinish', row, at.actualFinish + left, id, id);
  const actualFinish = actualFinishWritten ?? (finishedActually ? due : undefined);
  const percentComplete = at.percentComplete < 0 ? undefined : readPercent(table, row, valueAt(values, at.percentComplete), id);
  // With no status column, % complete says it: in full for a tool that works its status out of it
  // (Project), else only for work 100% complete (a capital programme with a progress %), which is done.
  const byTool = table.statusFromPercent && percentComplete !== undefined ? statusOfPercent(percentComplete) : undefined;
  if (byTool !== undefined) filled |= FIELD_BIT.status;
  const fromPercent = byTool ?? (status === undefined && at.status < 0 && percentComplete !== undefined && percentComplete >= 1 ? 'done' : undefined);
  // With no status column, a weekly or monthly RAG history gives the latest rating, and (no update column either) its period's day.
  const rating = status === undefined && fromPercent === undefined ? table.history?.ratingOf(row) : undefined;
  let lastUpdated = at.lastUpdated < 0 ? table.statusDate : reader.dateOf(valueAt(values, at.lastUpdated), 'lastUpdated', row, at.lastUpdated + left, id, id);
  if (rating !== undefined) {
    status = rating.status;
    statusText = rating.text;
    const cell = reader.cell(row, rating.col);
    (elsewhere ??= {}).status = cell;
    filled |= FIELD_BIT.status;
    table.fieldColumns.status ??= reader.block.periodBand!.left;
    if (table.history!.datesUpdates && rating.asOf !== undefined) {
      lastUpdated = rating.asOf;
      elsewhere.lastUpdated = cell;
      filled |= FIELD_BIT.lastUpdated;
      table.fieldColumns.lastUpdated ??= reader.block.periodBand!.left;
    }
  }
  // A row struck through is closed, whatever its status cell still says (struck-rows.ts).
  const struck = table.struck?.statusAt(row, fromPercent ?? status, statusText, percentComplete);
  if (struck !== undefined && struck !== (fromPercent ?? status)) {
    (elsewhere ??= {}).status = reader.cell(row, table.struck!.column);
    filled |= FIELD_BIT.status;
  }
  const pillar = firstListed(table, 'pillar', reader.textOf(valueAt(values, at.pillar), 'pillar', row, id, id));
  const budget = at.budget < 0 ? undefined : readAmount(table, 'budget', row, valueAt(values, at.budget), id);
  const forecastCost = at.forecastCost < 0 ? undefined : readAmount(table, 'forecastCost', row, valueAt(values, at.forecastCost), id);
  const actualCost = at.actualCost < 0 ? undefined : readAmount(table, 'actualCost', row, valueAt(values, at.actualCost), id);
  const benefit = at.benefit < 0 ? undefined : readAmount(table, 'benefit', row, valueAt(values, at.benefit), id);
  const duration = at.duration < 0 ? undefined : reader.take('duration', row, parseTaskDuration(valueAt(values, at.duration), reader.workingDaysPerWeek, table.durationUnit), id, id);
  const providesTo = at.providesTo < 0 || (filled & FIELD_BIT.providesTo) === 0 ? undefined : readDeliveries(reader, row, valueAt(values, at.providesTo), at.providesTo + left, id);
  // A milestone by its activity type (P6's Start / Finish Milestone) falls on its one date, whatever else the row says.
  const typed = table.activityType.index < 0 ? undefined : milestoneOfType(valueAt(values, table.activityType.index), table.activityType);
  if (typed === 'start' && start !== undefined) due = start;
  else if (typed === 'finish' && due !== undefined) start = due;
  // A start milestone (P6's, or Project's at the working day's start): zero length, a start and no due
  // written; due-from-duration.ts gives it its start day as its due.
  const startMilestone = (typed === 'start' && start !== undefined) || (typed === undefined && duration?.days === 0 && due === undefined && start !== undefined && dueNotWritten(values, at.due));
  // An actual date read off a marked start or finish points at that cell.
  if (actualStartWritten === undefined && actualStart !== undefined) (elsewhere ??= {}).actualStart = reader.cell(row, at.start + left);
  if (actualFinishWritten === undefined && actualFinish !== undefined) (elsewhere ??= {}).actualFinish = reader.cell(row, at.due + left);
  const record: Mutable<InitiativeRecord> = { ref: reader.rowRef(row), id, dependsOn, kpis, cells: { table: table.columns, row, filled, ...(elsewhere ? { elsewhere } : {}) } };
  // Named stores in a fixed order: absent fields stay absent (not present-and-undefined).
  if (name !== undefined) record.name = name;
  if (department !== undefined) record.department = department;
  if (owner !== undefined) record.owner = owner;
  if (status !== undefined) record.status = status;
  if (statusText !== undefined) record.statusText = statusText;
  if (statusFrom !== undefined) record.statusFrom = statusFrom;
  if (rating !== undefined) record.statusFrom = 'history';
  if (fromPercent !== undefined) {
    record.status = fromPercent;
    record.statusFrom = 'percent';
  }
  if (struck !== undefined && struck !== record.status) {
    record.status = struck;
    record.statusFrom = 'strike';
  }
  if (start !== undefined) record.start = start;
  if (due !== undefined) record.due = due;
  if (deadline !== undefined) record.deadline = deadline;
  if (actualStart !== undefined) record.actualStart = actualStart;
  if (actualFinish !== undefined) record.actualFinish = actualFinish;
  if (percentComplete !== undefined) record.percentComplete = percentComplete;
  if (lastUpdated !== undefined) record.lastUpdated = lastUpdated;
  if (pillar !== undefined) record.pillar = pillar;
  if (budget !== undefined) record.budget = budget;
  if (forecastCost !== undefined) record.forecastCost = forecastCost;
  if (actualCost !== undefined) record.actualCost = actualCost;
  if (benefit !== undefined) record.benefit = benefit;
  if (providesTo !== undefined && providesTo.length > 0) record.providesTo = providesTo;
  if (reportedFinish !== undefined) record.reportedFinish = reportedFinish;
  if (duration !== undefined) {
    record.duration = duration.days;
    if (duration.elapsed) record.durationElapsed = true;
  }
  if (startMilestone) record.milestone = 'start';
  else if (typed === 'finish' && due !== undefined) record.milestone = 'finish';
  else if (duration?.days === 0 && due !== undefined && (start === undefined || start === due)) record.milestone = 'finish';
  return record;
}

/**
 * Each fallback field's column (an index into the row's values, like FieldIndexes): the first of
 * the profile's headers the table has other than the field's own column; -1 for none.
 */
function fallbackIndexes(reader: TableReader, fallback: ProfileValues['fallback'], at: FieldIndexes, left: number): Record<FallbackField, number> {
  const out: Record<FallbackField, number> = { status: -1, start: -1, due: -1 };
  if (fallback === undefined) return out;
  const { block } = reader;
  const headers = block.headers.map(normaliseHeader);
  for (const field of Object.keys(out) as FallbackField[]) {
    const k = (fallback[field] ?? []).map((h) => headers.indexOf(h)).find((c) => c >= 0 && block.range.left + c - left !== at[field]);
    if (k !== undefined) out[field] = block.range.left + k - left;
  }
  return out;
}

/** The index into the row's values of the first of the headers the table has; -1 for none. */
function headerIndex(reader: TableReader, wanted: readonly string[], left: number): number {
  if (wanted.length === 0) return -1;
  const { block } = reader;
  const headers = block.headers.map(normaliseHeader);
  const k = wanted.map((h) => headers.indexOf(h)).find((c) => c >= 0);
  return k === undefined ? -1 : block.range.left + k - left;
}


/** A fallback status cell (a status category: To Do, In Progress, Done): the profile's words, else the vocabulary. */
function fallbackStatus(text: string, statusWords: Readonly<Record<string, Status>> | undefined): Status | undefined {
  return (statusWords === undefined ? undefined : ownValue(statusWords, statusValueKey(text))) ?? normaliseStatus(text);
}

/** The first of the values a listing field's cell joins with ", " ("Marketing Q4, Content": Marketing Q4); other fields as read. */
function firstListed(table: InitiativeTable, field: 'department' | 'pillar', text: string | undefined): string | undefined {
  if (text === undefined || table.firstListed?.includes(field) !== true) return text;
  return text.split(/\s*,\s+/)[0] || text;
}

/** A tool's status worked out of its % complete (a fraction): all of it done, part in progress, none not started. */
function statusOfPercent(fraction: number): Status {
  return fraction >= 1 ? 'done' : fraction > 0 ? 'unknown' : 'not-started';
}

/**
 * An owner written as a list ("[Ana Lima, Ben Ode]", '["Jane Smith"]') as the names it lists, or
 * as a name with its address as the person's name; one character looked at either end for the
 * usual owner.
 */
function ownerText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (text.charCodeAt(0) === 0x5b) return unwrapPersonList(text);
  // "Jamal Hartnett <jamal@fabrikam.com>" (Azure DevOps, Outlook, git): the person's name.
  return text.charCodeAt(text.length - 1) === 0x3e ? displayName(text) : text;
}

/** A resource's assignment units after its name: "[50%]", "[200%]", "[0.5]". */
const UNITS = /\s*\[\s*\d+(?:[.,]\d+)?\s*%?\s*\]/g;

/** Resource names without their units ("Bo Chen[50%],Ana Silva" -> "Bo Chen,Ana Silva"); a name that is only units stays. */
function withoutUnits(text: string): string {
  const names = text.replace(UNITS, '').trim();
  return names === '' ? text : names;
}

const NAMED_ADDRESS = /^(.*?\S)\s*<[^<>\s]+@[^<>\s]+>$/;

function displayName(text: string): string {
  const m = NAMED_ADDRESS.exec(text);
  return m ? m[1]!.replace(/^"(.*)"$/, '$1') : text;
}

/**
 * Not isBlank: the common answers (no value, a number or date, text starting with a plain ASCII
 * character) without a call; isBlank decides the rest. Asked of every mapped cell of every row.
 */
function hasValue(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value !== 'string') return true;
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || !isBlank(value);
}

/** A money cell in units: a finite number in a column of no unit as it is (most cells), anything else through parseMoneyValue. */
function readAmount(table: InitiativeTable, field: MoneyField, row: number, value: CellValue, id: string): number | undefined {
  const scale = table.moneyScale[field];
  if (table.foreignAmounts?.has(row * 16384 + table.at[field] + table.left)) return undefined;
  if (scale === 0 && typeof value === 'number' && Number.isFinite(value)) return value;
  // A column that groups thousands with dots ("1.250.000" in one cell) reads its "1.250" as 1,250.
  const written = typeof value === 'string' && table.dotGroups[field] ? withDotsAsGroups(value) : value;
  return table.reader.take(field, row, parseMoneyValue(written, scale), id, id);
}

/** The money columns whose text cells group thousands with dots (groupsWithDots), each read once. */
function dotGroupColumns(reader: TableReader, at: FieldIndexes): Record<MoneyField, boolean> {
  const of = (field: MoneyField): boolean => {
    if (at[field] < 0) return false;
    for (const row of reader.rows) {
      const v = reader.block.grid.rowValues(row)[at[field]];
      if (typeof v === 'string' && groupsWithDots(v)) return true;
    }
    return false;
  };
  return { budget: of('budget'), forecastCost: of('forecastCost'), actualCost: of('actualCost'), benefit: of('benefit') };
}

function moneyScales(reader: TableReader): Record<MoneyField, number> {
  const scaleOf = (field: MoneyField): number => reader.table.mapping.find((m) => m.field === field)?.unit?.scale ?? 0;
  return { budget: scaleOf('budget'), forecastCost: scaleOf('forecastCost'), actualCost: scaleOf('actualCost'), benefit: scaleOf('benefit') };
}

function readPercent(table: InitiativeTable, row: number, value: CellValue, id: string): number | undefined {
  const { reader } = table;
  const format = reader.block.grid.rowFormats(row)?.[table.at.percentComplete] ?? null;
  // 0.3 beside 10 or "60%" is 30% or 0.3%: not read (readPercentScale named it for the column).
  if (table.percentScale === 'mixed' && isScaleAmbiguous(value, format)) return undefined;
  const fractions = table.percentScale === 'fractions';
  if (typeof value === 'number') {
    const fraction = percentOfNumber(value, fractions || isPercentFormat(format));
    if (fraction !== undefined) return fraction;
  }
  return reader.take('percentComplete', row, parsePercent(value, { fractions, numberFormat: format }), id, id);
}

/** Shared empty lists: most rows have no dependencies or KPIs, and 100,000 empty arrays cost GC time. */
const NO_LINKS: readonly DependencyLink[] = Object.freeze([]);
const NO_KPIS: readonly string[] = Object.freeze([]);

function readLinks(reader: TableReader, row: number, value: CellValue, id: string, cell: CellRef | undefined, context: DependencyContext, field: 'dependsOn' | 'externalDependsOn' = 'dependsOn'): readonly DependencyLink[] {
  if (!hasValue(value)) return NO_LINKS;
  // Most cells list plain ids ("FIN-2, OPS-3"): no parse objects in between.
  const plain = typeof value === 'string' && context.spacedIds === undefined ? plainDependencyIds(value) : undefined;
  if (plain !== undefined) {
    if (cell === undefined) return NO_LINKS;
    return plain.map((linkId) => ({ id: linkId, type: 'FS', lagDays: 0, cell }));
  }
  const parsed = parseDependencyCell(value, context);
  if (parsed.error !== undefined) reader.reportError(field, row, parsed.error, id, id);
  if (parsed.unreadable.length > 0) {
    const percents = parsed.percentLags;
    const pieces = unreadPieces(parsed.unreadable, (p) => (percents?.includes(p) ? PERCENT_LAG : undefined));
    reader.reportInvalid(field, row, `${DEPENDENCY_EXPECTED} (could not read ${pieces})`, id, id, displayValue(value));
  }
  if (cell === undefined) return NO_LINKS;
  // Links by id keep one object shape (the common case); a cell that names an initiative by name keeps the name.
  if (parsed.links.every((l) => l.name === undefined)) return parsed.links.map((l) => ({ id: l.id, type: l.type, lagDays: l.lagDays, cell }));
  return parsed.links.map((l) => (l.name !== undefined ? { id: l.id, name: l.name, type: l.type, lagDays: l.lagDays, cell } : { id: l.id, type: l.type, lagDays: l.lagDays, cell }));
}

function readKpis(reader: TableReader, row: number, value: CellValue, id: string): readonly string[] {
  if (!hasValue(value)) return NO_KPIS;
  if (isCellError(value)) {
    reader.reportError('kpi', row, value.error, id, id);
    return NO_KPIS;
  }
  return parseListCell(value);
}

const DELIVERY_EXPECTED = 'the ids or names of the initiatives it delivers to, each optionally with a date, such as FIN-12 (15 Mar 2027)';

/** A Provides to cell: each consumer it names, with the date beside it read as the table's dates are. */
function readDeliveries(reader: TableReader, row: number, value: CellValue, col: number, id: string): readonly Delivery[] {
  const context = { dateSystem: reader.source.dateSystem, dateOrder: reader.options.dateOrder };
  const parsed = parseDeliveryCell(value, (text) => parseDateValue(text, context).kind === 'value');
  if (parsed.error !== undefined) reader.reportError('providesTo', row, parsed.error, id, id);
  if (parsed.unreadable.length > 0) {
    reader.reportInvalid('providesTo', row, `${DELIVERY_EXPECTED} (could not read ${unreadPieces(parsed.unreadable)})`, id, id, displayValue(value));
  }
  if (parsed.items.length === 0) return [];
  const cell = reader.cell(row, col);
  return parsed.items.map((item) => {
    const out: { -readonly [K in keyof Delivery]: Delivery[K] } = { id: item.id, cell };
    if (item.name !== undefined) out.name = item.name;
    if (item.dateText !== undefined) {
      // Read again through the reader, so an ambiguous date is reported on the cell as the table's dates are.
      const by = reader.dateOf(item.dateText, 'providesTo', row, col, id, id);
      if (by !== undefined) out.by = by;
    }
    return out;
  });
}

/**
 * The status column read as a whole before its rows: its scale (High/Medium/Low as confidence or
 * not) from all its values and header, the saved mapping's statusValues first, then the source
 * profile's statusWords. A column whose
 * words mostly do not read is one value.unknown-status finding, raised here on its header cell.
 */
function readStatusValues(reader: TableReader, statusWords: Readonly<Record<string, Status>> | undefined, rowByRow = false): StatusColumn | undefined {
  const col = reader.column('status');
  if (col === undefined) return undefined;
  const { grid, headerRow, range } = reader.block;
  const index = col - grid.left;
  const tally = new StatusTally();
  for (const row of reader.rows) {
    const text = statusTextOf(grid.rowValues(row)[index]);
    if (text !== undefined) tally.add(text, row);
  }
  const header = reader.table.headers[col - range.left] ?? '';
  const saved = savedMappingOf(reader.options.mappings, reader.table)?.statusValues;
  // A RAG key on the sheet ("C | Complete") reads its codes; a tool's own words come after.
  const key = statusWords === undefined ? statusKeyOf(reader.block) : undefined;
  const column = readStatusTally(tally, header, saved, key ?? statusWords);
  if (column.unknownVocabulary && !rowByRow) {
    const finding = unknownStatusFinding(column, { header, headerCell: reader.cell(headerRow, col), cellAt: (row) => reader.cell(row, col) });
    reader.report(finding, headerRow, col);
  }
  return column;
}

/** Ambiguous values a value.ambiguous-percent message names (all their cells are pointed at). */
const PERCENTS_NAMED = 5;

/**
 * The % complete column's scale from all its bare numbers (percentColumnScale). In a 'mixed'
 * column the bare numbers from 0 to 1 are not read, and one value.ambiguous-percent names them
 * and the values beside them, pointing at each of their cells.
 */
function readPercentScale(reader: TableReader): PercentScale {
  const col = reader.column('percentComplete');
  if (col === undefined) return 'percents';
  const { grid } = reader.block;
  const index = col - grid.left;
  const { rows } = reader;
  const valueAt = (i: number): CellValue | undefined => grid.rowValues(rows[i]!)[index];
  const formatAt = (i: number): string | null | undefined => grid.rowFormats(rows[i]!)?.[index];
  const scale = percentColumnScaleOf(rows.length, valueAt, formatAt);
  if (scale !== 'mixed') return scale;
  const idCol = reader.column('id');
  const unread: Array<{ row: number; value: CellValue }> = [];
  const beside: string[] = [];
  rows.forEach((row, i) => {
    const value = valueAt(i) ?? null;
    if (isScaleAmbiguous(value, formatAt(i))) unread.push({ row, value });
    else if (beside.length < 2 && writesPercents(value, formatAt(i))) {
      const shown = `"${displayValue(value)}"`;
      if (!beside.includes(shown)) beside.push(shown);
    }
  });
  const named = unread.slice(0, PERCENTS_NAMED).map(({ row, value }) => {
    const id = idCol === undefined ? undefined : normaliseId(reader.block.grid.value(row, idCol));
    return `${id ?? rowLabel(row)} "${displayValue(value)}"`;
  });
  const listed =
    unread.length > PERCENTS_NAMED
      ? `${named.join(', ')} and ${unread.length - PERCENTS_NAMED} more`
      : named.length === 1
        ? named[0]!
        : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]!}`;
  const example = plainPercentNumber(unread[0]!.value)!;
  const header = reader.table.headers[col - reader.block.range.left] ?? '';
  const first = unread[0]!.row;
  reader.report(
    makeFinding(
      'value.ambiguous-percent',
      `${reader.source.name}, sheet "${reader.table.sheet}": the % complete column${header === '' ? '' : ` "${header}"`} mixes 0-1 fractions with 0-100 numbers: ` +
        `${listed} could be read either way (${example} as ${Number((example * 100).toFixed(6))}% or ${example}%) beside ${beside.join(' and ')}; ` +
        `${unread.length === 1 ? 'it was' : 'they were'} not read.`,
      unread.map(({ row }) => reader.cell(row, col)),
    ),
    first,
    col,
  );
  return scale;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NO_ACTIVITY_TYPE: InitiativeTable['activityType'] = { index: -1, start: [], finish: [] };

/** The milestone a row's activity type names ("Start Milestone", "TT_Mile"), if any. */
function milestoneOfType(value: CellValue, type: InitiativeTable['activityType']): 'start' | 'finish' | undefined {
  if (typeof value !== 'string') return undefined;
  const word = normaliseHeader(value);
  if (type.start.includes(word)) return 'start';
  if (type.finish.includes(word)) return 'finish';
  return undefined;
}
