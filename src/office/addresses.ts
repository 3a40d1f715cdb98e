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

/**
 * Every range in a RangeAreas address ("Sheet1!A1:B2,'Ops!A2 list'!D4:E5"). The areas are split
 * at commas outside quotes, and each one's address is what follows its sheet name, so text inside
 * a quoted sheet name (which may hold "!", "," and cell-like words) is never read as a range.
 */
export function parseAreas(address: string): GridRange[] {
  const out: GridRange[] = [];
  for (const area of splitAreas(address)) {
    const range = parseRange(area.slice(sheetPrefixLength(area)));
    if (range) out.push(range);
  }
  return out;
}

/** The areas of a RangeAreas address, split at the commas that are not inside a quoted sheet name. */
function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted; // '' inside a quoted name toggles twice: still quoted
    else if (ch === ',' && !quoted) {
      areas.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  areas.push(address.slice(start).trim());
  return areas;
}

/** Length of "'Q3 plan'!" or "Sheet1!" at the start of an area (0 when it has no sheet name). */
function sheetPrefixLength(area: string): number {
  if (area.startsWith("'")) {
    for (let i = 1; i < area.length; i++) {
      if (area[i] !== "'") continue;
      if (area[i + 1] === "'") i++;
      else return area[i + 1] === '!' ? i + 2 : 0;
    }
    return 0;
  }
  const bang = area.indexOf('!');
  return bang + 1;
}

export function rangeAddress(r: GridRange): string {
  return r.top === r.bottom && r.left === r.right ? a1Range(r.top, r.left, r.bottom, r.right).split(':')[0]! : a1Range(r.top, r.left, r.bottom, r.right);
}

/** A sheet name as it must appear in a formula or document reference: 'Q3 plan'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
