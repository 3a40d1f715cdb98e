import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import { checkZipLimits, formatLimit, formatSize } from '../../src/xlsx/zip-guard';
import { buildZip, deflatedPart, deflatedZeros, minimalXlsxParts, storedPart, type ZipPart } from '../robustness/support/build-zip';

const MB = 1024 * 1024;
const GB = 1024 * MB;
const SHEET = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

describe('checkZipLimits on sound archives', () => {
  it('accepts a workbook written by exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Finance');
    ws.addRow(['ID', 'Name', 'Status']);
    ws.addRow(['FIN-1', 'Close books faster', 'Green']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(checkZipLimits(bytes)).toBeUndefined();
  });

  it('accepts a hand-built minimal workbook, stored or deflated', () => {
    expect(checkZipLimits(buildZip(minimalXlsxParts(SHEET)))).toBeUndefined();
    expect(checkZipLimits(buildZip([storedPart('a.xml', '<a/>')]))).toBeUndefined();
  });

  it('reads ZIP64 records', () => {
    expect(checkZipLimits(buildZip(minimalXlsxParts(SHEET), { zip64: true }))).toBeUndefined();
  });

  it('accepts a trailing archive comment', () => {
    const zip = Buffer.from(buildZip([storedPart('a.xml', '<a/>')]));
    const comment = Buffer.from('made by a test');
    zip.writeUInt16LE(comment.length, zip.length - 2);
    expect(checkZipLimits(Buffer.concat([zip, comment]))).toBeUndefined();
  });

  it('does not refuse a small part for packing well (a 5 MB run of one character)', () => {
    const zip = buildZip([deflatedPart('xl/sharedStrings.xml', 'x'.repeat(5 * MB))]);
    expect(checkZipLimits(zip)).toBeUndefined();
  });

  it('reads a zip passed as a view into a larger buffer', () => {
    const zip = buildZip([storedPart('a.xml', '<a/>')]);
    const padded = new Uint8Array(zip.length + 100);
    padded.set(zip, 50);
    expect(checkZipLimits(padded.subarray(50, 50 + zip.length))).toBeUndefined();
  });
});

describe('checkZipLimits on zip bombs', () => {
  it('refuses a part whose declared size is over the per-part limit, without inflating it', () => {
    const lying: ZipPart = { ...deflatedPart('xl/worksheets/sheet1.xml', SHEET), uncompressedSize: 0xfffffff0 };
    expect(checkZipLimits(buildZip([lying]))).toBe(
      'has a part (xl/worksheets/sheet1.xml) of 4.0 GB uncompressed, over the 160 MB limit per part',
    );
  });

  it('refuses a real deflated bomb: 4 GB of zeros in 4 MB (ZIP64)', () => {
    const zeros = deflatedZeros(4 * GB);
    expect(zeros.length).toBeLessThan(5 * MB);
    // It is genuine: inflating it runs past any reasonable buffer.
    expect(() => zlib.inflateRawSync(zeros.subarray(0, 64 * 1037), { maxOutputLength: 32 * MB })).toThrow(/larger than/);
    const bomb: ZipPart = { name: 'xl/worksheets/sheet1.xml', data: zeros, method: 8, uncompressedSize: 4 * GB };
    expect(checkZipLimits(buildZip([bomb], { zip64: true }))).toBe(
      'has a part (xl/worksheets/sheet1.xml) of 4.0 GB uncompressed, over the 160 MB limit per part',
    );
  });

  it('refuses many parts that each stay under the part limit but add up past the total', () => {
    const zeros = deflatedZeros(400 * MB);
    const parts: ZipPart[] = [1, 2, 3].map((n) => ({ name: `xl/worksheets/sheet${n}.xml`, data: zeros, method: 8, uncompressedSize: 400 * MB }));
    expect(checkZipLimits(buildZip(parts), { maxRatio: 2000, maxEntryBytes: 512 * MB, maxTotalBytes: 1 * GB })).toBe('declares 1.2 GB of uncompressed content, over the 1 GB limit');
  });

  it('refuses a part that expands more than the ratio limit', () => {
    const zeros = deflatedZeros(100 * MB);
    const bomb: ZipPart = { name: 'xl/sharedStrings.xml', data: zeros, method: 8, uncompressedSize: 100 * MB };
    expect(checkZipLimits(buildZip([bomb]))).toBe(
      'has a part (xl/sharedStrings.xml) that expands 1,011 times (101.3 KB to 100.0 MB), over the 200x limit: a zip bomb',
    );
  });

  it('refuses a part that declares more than deflate could ever produce from its bytes', () => {
    const lie: ZipPart = { ...deflatedPart('xl/styles.xml', '<styleSheet/>'), uncompressedSize: 100 * MB };
    expect(checkZipLimits(buildZip([lie]))).toMatch(
      /^is damaged or hostile: the part xl\/styles\.xml declares 100\.0 MB from \d+ bytes of compressed data, more than deflate can produce$/,
    );
  });

  it('refuses a stored part whose declared size is not what it holds', () => {
    const lie: ZipPart = { ...storedPart('a.xml', '<a/>'), uncompressedSize: 20 * MB };
    expect(checkZipLimits(buildZip([lie]))).toBe('is damaged: the stored part a.xml declares 20.0 MB but holds 4 bytes');
  });

  it('refuses an archive with too many parts, from the directory count alone', () => {
    const parts = Array.from({ length: 30 }, (_, i) => storedPart(`p${i}.xml`, '<a/>'));
    expect(checkZipLimits(buildZip(parts), { maxEntries: 20 })).toBe('holds 30 parts, over the 20 limit');
  });

  it('honours custom limits', () => {
    const part = deflatedPart('xl/worksheets/sheet1.xml', 'y'.repeat(3 * MB));
    expect(checkZipLimits(buildZip([part]), { maxEntryBytes: 2 * MB })).toBe(
      'has a part (xl/worksheets/sheet1.xml) of 3.0 MB uncompressed, over the 2 MB limit per part',
    );
    expect(checkZipLimits(buildZip([part]), { maxTotalBytes: 1 * MB })).toBe('declares 3.0 MB of uncompressed content, over the 1 MB limit');
  });
});

