import type { CellRef, DetectedTable, Finding, InitiativeField, InitiativeRecord } from '../types';
import { FIELD_BIT, INITIATIVE_FIELD_SPECS, makeFinding } from '../types';
import { a1, a1Range } from '../util/a1';
import { isoFromDay } from '../util/days';
import { shortText } from '../util/short-text';
import { rowLabel, type TableReader } from './cell-reader';
import type { UnreadGroups } from './detect-tables';
import type { Block } from './find-tables';
import type { SourceProfile } from './profiles';
import type { SectionRow } from './section-rows';
import { normaliseHeader } from './match/header-evidence';

/**
 * What a table could not give, said once per table rather than left to the report to get wrong:
 * the fields a report needs that no column holds, and rows typed outside an Excel table.
 */

/** What the report lacks without each field, as the warning says it. */
const WITHOUT: ReadonlyArray<readonly [InitiativeField, string]> = [
  ['name', 'names'],
  ['due', 'due dates (no overdue, slip, slack or critical-path checks)'],
  ['status', 'reported statuses (no status checks)'],
  ['lastUpdated', 'update dates (no staleness check)'],
  ['dependsOn', 'dependencies'],
];

/** An initiatives table as read: its profile and where its records sit in the run's list. */
export interface ReadTable {
  readonly table: DetectedTable;
  readonly profile: SourceProfile | undefined;
  readonly first: number;
  readonly end: number;
}

/** The headers a profile reads a field from where the row's own cell gives none (SourceProfile.fallback). */
function fallbackOf(profile: SourceProfile | undefined, field: InitiativeField): readonly string[] {
  const fallback: Partial<Record<InitiativeField, readonly string[]>> | undefined = profile?.fallback;
  return fallback?.[field] ?? [];
}

/**
 * ingest.fields-missing: an initiatives table with no column for fields the report needs, said
 * only where no other table gives its initiatives that field (a cost register whose rows are
 * planned on another department's sheet lacks nothing), and not for dependencies where the run
 * has a dependency register (`register`): the links are kept there.
 */
export function missingFields(tables: readonly ReadTable[], records: readonly InitiativeRecord[], register = false): Finding[] {
  const out: Finding[] = [];
  const givesField = (t: ReadTable, field: InitiativeField): boolean =>
    t.table.mapping.some((m) => m.field === field) ||
    (field === 'dependsOn' && (register || t.profile?.links !== undefined || t.table.mapping.some((m) => m.field === 'successors' || m.field === 'externalDependsOn'))) ||
    (field === 'lastUpdated' && t.table.statusDate !== undefined) ||
    // A profile's second column for the field (SourceProfile.fallback: Jira Plans' Target end).
    fallbackOf(t.profile, field).some((h) => t.table.headers.some((header) => normaliseHeader(header) === h)) ||
    // A tool whose % complete is its status (SourceProfile.statusFromPercent).
    (field === 'status' && t.profile?.statusFromPercent === true && t.table.mapping.some((m) => m.field === 'percentComplete')) ||
    // A start and a duration give the due (due-from-duration.ts).
    (field === 'due' && t.table.mapping.some((m) => m.field === 'start') && t.table.mapping.some((m) => m.field === 'duration')) ||
    // A field read with no column of its own (dues drawn on a Gantt's timeline: timeline-dates.ts).
    readWithoutColumn(t, field);
  const readWithoutColumn = (t: ReadTable, field: InitiativeField): boolean => {
    if (t.table.timeline === undefined) return false;
    for (let k = t.first; k < t.end; k++) if ((records[k]!.cells.filled & FIELD_BIT[field]) !== 0) return true;
    return false;
  };
  // The ids some table gives a field, built only for fields another table lacks.
  const given = new Map<InitiativeField, Set<string>>();
  const givenFor = (field: InitiativeField): ReadonlySet<string> => {
    let ids = given.get(field);
    if (!ids) {
      ids = new Set<string>();
      for (const t of tables) if (givesField(t, field)) for (let k = t.first; k < t.end; k++) ids.add(records[k]!.id);
      given.set(field, ids);
    }
    return ids;
  };
  for (const t of tables) {
    if (t.end === t.first) continue;
    const lacking = WITHOUT.filter(([field]) => {
      if (givesField(t, field)) return false;
      const ids = givenFor(field);
      if (ids.size === 0) return true;
      for (let k = t.first; k < t.end; k++) if (!ids.has(records[k]!.id)) return true;
      return false;
    });
    if (lacking.length > 0) out.push(missingFieldsFinding(t.table, lacking, t.end - t.first));
    const empty = emptyColumnsFinding(t, records);
    if (empty) out.push(empty);
  }
  return out;
}

