import type { CellRef, CellValue, Finding, Status } from '../types';
import { STATUSES, makeFinding } from '../types';
import { cleanText, displayValue, isCellError, isTidyAscii } from './normalise/cell-text';
import { statusScaleOfCounts, type StatusScale } from './normalise/status';

/** At most this many distinct values are pointed at by a value.unknown-status finding and offered in the Mapping step. */
export const STATUS_VALUES_SHOWN = 30;
/** Distinct values named in a value.unknown-status message before "and N more". */
const VALUES_NAMED = 5;

/** One distinct value of a status column. */
export interface StatusValue {
  /** The value as first written (cleaned of odd spaces). */
  readonly text: string;
  /** Cells holding it (any case). */
  readonly count: number;
  /** Sheet row (0-based) of its first cell. */
  readonly firstRow: number;
  /** How it reads: the user's choice, else the column's scale; undefined when it does not read. */
  readonly status: Status | undefined;
  /** 'user' when the saved mapping says how to read it. */
  readonly by: 'user' | 'scale';
}

/** A status column read as a whole, before its rows: its scale, its distinct values, and whether its words are a vocabulary Throughline knows. */
export interface StatusColumn {
  readonly scale: StatusScale;
  /** Distinct values (case-insensitive) in order of first appearance. */
  readonly values: readonly StatusValue[];
  readonly readCells: number;
  readonly unreadCells: number;
  /**
   * More filled cells do not read than do, and at least two: the column is one
   * value.unknown-status finding, and its unread cells are not each value.unparseable (a lone
   * unread cell keeps its own finding).
   */
  readonly unknownVocabulary: boolean;
  /** One cell's status text (as TableReader.textOf gives it) -> its status: the user's reading first, then the scale. */
  readonly read: (text: string) => Status | undefined;
}

/** The key a value is matched by: lower case, spaces folded. */
export function statusValueKey(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A status cell's text as TableReader.textOf reads it, without raising findings (an Excel error
 * is undefined: textOf reports it): tidy text as it is, else cleaned with runs of spaces folded.
 */
export function statusTextOf(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined || isCellError(value)) return undefined;
  if (typeof value === 'string' && isTidyAscii(value)) return value;
  if (value instanceof Date) return displayValue(value) || undefined;
  const cleaned = cleanText(typeof value === 'string' ? value : String(value));
  if (cleaned === '') return undefined;
  return cleaned.includes('\t') || cleaned.includes('  ') ? cleaned.replace(/[ \t]{2,}|\t/g, ' ') : cleaned;
}

/** A saved statusValues record -> key -> status, dropping entries that are not a stable status (a hand-edited setting). */
function userReadings(saved: Readonly<Record<string, Status>> | undefined): ReadonlyMap<string, Status> {
  const out = new Map<string, Status>();
  // A hand-edited setting may hold anything: only a record of stable statuses is read.
  if (typeof saved !== 'object' || saved === null) return out;
  for (const [value, status] of Object.entries(saved)) {
    if ((STATUSES as readonly string[]).includes(status)) out.set(statusValueKey(value), status);
  }
  return out;
}

/**
 * Read a status column once as a whole. `texts` are its filled cells' texts (statusTextOf) and
 * `rows` their sheet rows, in row order; `header` decides the scale with the values
 * (statusScaleOf); `saved` is the user's reading of values (SavedMapping.statusValues), which wins;
 * `tool` the source profile's own reading of some words (SourceProfile.statusWords), read next.
 */
export function readStatusColumn(
  texts: readonly string[],
  rows: readonly number[],
  header: string,
  saved?: Readonly<Record<string, Status>>,
  tool?: Readonly<Record<string, Status>>,
): StatusColumn {
  const tally = new StatusTally();
  for (let k = 0; k < texts.length; k++) tally.add(texts[k]!, rows[k]!);
  return readStatusTally(tally, header, saved, tool);
}

/** A status column's distinct texts with their counts and first rows, added cell by cell (no array of every cell). */
export class StatusTally {
  readonly distinct = new Map<string, { count: number; firstRow: number }>();

  add(text: string, row: number): void {
    const seen = this.distinct.get(text);
    if (seen !== undefined) seen.count++;
    else this.distinct.set(text, { count: 1, firstRow: row });
  }
}

/** readStatusColumn from a tally the reader filled while scanning the column. */
export function readStatusTally(tally: StatusTally, header: string, saved?: Readonly<Record<string, Status>>, tool?: Readonly<Record<string, Status>>): StatusColumn {
  // Distinct texts first (one lookup per cell); everything else once per distinct text.
  const { distinct } = tally;
  const scale = statusScaleOfCounts(
    [...distinct].map(([text, { count }]) => [text, count] as const),
    header,
  );
  const user = userReadings(saved);
  const own = userReadings(tool);
  const readText = (text: string): Status | undefined =>
    (user.size === 0 && own.size === 0 ? undefined : (user.get(statusValueKey(text)) ?? own.get(statusValueKey(text)))) ?? scale.read(text);
  const byText = new Map<string, Status | undefined>();
  const byKey = new Map<string, Mutable<StatusValue>>();
  let readCells = 0;
  let unreadCells = 0;
  // In order of first appearance: the first spelling of a value names it.
  for (const [text, { count, firstRow }] of distinct) {
    const key = statusValueKey(text);
    const status = readText(text);
    byText.set(text, status);
    if (status === undefined) unreadCells += count;
    else readCells += count;
    const value = byKey.get(key);
    if (value !== undefined) value.count += count;
    else byKey.set(key, { text, count, firstRow, status, by: user.has(key) ? 'user' : 'scale' });
  }
  return {
    scale,
    values: [...byKey.values()],
    readCells,
    unreadCells,
    unknownVocabulary: unreadCells > readCells && unreadCells >= 2,
    read: (text) => {
      const status = byText.get(text);
      return status !== undefined || byText.has(text) ? status : readText(text);
    },
  };
}

/** Where the column sits, for the value.unknown-status finding. */
export interface StatusColumnPlace {
  readonly header: string;
  readonly headerCell: CellRef;
  /** The cell of a row of the column. */
  readonly cellAt: (row: number) => CellRef;
}

/**
 * value.unknown-status: one finding for a status column whose words mostly do not read, naming
 * its distinct unread values (the first five, then "and N more") and pointing at the header cell
 * and the first cell of each distinct unread value (at most STATUS_VALUES_SHOWN of them).
 */
export function unknownStatusFinding(column: StatusColumn, place: StatusColumnPlace): Finding {
  const unread = column.values.filter((v) => v.status === undefined);
  const quoted = unread.map((v) => `"${displayValue(v.text)}"`);
  const named = quoted.length <= VALUES_NAMED ? listing(quoted) : `${quoted.slice(0, VALUES_NAMED).join(', ')} and ${quoted.length - VALUES_NAMED} more`;
  const filled = column.readCells + column.unreadCells;
  const header = place.header === '' ? '' : ` "${shorten(place.header)}"`;
  const { source, sheet, address } = place.headerCell;
  return makeFinding(
    'value.unknown-status',
    `${source}, sheet "${sheet}": the status column${header} (${address}) is not a vocabulary Throughline knows: ${column.unreadCells} of its ${filled} cells hold ${named}; they are read as no status until each value is mapped to one.`,
    [place.headerCell, ...unread.slice(0, STATUS_VALUES_SHOWN).map((v) => place.cellAt(v.firstRow))],
  );
}

function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** Long headers (real ones run to 200 characters) shortened for a one-sentence message. */
function shorten(header: string): string {
  const text = header.replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 37).trimEnd()}...` : text;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
