import { dayFromIso, makeOptions, runPipeline } from '../../src/core';
import { readCsvSource } from '../../src/xlsx/read-csv';

/**
 * CSV files with many quote errors: each is read as written on its own line and named, however
 * many there are (a cap on recoveries once let the 21st unclosed quote swallow every row below
 * it while its finding said it had not), in time that grows with the file, not with the file
 * times its errors. Expected rows are the lines as typed.
 */

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('many quote errors in one CSV', () => {
  it('25 unclosed quotes: every row below each is still a row, and each quote is named on its cell', () => {
    const lines = ['ID,Name,Status,Due'];
    for (let i = 1; i <= 40; i++) lines.push(i <= 25 ? `Q-${i},"open ${i},Green,2026-05-01` : `Q-${i},Row ${i},Green,2026-05-01`);
    const source = readCsvSource(utf8(lines.join('\n')), 'Quotes.csv');
    const sheet = source.sheets[0]!;
    expect(sheet.values).toHaveLength(41);
    expect(sheet.values[25]).toEqual(['Q-25', '"open 25', 'Green', '2026-05-01']);
    expect(sheet.values[26]).toEqual(['Q-26', 'Row 26', 'Green', '2026-05-01']);
    expect(sheet.values[40]).toEqual(['Q-40', 'Row 40', 'Green', '2026-05-01']);
    expect(sheet.readProblems).toEqual(Array.from({ length: 25 }, (_, k) => ({ row: k + 1, col: 1, kind: 'unclosed-quote' })));
    const result = runPipeline([source], makeOptions(dayFromIso('2026-03-02')!));
    expect(result.model.initiatives).toHaveLength(40);
    const named = result.findings.filter((f) => f.code === 'ingest.malformed-text').map((f) => f.cells[0]!.address);
    expect(named).toEqual(Array.from({ length: 25 }, (_, k) => `B${k + 2}`));
  });

  it('a stray quote on every one of 20,000 rows: every row read as written, in time linear in the file', () => {
    const rows = 20_000;
    const lines = ['ID;Name;Status'];
    for (let i = 1; i <= rows; i++) lines.push(`S-${i};"Best" option ${i};Green`);
    const t0 = performance.now();
    const sheet = readCsvSource(utf8(lines.join('\r\n')), 'Stray.csv').sheets[0]!;
    const ms = performance.now() - t0;
    expect(sheet.values).toHaveLength(rows + 1);
    expect(sheet.values[1]).toEqual(['S-1', '"Best" option 1', 'Green']);
    expect(sheet.values[rows]).toEqual([`S-${rows}`, `"Best" option ${rows}`, 'Green']);
    expect(sheet.readProblems).toHaveLength(rows);
    expect(sheet.readProblems![rows - 1]).toEqual({ row: rows, col: 1, kind: 'stray-quote' });
    // Re-reading the rest of the file after each error took minutes at this size.
    expect(ms).toBeLessThan(10_000);
  });

  it('a good quoted cell spanning many lines after an error is still one cell', () => {
    const long = Array.from({ length: 200 }, (_, k) => `line ${k + 1} of a long note, with a comma`).join('\n');
    const text = `ID,Name,Note\nL-1,"never closed,x\nL-2,Two,"${long}"\nL-3,Three,"said ""yes"""\n`;
    const sheet = readCsvSource(utf8(text), 'Notes.csv').sheets[0]!;
    expect(sheet.values).toEqual([
      ['ID', 'Name', 'Note'],
      ['L-1', '"never closed', 'x'],
      ['L-2', 'Two', long],
      ['L-3', 'Three', 'said "yes"'],
    ]);
    expect(sheet.readProblems).toEqual([{ row: 1, col: 1, kind: 'unclosed-quote' }]);
  });

  it('a file with old Mac line breaks (CR only) keeps its rows after an unclosed quote', () => {
    const sheet = readCsvSource(utf8('ID,Name\rM-1,"open\rM-2,Two\rM-3,Three\r'), 'Mac.csv').sheets[0]!;
    expect(sheet.values).toEqual([['ID', 'Name'], ['M-1', '"open'], ['M-2', 'Two'], ['M-3', 'Three']]);
    expect(sheet.readProblems).toEqual([{ row: 1, col: 1, kind: 'unclosed-quote' }]);
  });
});
