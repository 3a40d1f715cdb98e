import type { DetectedTable, RawSource, RunOptions, SavedMapping } from '../types';
import { classifyBlock } from './classify';
import { profileTable, recogniseProfile, type SourceProfile } from './profiles';
import { departmentFromPlace, departmentFromTitle } from './department';
import { dataRows } from './cell-reader';
import { findTables, isTotalsRow, type Block } from './find-tables';
import { cleanText, isBlank } from './normalise/cell-text';
import { tableCurrency } from './table-currency';

export interface FoundTable {
  readonly table: DetectedTable;
  readonly block: Block;
  /** The source profile that read the table, when one recognised it. */
  readonly profile?: SourceProfile;
  /** Sheet rows holding data (not the header, blank or totals rows). */
  readonly rows: readonly number[];
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
      const rows = dataRows(block);
      const shape = profileTable(block, source.name);
      const profile = savedMapping?.kind === undefined ? recogniseProfile(shape) : undefined;
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
