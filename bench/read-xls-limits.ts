/**
 * npx tsx bench/read-xls-limits.ts [MB]: what reading a legacy .xls costs in memory per byte of
 * file, for the record shapes that yield the most cells per byte: MULRK runs (6 bytes a number),
 * LABELSST cells naming one shared string (14 bytes a cell) and LABELSST cells each naming a
 * string of its own. Each shape is written as a BIFF8 workbook of about MB megabytes (default 48),
 * in sheets of Excel 97's 65,536 rows x 256 columns, and read in a fresh process; peak RSS minus
 * an empty read's, divided by the file's bytes, is the cost the limit in src/xlsx/read-xls.ts is
 * sized from (docs/BENCHMARKS.md, "Limits"). Needs `npm run build:cli` first (reads dist/).
 */
import { spawnSync } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { concat, le16, le32, record, unicodeString, xlsFile, type SheetSpec } from '../test/xlsx/support/build-xls';

const ROOT = path.resolve(__dirname, '..');
const READ = `
const { readXlsSource } = require(${JSON.stringify(path.join(ROOT, 'dist', 'xlsx', 'read-xls.js'))});
const fs = require('fs');
const s = readXlsSource(new Uint8Array(fs.readFileSync(process.argv[1])), 'x.xls', { limits: { maxFileBytes: 2 ** 31 } });
if (global.gc) global.gc();
process.stderr.write('CELLS ' + s.sheets.reduce((n, sh) => n + sh.values.reduce((m, r) => m + r.length, 0), 0) + '\\n');
`;

function peak(file: string): { mb: number; s: number; cells: string } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, '--max-old-space-size=8192', '-e', READ, file], { encoding: 'utf8' });
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(r.stderr);
  return { s: Number(m[1]), mb: Number(m[2]) / 1024, cells: /CELLS (\d+)/.exec(r.stderr)?.[1] ?? '?' };
}

const xf = record(0x00e0, [...le16(0), ...le16(0), ...new Array<number>(16).fill(0)]);
const mulrk = (row: number): Uint8Array => {
  const cells: number[] = [];
  for (let c = 0; c < 256; c++) cells.push(...le16(0), ...le32((((row * 7 + c) % 1000) << 2) | 2));
  return record(0x00bd, [...le16(row), ...le16(0), ...cells, ...le16(255)]);
};
const labelSst = (row: number, col: number, index: number): Uint8Array => record(0x00fd, [...le16(row), ...le16(col), ...le16(0), ...le32(index)]);

/** Sheets of whole rows (256 cells each) until about `bytes` of records. */
function sheets(bytes: number, rowRecords: (row: number, first: number) => Uint8Array[], cellsPerRow = 256): { specs: SheetSpec[]; cells: number } {
  const specs: SheetSpec[] = [];
  let total = 0;
  let cells = 0;
  while (total < bytes) {
    const records: Uint8Array[] = [];
    for (let r = 0; r < 65536 && total < bytes; r++) {
      const rs = rowRecords(r, cells);
      for (const x of rs) total += x.length;
      records.push(...rs);
      cells += cellsPerRow;
    }
    specs.push({ name: `S${specs.length + 1}`, records: [concat(records)] });
  }
  return { specs, cells };
}

const mb = Number(process.argv[2] ?? 48);
const target = mb * 1024 * 1024;
const dir = path.join(ROOT, '.cache', 'bench', 'read-xls-limits');
mkdirSync(dir, { recursive: true });
const emptyFile = path.join(dir, 'empty.xls');
writeFileSync(emptyFile, xlsFile({ globals: [xf], sheets: [{ name: 'S', records: [] }] }, { version: 4 }));
const floor = peak(emptyFile).mb;
process.stdout.write(`empty read: ${floor.toFixed(0)} MB peak RSS\n`);

const shapes: Array<[string, () => Uint8Array]> = [
  ['MULRK numbers, 6 bytes a cell', () => xlsFile({ globals: [xf], sheets: sheets(target, (r) => [mulrk(r)]).specs }, { version: 4 })],
  ['LABELSST cells, one shared string', () => {
    const sst = record(0x00fc, [...le32(1), ...le32(1), ...unicodeString('x')]);
    return xlsFile({ globals: [xf, sst], sheets: sheets(target, (r) => Array.from({ length: 256 }, (_, c) => labelSst(r, c, 0))).specs }, { version: 4 });
  }],
  ['LABELSST cells, a string each', () => {
    // Shared strings of 5 characters (8 bytes each) in SST + CONTINUE records, plus 14 bytes a cell.
    const { specs, cells } = sheets((target * 14) / 22, (r, first) => Array.from({ length: 256 }, (_, c) => labelSst(r, c, first + c)));
    const strings: number[] = [];
    for (let i = 0; i < cells; i++) strings.push(...unicodeString(i.toString(36).padStart(5, '0')));
    const chunks: Uint8Array[] = [record(0x00fc, [...le32(cells), ...le32(cells), ...strings.slice(0, 8216)])];
    for (let at = 8216; at < strings.length; at += 8224) chunks.push(record(0x003c, strings.slice(at, at + 8224)));
    return xlsFile({ globals: [xf, concat(chunks)], sheets: specs }, { version: 4 });
  }],
];
for (const [name, build] of shapes) {
  const file = path.join(dir, `${name.split(' ')[0]}-${name.length}.xls`);
  const bytes = build();
  writeFileSync(file, bytes);
  const { mb: p, s, cells } = peak(file);
  process.stdout.write(`${name}: ${(bytes.length / 1024 / 1024).toFixed(0)} MB file, ${cells} cells -> ${p.toFixed(0)} MB peak RSS, ${((p - floor) / (bytes.length / 1024 / 1024)).toFixed(2)} bytes per file byte, ${s.toFixed(1)} s\n`);
}
