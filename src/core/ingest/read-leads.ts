import type { CellRef, CellValue, DepartmentCode, DepartmentLead, RawSource } from '../types';
import { LEAD_TABLE_HEADERS } from '../types';
import { a1 } from '../util/a1';
import { dataRows } from './cell-reader';
import { findTables, type Block } from './find-tables';
import { normaliseHeader } from './match/header-evidence';
import { isBlank } from './normalise/cell-text';

/**
 * A table that is none of ours but has a department column and a lead column (a Departments or
 * Leads sheet): department -> lead, each with the lead's cell. Empty when it is not such a table.
 * The first row naming a department wins; later rows for it are ignored.
 */
export function readLeadsBlock(source: string, block: Block, rows: readonly number[]): DepartmentLead[] {
  const column = (names: readonly string[]): number => block.headers.findIndex((h) => names.includes(normaliseHeader(h)));
  const dep = column(LEAD_TABLE_HEADERS.department);
  const lead = column(LEAD_TABLE_HEADERS.lead);
  if (dep < 0 || lead < 0) return [];
  const sheet = block.grid.sheet.name;
  const seen = new Set<string>();
  const out: DepartmentLead[] = [];
  for (const row of rows) {
    const d = textOf(block.grid.value(row, block.range.left + dep));
    const l = textOf(block.grid.value(row, block.range.left + lead));
    if (d === '' || l === '' || seen.has(d.toLowerCase())) continue;
    seen.add(d.toLowerCase());
    const cell: CellRef = { source, sheet, address: a1(row, block.range.left + lead) };
    out.push({ department: d, lead: l, cell });
  }
  return out;
}

/**
 * A department list's codes: a table that is none of ours with a department column and a code
 * column (Code, Abbreviation, Short name): department -> code, each with the code's cell, so a
 * calendar or tracker that writes "FIN" is matched to Finance (model/department-names.ts).
 */
export function readDepartmentCodes(source: string, block: Block, rows: readonly number[]): DepartmentCode[] {
  const column = (names: readonly string[]): number => block.headers.findIndex((h) => names.includes(normaliseHeader(h)));
  const dep = column(LEAD_TABLE_HEADERS.department);
  const code = column(LEAD_TABLE_HEADERS.code);
  if (dep < 0 || code < 0) return [];
  const out: DepartmentCode[] = [];
  for (const row of rows) {
    const d = textOf(block.grid.value(row, block.range.left + dep));
    const c = textOf(block.grid.value(row, block.range.left + code));
    if (d === '' || c === '') continue;
    out.push({ department: d, code: c, cell: { source, sheet: block.grid.sheet.name, address: a1(row, block.range.left + code) } });
  }
  return out;
}

function textOf(v: CellValue): string {
  if (isBlank(v) || (typeof v !== 'string' && typeof v !== 'number')) return '';
  return String(v).trim();
}

/**
 * The leads of a file the user names as the leads list (`--leads`): every table in it with a
 * department and a lead column, whatever else it holds. Empty when it has none.
 */
export function readLeadsSource(source: RawSource): DepartmentLead[] {
  const out: DepartmentLead[] = [];
  for (const sheet of source.sheets) for (const block of findTables(sheet)) for (const l of readLeadsBlock(source.name, block, dataRows(block))) out.push(l);
  return out;
}
