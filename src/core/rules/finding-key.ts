import type { Finding } from '../types';

/** Each finding's key, made once: a run asks for it in waivers, life, actions, Findings and the snapshot. */
const KEYS = new WeakMap<Finding, string>();

/**
 * A finding's identity across runs, used by waivers and by the report's Changes sheet:
 * code, initiative and first cell. The message is left out on purpose, so a waiver survives
 * a changed date or status in the message text; the cell pins it to one place. Findings are
 * never changed once made, so the key of one finding object is remembered (the same string each
 * time also makes each later look-up by it cheap: its hash is computed once).
 */
export function findingKey(f: Finding): string {
  let key = KEYS.get(f);
  if (key === undefined) {
    const c = f.cells[0];
    const where = c ? `${c.source}!${c.sheet}!${c.address}` : '';
    KEYS.set(f, (key = `${f.code}|${f.initiativeId ?? ''}|${where}`));
  }
  return key;
}
