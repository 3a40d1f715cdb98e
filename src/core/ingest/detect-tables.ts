import type { DetectedTable, RawSource, RunOptions, SavedMapping } from '../types';
import { classifyBlock } from './classify';
import { profileTable, recogniseProfile, type ProfileRowValues, type SourceProfile } from './profiles';
import { departmentFromPlace, departmentFromTitle } from './department';
import { dataRows, rowLabel, type TableReader } from './cell-reader';
import { makeFinding } from '../types';
import { a1Range } from '../util/a1';
import { findTables, isTotalsRow, type Block } from './find-tables';
import { cleanText, isBlank } from './normalise/cell-text';
import { tableCurrency } from './table-currency';

export interface FoundTable {
  readonly table: DetectedTable;
  readonly block: Block;
  /** The source profile that read the table, when one recognised it. */
  readonly profile?: SourceProfile;
  /** Sheet rows holding data (not the header, blank or totals rows, nor the group rows its profile marks). */
  readonly rows: readonly number[];
}

/** A run of consecutive data rows a profile's groupRow marked with the same group (sheet rows, inclusive). */
export interface GroupRun {
  readonly group: string;
  readonly first: number;
  readonly last: number;
  /** The item row just above the run, when there is one. */
  readonly under?: number;
}

/**
 * The runs of rows left out by groupRow, by block, for profiles whose marked rows are unread
 * items (groupRowsUnread): read-initiatives tells them. Kept beside the block rather than on
 * FoundTable so the reading code asks for it only where a profile has such rows.
 */
const UNREAD_RUNS = new WeakMap<Block, UnreadGroups>();

export interface UnreadGroups {
  readonly runs: readonly GroupRun[];
  /** The profile's groupRowsUnread: why they were not read. */
  readonly why: string;
}

export function unreadGroupRuns(block: Block): UnreadGroups | undefined {
  return UNREAD_RUNS.get(block);
}

/**
 * Rows a profile's groupRow left out that are items of their own (monday.com's subitem blocks):
 * one info finding per run, on its first cell, naming the item it sits under. Nothing to do
 * (one map lookup) for every other table.
 */
export function reportUnreadGroups(reader: TableReader): void {
  const unread = UNREAD_RUNS.get(reader.block);
  if (unread === undefined) return;
  const { left, right } = reader.block.range;
  for (const run of unread.runs) {
    const rows = run.first === run.last ? `row ${run.first + 1}` : `rows ${run.first + 1} to ${run.last + 1}`;
    const name = run.under === undefined ? undefined : reader.text('name', run.under, rowLabel(run.under));
    const under = run.under === undefined ? '' : ` under row ${run.under + 1}${name === undefined ? '' : ` ("${name}")`}`;
    reader.report(
      makeFinding(
        'ingest.table-ignored',
        `${reader.source.name}, sheet "${reader.table.sheet}": ${rows} (${a1Range(run.first, left, run.last, right)})${under} hold ${run.group} and were not read: ${unread.why}`,
        [reader.cell(run.first, left)],
      ),
      run.first,
      left,
    );
  }
}

/** Every table of a source with its kind, mapping, row count, confidence and department. */
export function detectTables(source: RawSource, options: RunOptions): DetectedTable[] {
  return findSourceTables(source, options).map((f) => f.table);
}

