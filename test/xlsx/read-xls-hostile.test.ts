import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMain } from '../cli/run-main';
import { readSourceFile, SourceReadError } from '../../src/xlsx/read-source';
import { readXlsSource } from '../../src/xlsx/read-xls';
import { compoundFileOf, concat, fatEntryOffset, labelSst, le16, le32, number, record, sectorOffset, unicodeString, workbookStream, xlsFile } from './support/build-xls';

/** Damaged and hostile .xls files: each is one SourceReadError naming the file, quickly, never a crash or a hang. */

const FIXTURE = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/xls/features.xls')));

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  const started = Date.now();
  const error = await readSourceFile(bytes, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(Date.now() - started).toBeLessThan(2000);
  expect(error).toBeInstanceOf(SourceReadError);
  expect((error as SourceReadError).fileName).toBe(name);
  return (error as SourceReadError).message;
}

const label = (text: string): Uint8Array => record(0x0204, [...le16(0), ...le16(0), ...le16(0), ...unicodeString(text)]);
/** One sheet "S" with a cell: its Workbook stream (padded to 4,096 bytes) is sectors 2-9 of the file (FAT 0, directory 1). */
const simple = (): Uint8Array => xlsFile({ sheets: [{ name: 'S', records: [label('ID')] }] });
const u32At = (bytes: Uint8Array, at: number, value: number): Uint8Array => {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(at, value, true);
  return copy;
};

