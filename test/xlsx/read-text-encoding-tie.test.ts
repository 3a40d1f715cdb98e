import { readCsvSource } from '../../src/xlsx/read-csv';
import { decodeTextDetected } from '../../src/xlsx/read-text-encoding';

/**
 * A UTF-8 file with one accented letter and one bad byte is UTF-8 with one damaged byte, not
 * Windows-1252 ("Café" read as "CafÃ©"): a tie between valid sequences and invalid bytes goes
 * to UTF-8. ASCII text with one high byte is still Windows-1252 (Excel's CSV on Windows).
 */
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('one valid UTF-8 letter and one bad byte', () => {
  it('reads as UTF-8, the bad byte as U+FFFD named on its cell', () => {
    const bytes = new Uint8Array([...utf8('ID,Name\nD-1,Café\nD-2,Bad '), 0xff, ...utf8(' byte\n')]);
    expect(decodeTextDetected(bytes).encoding).toBe('utf-8-with-errors');
    const sheet = readCsvSource(bytes, 'Names.csv').sheets[0]!;
    expect(sheet.values).toEqual([['ID', 'Name'], ['D-1', 'Café'], ['D-2', 'Bad \uFFFD byte']]);
    expect(sheet.readProblems).toEqual([{ row: 2, col: 1, kind: 'invalid-utf8' }]);
  });

  it('ASCII with one Windows-1252 letter stays Windows-1252', () => {
    expect(decodeTextDetected(new Uint8Array([...utf8('ID,Name\nD-1,Caf'), 0xe9, ...utf8('\n')]))).toEqual({ text: 'ID,Name\nD-1,Café\n', encoding: 'windows-1252' });
  });
});
