import { readFileSync } from 'fs';
import * as path from 'path';
import type { CellValue } from '../../src/core/types';
import { readCompoundFile } from '../../src/xlsx/read-cfb';
import { readSourceFile, SourceReadError } from '../../src/xlsx/read-source';
import { LONG_TEXT, manyStrings } from '../fixtures/xls/generate';
import { chars, concat, f64, labelSst, le16, le32, number, record, rk, unicodeString, workbookStream, xlsFile, bof, eof } from './support/build-xls';

const FIXTURES = path.join(__dirname, '../fixtures/xls');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

// Globals records, as [MS-XLS] 2.4 lays them out.
const codepage = (cp: number): Uint8Array => record(0x0042, le16(cp));
const datemode = (system1904: boolean): Uint8Array => record(0x0022, le16(system1904 ? 1 : 0));
/** BIFF8 XF (20 bytes): font, number format, then attributes the reader does not need. */
const xf = (format: number): Uint8Array => record(0x00e0, [...le16(0), ...le16(format), ...new Array<number>(16).fill(0)]);
const format = (id: number, code: string): Uint8Array => record(0x041e, [...le16(id), ...unicodeString(code)]);
const sst = (unique: number, payload: number[], continues: number[][] = []): Uint8Array =>
  concat([record(0x00fc, [...le32(unique + 1), ...le32(unique), ...payload]), ...continues.map((c) => record(0x003c, c))]);
const label = (row: number, col: number, text: string): Uint8Array => record(0x0204, [...le16(row), ...le16(col), ...le16(0), ...unicodeString(text)]);
const boolerr = (row: number, col: number, value: number, isError: boolean): Uint8Array => record(0x0205, [...le16(row), ...le16(col), ...le16(0), value, isError ? 1 : 0]);
/** FORMULA with an 8-byte cached result, no formula tokens (cce 0). */
const formula = (row: number, col: number, xfIndex: number, result: number[]): Uint8Array =>
  record(0x0006, [...le16(row), ...le16(col), ...le16(xfIndex), ...result, ...le16(0), ...le32(0), ...le16(0)]);
const special = (kind: number, value = 0): number[] => [kind, 0, value, 0, 0, 0, 0xff, 0xff];
const merged = (...ranges: Array<[number, number, number, number]>): Uint8Array => record(0x00e5, [...le16(ranges.length), ...ranges.flatMap(([t, b, l, r]) => [...le16(t), ...le16(b), ...le16(l), ...le16(r)])]);
/** ROW (16 bytes): the outline level is in the low 3 bits of the flags at offset 12. */
const row = (r: number, level: number): Uint8Array => record(0x0208, [...le16(r), ...le16(0), ...le16(8), ...le16(255), ...le16(0), ...le16(0), ...le16(level | 0x0100), ...le16(0x0f)]);

/** Shared strings split across CONTINUE records in each way [MS-XLS] 2.4.265 allows. */
const SPLIT_SST = sst(
  5,
  [...unicodeString('ID'), ...le16(8), 0, ...chars('Stra', false)],
  [
    // The rest of "Straße東京" goes on two bytes a character: a flags byte of 1 starts the record.
    [1, ...chars('ße東京', true), ...le16(4), 0x08, ...le16(2), ...chars('Done', false), ...le32(0)],
    // Rich-text runs go on with no flags byte; then an empty string.
    [...le32(0x00010002), ...le16(0), 0],
    // A string header at the start of a record: no flags byte either. A phonetic block (ExtRst) after it.
    [...le16(4), 0x04, ...le32(6), ...chars('Last', false), 1, 2, 3, 4, 5, 6],
  ],
);

const GLOBALS_8 = [codepage(1200), datemode(false), format(164, 'dd/mm/yyyy'), xf(0), xf(14), xf(164), xf(10), SPLIT_SST];

