import type { GridRange } from '../types';
import { a1Range } from '../util/a1';
import { dataRows } from './cell-reader';
import { classifyBlock, type Classification } from './classify';
import type { Block } from './find-tables';
import { bestHeaderField } from './match/header-fields';
import { isBlank } from './normalise/cell-text';

/**
 * Two tables side by side one blank column apart (initiatives in A:F, KPIs in H:K; a plan and a
 * RAG legend beside it), which find-tables reads as one block: a column two or more blank
 * columns apart is split there already, one blank column is also a spacer inside one table.
 *
 * The blank column alone does not decide: a split is considered only at a column blank from the
 * header down (header and every row of the block), and made only when the two parts stand as
 * tables of their own, judged by the same classification every block gets (classifyBlock):
 * - each part has its own header (two header cells at least) and data rows, and
 * - the parts read as different kinds (initiatives beside KPIs, a dependency register), or
 * - the right part's header repeats fields the left's already has (a second ID, Name, Status),
 *   and either both parts read as tables repeating two fields or more (an initiatives list
 *   beside another), or one part is shorter, ending (or starting) at another row with a value in
 *   every row it spans, and names no field its neighbour lacks (a legend or lookup beside a
 *   longer table: cut off, the neighbour loses nothing it reads; a sparse column of one table
 *   has gaps, not an end).
 * A spacer inside one table (one row extent, headers that together make one kind, no field named
 * twice) stays one table. Excel tables and tool exports a source profile recognises are one
 * table by their own definition and are not split.
 */
export interface SideBySidePart {
  readonly block: Block;
  /** Its data rows and its classification, when the judgement computed them (reused, not computed again). */
  readonly rows?: readonly number[];
  readonly classified?: Classification;
}

export function sideBySideApart(block: Block, recognisedByProfile: (block: Block) => boolean): SideBySidePart[] {
  if (block.tableName !== undefined || !block.recognised) return [{ block }];
  const spacers = blankColumns(block);
  if (spacers.length === 0 || recognisedByProfile(block)) return [{ block }];
  const { left, right } = block.range;
  const spans: Array<[number, number]> = [];
  let from = left;
  for (const col of spacers) {
    if (col > from) spans.push([from, col - 1]);
    from = col + 1;
  }
  if (from <= right) spans.push([from, right]);
  const out: SideBySidePart[] = [];
  // The parts so far (left to right) since the last split, one part when merged; cut and judged only when a further part is weighed against it.
  let current: Span = { left: spans[0]![0], right: spans[0]![1] };
  for (const [l, r] of spans.slice(1)) {
    const next: Span = { left: l, right: r };
    if (isTable(block, current) && isTable(block, next) && apart(judged(block, current), judged(block, next))) {
      out.push(finished(current.part!));
      current = next;
    } else current = { left: current.left, right: r };
  }
  if (out.length === 0) return [{ block }];
  out.push(finished(partOf(block, current)));
  return out;
}

/** Columns of the block, sheet coordinates; its part once cut. */
interface Span {
  readonly left: number;
  readonly right: number;
  part?: Part;
}

interface Part {
  /** The part cut off the block, its range ending at its own last data row. */
  readonly block: Block;
  readonly rows: readonly number[];
  classified?: Classification;
}

/** Two header cells at least (counted before any row is read), and data rows. */
function isTable(block: Block, span: Span): boolean {
  let named = 0;
  for (let col = span.left; col <= span.right; col++) if (block.headers[col - block.range.left] !== '') named++;
  return named >= 2 && partOf(block, span).rows.length > 0;
}

function partOf(block: Block, span: Span): Part {
  if (span.part) return span.part;
  const from = span.left - block.range.left;
  const to = span.right - block.range.left + 1;
  const cut: Block = { ...block, range: { ...block.range, left: span.left, right: span.right }, headers: block.headers.slice(from, to), ownHeaders: block.ownHeaders.slice(from, to) };
  const rows = dataRows(cut);
  const bottom = rows.length > 0 ? rows[rows.length - 1]! : block.headerRow;
  return (span.part = { block: { ...cut, range: { ...cut.range, bottom } }, rows });
}

function judged(block: Block, span: Span): Part & { classified: Classification } {
  const part = partOf(block, span);
  part.classified ??= classifyBlock(part.block, part.rows);
  return part as Part & { classified: Classification };
}

