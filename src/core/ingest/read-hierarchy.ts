import type { CellValue, InitiativeRecord } from '../types';
import type { TableReader } from './cell-reader';
import { normaliseHeader } from './match/header-evidence';
import { cleanText, isBlank } from './normalise/cell-text';
import { normaliseId } from './normalise/id';
import type { SourceProfile } from './profiles';
import type { SheetGrid } from './sheet-grid';
import { nameIndexKey } from './identity';
import { withoutLinkedPageUrls } from './normalise/dependency';
import { otherIdsOf } from './other-ids';

/**
 * A tool's parent/child structure, read into InitiativeRecord.parent for the records of one table
 * (records[first..], already keyed: their ids are final):
 * - a parent column (profile.parent: Jira Parent, Asana Parent task; a row blank in the first the
 *   table has reads the next, Jira's Epic Link after Parent) names each row's parent by id
 *   or, failing that, by the name of a row of the table; a parent in the same table takes that
 *   row's final id (source-scoped ids included);
 * - else an outline (profile.outline), in this order: an outline-level column (1, 2, 3, or outline
 *   numbers such as 1.2.3, whose depth is the level); else, when the list holds the marker
 *   'name levels', a numbered family of name columns ("Title 1", "Title 2", "Title 3": an Azure
 *   DevOps tree query), the name mapped to the first: a row's level is the number of the one it
 *   fills (nameLevelHeaders), used when the table has two or more (a row's name is read from that
 *   column even when a parent column gives the parent); else, when the list holds the marker
 *   'grouped', the sheet's grouped rows (RawSheet.rowOutlineLevels: Excel's row outline, as
 *   Smartsheet's and Microsoft Project's Excel exports write the hierarchy), used when some row of
 *   the table is grouped; else, with the marker 'indent' last in the list, the indentation of the
 *   name (leading spaces). A row's parent is the nearest row above it at a lower level.
 * A table without any of these costs nothing: no pass over its rows.
 */
export function readHierarchy(
  reader: TableReader,
  profile: Pick<SourceProfile, 'parent' | 'outline' | 'otherId'>,
  records: InitiativeRecord[],
  first: number,
  renamed: ReadonlyMap<string, string>,
): void {
  if (records.length === first || (profile.parent === undefined && profile.outline === undefined)) return;
  const { block } = reader;
  const headers = block.headers.map(normaliseHeader);
  const columnOf = (header: string): number | undefined => {
    const k = headers.indexOf(header);
    return k < 0 ? undefined : block.range.left + k;
  };
  const outline = profile.outline;
  // A numbered family of name columns names each row whichever column gives its parent.
  const levels = outline !== undefined && outline !== 'indent' && outline.includes(NAME_LEVELS) ? nameLevelColumns(reader, headers) : undefined;
  if (levels !== undefined) nameByLevels(reader, levels, records, first);
  const parentColumns = (profile.parent ?? []).flatMap((h) => {
    const c = columnOf(h);
    return c === undefined ? [] : [c];
  });
  if (parentColumns.length > 0) {
    readParentColumn(reader, records, first, parentColumns, renamed, otherIdsOf(reader, profile, records, first));
    return;
  }
  if (outline === undefined) return;
  const levelHeader = outline === 'indent' ? undefined : firstHeader(outline, columnOf);
  if (levelHeader !== undefined) {
    const levelColumn = columnOf(levelHeader)!;
    const numbering = isOutlineNumbering(levelHeader);
    nestByLevel(records, first, (row) => outlineLevel(block.grid.value(row, levelColumn), numbering));
    return;
  }
  if (levels !== undefined) {
    const { grid } = block;
    nestByLevel(records, first, (row) => {
      const level = levels.findIndex((c) => !isBlank(grid.value(row, c)));
      return level < 0 ? undefined : level;
    });
    return;
  }
  if (outline !== 'indent' && outline.includes(GROUPED) && nestByGroupedRows(block.grid, records, first)) return;
  if (outline !== 'indent' && outline[outline.length - 1] !== INDENT) return;
  const nameColumn = reader.column('name');
  if (nameColumn === undefined) return;
  nestByLevel(records, first, (row) => indentOf(block.grid.value(row, nameColumn)));
}

