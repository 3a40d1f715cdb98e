import Papa from 'papaparse';
import type { CellValue, RawReadProblem, RawSource } from '../core/types';
import { decodeTextDetected } from './read-text-encoding';

const DELIMITERS = [',', ';', '\t', '|'];
/**
 * Quote errors recovered one by one (each re-reads the rest of the file); past this many the
 * rest is kept as papaparse read it, each further error still a finding on its row.
 */
const MAX_RECOVERIES = 20;

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
  const rows: string[][] = [];
  const problems: RawReadProblem[] = [];
  let delimiter = '';
  let rest = text;
  for (let recoveries = 0; ; recoveries++) {
    const parsed = Papa.parse<string[]>(rest, { delimiter, delimitersToGuess: DELIMITERS, skipEmptyLines: false, header: false });
    delimiter = parsed.meta.delimiter;
    const quoteErrors = parsed.errors.filter((e) => e.type === 'Quotes' && typeof e.index === 'number');
    if (quoteErrors.length === 0 || recoveries === MAX_RECOVERIES) {
      for (const e of quoteErrors) problems.push({ row: rows.length + (e.row ?? 0), col: 0, kind: e.code === 'MissingQuotes' ? 'unclosed-quote' : 'stray-quote' });
      rows.push(...parsed.data);
      return { rows, problems };
    }
    // papaparse's index is just past the opening quote of the cell.
    const first = Math.min(...quoteErrors.map((e) => e.index!));
    const unclosed = quoteErrors.some((e) => e.index === first && e.code === 'MissingQuotes');
    const at = rest[first - 1] === '"' ? first - 1 : first;
    // The rows before the quote, the last of them cut at the quote's cell (read as '').
    const head = at === 0 ? [['']] : Papa.parse<string[]>(rest.slice(0, at), { delimiter, skipEmptyLines: false, header: false }).data;
    const partial = head.pop()!.slice(0, -1);
    const lineEnd = rest.indexOf('\n', at);
    const line = rest.slice(at, lineEnd < 0 ? rest.length : lineEnd).replace(/\r$/, '');
    problems.push({ row: rows.length + head.length, col: partial.length, kind: unclosed ? 'unclosed-quote' : 'stray-quote' });
    rows.push(...head, [...partial, ...line.split(delimiter)]);
    if (lineEnd < 0) return { rows, problems };
    rest = rest.slice(lineEnd + 1);
  }
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