function tasksSheet(): Uint8Array[] {
  return [
    row(1, 2),
    labelSst(0, 0, 0, 0),
    label(0, 2, 'Due'),
    labelSst(0, 3, 0, 2),
    labelSst(0, 1, 0, 4),
    rk(1, 0, 0, (7 << 2) | 2),
    labelSst(1, 1, 0, 1),
    number(1, 2, 1, 46022),
    boolerr(1, 3, 0, false),
    rk(2, 0, 0, (125050 << 2) | 3),
    rk(2, 1, 3, 0x3fe00000),
    record(0x00bd, [...le16(2), ...le16(2), ...le16(2), ...le32((46023 << 2) | 2), ...le16(0), ...le32((3 << 2) | 2), ...le16(3)]),
    formula(0, 4, 0, special(0)),
    record(0x04bc, new Array<number>(10).fill(0)), // SHRFMLA between a FORMULA and its STRING
    record(0x0207, [...le16(12), 0, ...chars('FIN-1 ', false)]),
    record(0x003c, [0, ...chars('Ledger', false)]),
    formula(1, 4, 0, special(1, 1)),
    formula(2, 4, 0, special(2, 0x07)),
    formula(3, 4, 0, f64(42)),
    formula(4, 4, 0, special(3)),
    boolerr(0, 5, 0x2a, true),
    label(4, 0, 'Merged'),
    number(5, 1, 0, 99),
    merged([4, 5, 0, 1]),
    // An embedded chart: its own BOF .. EOF, whose records are not the sheet's cells.
    bof(0x0020),
    number(0, 0, 0, 123),
    eof(),
  ];
}