describe('checkZipLimits on damaged and foreign files', () => {
  const good = buildZip(minimalXlsxParts(SHEET));

  it('names a truncated archive (no end-of-central-directory record)', () => {
    expect(checkZipLimits(good.subarray(0, Math.floor(good.length / 2)))).toBe(
      'is truncated or damaged (the zip archive has no end-of-central-directory record)',
    );
  });

  it('names an archive cut inside its directory', () => {
    const cut = Buffer.concat([good.subarray(0, good.length - 60), good.subarray(good.length - 22)]);
    expect(checkZipLimits(cut)).toMatch(/^is truncated or damaged \(its zip directory (ends early|points past the end of the file)\)$/);
  });

  it('names a part whose data runs past the end of the file', () => {
    const zip = Buffer.from(good);
    // Point the first part's compressed size far beyond the file.
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(10 * MB, cd + 20);
    expect(checkZipLimits(zip)).toBe('is truncated (the part [Content_Types].xml runs past the end of the file)');
  });

  it('names text renamed .xlsx, an empty file and an empty zip', () => {
    expect(checkZipLimits(Buffer.from('ID,Name\nFIN-1,Close books\n'))).toBe('is not an .xlsx workbook (not a zip archive)');
    expect(checkZipLimits(new Uint8Array(0))).toBe('is not an .xlsx workbook (not a zip archive)');
    expect(checkZipLimits(buildZip([]))).toBe('is an empty zip archive, not an .xlsx workbook');
  });

  it('names an OLE compound file (password-protected workbook or .xls)', () => {
    const ole = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect(checkZipLimits(ole)).toMatch(/^is an OLE compound file \(a password-protected workbook or an old \.xls\)/);
  });

  it('never throws on random corruption of a real archive', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 300; i++) {
      const bad = Buffer.from(good);
      for (let k = 0; k < 4; k++) bad[next() % bad.length] = next() % 256;
      const result = checkZipLimits(bad);
      expect(result === undefined || (typeof result === 'string' && !result.includes('\n'))).toBe(true);
    }
  });
});

describe('size formatting', () => {
  it('prints measured sizes with one decimal and limits as round numbers', () => {
    expect(formatSize(4 * GB)).toBe('4.0 GB');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(12)).toBe('12 bytes');
    expect(formatLimit(GB)).toBe('1 GB');
    expect(formatLimit(512 * 1024 * 1024)).toBe('512 MB');
    expect(formatLimit(1.5 * GB)).toBe('1.5 GB');
  });
});
