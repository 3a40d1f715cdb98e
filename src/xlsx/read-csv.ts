import Papa from 'papaparse';
import type { CellValue, RawReadProblem, RawSource } from '../core/types';
import { decodeTextDetected } from './read-text-encoding';

const DELIMITERS = [',', ';', '\t', '|'];
/**
 * After a quote error the rest of the file is read a window at a time, from this many characters
 * (whole lines), doubling while the windows read clean: an error costs the lines around it, not a
 * re-read of the rest of the file, so a file with a bad quote on every row still reads in linear
 * time and no error is left to swallow the rows below it.
 */
const FIRST_WINDOW = 256;

/**
 * A CSV file -> a source with one sheet named after the file. The encoding (UTF-8 with or without
 * a BOM, UTF-16 with a BOM, else Windows-1252) and the delimiter (, ; tab |) are detected; quoted
 * cells may span lines. Cells stay text exactly as written; ingest reads dates and numbers.
 * A quote that never closes (or closes mid-cell) would swallow every row below into one cell:
 * its line is read as written instead, and the cell is a read problem (ingest.malformed-text),
 * as is every cell with bytes that are not valid UTF-8.
 */
export function readCsvSource(bytes: Uint8Array, name: string): RawSource {
  const decoded = decodeTextDetected(bytes);
  const { rows: parsed, problems } = parseCsv(decoded.text);
  const rows: CellValue[][] = parsed.map((row) => row.map((cell) => (cell === '' ? null : cell)));
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === null)) rows.pop();
  if (decoded.encoding === 'utf-8-with-errors') problems.push(...invalidTextCells(rows));
  problems.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    name,
    origin: 'file',
    dateSystem: 1900,
    sheets: [{ name: sheetNameOf(name), origin: { row: 0, col: 0 }, values: rows, ...(problems.length > 0 ? { readProblems: problems } : {}) }],
  };
}

/** Rows of the text, each quote error recovered by reading its line as written (see readCsvSource). */
function parseCsv(text: string): { rows: string[][]; problems: RawReadProblem[] } {
  const whole = Papa.parse<string[]>(text, { delimitersToGuess: DELIMITERS, skipEmptyLines: false, header: false });
  if (!whole.errors.some(isQuoteError)) return { rows: whole.data, problems: [] };
  // The delimiter and line break are guessed once, from the whole file, as a clean file is read.
  const delimiter = whole.meta.delimiter;
  const linebreak = (['\r\n', '\n', '\r'] as const).find((b) => b === whole.meta.linebreak) ?? '\n';
  const parse = (s: string): Papa.ParseResult<string[]> => Papa.parse<string[]>(s, { delimiter, newline: linebreak, skipEmptyLines: false, header: false });
  const rows: string[][] = [];
  const problems: RawReadProblem[] = [];
  let pos = 0;
  let size = FIRST_WINDOW;
  while (pos < text.length) {
    // A window of whole lines: [pos, end), end at a line break (or the end of the file, -1).
    const end = pos + size >= text.length ? -1 : text.indexOf(linebreak, pos + size);
    const window = end < 0 ? text.slice(pos) : text.slice(pos, end);
    const parsed = parse(window);
    const errors = parsed.errors.filter(isQuoteError);
    if (errors.length === 0) {
      rows.push(...parsed.data);
      if (end < 0) break;
      pos = end + linebreak.length;
      if (pos === text.length) rows.push(['']);
      size *= 2;
      continue;
    }
    // papaparse's index is just past the opening quote of the cell.
    const first = Math.min(...errors.map((e) => e.index!));
    // A quote still open at the window's end may be a cell that spans lines past it: read a longer window.
    if (end >= 0 && !errors.some((e) => e.index === first && e.code !== 'MissingQuotes')) {
      size = Math.max(size, end - pos) * 2;
      continue;
    }
    const at = window[first - 1] === '"' ? first - 1 : first;
    // The rows before the quote, the last of them cut at the quote's cell (read as '').
    const head = at === 0 ? [['']] : parse(window.slice(0, at)).data;
    const partial = head.pop()!.slice(0, -1);
    const lineEnd = text.indexOf(linebreak, pos + at);
    const line = text.slice(pos + at, lineEnd < 0 ? text.length : lineEnd);
    problems.push({ row: rows.length + head.length, col: partial.length, kind: closesOnItsLine(line) ? 'stray-quote' : 'unclosed-quote' });
    rows.push(...head, [...partial, ...line.split(delimiter)]);
    if (lineEnd < 0) break;
    pos = lineEnd + linebreak.length;
    if (pos === text.length) rows.push(['']);
    size = FIRST_WINDOW;
  }
  return { rows, problems };
}

function isQuoteError(e: Papa.ParseError): boolean {
  return e.type === 'Quotes' && typeof e.index === 'number';
}

/** True when the quote opening `line` closes on it (a stray quote mid-cell, '"ab"cd'); false when it runs past the line's end. */
function closesOnItsLine(line: string): boolean {
  for (let k = line.indexOf('"', 1); k >= 0; k = line.indexOf('"', k + 2)) if (line[k + 1] !== '"') return true;
  return false;
}

/** Cells holding U+FFFD in a file decoded as UTF-8 despite invalid bytes: where the bad bytes were. */
function invalidTextCells(rows: readonly (readonly CellValue[])[]): RawReadProblem[] {
  const out: RawReadProblem[] = [];
  rows.forEach((row, r) => row.forEach((cell, c) => {
    if (typeof cell === 'string' && cell.includes('\uFFFD')) out.push({ row: r, col: c, kind: 'invalid-utf8' });
  }));
  return out;
}

/** "Finance.csv" -> "Finance" (Excel names a CSV's only sheet after the file, up to 31 characters). */
function sheetNameOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return (base || 'Sheet1').slice(0, 31);
}
