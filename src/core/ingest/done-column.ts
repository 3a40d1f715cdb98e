import type { CellValue, DetectedTable } from '../types';
import type { Block } from './find-tables';
import { normaliseHeader } from './match/header-evidence';
import { cleanText } from './normalise/cell-text';

/**
 * A checklist's tick column: a yes/no column whose header says the work is finished ("Done?",
 * "Complete", "Completed (Y/N)", "Closed"), left unmapped because its values are ticks, not dates
 * or percentages. A ticked row is done whatever else the row says (as a tool's closed flag is,
 * SourceProfile.closedWhen); an unticked one says nothing more. Read for tables no profile maps.
 */
const DONE_HEADERS: ReadonlySet<string> = new Set([
  'done', 'complete', 'completed', 'closed', 'finished', 'delivered', 'is done', 'is complete', 'is completed', 'is closed',
  'tick when done', 'tick when complete', 'done flag', 'completed flag', 'complete flag', 'checked', 'ticked',
  'erledigt', 'abgeschlossen', 'fait', 'termine', 'hecho', 'completado', 'terminado', 'fatto', 'completato', 'concluido', 'klaar', 'gereed',
]);

/** Ticks and crosses as checklists write them: TRUE/FALSE, yes/no, y/n, x, check marks and boxes. */
const YES = new Set(['true', 'yes', 'y', 'x', '✓', '✔', '✅', '☑', '☒', 'ja', 'oui', 'si', 'sí', 'sim', 'done']);
const NO = new Set(['false', 'no', 'n', '☐', '✗', '✘', 'nein', 'non', 'nao', 'não', 'nee', '-']);

const SAMPLED = 200;

/** A cell of a tick column saying yes. */
export function ticked(value: CellValue): boolean {
  if (typeof value === 'boolean') return value;
  return typeof value === 'string' && YES.has(tickKey(value));
}

function tickKey(text: string): string {
  // "✔️" with the emoji variation selector is "✔".
  return cleanText(text).replace(/\uFE0F/g, '').toLowerCase();
}

function isTick(value: CellValue): boolean {
  if (typeof value === 'boolean') return true;
  if (typeof value !== 'string') return false;
  const key = tickKey(value);
  return YES.has(key) || NO.has(key);
}

/** The header without a trailing question mark or yes/no note: "Done?" and "Completed (Y/N)" are "done", "completed". */
function doneHeader(header: string): boolean {
  const text = normaliseHeader(header.replace(/\?+\s*$/, '').replace(/\(\s*(?:y\s*\/\s*n|yes\s*\/\s*no|true\s*\/\s*false)\s*\)\s*$/i, ''));
  return DONE_HEADERS.has(text);
}

/**
 * The column (0-based in the block) of an unmapped tick column of a done header, whose given
 * cells are all ticks and at least one says yes; undefined when there is none.
 */
export function doneColumn(table: DetectedTable, block: Block, rows: readonly number[]): number | undefined {
  for (const u of table.unmapped) {
    if (!doneHeader(u.header)) continue;
    const col = block.range.left + u.column;
    let given = 0;
    let yes = 0;
    let other = 0;
    for (const row of rows.slice(0, SAMPLED)) {
      const value = block.grid.value(row, col);
      if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
      given++;
      if (!isTick(value)) other++;
      else if (ticked(value)) yes++;
    }
    if (given > 0 && other === 0 && yes > 0) return u.column;
  }
  return undefined;
}