describe('readSourceFile on legacy .xls', () => {
  it('reads a workbook LibreOffice saved as Excel 97-2003: values, dates, merges, outline, hidden sheet, shared strings across CONTINUE', async () => {
    const source = await readSourceFile(fixture('features.xls'), 'features.xls');
    expect(source.dateSystem).toBe(1900);
    expect(source.sheets.map((s) => [s.name, s.hidden === true])).toEqual([
      ['Plan', false],
      ['Lists', true],
    ]);
    const plan = source.sheets[0]!;
    expect(plan.origin).toEqual({ row: 0, col: 0 });
    const values = plan.values.map((r) => Array.from(r, (v) => v ?? null));
    expect(values).toEqual([
      ['Portfolio plan'],
      [],
      ['ID', 'Name', 'Start', 'Due', 'Done', 'Cost', 'Label'],
      ['FIN-1', 'Ledger', day('2026-01-05'), day('2026-03-31'), true, 1250.5, 'Open'],
      ['FIN-2', 'Conclusão', day('2026-02-02'), day('2026-06-30'), false, 3, { error: '#N/A' }],
      [],
      [null, 'Merged note'],
    ]);
    expect(plan.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 6, left: 1, bottom: 7, right: 2 },
    ]);
    expect(plan.rowOutlineLevels).toEqual([0, 0, 0, 0, 1, 0, 0]);
    expect(plan.numberFormats![3]![2]).toMatch(/yyyy.*mm.*dd/);
    const lists = source.sheets[1]!;
    expect(lists.values.map((r) => r[0])).toEqual(manyStrings());
    expect(lists.values[0]![1]).toBe(LONG_TEXT);
  });

  it('the fixture really splits its shared strings across CONTINUE records, one of them inside the CJK string', () => {
    // The Workbook stream's records, walked by their headers: the SST (0x00FC) and the CONTINUE (0x003C) records after it.
    const stream = readCompoundFile(fixture('features.xls')).stream('Workbook')!;
    const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
    const records: Array<{ type: number; at: number }> = [];
    for (let p = 0; p + 4 <= stream.length; p += 4 + view.getUint16(p + 2, true)) records.push({ type: view.getUint16(p, true), at: p + 4 });
    const k = records.findIndex((r) => r.type === 0x00fc);
    expect(records.slice(k, k + 5).map((r) => r.type)).toEqual([0x00fc, 0x003c, 0x003c, 0x003c, 0x00ff]); // then EXTSST
    // The first continuation is inside "東京...": it begins with a flags byte of 1 (two-byte characters).
    expect(stream[records[k + 1]!.at]).toBe(1);
  });

  it('reads the 1904 date system (DATEMODE 1) to the same dates', async () => {
    const source = await readSourceFile(fixture('features-1904.xls'), 'features-1904.xls');
    expect(source.dateSystem).toBe(1904);
    expect(source.sheets[0]!.values[3]!.slice(2, 4)).toEqual([day('2026-01-05'), day('2026-03-31')]);
    expect(source.sheets[0]!.values[4]!.slice(2, 4)).toEqual([day('2026-02-02'), day('2026-06-30')]);
  });

  it('reads BIFF8 records built by hand: split shared strings, RK and MULRK numbers, formula results, merges, charts skipped', async () => {
    const file = xlsFile({
      globals: GLOBALS_8,
      sheets: [
        { name: 'Tasks', records: tasksSheet() },
        { name: 'Helper', state: 1, records: [label(0, 0, 'hidden')] },
        { name: 'Secret', state: 2, records: [label(0, 0, 'very hidden')] },
        { name: 'Chart1', type: 2, bofType: 0x0020, records: [number(0, 0, 0, 1)] },
      ],
    });
    const source = await readSourceFile(file, 'Hand.xls');
    expect(source.sheets.map((s) => [s.name, s.hidden === true])).toEqual([
      ['Tasks', false],
      ['Helper', true],
      ['Secret', true],
    ]);
    const tasks = source.sheets[0]!;
    const cells = (r: number): CellValue[] => Array.from(tasks.values[r] ?? [], (v) => v ?? null);
    expect(cells(0)).toEqual(['ID', 'Last', 'Due', 'Done', 'FIN-1 Ledger', { error: '#N/A' }]);
    expect(cells(1)).toEqual([7, 'Straße東京', day('2025-12-31'), false, true]);
    expect(cells(2)).toEqual([1250.5, 0.5, day('2026-01-01'), 3, { error: '#DIV/0!' }]);
    expect(cells(3)).toEqual([null, null, null, null, 42]);
    // B6 lies under the merge A5:B6: left empty, as Excel shows it.
    expect(cells(4)).toEqual(['Merged', null, null, null, '']);
    expect(tasks.merges).toEqual([{ top: 4, bottom: 5, left: 0, right: 1 }]);
    expect(tasks.values).toHaveLength(5);
    expect(tasks.rowOutlineLevels).toEqual([0, 2, 0, 0, 0]);
    expect(tasks.numberFormats![1]![2]).toBe('mm-dd-yy');
    expect(tasks.numberFormats![2]![1]).toBe('0.00%');
    expect(tasks.numberFormats![2]![2]).toBe('dd/mm/yyyy');
  });

  it('reads a small workbook from the mini stream the same as from ordinary sectors', async () => {
    const spec = { globals: [xf(0)], sheets: [{ name: 'S', records: [label(0, 0, 'ID'), number(1, 0, 0, 5)] }] };
    const mini = xlsFile(spec, { mini: true });
    expect(mini.length).toBeLessThan(4096);
    const source = await readSourceFile(mini, 'Mini.xls');
    expect(source.sheets[0]!.values).toEqual([['ID'], [5]]);
  });

  it('reads a version 4 compound file (4,096-byte sectors) as a version 3 one', async () => {
    const spec = { globals: [xf(0)], sheets: [{ name: 'S', records: [label(0, 0, 'ID'), number(1, 0, 0, 5)] }] };
    const v4 = xlsFile(spec, { version: 4 });
    expect(v4.length % 4096).toBe(0);
    expect((await readSourceFile(v4, 'V4.xls')).sheets[0]!.values).toEqual([['ID'], [5]]);
  });

  it('reads a Workbook stream saved bare, without a compound file around it', async () => {
    const bare = workbookStream({ globals: [xf(0)], sheets: [{ name: 'S', records: [label(0, 0, 'ID'), number(1, 0, 0, 5)] }] });
    expect((await readSourceFile(bare, 'Bare.xls')).sheets[0]!.values).toEqual([['ID'], [5]]);
  });

  it('reads a BIFF5 (Excel 5.0/95) workbook: byte strings in its code page, BIFF5 FORMAT and XF, 1904 dates', async () => {
    const cp1251: Record<string, number> = { П: 0xcf, л: 0xeb, а: 0xe0, н: 0xed, р: 0xf0, и: 0xe8, в: 0xe2, е: 0xe5, т: 0xf2 };
    const encode = (s: string): number[] => [...s].map((c) => cp1251[c] ?? c.charCodeAt(0));
    const xf5 = (fmt: number): Uint8Array => record(0x00e0, [...le16(0), ...le16(fmt), ...new Array<number>(12).fill(0)]);
    const label5 = (r: number, c: number, text: string): Uint8Array => record(0x0204, [...le16(r), ...le16(c), ...le16(0), ...le16(encode(text).length), ...encode(text)]);
    const file = xlsFile({
      biff5: { encode },
      globals: [codepage(1251), datemode(true), record(0x041e, [...le16(164), 10, ...encode('yyyy-mm-dd')]), xf5(0), xf5(164)],
      sheets: [{ name: 'План', records: [label5(0, 0, 'Привет'), number(1, 0, 1, 44560), number(1, 1, 0, 2.5)] }],
    });
    const source = await readSourceFile(file, 'Old95.xls');
    expect(source.dateSystem).toBe(1904);
    expect(source.sheets.map((s) => s.name)).toEqual(['План']);
    expect(source.sheets[0]!.values).toEqual([['Привет'], [day('2025-12-31'), 2.5]]);
    expect(source.sheets[0]!.numberFormats![1]![0]).toBe('yyyy-mm-dd');
  });
});
