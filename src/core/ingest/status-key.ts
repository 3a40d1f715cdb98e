import type { CellValue, Status } from '../types';
import type { Block } from './find-tables';
import { cleanText, isBlank } from './normalise/cell-text';
import { normaliseStatus } from './normalise/status';

/**
 * A RAG key written on the sheet, as trackers explain their codes above or beside the table:
 * "RAG key" then rows of a code and its meaning ("C | Complete", "B | Delivered", "R | Will miss
 * date"). Where the meaning reads as a status, the code is read as that status in the table's
 * status column, as if the user had mapped it. Only rows outside the table's own rows are read,
 * within a few rows above its header.
 */

/** How far above the header a key is looked for. */
const ROWS_ABOVE = 20;
/** A code is short: a letter, a digit, a word or an emoji. */
const CODE_LENGTH = 12;

export function statusKeyOf(block: Block): Readonly<Record<string, Status>> | undefined {
  const { grid, headerRow } = block;
  const words: Record<string, Status> = {};
  let entries = 0;
  for (let row = Math.max(grid.top, headerRow - ROWS_ABOVE); row < headerRow; row++) {
    const pair = codeAndMeaning(grid.rowValues(row));
    if (pair === undefined) continue;
    const status = normaliseStatus(pair.meaning);
    if (status === undefined) continue;
    words[pair.code] = status;
    entries++;
  }
  return entries >= 2 ? words : undefined;
}

/** A row of exactly two cells side by side, a short code then longer words. */
function codeAndMeaning(values: ReadonlyArray<CellValue | undefined>): { code: string; meaning: string } | undefined {
  let first = -1;
  let count = 0;
  for (let k = 0; k < values.length; k++) {
    if (isBlank(values[k])) continue;
    if (++count > 2) return undefined;
    if (first < 0) first = k;
    else if (k !== first + 1) return undefined;
  }
  if (count !== 2) return undefined;
  const code = values[first];
  const meaning = values[first + 1];
  if (typeof code !== 'string' || typeof meaning !== 'string') return undefined;
  const c = cleanText(code);
  const m = cleanText(meaning);
  if (c === '' || c.length > CODE_LENGTH || m.length <= c.length) return undefined;
  return { code: c, meaning: m };
}
