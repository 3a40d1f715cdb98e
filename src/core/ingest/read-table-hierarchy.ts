import type { DetectedTable, InitiativeRecord } from '../types';
import type { TableReader } from './cell-reader';
import { headerForm, normaliseHeader } from './match/header-evidence';
import { cleanText, isBlank } from './normalise/cell-text';
import { readHierarchy, setName } from './read-hierarchy';

/**
 * The hierarchy of a table no source profile read, from what its unmapped columns say:
 * - a numbered family of name columns, one filled per row ("Title 1", "Title 2", "Title 3": an
 *   Azure DevOps tree query): a row's name is the one filled and its level that column's number;
 * - else a Parent column ("Parent", "Parent ID", "Parent issue", "Parent task ID") naming the
 *   parent by id or name (read as a profile's parent column is);
 * - else an outline-level column ("Outline level", "Level", "WBS");
 * - else ids that are outline numbers ("1", "1.1", "1.2"): "1.2"'s parent is "1" when the table has it.
 * Returns the table with the columns it read taken off the unmapped list.
 */
export function readTableHierarchy(
  reader: TableReader,
  table: DetectedTable,
  records: InitiativeRecord[],
  first: number,
  renamed: ReadonlyMap<string, string>,
): DetectedTable {
  if (records.length === first) return table;
  const family = nameFamily(table);
  if (family) {
    nestByNameFamily(reader, records, first, family);
    return withoutColumns(table, new Set(family));
  }
  const unmapped = table.unmapped.map((u) => normaliseHeader(u.header));
  const parent = unmapped.find(isParentHeader);
  const outline = unmapped.find((h) => OUTLINE_HEADERS.has(h));
  if (parent !== undefined || outline !== undefined) {
    readHierarchy(reader, parent !== undefined ? { parent: [parent] } : { outline: [outline!] }, records, first, renamed);
    return withoutColumns(table, new Set([parent ?? outline!]));
  }
  nestByOutlineIds(records, first);
  return table;
}

const OUTLINE_HEADERS: ReadonlySet<string> = new Set(['outline level', 'level', 'outline number', 'wbs', 'wbs code', 'wbs number', 'indent level', 'hierarchy level', 'outline']);
/** Words beside "parent" that make the column something else about the parent (its status, its type). */
const NOT_PARENT = new Set(['summary', 'status', 'state', 'type', 'owner', 'assignee', 'date', 'priority', 'count', 'project', 'url', 'link']);

function isParentHeader(header: string): boolean {
  const words = headerForm(header).words;
  return words.includes('parent') && !words.some((w) => NOT_PARENT.has(w));
}

/** The family's columns (0-based, level order) when the name is mapped to the first of "<word> 1", "<word> 2", ... unmapped beside it. */
function nameFamily(table: DetectedTable): number[] | undefined {
  const name = table.mapping.find((m) => m.field === 'name');
  if (!name) return undefined;
  const m = /^(.*\D)\s*1$/.exec(normaliseHeader(name.header));
  if (!m) return undefined;
  const base = m[1]!.trim();
  const columns = [name.column];
  for (let level = 2; ; level++) {
    const next = table.unmapped.find((u) => normaliseHeader(u.header) === `${base} ${level}`);
    if (!next) break;
    columns.push(next.column);
  }
  return columns.length >= 2 ? columns : undefined;
}

function nestByNameFamily(reader: TableReader, records: InitiativeRecord[], first: number, family: readonly number[]): void {
  const { grid, range } = reader.block;
  const levels: number[] = [];
  const ids: string[] = [];
  for (let k = first; k < records.length; k++) {
    const r = records[k]!;
    const level = family.findIndex((c) => !isBlank(grid.value(r.cells.row, range.left + c)));
    if (level < 0) continue;
    if (r.name === undefined) setName(r, cleanText(String(grid.value(r.cells.row, range.left + family[level]!))));
    while (levels.length > 0 && levels[levels.length - 1]! >= level) {
      levels.pop();
      ids.pop();
    }
    if (ids.length > 0) (r as { parent?: string }).parent = ids[ids.length - 1]!;
    levels.push(level);
    ids.push(r.id);
  }
}

const OUTLINE_ID = /^\d+(?:\.\d+)+$/;

/** "1.2.3" under "1.2": a row whose id is an outline number takes the row whose id is its prefix as parent. */
function nestByOutlineIds(records: InitiativeRecord[], first: number): void {
  let ids: Set<string> | undefined;
  for (let k = first; k < records.length; k++) {
    const r = records[k]!;
    // includes() first: most ids have no point, and this runs once per row.
    if (!r.id.includes('.') || !OUTLINE_ID.test(r.id)) continue;
    ids ??= new Set(records.slice(first).map((x) => x.id));
    const parent = r.id.slice(0, r.id.lastIndexOf('.'));
    if (ids.has(parent)) (r as { parent?: string }).parent = parent;
  }
}

function withoutColumns(table: DetectedTable, columns: ReadonlySet<number | string>): DetectedTable {
  const unmapped = table.unmapped.filter((u) => !columns.has(u.column) && !columns.has(normaliseHeader(u.header)));
  return unmapped.length === table.unmapped.length ? table : { ...table, unmapped };
}
