import { readCsvSource } from '../../src/xlsx/read-csv';
import { decodeText } from '../../src/xlsx/read-text-encoding';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? code >> 8 : code & 0xff;
    out[3 + i * 2] = bigEndian ? code & 0xff : code >> 8;
  }
  return out;
}

describe('readCsvSource', () => {
  it('reads a comma CSV into one sheet named after the file, cells as text, blanks as null', () => {
    expect(readCsvSource(utf8('ID,Name,Due\r\nFIN-1,Ledger,2026-04-03\r\nFIN-2,,\r\n'), 'Finance.csv')).toEqual({
      name: 'Finance.csv',
      origin: 'file',
      dateSystem: 1900,
      sheets: [
        {
          name: 'Finance',
          origin: { row: 0, col: 0 },
          values: [
            ['ID', 'Name', 'Due'],
            ['FIN-1', 'Ledger', '2026-04-03'],
            ['FIN-2', null, null],
          ],
        },
      ],
    });
  });

  it.each([
    [';', 'ID;Name;Budget\nFIN-1;Ledger;"1.200,50"\n'],
    ['\t', 'ID\tName\tBudget\nFIN-1\tLedger\t1.200,50\n'],
    ['|', 'ID|Name|Budget\nFIN-1|Ledger|1.200,50\n'],
  ])('detects the %j delimiter', (_delimiter, text) => {
    expect(readCsvSource(utf8(text), 'x.csv').sheets[0]!.values).toEqual([
      ['ID', 'Name', 'Budget'],
      ['FIN-1', 'Ledger', '1.200,50'],
    ]);
  });

  it('keeps quoted cells that span lines, with their line breaks', () => {
    const text = 'ID,Status\r\nFIN-1,"Early planning\r\n\r\n(not yet assessed)"\r\nFIN-2,Amber\r\n';
    expect(readCsvSource(utf8(text), 'x.csv').sheets[0]!.values).toEqual([
      ['ID', 'Status'],
      ['FIN-1', 'Early planning\r\n\r\n(not yet assessed)'],
      ['FIN-2', 'Amber'],
    ]);
  });

  it('detects the encoding: UTF-8 with and without BOM, UTF-16 LE/BE with BOM, else Windows-1252', () => {
    const text = 'ID,Budget\nFIN-1,£1,200\n'.replace('£1,200', '"£1,200"');
    const expected = [
      ['ID', 'Budget'],
      ['FIN-1', '£1,200'],
    ];
    expect(readCsvSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'x.csv').sheets[0]!.values).toEqual(expected);
    expect(readCsvSource(utf8(text), 'x.csv').sheets[0]!.values).toEqual(expected);
    expect(readCsvSource(utf16(text, false), 'x.csv').sheets[0]!.values).toEqual(expected);
    expect(readCsvSource(utf16(text, true), 'x.csv').sheets[0]!.values).toEqual(expected);
    const cp1252 = new Uint8Array([...utf8('ID,Budget\nFIN-1,"'), 0xa3, ...utf8('1,200"\n')]);
    expect(readCsvSource(cp1252, 'x.csv').sheets[0]!.values).toEqual(expected);
    expect(decodeText(new Uint8Array([0x93, 0x41, 0x94]))).toBe('\u201cA\u201d');
  });

  it('reads an empty file as an empty sheet', () => {
    expect(readCsvSource(new Uint8Array(0), 'empty.csv').sheets[0]!.values).toEqual([]);
  });
});