/** The part as a block of its own; a part that reads as nothing says it stands beside another table. */
function finished(part: Part): SideBySidePart {
  return { block: part.block, rows: part.rows, ...(part.classified ? { classified: part.classified } : {}) };
}

function apart(a: Part & { classified: Classification }, b: Part & { classified: Classification }): boolean {
  const kindA = a.classified.kind;
  const kindB = b.classified.kind;
  if (kindA !== null && kindB !== null && kindA !== kindB) return true;
  const fieldsA = namedFields(a.block.headers);
  const fieldsB = namedFields(b.block.headers);
  let repeated = 0;
  for (const field of fieldsB) if (fieldsA.has(field)) repeated++;
  if (repeated === 0) return false;
  // Two tables of one kind repeat more than one field (an ID and a Name each): a single one may be one table's Name and Description.
  if (kindA !== null && kindB !== null && repeated >= 2) return true;
  // Else one part is shorter, a table of its own (a legend, a lookup) adding no field to its neighbour: cut off, the neighbour loses nothing it would read.
  const shorter = shorterPart(a, b);
  if (shorter === undefined) return false;
  const [own, other] = shorter === a ? [fieldsA, fieldsB] : [fieldsB, fieldsA];
  for (const field of own) if (!other.has(field)) return false;
  // The part that reads as nothing is ignored: its reason says it is a table of its own beside the other.
  if (kindA === null && a.classified.lacking) a.classified = besideReason(a, b.block.range);
  if (kindB === null && b.classified.lacking) b.classified = besideReason(b, a.block.range);
  return true;
}

/** The fields headers name (the field each most likely names; the same field of any kind counts once). */
function namedFields(headers: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const h of headers) {
    if (h === '') continue;
    const field = bestHeaderField(h);
    if (field !== undefined) out.add(field.slice(field.indexOf(':') + 1));
  }
  return out;
}

/**
 * The part whose rows lie within the other's, ending (or starting) at a different row, holding a
 * value in every row the other holds over its span: a table of its own, shorter than its
 * neighbour, not a sparse column of one table (which has gaps). Undefined when neither is.
 */
function shorterPart<P extends Part>(a: P, b: P): P | undefined {
  const [shorter, longer] = a.rows.length <= b.rows.length ? [a, b] : [b, a];
  const top = shorter.rows[0]!;
  const bottom = shorter.rows[shorter.rows.length - 1]!;
  const longerTop = longer.rows[0]!;
  const longerBottom = longer.rows[longer.rows.length - 1]!;
  if (top < longerTop || bottom > longerBottom || (top === longerTop && bottom === longerBottom)) return undefined;
  const own = new Set(shorter.rows);
  for (const row of longer.rows) if (row >= top && row <= bottom && !own.has(row)) return undefined;
  return shorter;
}

/** "it stands beside the table at A1:F6 as a table of its own, a legend or lookup ("Status", "Meaning"), not initiatives". */
function besideReason(part: Part, other: GridRange): Classification {
  const headers = part.block.headers.filter((h) => h !== '').slice(0, 4).map((h) => `"${h}"`).join(', ');
  const where = a1Range(other.top, other.left, other.bottom, other.right);
  return { ...part.classified!, reason: `it stands beside the table at ${where} as a table of its own, a legend or lookup (${headers}), not initiatives` };
}

/** Columns inside the block blank from the header row down: no header text (nor a merged one over it) and no value in any row. */
function blankColumns(block: Block): number[] {
  const { grid, range, headerRow } = block;
  const out: number[] = [];
  for (let col = range.left + 1; col < range.right; col++) {
    const k = col - range.left;
    if (block.headers[k] !== '' || block.ownHeaders[k] !== '') continue;
    if (isBlankColumn(col) && !mergedAcross(block, col)) out.push(col);
  }
  return out;

  function isBlankColumn(col: number): boolean {
    for (let row = headerRow; row <= range.bottom; row++) if (!isBlank(grid.value(row, col))) return false;
    return true;
  }
}

/** A merged cell inside the block covering the column (a row's text across both sides): one table. */
function mergedAcross(block: Block, col: number): boolean {
  const { range } = block;
  return (block.grid.sheet.merges ?? []).some((m) => m.left <= col && m.right >= col && m.bottom >= range.top && m.top <= range.bottom);
}
