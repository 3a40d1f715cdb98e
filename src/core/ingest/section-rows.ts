import type { CellValue } from '../types';
import type { Block } from './find-tables';
import { cleanText, isBlank } from './normalise/cell-text';
import { ID_TOKEN, isIdWithDigit } from './normalise/id';

/**
 * Rows that head the rows under them ("Workstream: Payments", "Phase 2 - Build", a label merged
 * across the table), as plans group their tasks: one text cell and nothing else on the row. They
 * are no initiative; their label is the pillar of the rows below, up to the next heading. Told
 * apart from an item with only a name by how it is written: merged across columns, a group word
 * leading the label, or text in a first column that otherwise holds ids.
 */
export interface SectionRow {
  /** Sheet row. */
  readonly row: number;
  /** Sheet column of the label. */
  readonly col: number;
  /** The label as written ("Workstream: Payments"). */
  readonly text: string;
  /** The group it names, for the pillar ("Payments"). */
  readonly label: string;
}

/** Words that name a group of work. */
const GROUP_WORD =
  '(?:work\\s?streams?|streams?|phases?|stages?|sections?|groups?|programmes?|programs?|projects?|themes?|pillars?|categor(?:y|ies)|areas?|waves?|releases?|epics?|portfolios?|departments?|teams?|sites?|regions?|tranches?|work\\s?packages?|lots?|divisions?|directorates?)';
/** A label led by such a word, then its name or number: "Workstream: Payments", "Phase 2", "Wave 3 - Finance". */
const GROUP_HEADING = new RegExp(`^${GROUP_WORD}\\b\\s*(?:[:\\-–—]|\\d|[A-Z]\\b|[IVX]+\\b)`, 'i');
/** "Workstream: Payments": the group is the name after the word. */
const LABEL_PREFIX = new RegExp(`^${GROUP_WORD}\\s*:\\s*(.+)$`, 'i');

export function sectionRows(block: Block, rows: readonly number[]): { items: number[]; sections: SectionRow[]; footers?: SectionRow[] } | undefined {
  if (rows.length < 3) return undefined;
  const { grid, range } = block;
  const merged = new Map<number, number>();
  for (const m of grid.sheet.merges ?? []) if (m.top === m.bottom && m.right > m.left && m.top > block.headerRow && m.top <= range.bottom) merged.set(m.top, m.left);
  // Rows with one text cell: the candidates, with how they are written.
  const lone: Array<{ row: number; col: number; text: string }> = [];
  for (const row of rows) {
    const only = loneText(grid.rowValues(row), range.left - grid.left, range.right - grid.left);
    if (only !== undefined) lone.push({ row, col: only.index + grid.left, text: only.text });
  }
  if (lone.length === 0 || lone.length * 2 > rows.length) return undefined;
  const firstColumnIds = idsInFirstColumn(block, rows, new Set(lone.map((l) => l.row)));
  const sections = lone
    .filter((l) => merged.get(l.row) === l.col || GROUP_HEADING.test(l.text) || (firstColumnIds && l.col === range.left && !ID_TOKEN.test(l.text)))
    .map((l) => ({ ...l, label: groupName(l.text) }));
  if (sections.length === 0) return undefined;
  const heading = new Set(sections.map((s) => s.row));
  const items = rows.filter((r) => !heading.has(r));
  // A line after the last item heads nothing: a footer ("Status as of 13/11/2026"), left out as well.
  const lastItem = items[items.length - 1] ?? -1;
  const footers = sections.filter((s) => s.row > lastItem);
  return { items, sections: sections.filter((s) => s.row < lastItem), ...(footers.length > 0 ? { footers } : {}) };
}

/** The one non-blank cell of a row's range when it is text (its index in the row's values), else undefined. */
function loneText(values: ReadonlyArray<CellValue | undefined>, from: number, to: number): { index: number; text: string } | undefined {
  let found: { index: number; text: string } | undefined;
  for (let k = Math.max(0, from); k <= to && k < values.length; k++) {
    const v = values[k];
    if (isBlank(v)) continue;
    if (found !== undefined || typeof v !== 'string') return undefined;
    const text = cleanText(v);
    if (text === '') continue;
    found = { index: k, text };
  }
  return found;
}

/** Whether the first column's other cells are mostly ids (numbers, keys): text there with a space heads a group. */
function idsInFirstColumn(block: Block, rows: readonly number[], skip: ReadonlySet<number>): boolean {
  let filled = 0;
  let ids = 0;
  for (const row of rows) {
    if (skip.has(row)) continue;
    const v = block.grid.value(row, block.range.left);
    if (isBlank(v)) continue;
    filled++;
    if (typeof v === 'number' || (typeof v === 'string' && isIdWithDigit(v.trim()))) ids++;
  }
  return filled >= 2 && ids >= 0.8 * filled;
}

function groupName(text: string): string {
  const named = LABEL_PREFIX.exec(text);
  return named ? named[1]!.trim() : text;
}
