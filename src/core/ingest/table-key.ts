import type { DetectedTable, SavedMapping } from '../types';
import { normaliseHeader } from './match/header-evidence';

/**
 * How many of a table's first headers its key is made of: enough to tell the tables of a sheet
 * apart, few enough that a column added at the right of a wide export keeps the key.
 */
export const KEY_HEADERS = 12;

/** A table as its key is made and matched: where it is, its headers, and its key by position (what versions before header keys saved). */
export interface KeyedTable {
  readonly key: string;
  readonly source: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly legacyKey?: string;
}

/**
 * The keys of a sheet's tables, in order: an Excel table by its name; a block found under a
 * header row by its first headers, normalised ("Fin.xlsx|Plan|[id,name,status,due]"), "#2" on
 * for a second block of the same headers. A block's index on its sheet shifted when a table was
 * added above or beside it, so a correction saved by index landed on the wrong table; that key
 * is kept as `legacyKey`, so corrections saved by it are still read (savedKeysFor).
 */
export function blockKeys(source: string, sheet: string, blocks: ReadonlyArray<{ readonly tableName?: string; readonly headers: readonly string[] }>): Array<{ key: string; legacyKey?: string }> {
  let index = 0;
  const seen = new Map<string, number>();
  return blocks.map((b) => {
    if (b.tableName !== undefined) return { key: `${source}|${sheet}|${b.tableName}` };
    // Brackets and commas are not allowed in an Excel table's name, so no header key is ever a table's.
    const signature = `[${keyHeaders(b.headers).join(',')}]`;
    const n = (seen.get(signature) ?? 0) + 1;
    seen.set(signature, n);
    return { key: `${source}|${sheet}|${signature}${n > 1 ? `#${n}` : ''}`, legacyKey: `${source}|${sheet}|${index++}` };
  });
}

function keyHeaders(headers: readonly string[]): string[] {
  return headers.slice(0, KEY_HEADERS).map(normaliseHeader);
}

/** A saved header key's headers: "[id,name,status]#2" -> id, name, status. */
function headersOfKey(rest: string): string[] | undefined {
  const m = /^\[(.*)\](?:#\d+)?$/.exec(rest);
  return m ? m[1]!.split(',') : undefined;
}

/** Share of headers two lists have in common, over the longer (1 = the same headers). */
function overlap(a: readonly string[], b: readonly string[]): number {
  const inB = new Set(b.filter((h) => h !== ''));
  const common = new Set(a.filter((h) => h !== '' && inB.has(h))).size;
  return common / Math.max(new Set(a.filter((h) => h !== '')).size, inB.size, 1);
}

/** Below this share of headers in common, a saved header key is another table's. */
const SAME_TABLE = 0.5;

/**
 * For each table (by its key), the key its saved correction is under, when one is: its own key;
 * else a header key saved on its sheet that no table of the source has now, once its headers
 * changed (a column renamed, added or removed; most of them in common, the closest first); else its
 * key by position, saved by an earlier version, when `fits` accepts it (a saved mapping whose
 * headers the table does not have is another table's). Each saved key serves one table.
 */
export function savedKeysFor(tables: readonly KeyedTable[], saved: Iterable<string>, fits: (table: KeyedTable, key: string) => boolean = () => true): Map<string, string> {
  const keys = new Set(saved);
  const out = new Map<string, string>();
  const current = new Set(tables.map((t) => t.key));
  const claimed = new Set<string>();
  for (const t of tables) {
    if (keys.has(t.key)) {
      out.set(t.key, t.key);
      claimed.add(t.key);
    }
  }
  const pairs: Array<{ table: KeyedTable; key: string; score: number }> = [];
  for (const t of tables) {
    if (out.has(t.key) || t.legacyKey === undefined) continue;
    const prefix = `${t.source}|${t.sheet}|`;
    const own = keyHeaders(t.headers);
    for (const k of keys) {
      if (claimed.has(k) || current.has(k) || !k.startsWith(prefix)) continue;
      const theirs = headersOfKey(k.slice(prefix.length));
      if (theirs === undefined) continue;
      const score = overlap(own, theirs);
      if (score >= SAME_TABLE) pairs.push({ table: t, key: k, score });
    }
  }
  // Stable sort: equal scores keep the tables' order.
  pairs.sort((a, b) => b.score - a.score);
  for (const p of pairs) {
    if (out.has(p.table.key) || claimed.has(p.key)) continue;
    out.set(p.table.key, p.key);
    claimed.add(p.key);
  }
  for (const t of tables) {
    const legacy = t.legacyKey;
    if (out.has(t.key) || legacy === undefined || !keys.has(legacy) || claimed.has(legacy) || !fits(t, legacy)) continue;
    out.set(t.key, legacy);
    claimed.add(legacy);
  }
  return out;
}

/** A saved mapping names only headers the table has (or none): else it was saved for another table. */
export function mappingFits(mapping: SavedMapping, headers: readonly string[]): boolean {
  const have = new Set(headers.map(normaliseHeader));
  return Object.values(mapping.fields).every((h) => h === null || h === undefined || have.has(normaliseHeader(h)));
}

/** The user's saved mapping a detected table reads: under its key, or the earlier key it was found by (DetectedTable.savedKey). */
export function savedMappingOf(mappings: readonly SavedMapping[], table: Pick<DetectedTable, 'key' | 'savedKey'>): SavedMapping | undefined {
  const key = table.savedKey ?? table.key;
  return mappings.find((m) => m.tableKey === key);
}