export function findSourceTables(source: RawSource, options: RunOptions): FoundTable[] {
  const saved = new Map<string, SavedMapping>(options.mappings.map((m) => [m.tableKey, m]));
  const found: FoundTable[] = [];
  for (const sheet of source.sheets) {
    let blockIndex = 0;
    for (const block of findTables(sheet)) {
      const key = `${source.name}|${sheet.name}|${block.tableName ?? blockIndex++}`;
      const savedMapping = saved.get(key);
      const shape = profileTable(block, source.name);
      const profile = savedMapping?.kind === undefined ? recogniseProfile(shape) : undefined;
      const rows = profile?.groupRow ? itemRows(block, dataRows(block), profile, shape.headers) : dataRows(block);
      const { kind, mapping, confidence, reason } = classifyBlock(block, rows, savedMapping, profile ? { profile, table: shape } : undefined);
      const mapped = new Set(mapping.map((m) => m.column));
      const unmapped = kind === null ? [] : unmappedColumns(block, mapped);
      const departmentColumn = mapping.find((m) => m.field === 'department');
      const department =
        options.sourceDepartments[source.name] ??
        savedMapping?.department ??
        (departmentColumn ? uniformValue(block, departmentColumn.column) : undefined) ??
        departmentFromPlace(source, sheet.name) ??
        departmentFromTitle(block.grid, block.range);
      const currency = kind === 'initiatives' ? tableCurrency(block, rows, mapping) : undefined;
      const table: DetectedTable = {
        key,
        source: source.name,
        sheet: sheet.name,
        ...(block.tableName !== undefined ? { tableName: block.tableName } : {}),
        kind,
        range: block.range,
        headerRow: block.headerRow,
        headers: block.headers,
        mapping,
        unmapped,
        rowCount: rows.length,
        confidence,
        ...(department !== undefined ? { department } : {}),
        ...(sheet.hidden === true ? { hidden: true as const } : {}),
        ...(profile ? { profile: profile.label } : {}),
        ...(kind === null && reason !== undefined ? { ignoredReason: reason } : {}),
        ...(currency !== undefined ? { currency } : {}),
      };
      found.push({ table, block, rows, ...(profile ? { profile } : {}) });
    }
  }
  return found;
}

/**
 * The data rows that are items: those the profile's groupRow leaves unmarked. Asked only of a
 * profile with the hook; runs of marked rows are kept for read-initiatives when the profile says
 * they are unread items (groupRowsUnread).
 */
function itemRows(block: Block, rows: readonly number[], profile: SourceProfile, headers: readonly string[]): number[] {
  const groupRow = profile.groupRow!;
  const { grid, range } = block;
  const first = new Map<string, number>();
  headers.forEach((h, k) => {
    if (!first.has(h)) first.set(h, range.left + k);
  });
  let row = 0;
  const view: ProfileRowValues = {
    headers,
    value: (header) => {
      const col = first.get(header);
      if (col === undefined) return null;
      const value = grid.value(row, col);
      return isBlank(value) ? null : value;
    },
  };
  const items: number[] = [];
  const runs: GroupRun[] = [];
  let previous: string | undefined;
  let run: { group: string; first: number; last: number; under?: number } | undefined;
  for (const r of rows) {
    row = r;
    const group = groupRow(view, previous);
    previous = group;
    if (group === undefined) {
      items.push(r);
      run = undefined;
      continue;
    }
    if (run !== undefined && run.group === group) run.last = r;
    else {
      const under = items[items.length - 1];
      run = { group, first: r, last: r, ...(under !== undefined ? { under } : {}) };
      runs.push(run);
    }
  }
  if (profile.groupRowsUnread !== undefined && runs.length > 0) UNREAD_RUNS.set(block, { runs, why: profile.groupRowsUnread });
  return items;
}

/** Columns no field maps to: named ones, and unnamed ones that hold data. */
function unmappedColumns(block: Block, mapped: ReadonlySet<number>): Array<{ column: number; header: string }> {
  const out: Array<{ column: number; header: string }> = [];
  block.headers.forEach((header, column) => {
    if (mapped.has(column)) return;
    if (header !== '' || columnHasData(block, column)) out.push({ column, header });
  });
  return out;
}

function columnHasData(block: Block, column: number): boolean {
  const col = block.range.left + column;
  for (let row = block.headerRow + 1; row <= block.range.bottom; row++) if (!isBlank(block.grid.value(row, col))) return true;
  return false;
}

/** The department column's value when every data row gives the same one. */
function uniformValue(block: Block, column: number): string | undefined {
  const col = block.range.left + column;
  let value: string | undefined;
  /** The last cell text found to agree with `value`: the same text again agrees too, whatever its row. */
  let agreed: string | undefined;
  for (let row = block.headerRow + 1; row <= block.range.bottom; row++) {
    const v = block.grid.value(row, col);
    if (typeof v !== 'string') {
      if (isBlank(v)) continue;
      return undefined;
    }
    if (v === agreed) continue;
    if (isTotalsRow(block.grid, row, block.range.left, block.range.right)) continue;
    const text = cleanText(v);
    if (text === '') continue;
    if (value === undefined) value = text;
    else if (value.toLowerCase() !== text.toLowerCase()) return undefined;
    agreed = v;
  }
  return value;
}