/** Markers of an outline list that name no column: numbered name columns, the sheet's grouped rows, the name's indentation. */
export const NAME_LEVELS = 'name levels';
const GROUPED = 'grouped';
const INDENT = 'indent';

/**
 * The numbered family of name columns a name column heads: for "title 1" among the headers
 * (normalised), "title 1", "title 2", ... while the next number is there; undefined unless the
 * name's header ends in 1 and the family has two columns or more.
 */
export function nameLevelHeaders(headers: readonly string[], nameHeader: string): string[] | undefined {
  const m = /^(.*\D)\s*1$/.exec(nameHeader);
  if (!m) return undefined;
  const base = m[1]!.trim();
  const family = [nameHeader];
  while (headers.includes(`${base} ${family.length + 1}`)) family.push(`${base} ${family.length + 1}`);
  return family.length >= 2 ? family : undefined;
}

/** The sheet columns of the numbered name family the name column heads (nameLevelHeaders), level order; undefined without one. */
function nameLevelColumns(reader: TableReader, headers: readonly string[]): number[] | undefined {
  const { range } = reader.block;
  const nameColumn = reader.column('name');
  if (nameColumn === undefined) return undefined;
  const family = nameLevelHeaders(headers, headers[nameColumn - range.left] ?? '');
  return family?.map((h) => range.left + headers.indexOf(h));
}

/** A record whose first name column is blank takes its name from the one of the family it fills. */
function nameByLevels(reader: TableReader, columns: readonly number[], records: InitiativeRecord[], first: number): void {
  const { grid } = reader.block;
  for (let k = first; k < records.length; k++) {
    const r = records[k]!;
    if (r.name !== undefined) continue;
    const filled = columns.find((c) => !isBlank(grid.value(r.cells.row, c)));
    if (filled !== undefined) setName(r, cleanText(String(grid.value(r.cells.row, filled))));
  }
}

/** The first of the headers the table has (the outline markers aside). */
function firstHeader(headers: readonly string[], columnOf: (header: string) => number | undefined): string | undefined {
  for (const header of headers) {
    if (header === INDENT || header === GROUPED) continue;
    if (columnOf(header) !== undefined) return header;
  }
  return undefined;
}

/**
 * Whether an outline column numbers its rows ("Outline number", "WBS": 1, 1.1, 1.2, 2) rather
 * than giving their level ("Outline level", "Level", "Indent level", "Gliederungsebene": 1, 2, 2, 1): a bare 2 is
 * then the second top-level item, not a row on level 2.
 */
export function isOutlineNumbering(header: string): boolean {
  // German compounds end in the word: "Gliederungsebene" is Project's Outline Level.
  return !/\b(?:level|indent|depth)\b|ebene$/.test(header);
}

/**
 * The parent named in each row, by the first of the parent columns it fills (Jira's Parent, else
 * the Epic Link older exports fill instead): an id of the table (its final, possibly source-scoped form), else
 * the row whose other id it is (otherIds: Jira's Parent holding the parent's numeric Issue id),
 * else the one row of the table with that name (Asana's Parent task holds the parent's name), else
 * the id as written (a parent in another file, such as a Jira epic of another project).
 */
function readParentColumn(
  reader: TableReader,
  records: InitiativeRecord[],
  first: number,
  cols: readonly number[],
  renamed: ReadonlyMap<string, string>,
  otherIds: ReadonlyMap<string, string> | undefined,
): void {
  const { grid } = reader.block;
  const ids = new Set<string>();
  for (let k = first; k < records.length; k++) ids.add(records[k]!.id);
  let byName: Map<string, string | null> | undefined;
  for (let k = first; k < records.length; k++) {
    const r = records[k]!;
    const col = cols.find((c) => !isBlank(grid.value(r.cells.row, c))) ?? cols[0]!;
    const cell = grid.value(r.cells.row, col);
    // A linked page's address after its title (Notion's "Parent-task") is no part of the name.
    const value = typeof cell === 'string' && cell.includes('://') ? withoutLinkedPageUrls(cell) : cell;
    const written = normaliseId(value);
    if (written === undefined) continue;
    let parent = renamed.get(written) ?? written;
    if (!ids.has(parent)) parent = otherIds?.get(written) ?? parent;
    if (!ids.has(parent) && typeof value === 'string') {
      byName ??= namesOf(records, first);
      parent = byName.get(nameIndexKey(value)) ?? parent;
    }
    if (parent !== r.id) setParent(r, parent);
  }
}

