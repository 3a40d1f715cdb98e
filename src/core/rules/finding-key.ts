import type { Finding } from '../types';

/**
 * A finding's identity across runs, used by waivers and by the report's Changes sheet:
 * code, initiative and first cell. The message is left out on purpose, so a waiver survives
 * a changed date or status in the message text; the cell pins it to one place.
 */
export function findingKey(f: Finding): string {
  const c = f.cells[0];
  const where = c ? `${c.source}!${c.sheet}!${c.address}` : '';
  return `${f.code}|${f.initiativeId ?? ''}|${where}`;
}
