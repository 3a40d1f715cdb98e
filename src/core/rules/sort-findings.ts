import { SEVERITY_ORDER, type Finding } from '../types';
import { parseA1 } from '../util/a1';

/** Severity, then code, then source/sheet/cell (row-major), then initiative, then message: a stable reading order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const found = positionKeys(findings);
  // Some first cell is not an A1 address (or the numbers are too big to pack): compare in full.
  if (!found) return findings.slice().sort(compareFindings);
  const { keys, groupOf, groups } = found;
  // The rules' findings come interleaved (one pass asks every per-initiative rule about each
  // initiative), but each code's own findings mostly in cell order. Laid out group by group first
  // (severity and code: the key's leading part), the stable merge sort below finds long ascending
  // runs and merges them, with a fraction of the comparisons it needs on the interleaved input.
  // Findings sharing a key (same code and first cell) fall back to initiative then message; both
  // sorts are stable, so full ties keep their input order, as with compareFindings.
  const order = byGroup(groupOf, groups);
  order.sort((a, b) => {
    const byKey = keys[a]! - keys[b]!;
    if (byKey !== 0) return byKey;
    const fa = findings[a]!;
    const fb = findings[b]!;
    return cmp(fa.initiativeId ?? '', fb.initiativeId ?? '') || cmp(fa.message, fb.message);
  });
  const out = new Array<Finding>(findings.length);
  for (let k = 0; k < order.length; k++) out[k] = findings[order[k]!]!;
  return out;
}

/** Positions 0..n-1 ordered by their group (a stable counting sort). */
export function byGroup(groupOf: Int32Array, groups: number): number[] {
  const next = new Int32Array(groups + 1);
  for (let k = 0; k < groupOf.length; k++) next[groupOf[k]! + 1]!++;
  for (let g = 0; g < groups; g++) next[g + 1]! += next[g]!;
  const order = new Array<number>(groupOf.length);
  for (let k = 0; k < groupOf.length; k++) order[next[groupOf[k]!]!++] = k;
  return order;
}

/**
 * One number per finding that orders like compareFindings up to the initiative and message:
 * severity and code (as one rank), then the first cell's source and sheet (one rank for the
 * pair, in their lexical order), row and column; findings without a cell after those with one.
 * Computed once per finding, so comparisons are numeric instead of parsing and comparing text
 * every time (a sort makes ~20 comparisons per finding). Undefined when some first cell is not
 * an A1 address or the key would not fit exactly in a double. With them, each finding's group
 * (the rank of its severity and code, the key's leading part) and the number of groups.
 */
function positionKeys(findings: readonly Finding[]): { keys: Float64Array; groupOf: Int32Array; groups: number } | undefined {
  const n = findings.length;
  const codeIds = new Map<string, number>(); // in order of first appearance
  const codes: string[] = [];
  const group = new Int32Array(n); // code id * 3 + severity order
  const places = new Map<string, Map<string, number>>();
  const place = new Int32Array(n);
  const cell = new Float64Array(n); // row * COLUMNS + col
  let maxCell = 0;
  let lastSource: string | undefined;
  let lastSheet: string | undefined;
  let lastPlace = -1;
  const placeNames: [string, string][] = [];
  for (let k = 0; k < n; k++) {
    const f = findings[k]!;
    let code = codeIds.get(f.code);
    if (code === undefined) {
      codeIds.set(f.code, (code = codes.length));
      codes.push(f.code);
    }
    group[k] = code * 3 + SEVERITY_ORDER[f.severity];
    const c = f.cells[0];
    if (c === undefined) {
      place[k] = -1;
      continue;
    }
    const at = a1Number(c.address);
    if (at < 0) return undefined;
    cell[k] = at;
    if (at > maxCell) maxCell = at;
    // Findings come in runs from one sheet: reuse the last place while it holds.
    if (c.source !== lastSource || c.sheet !== lastSheet) {
      lastSource = c.source;
      lastSheet = c.sheet;
      let sheets = places.get(c.source);
      if (!sheets) places.set(c.source, (sheets = new Map()));
      let p = sheets.get(c.sheet);
      if (p === undefined) {
        sheets.set(c.sheet, (p = placeNames.length));
        placeNames.push([c.source, c.sheet]);
      }
      lastPlace = p;
    }
    place[k] = lastPlace;
  }
  const groups = codes.length * 3;
  const groupRank = ranks(
    Array.from({ length: groups }, (_, g) => g),
    (a, b) => (a % 3) - (b % 3) || cmp(codes[Math.floor(a / 3)]!, codes[Math.floor(b / 3)]!),
  );
  const placeRank = ranks(placeNames, (a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
  const cells = maxCell + 1;
  const perGroup = placeNames.length * cells + 1; // the last slot: no cell
  if (groups * perGroup > Number.MAX_SAFE_INTEGER) return undefined;
  const keys = new Float64Array(n);
  const groupOf = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const within = place[k]! < 0 ? perGroup - 1 : placeRank[place[k]!]! * cells + cell[k]!;
    groupOf[k] = groupRank[group[k]!]!;
    keys[k] = groupOf[k]! * perGroup + within;
  }
  return { keys, groupOf, groups };
}

/** Each item's position once sorted. */
function ranks<T>(items: readonly T[], compare: (a: T, b: T) => number): Int32Array {
  const sorted = items.map((_, k) => k).sort((a, b) => compare(items[a]!, items[b]!));
  const rank = new Int32Array(items.length);
  sorted.forEach((k, r) => (rank[k] = r));
  return rank;
}

/** Widest column an A1 address can name (ZZZ), plus one: row * A1_COLUMNS + col is one number per cell. */
const A1_COLUMNS = 18_279;

/**
 * parseA1's row * A1_COLUMNS + col without making a match, or -1 when the address is not one
 * parseA1 reads. Plain addresses ("G17") are read here; anything else (a "$", spaces, lower
 * case) goes through parseA1 itself, so the two always agree.
 */
export function a1Number(address: string): number {
  const length = address.length;
  let k = 0;
  let col = 0;
  while (k < length && k < 3) {
    const ch = address.charCodeAt(k);
    if (ch < 65 || ch > 90) break; // A-Z
    col = col * 26 + (ch - 64);
    k++;
  }
  const digits = length - k;
  if (k > 0 && digits >= 1 && digits <= 7) {
    let row = 0;
    let m = k;
    for (; m < length; m++) {
      const ch = address.charCodeAt(m);
      if (ch < 48 || ch > 57) break; // 0-9
      row = row * 10 + (ch - 48);
    }
    if (m === length) return row >= 1 ? (row - 1) * A1_COLUMNS + (col - 1) : -1;
  }
  const p = parseA1(address);
  return p ? p.row * A1_COLUMNS + p.col : -1;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    cmp(a.code, b.code) ||
    compareCells(a, b) ||
    cmp(a.initiativeId ?? '', b.initiativeId ?? '') ||
    cmp(a.message, b.message)
  );
}

function compareCells(a: Finding, b: Finding): number {
  const ca = a.cells[0];
  const cb = b.cells[0];
  if (!ca || !cb) return ca ? -1 : cb ? 1 : 0;
  const pa = parseA1(ca.address);
  const pb = parseA1(cb.address);
  return (
    cmp(ca.source, cb.source) ||
    cmp(ca.sheet, cb.sheet) ||
    (pa && pb ? pa.row - pb.row || pa.col - pb.col : cmp(ca.address, cb.address))
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