/** The table's rows by name (case and spacing aside); null for a name two rows share. */
function namesOf(records: readonly InitiativeRecord[], first: number): Map<string, string | null> {
  const names = new Map<string, string | null>();
  for (let k = first; k < records.length; k++) {
    const r = records[k]!;
    if (r.name === undefined) continue;
    const key = nameIndexKey(r.name);
    names.set(key, names.has(key) && names.get(key) !== r.id ? null : r.id);
  }
  return names;
}

/**
 * Each record's parent: the nearest record above it with a lower level. Rows whose level does
 * not read (blank, text) get no parent and leave the nesting as it is.
 */
function nestByLevel(records: InitiativeRecord[], first: number, levelOf: (row: number) => number | undefined): void {
  const levels: number[] = [];
  const ids: string[] = [];
  for (let k = first; k < records.length; k++) {
    const r = records[k]!;
    const level = levelOf(r.cells.row);
    if (level === undefined) continue;
    while (levels.length > 0 && levels[levels.length - 1]! >= level) {
      levels.pop();
      ids.pop();
    }
    if (ids.length > 0) setParent(r, ids[ids.length - 1]!);
    levels.push(level);
    ids.push(r.id);
  }
}

/**
 * Nests the table's records by the sheet's grouped rows (level 0 at the top); false, touching
 * nothing, when the sheet groups none of the table's rows (then the next outline source is tried).
 */
function nestByGroupedRows(grid: SheetGrid, records: InitiativeRecord[], first: number): boolean {
  const levels = grid.sheet.rowOutlineLevels;
  if (levels === undefined) return false;
  const levelOf = (row: number): number => levels[row - grid.top] ?? 0;
  let grouped = false;
  for (let k = first; k < records.length && !grouped; k++) grouped = levelOf(records[k]!.cells.row) > 0;
  if (!grouped) return false;
  nestByLevel(records, first, levelOf);
  return true;
}

/**
 * 2 or "2": level 2 in a level column, level 1 in a numbering column (isOutlineNumbering: the
 * second top-level item); "1.2.3": level 3 (an outline number or WBS code); anything else: unknown.
 */
export function outlineLevel(value: CellValue, numbering = false): number | undefined {
  // A WBS code typed as 1.2 is stored as a number: its depth, not its value.
  if (typeof value === 'number') return !Number.isFinite(value) ? undefined : Number.isInteger(value) ? (numbering ? 1 : value) : String(value).split('.').length;
  if (typeof value !== 'string') return undefined;
  const text = cleanText(value);
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return numbering ? 1 : Number(text);
  if (/^[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)+\.?$/u.test(text)) return text.replace(/\.$/, '').split('.').length;
  return undefined;
}

/** Leading spaces (tabs, no-break and ideographic spaces) of a name; 0 for a value that is not text. */
export function indentOf(value: CellValue): number {
  if (typeof value !== 'string') return 0;
  let k = 0;
  while (k < value.length && (value[k] === ' ' || value[k] === '\t' || value[k] === '\u00a0' || value[k] === '\u3000')) k++;
  return k === value.length ? 0 : k;
}

/** A name read from elsewhere in the row (read-table-hierarchy.ts: the filled one of "Title 1", "Title 2"); set in place like the parent. */
export function setName(record: InitiativeRecord, name: string): void {
  (record as { name?: string }).name = name;
}

/** Records are made by this ingest run and not shared yet: the parent is set in place. */
function setParent(record: InitiativeRecord, parent: string): void {
  (record as { parent?: string }).parent = parent;
}
