import type { Finding, FindingCode } from '../types';
import { catalogEntry } from '../types';

/** Each finding's key, made once: a run asks for it in waivers, life, actions, Findings and the snapshot. */
const KEYS = new WeakMap<Finding, string>();

/**
 * A finding's identity across runs, used by waivers and by the report's Changes sheet:
 * code, initiative and first cell, and for codes whose one cell names several links
 * (CatalogEntry.keyedByRelated) the related ids too, so the two findings of "FIN-1, FIN-2" are
 * two. The message is left out on purpose, so a waiver survives a changed date or status in the
 * message text; the cell pins it to one place. Findings are never changed once made, so the key
 * of one finding object is remembered (the same string each time also makes each later look-up
 * by it cheap: its hash is computed once).
 */
export function findingKey(f: Finding): string {
  let key = KEYS.get(f);
  if (key === undefined) {
    const base = cellKey(f);
    const related = f.related !== undefined && f.related.length > 0 && catalogEntry(f.code as FindingCode).keyedByRelated === true ? `|${f.related.join(',')}` : '';
    KEYS.set(f, (key = base + related));
  }
  return key;
}

/**
 * The key a finding had before its related ids were part of it (code, initiative, first cell):
 * a waiver or a snapshot saved then still finds it. The same as findingKey for other codes.
 */
export function legacyFindingKey(f: Finding): string {
  return cellKey(f);
}

function cellKey(f: Finding): string {
  const c = f.cells[0];
  const where = c ? `${c.source}!${c.sheet}!${c.address}` : '';
  return `${f.code}|${f.initiativeId ?? ''}|${where}`;
}
