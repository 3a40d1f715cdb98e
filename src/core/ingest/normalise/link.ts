import type { CellValue, LinkType } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { LAG_NUMBER, LAG_UNITS, lagInWorkingDays, withDecimalPoint } from './lag-units';
import { BLANK, invalid, ok, type Parsed } from './result';

const LINK_WORDS: ReadonlyMap<string, LinkType> = new Map([
  ['fs', 'FS'], ['ss', 'SS'], ['ff', 'FF'], ['sf', 'SF'],
  ['finish to start', 'FS'], ['start to start', 'SS'], ['finish to finish', 'FF'], ['start to finish', 'SF'],
  ['finish start', 'FS'], ['start start', 'SS'], ['finish finish', 'FF'], ['start finish', 'SF'],
  ['f s', 'FS'], ['s s', 'SS'], ['f f', 'FF'], ['s f', 'SF'],
  // Primavera P6's relationship codes (TASKPRED.pred_type).
  ['pr fs', 'FS'], ['pr ss', 'SS'], ['pr ff', 'FF'], ['pr sf', 'SF'],
]);
/** A lag alone: a signed number and a unit as Project writes them (LAG_UNITS), or "working days" written out. */
const LAG_TEXT = new RegExp(`^([+-]?${LAG_NUMBER})\\s*(${LAG_UNITS}|working days?)?$`, 'i');
const LAG_EXPECTED = 'a lag in working days such as 5, 5d, 1w, 16h or 1mo';

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

/**
 * A lag cell in working days: 5, "5d", "+5 days", "-2", "1w" (= working days per week), "4 hrs", "1mo", "3ed",
 * "2,5 days" (a decimal comma, withDecimalPoint).
 * A bare number is in `unit`: days, or what the column's header names ("Lag (h)", P6's lag_hr_cnt: lagUnitOfHeader).
 */
export function parseLag(value: CellValue, workingDaysPerWeek: number, unit = 'd'): Parsed<number> {
  if (value === null || isPlaceholder(value)) return BLANK;
  if (isCellError(value)) return { kind: 'error', error: value.error };
  if (typeof value === 'number') return Number.isFinite(value) ? ok(lagInWorkingDays(value, unit, workingDaysPerWeek)) : invalid(LAG_EXPECTED);
  if (typeof value !== 'string') return invalid(LAG_EXPECTED);
  const text = cleanText(value);
  if (text === '') return BLANK;
  const m = LAG_TEXT.exec(withDecimalPoint(text));
  if (!m) return invalid(LAG_EXPECTED);
  const written = m[2] === undefined ? unit : /^working/i.test(m[2]) ? 'd' : m[2].toLowerCase();
  return ok(lagInWorkingDays(Number(m[1]), written, workingDaysPerWeek));
}

const HEADER_UNITS: ReadonlyMap<string, string> = new Map([
  ['h', 'h'], ['hr', 'h'], ['hrs', 'h'], ['hour', 'h'], ['hours', 'h'],
  ['w', 'w'], ['wk', 'w'], ['wks', 'w'], ['week', 'w'], ['weeks', 'w'],
  ['mo', 'mo'], ['month', 'mo'], ['months', 'mo'],
  ['d', 'd'], ['day', 'd'], ['days', 'd'],
]);

/** The unit a lag column's header gives its bare numbers: "Lag (h)", "Lag hrs", "lag_hr_cnt" -> h; days when it names none. */
export function lagUnitOfHeader(header: string): string {
  for (const word of header.toLowerCase().split(/[^a-z]+/)) {
    const unit = HEADER_UNITS.get(word);
    if (unit !== undefined) return unit;
  }
  return 'd';
}
