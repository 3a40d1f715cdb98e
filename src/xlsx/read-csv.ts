import Papa from 'papaparse';
import type { CellValue, RawSource } from '../core/types';
import { decodeText } from './read-text-encoding';

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * A CSV file -> a source with one sheet named after the file. The encoding (UTF-8 with or without
 * a BOM, UTF-16 with a BOM, else Windows-1252) and the delimiter (, ; tab |) are detected; quoted
 * cells may span lines. Cells stay text exactly as written; ingest reads dates and numbers.
 */
export function readCsvSource(bytes: Uint8Array, name: string): RawSource {
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: DELIMITERS, skipEmptyLines: false, header: false });
  const rows: CellValue[][] = parsed.data.map((row) => row.map((cell) => (cell === '' ? null : cell)));
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === null)) rows.pop();
  return {
    name,
    origin: 'file',
    dateSystem: 1900,
    sheets: [{ name: sheetNameOf(name), origin: { row: 0, col: 0 }, values: rows }],
  };
}

/** "Finance.csv" -> "Finance" (Excel names a CSV's only sheet after the file, up to 31 characters). */
function sheetNameOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return (base || 'Sheet1').slice(0, 31);
}
