import type { GridRange } from '../core/types';
import { a1Range, parseA1 } from '../core/util/a1';

/** Office.js addresses ("'Q3 plan'!C5:H20", "Sheet1!A1") -> sheet coordinates. */

/** The part after the sheet name: "'Q3 plan'!C5:H20" -> "C5:H20". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang === -1 ? address : address.slice(bang + 1);
}

/** "C5:H20" or "Sheet1!C5" -> 0-based range; undefined for whole rows/columns or nonsense. */
export function parseRange(address: string): GridRange | undefined {
  const [first, second] = localAddress(address).split(':');
  const start = parseA1(first ?? '');
  const end = second === undefined ? start : parseA1(second);
  if (!start || !end) return undefined;
  return { top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col) };
}

/** Every range in a RangeAreas address ("Sheet1!A1:B2, Sheet1!D4:E5"). */
export function parseAreas(address: string): GridRange[] {
  const out: GridRange[] = [];
  for (const m of address.matchAll(/!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g)) {
    const range = parseRange(m[1]!);
    if (range) out.push(range);
  }
  return out;
}

export function rangeAddress(r: GridRange): string {
  return r.top === r.bottom && r.left === r.right ? a1Range(r.top, r.left, r.bottom, r.right).split(':')[0]! : a1Range(r.top, r.left, r.bottom, r.right);
}

/** A sheet name as it must appear in a formula or document reference: 'Q3 plan'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