/**
 * A column mapped to a field the report needs with nothing in any row: as good as missing, and
 * said so (a RAG column kept by colouring the cells in colours that are not red, amber or green, or
 * in a host that gives no fills: a CSV file; the cells a RAG fill gave a status count as filled).
 */
function emptyColumnsFinding(t: ReadTable, records: readonly InitiativeRecord[]): Finding | undefined {
  let filled = 0;
  for (let k = t.first; k < t.end; k++) {
    const r = records[k]!;
    // A due worked out from Start + Duration is a due the row gives.
    filled |= r.dueFrom === 'duration' ? r.cells.filled | FIELD_BIT.due : r.cells.filled;
  }
  // Not depends on: an empty Depends On column is a plan whose owner wrote that nothing is waited on.
  const empty = WITHOUT.flatMap(([field, lack]) => {
    if (field === 'dependsOn') return [];
    const m = t.table.mapping.find((c) => c.field === field);
    return m !== undefined && (filled & FIELD_BIT[field]) === 0 ? [{ field, lack, m }] : [];
  });
  if (empty.length === 0) return undefined;
  const { table } = t;
  const rows = t.end - t.first;
  const columns = empty.map(({ field, m }) => `the ${INITIATIVE_FIELD_SPECS[field].inSentence} column "${shortText(m.header, 40)}" (${a1(table.headerRow, table.range.left + m.column)})`);
  const colour = empty.some((e) => e.field === 'status') ? ' A status shown only by colouring its cell is read from a red, amber or green fill of an .xlsx file or the open workbook, and none was found here: write it in the cell (Green, Amber, Red or G, A, R).' : '';
  return makeFinding(
    'ingest.fields-missing',
    `${table.source}, sheet "${table.sheet}": ${list(columns)} ${empty.length === 1 ? 'is' : 'are'} empty in all ${rows === 1 ? '1 row' : `${rows} rows`}, so the report gives ${rows === 1 ? 'its initiative' : 'them'} no ${list(empty.map((e) => e.lack))}; they are shown as not given.${colour}`,
    empty.map(({ m }) => ({ source: table.source, sheet: table.sheet, address: a1(table.headerRow, table.range.left + m.column) })),
  );
}

function missingFieldsFinding(table: DetectedTable, lacking: ReadonlyArray<readonly [InitiativeField, string]>, rows: number): Finding {
  const cell: CellRef = { source: table.source, sheet: table.sheet, address: a1(table.headerRow, table.range.left) };
  const names = lacking.map(([field]) => INITIATIVE_FIELD_SPECS[field].inSentence);
  const what = lacking.map(([, lack]) => lack);
  return makeFinding(
    'ingest.fields-missing',
    `${table.source}, sheet "${table.sheet}": no column was found for ${list(names)}, so the report gives its ${rows === 1 ? 'initiative' : `${rows} initiatives`} no ${list(what)}; they are shown as not given.`,
    [cell],
  );
}

/** ingest.status-date-from-title: a table with no update-date column whose title dates its statuses. */
export function statusDateFromTitleNotice(table: DetectedTable): Finding | undefined {
  const date = table.statusDate;
  if (date === undefined || table.rowCount === 0) return undefined;
  const rows = table.rowCount === 1 ? 'its initiative' : `each of its ${table.rowCount} initiatives`;
  return makeFinding(
    'ingest.status-date-from-title',
    `${table.source}, sheet "${table.sheet}" has no last-updated column; its title "${shortText(date.text, 80)}" dates the statuses, so ${rows} is taken as updated ${isoFromDay(date.day)}.`,
    [date.cell],
  );
}

/**
 * ingest.dates-from-values: start or due read from date columns whose headers name neither
 * (match/unnamed-dates.ts), said once per table with the columns, so the user can check the reading.
 */
export function datesFromValuesNotice(table: DetectedTable): Finding | undefined {
  if (table.kind !== 'initiatives') return undefined;
  const read = table.mapping.filter((m) => (m.field === 'due' || m.field === 'start') && m.by === 'values');
  if (read.length === 0) return undefined;
  const columns = read.map((m) => `"${shortText(m.header, 40)}" (${a1(table.headerRow, table.range.left + m.column)}) as the ${INITIATIVE_FIELD_SPECS[m.field as InitiativeField].inSentence} date`);
  const why = read.length === 1 ? 'the table names no due date and this is its only date column' : 'the table names no due date and its date columns run in this order on every row';
  return makeFinding(
    'ingest.dates-from-values',
    `${table.source}, sheet "${table.sheet}": read ${list(columns)}: ${why}.`,
    read.map((m) => ({ source: table.source, sheet: table.sheet, address: a1(table.headerRow, table.range.left + m.column) })),
  );
}