describe('hostile .xls files', () => {
  it('a truncated file: every cut of a real LibreOffice file is refused in one line or read, never a crash', async () => {
    for (let cut = 0; cut < FIXTURE.length; cut += 4096) {
      const name = `cut-${cut}.xls`;
      const result = await readSourceFile(FIXTURE.subarray(0, cut), name).then(
        () => 'read',
        (e: unknown) => e,
      );
      if (cut === 0) expect((result as Error).message).toBe(`${name} is empty.`);
      else {
        expect(result).toBeInstanceOf(SourceReadError);
        expect((result as Error).message).toMatch(new RegExp(`^${name.replace('.', '\\.')} is (truncated|truncated or damaged): [^\\n]+\\.$`));
      }
    }
  });

  it('a chain cut off by the end of the file is named as truncated', async () => {
    const file = simple();
    // Sectors 0-9: the Workbook stream is 2..9; cut the last two off.
    expect(await refusal(file.subarray(0, sectorOffset(8)), 'Cut.xls')).toBe('Cut.xls is truncated or damaged: its Workbook stream points to sector 8, past the end of the file (8 sectors).');
  });

  it('a FAT whose chain loops back on itself (npm cfb 1.2.2 runs out of heap on this)', async () => {
    // The stream's last sector (9) points back to 5; the stream starts at 5, inside the loop.
    const looped = u32At(u32At(simple(), fatEntryOffset(9), 5), sectorOffset(1) + 128 + 0x74, 5);
    expect(await refusal(looped, 'Loop.xls')).toBe('Loop.xls is damaged: its Workbook stream loops back on itself.');
  });

  it('a DIFAT chain that loops, and a directory that loops', async () => {
    const big = xlsFile({ sheets: [{ name: 'S', records: Array.from({ length: 6000 }, (_, k) => number(k, 0, 0, k)) }] });
    // Claim 150 FAT sectors (more than 109, so the DIFAT is read) and a DIFAT sector (5) whose next-pointer is itself.
    let difat = u32At(big, 0x2c, 150);
    difat = u32At(difat, 0x44, 5);
    difat = u32At(difat, 0x48, 1);
    difat = u32At(difat, sectorOffset(5) + 508, 5);
    expect(await refusal(difat, 'Difat.xls')).toBe('Difat.xls is damaged: its DIFAT sector chain loops back on itself.');
    // The Workbook entry's right sibling is itself.
    const dir = u32At(simple(), sectorOffset(1) + 128 + 0x48, 1);
    expect(await refusal(dir, 'Dir.xls')).toBe('Dir.xls is damaged: its compound file directory loops back on itself.');
  });

  it('a stream or a FAT that claims more than the file holds', async () => {
    const huge = u32At(simple(), sectorOffset(1) + 128 + 0x78, 0x7fffffff);
    expect(await refusal(huge, 'Huge.xls')).toBe('Huge.xls is damaged: its Workbook stream claims 2,147,483,647 bytes, more than the file holds.');
    const fats = u32At(simple(), 0x2c, 1_000_000);
    expect(await refusal(fats, 'Fats.xls')).toBe('Fats.xls is damaged: its compound file header claims 1,000,000 FAT sectors, more than the file holds.');
    const version = new Uint8Array(simple());
    version[0x1a] = 5;
    expect(await refusal(version, 'V5.xls')).toBe('V5.xls is damaged: its compound file header gives version 5 with 512-byte sectors (only version 3 with 512 and version 4 with 4,096 exist).');
  });

  it('a shared-string table declaring four billion strings costs what it holds; a cell naming one it lacks is refused', async () => {
    const sst = record(0x00fc, [...le32(0xffffffff), ...le32(0xffffffff), ...unicodeString('ID'), ...unicodeString('Name')]);
    const ok = xlsFile({ globals: [sst], sheets: [{ name: 'S', records: [labelSst(0, 0, 0, 0), labelSst(0, 1, 0, 1)] }] });
    const started = Date.now();
    expect((await readSourceFile(ok, 'Sst.xls')).sheets[0]!.values).toEqual([['ID', 'Name']]);
    expect(Date.now() - started).toBeLessThan(1000);
    const beyond = xlsFile({ globals: [sst], sheets: [{ name: 'S', records: [labelSst(0, 0, 0, 5_000_000)] }] });
    expect(await refusal(beyond, 'Sst2.xls')).toBe('Sst2.xls is damaged: its sheet "S" has a cell that refers to shared string 5000000, which the workbook does not hold.');
    // A string whose phonetic block claims 2 GB.
    const lying = record(0x00fc, [...le32(1), ...le32(1), ...le16(2), 0x04, ...le32(0x7fffffff), 0x41, 0x42]);
    expect(await refusal(xlsFile({ globals: [lying], sheets: [{ name: 'S', records: [] }] }), 'Ext.xls')).toBe(
      'Ext.xls is truncated or damaged: its shared-string table ends in the middle of its data.',
    );
  });

  it('an encrypted workbook (FILEPASS) is named as password-protected', async () => {
    const filepass = record(0x002f, [...le16(1), ...le16(1), ...le16(1), ...new Array<number>(48).fill(0x11)]);
    const file = xlsFile({ globals: [filepass], sheets: [{ name: 'S', records: [label('secret')] }] });
    expect(await refusal(file, 'Locked.xls')).toBe(
      'Locked.xls is protected with a password; save a copy without the password in Excel (File > Info > Protect Workbook > Encrypt with Password, clear it) and try again.',
    );
  });

  it('records that run past the stream, cells outside Excel 97\'s grid, sheets listed twice or inside another', async () => {
    // A record right after the BOF (20 bytes) claiming 60,000 bytes of a 4,096-byte stream.
    const long = compoundFileOf([{ name: 'Workbook', data: concat([workbookStream({ sheets: [] }).subarray(0, 20), new Uint8Array([0x42, 0x00, 0x60, 0xea])]) }]);
    expect(await refusal(long, 'Long.xls')).toBe("Long.xls is truncated: a record of its Workbook stream runs 55928 bytes past the stream's end.");
    const wide = xlsFile({ sheets: [{ name: 'S', records: [number(0, 300, 0, 1)] }] });
    expect(await refusal(wide, 'Wide.xls')).toBe('Wide.xls is damaged: its sheet "S" has a cell in column 301, outside Excel 97\'s 256 columns.');
    const twice = xlsFile({
      sheets: Array.from({ length: 1000 }, (_, k) => ({ name: `S${k}`, records: [label('x')] })),
      offsets: (o) => o.map(() => o[0]!),
    });
    expect(await refusal(twice, 'Twice.xls')).toBe('Twice.xls is damaged: its sheets "S0" and "S1" start at the same place in the Workbook stream.');
    // S1 is aimed at the embedded chart inside S0.
    const chart = [record(0x0809, [...le16(0x0600), ...le16(0x0020), ...le32(0), ...le32(0), ...le32(0)]), record(0x000a)];
    const inside = xlsFile({
      sheets: [
        { name: 'S0', records: [label('x'), ...chart] },
        { name: 'S1', records: [label('y')] },
      ],
      offsets: (o) => [o[0]!, o[0]! + 20 + 14], // after S0's BOF (20 bytes) and its LABEL (14)
    });
    expect(await refusal(inside, 'Inside.xls')).toBe('Inside.xls is damaged: its sheet "S1" starts inside its sheet "S0".');
    const none = xlsFile({ sheets: [] });
    expect(await refusal(none, 'None.xls')).toBe('None.xls is damaged: its Workbook stream lists no sheets.');
  });

  it('files that are not Excel 97-2003 workbooks are named for what they are', async () => {
    const word = compoundFileOf([{ name: 'WordDocument', data: new Uint8Array(4096) }]);
    expect(await refusal(word, 'Memo.xls')).toBe('Memo.xls is not an Excel workbook: it is a Word document with no Workbook stream.');
    const biff2 = new Uint8Array([0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00, 0x0a, 0x00, 0x00, 0x00]);
    expect(await refusal(biff2, 'Excel2.xls')).toBe(
      'Excel2.xls is an Excel 2.x-4.0 workbook (BIFF2-4), a format older than Excel 97 that is not read; open it in Excel or LibreOffice and save it as .xlsx.',
    );
    const html = new TextEncoder().encode('<html><body><table><tr><td>ID</td></tr></table></body></html>');
    expect(await refusal(html, 'Export.xls')).toBe(
      'Export.xls is not an Excel workbook: it holds HTML or XML text (some tools export a web page or an XML spreadsheet named like a workbook); open it in Excel and save it as .xlsx.',
    );
  });

  it('a file over the size limit is refused before it is read', () => {
    // 11 sectors of 512 bytes: header, FAT, directory and the 4,096-byte stream.
    expect(() => readXlsSource(simple(), 'Big.xls', { limits: { maxFileBytes: 1024 } })).toThrow(
      new SourceReadError('Big.xls', 'Big.xls is a legacy .xls workbook of 5.5 KB, over the 1 KB limit for .xls files; save it as .xlsx in Excel and try again.'),
    );
  });

  it('random damage to a real file: 400 mutants are each read or refused in one line, never another error', async () => {
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const started = Date.now();
    for (let k = 0; k < 400; k++) {
      const bytes = FIXTURE.slice();
      const flips = 1 + random(8);
      for (let j = 0; j < flips; j++) bytes[random(bytes.length)] = random(256);
      const result = await readSourceFile(bytes, 'm.xls').then(
        () => undefined,
        (e: unknown) => e,
      );
      if (result !== undefined) {
        expect(result).toBeInstanceOf(SourceReadError);
        expect((result as Error).message).toMatch(/^m\.xls [^\n]+\.$/);
      }
    }
    expect(Date.now() - started).toBeLessThan(20000);
  });

  it('in the CLI a hostile .xls is one line and exit 2, and the other files are still read', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'throughline-xls-'));
    try {
      writeFileSync(path.join(dir, 'Loop.xls'), u32At(u32At(simple(), fatEntryOffset(9), 5), sectorOffset(1) + 128 + 0x74, 5));
      writeFileSync(path.join(dir, 'plan.csv'), 'ID,Name,Status,Due\nOPS-1,Payroll,Green,2026-12-01\n');
      const run = await runMain(['check', 'Loop.xls', 'plan.csv', '--as-of', '2026-11-16'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('throughline: Loop.xls is damaged: its Workbook stream loops back on itself.\n');
      expect(run.stdout.split('\n')[0]).toBe('Throughline check as of 2026-11-16 (set by --as-of): 1 source, 1 initiative.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
