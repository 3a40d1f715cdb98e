import { dayFromIso, makeOptions, runPipeline } from '../../src/core';
import { readCsvSource } from '../../src/xlsx/read-csv';
import { decodeTextDetected } from '../../src/xlsx/read-text-encoding';

/**
 * Damaged CSV files: a quote that never closes or closes mid-cell, and a few bytes that are not
 * UTF-8 in a UTF-8 file. Each damaged cell is named by a finding; no row is lost to it.
 */

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('CSV quoting errors', () => {
  it('an unclosed quote keeps the rows below it as rows, and says which cell it is', () => {
    const source = readCsvSource(utf8('ID,Name,Status\r\nA-1,"Open quote,Green\r\nA-2,Two,Amber\r\nA-3,Three,Red\r\n'), 'Plan.csv');
    const sheet = source.sheets[0]!;
    expect(sheet.values).toEqual([
      ['ID', 'Name', 'Status'],
      ['A-1', '"Open quote', 'Green'],
      ['A-2', 'Two', 'Amber'],
      ['A-3', 'Three', 'Red'],
    ]);
    expect(sheet.readProblems).toEqual([{ row: 1, col: 1, kind: 'unclosed-quote' }]);
  });

  it('a quote that closes mid-cell is read as written, and the good quoted cells around it as usual', () => {
    const source = readCsvSource(utf8('ID;Name;Note\nB-1;"ab"cd;x\nB-2;"multi\nline";"say ""hi"""\n'), 'Plan.csv');
    const sheet = source.sheets[0]!;
    expect(sheet.values).toEqual([
      ['ID', 'Name', 'Note'],
      ['B-1', '"ab"cd', 'x'],
      ['B-2', 'multi\nline', 'say "hi"'],
    ]);
    expect(sheet.readProblems).toEqual([{ row: 1, col: 1, kind: 'stray-quote' }]);
  });

  it('a quote opening the first cell of a line', () => {
    const sheet = readCsvSource(utf8('ID,Name\n"C-1,One\nC-2,Two\n'), 'Plan.csv').sheets[0]!;
    expect(sheet.values).toEqual([['ID', 'Name'], ['"C-1', 'One'], ['C-2', 'Two']]);
    expect(sheet.readProblems).toEqual([{ row: 1, col: 0, kind: 'unclosed-quote' }]);
  });

  it('becomes an ingest.malformed-text finding on the cell, and every initiative is still read', () => {
    const source = readCsvSource(utf8('ID,Name,Status,Due\nA-1,"Open quote,Green,2026-05-01\nA-2,Two,Amber,2026-05-01\n'), 'Plan.csv');
    const result = runPipeline([source], makeOptions(dayFromIso('2026-03-02')!));
    expect(result.model.initiatives.map((i) => i.id)).toEqual(['A-1', 'A-2']);
    const found = result.findings.filter((f) => f.code === 'ingest.malformed-text');
    expect(found.map((f) => [f.severity, f.cells])).toEqual([['warning', [{ source: 'Plan.csv', sheet: 'Plan', address: 'B2' }]]]);
    expect(found[0]!.message).toMatch(/^Plan\.csv, sheet "Plan", cell B2 opens a quote that never closes/);
  });
});

describe('partially invalid UTF-8', () => {
  it('one invalid byte in a UTF-8 file keeps its valid text, the bad byte shown as U+FFFD in its cell', () => {
    // "Café, Zürich, Ærø" in UTF-8, one stray 0xFF byte in the second row.
    const bytes = new Uint8Array([...utf8('ID,Name\nD-1,Café Zürich\nD-2,Bad '), 0xff, ...utf8(' byte Ærø\n')]);
    expect(decodeTextDetected(bytes).encoding).toBe('utf-8-with-errors');
    const sheet = readCsvSource(bytes, 'Names.csv').sheets[0]!;
    expect(sheet.values).toEqual([['ID', 'Name'], ['D-1', 'Café Zürich'], ['D-2', 'Bad \uFFFD byte Ærø']]);
    expect(sheet.readProblems).toEqual([{ row: 2, col: 1, kind: 'invalid-utf8' }]);
  });

  it('Windows-1252 text (single accented bytes, no UTF-8 sequence) is still read as Windows-1252', () => {
    // "Café – €5" in Windows-1252: é 0xE9, en dash 0x96, euro 0x80.
    const bytes = new Uint8Array([...utf8('Caf'), 0xe9, 0x20, 0x96, 0x20, 0x80, 0x35]);
    expect(decodeTextDetected(bytes)).toEqual({ text: 'Café – €5', encoding: 'windows-1252' });
  });

  it('overlong and surrogate forms count as invalid, not as UTF-8', () => {
    // C0 AF (overlong "/"), ED A0 80 (a surrogate): invalid; with no valid sequence, Windows-1252.
    expect(decodeTextDetected(new Uint8Array([0x41, 0xc0, 0xaf, 0xed, 0xa0, 0x80])).encoding).toBe('windows-1252');
  });
});