/**
 * Rows heading the groups of rows under them (section-rows.ts), said once per table: not read as
 * initiatives (ingest.table-ignored, as other rows left out), their labels the pillar where no
 * column gives one, and ids numbered anew in each group read within it.
 */
export function sectionRowsNotice(table: DetectedTable, sections: readonly SectionRow[], footers: readonly SectionRow[], records: readonly InitiativeRecord[], first: number): Finding {
  const cellOf = (s: SectionRow): CellRef => ({ source: table.source, sheet: table.sheet, address: a1(s.row, s.col) });
  const lines = (rows: readonly SectionRow[]): string => {
    const shown = rows.slice(0, 3).map((s) => `"${shortText(s.text, 40)}"`);
    const labels = rows.length > 3 ? `${shown.join(', ')} and ${rows.length - 3} more` : list(shown);
    const at = rows.map((s) => a1(s.row, s.col));
    const where = at.length > 5 ? `${at.slice(0, 5).join(', ')} and ${at.length - 5} more` : list(at);
    return `${rows.length === 1 ? 'the row' : `${rows.length} rows`} at ${where} (${labels})`;
  };
  const parts: string[] = [];
  if (sections.length > 0) {
    const pillar = table.mapping.some((m) => m.field === 'pillar') ? '' : '; each label is the pillar of the rows under it';
    const scopedId = records.slice(first).find((r) => r.id.startsWith(`${sections[0]!.label}#`))?.id;
    const scoped = scopedId === undefined ? '' : `; the ids start again in each group, so each is read within its group ("${shortText(scopedId, 40)}")`;
    parts.push(`${lines(sections)} ${sections.length === 1 ? 'heads' : 'head'} the group of rows under ${sections.length === 1 ? 'it' : 'them'} and ${sections.length === 1 ? 'was' : 'were'} not read as initiatives${pillar}${scoped}`);
  }
  if (footers.length > 0) parts.push(`${lines(footers)} ${footers.length === 1 ? 'is a line' : 'are lines'} under the last row, not read as initiatives`);
  return makeFinding('ingest.table-ignored', `${table.source}, sheet "${table.sheet}": ${parts.join('; ')}.`, [...sections, ...footers].map(cellOf));
}

/** ingest.row-outside-table: rows typed right under an Excel table's range, read as part of it. */
export function rowsOutsideTable(table: DetectedTable, block: Block): Finding | undefined {
  const below = block.rowsBelowTable ?? 0;
  if (below === 0 || table.tableName === undefined) return undefined;
  const first = table.range.bottom - below + 1;
  const where = a1Range(first, table.range.left, table.range.bottom, table.range.right);
  const count = below === 1 ? '1 row' : `${below} rows`;
  return makeFinding(
    'ingest.row-outside-table',
    `${table.source}, sheet "${table.sheet}": ${count} at ${where} ${below === 1 ? 'sits' : 'sit'} just under the Excel table ${table.tableName}, outside its range; ${below === 1 ? 'it was' : 'they were'} read as part of it.`,
    [{ source: table.source, sheet: table.sheet, address: a1(first, table.range.left) }],
  );
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Rows a profile's groupRow left out that are items of their own (monday.com's subitem blocks):
 * one info finding per run, on its first cell, naming the item it sits under.
 */
export function reportUnreadGroups(reader: TableReader, unread: UnreadGroups): void {
  const { left, right } = reader.block.range;
  for (const run of unread.runs) {
    const rows = run.first === run.last ? `row ${run.first + 1}` : `rows ${run.first + 1} to ${run.last + 1}`;
    const name = run.under === undefined ? undefined : reader.text('name', run.under, rowLabel(run.under));
    const under = run.under === undefined ? '' : ` under row ${run.under + 1}${name === undefined ? '' : ` ("${name}")`}`;
    reader.report(
      makeFinding(
        'ingest.table-ignored',
        `${reader.source.name}, sheet "${reader.table.sheet}": ${rows} (${a1Range(run.first, left, run.last, right)})${under} ${run.first === run.last ? 'holds' : 'hold'} ${run.group} and ${run.first === run.last ? 'was' : 'were'} not read: ${unread.why}`,
        [reader.cell(run.first, left)],
      ),
      run.first,
      left,
    );
  }
}
