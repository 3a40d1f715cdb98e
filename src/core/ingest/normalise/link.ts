import type { CellValue, LinkType } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { BLANK, invalid, ok, type Parsed } from './result';

const LINK_WORDS: ReadonlyMap<string, LinkType> = new Map([
  ['fs', 'FS'], ['ss', 'SS'], ['ff', 'FF'], ['sf', 'SF'],
  ['finish to start', 'FS'], ['start to start', 'SS'], ['finish to finish', 'FF'], ['start to finish', 'SF'],
  ['finish start', 'FS'], ['start start', 'SS'], ['finish finish', 'FF'], ['start finish', 'SF'],
  ['f s', 'FS'], ['s s', 'SS'], ['f f', 'FF'], ['s f', 'SF'],
]);
const LAG_TEXT = /^([+-]?\d+(?:\.\d+)?)\s*(d|days?|wd|working days?|w|wks?|weeks?)?$/i;

/** "FS", "Finish-to-Start", "finish to start" -> FS; blank -> FS (the default). */
export function parseLinkType(value: CellValue): Parsed<LinkType> {
  if (value === null || isPlaceholder(value)) return BLANK;
  if (isCellError(value)) return { kind: 'error', error: value.error };
  if (typeof value !== 'string') return invalid('a link type FS, SS, FF or SF');
  const key = cleanText(value).toLowerCase().replace(/[-_/]+/g, ' ').replace(/\s+/g, ' ');
  if (key === '') return BLANK;
  const type = LINK_WORDS.get(key);
  return type === undefined ? invalid('a link type FS, SS, FF or SF') : ok(type);
}

/** A lag cell in working days: 5, "5d", "+5 days", "-2", "1w" (= working days per week). */
export function parseLag(value: CellValue, workingDaysPerWeek: number): Parsed<number> {
  if (value === null || isPlaceholder(value)) return BLANK;
  if (isCellError(value)) return { kind: 'error', error: value.error };
  if (typeof value === 'number') return Number.isFinite(value) ? ok(Math.round(value)) : invalid('a lag in days such as 5, 5d or 1w');
  if (typeof value !== 'string') return invalid('a lag in days such as 5, 5d or 1w');
  const text = cleanText(value);
  if (text === '') return BLANK;
  const m = LAG_TEXT.exec(text);
  if (!m) return invalid('a lag in days such as 5, 5d or 1w');
  const n = Number(m[1]);
  const days = m[2] !== undefined && /^w/i.test(m[2]) ? n * workingDaysPerWeek : n;
  const rounded = Math.round(days);
  return ok(rounded === 0 ? 0 : rounded);
}
