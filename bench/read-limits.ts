/**
 * npx tsx bench/read-limits.ts [MB]: what reading an .xlsx costs in memory per byte of sheet XML,
 * for the shapes that cost most per byte: the smallest numeric cells (`<c><v>1</v></c>`, no
 * address), one unique shared string per cell, and inline strings. Each shape is written as one
 * workbook of about MB megabytes of XML (default 64) and read by the streaming reader in a fresh
 * process; peak RSS minus an empty read's, divided by the XML bytes, is the cost the limits in
 * src/xlsx/zip-guard.ts are sized from (docs/BENCHMARKS.md, "Limits").
 */
import { spawnSync } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { buildZip, deflatedPart, minimalXlsxParts, type ZipPart } from '../test/robustness/support/build-zip';

const ROOT = path.resolve(__dirname, '..');
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function sheetOf(targetBytes: number, cell: (i: number) => string): { xml: Buffer; cells: number } {
  const chunks: string[] = [`<worksheet xmlns="${MAIN}"><sheetData>`];
  let bytes = 0;
  let i = 0;
  for (let r = 1; bytes < targetBytes; r++) {
    let row = '<row>';
    for (let c = 0; c < 100; c++) row += cell(i++);
    row += '</row>';
    chunks.push(row);
    bytes += row.length;
  }
  chunks.push('</sheetData></worksheet>');
  return { xml: Buffer.from(chunks.join('')), cells: i };
}

function withParts(parts: ZipPart[], sheet: Buffer, strings?: Buffer): Uint8Array {
  const out = parts.filter((p) => p.name !== 'xl/worksheets/sheet1.xml').map((p) => p);
  out.push({ name: 'xl/worksheets/sheet1.xml', data: zlib.deflateRawSync(sheet, { level: 1 }), method: 8, uncompressedSize: sheet.length });
  if (strings) {
    out.push({ name: 'xl/sharedStrings.xml', data: zlib.deflateRawSync(strings, { level: 1 }), method: 8, uncompressedSize: strings.length });
    const rels = out.findIndex((p) => p.name === 'xl/_rels/workbook.xml.rels');
    out[rels] = deflatedPart(
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    );
  }
  return buildZip(out);
}

const READ = `
const { readXlsxSource } = require(${JSON.stringify(path.join(ROOT, 'dist', 'xlsx', 'read-workbook.js'))});
const fs = require('fs');
readXlsxSource(new Uint8Array(fs.readFileSync(process.argv[1])), 'x.xlsx', { limits: { maxEntryBytes: 4 * 1024 ** 3, maxTotalBytes: 8 * 1024 ** 3, maxRatio: 1e9, ratioFloorBytes: 0, maxEntries: 10000 } })
  .then((s) => { if (global.gc) global.gc(); process.stderr.write('CELLS ' + s.sheets[0].values.reduce((n, r) => n + r.length, 0) + '\\n'); });
`;

function peak(file: string): { mb: number; ms: number } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, '--max-old-space-size=8192', '-e', READ, file], { encoding: 'utf8' });
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(r.stderr);
  return { ms: Number(m[1]) * 1000, mb: Number(m[2]) / 1024 };
}

const mb = Number(process.argv[2] ?? 64);
const dir = path.join(ROOT, '.cache', 'bench', 'read-limits');
mkdirSync(dir, { recursive: true });
const base = minimalXlsxParts(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
const emptyFile = path.join(dir, 'empty.xlsx');
writeFileSync(emptyFile, buildZip(base));
const floor = peak(emptyFile).mb;
const shapes: Array<[string, () => Uint8Array, number]> = [];
const numbers = sheetOf(mb * 1024 * 1024, (i) => `<c><v>${i % 10}</v></c>`);
shapes.push(['numeric cells <c><v>1</v></c>', () => withParts(base, numbers.xml), numbers.xml.length]);
const decimals = sheetOf(mb * 1024 * 1024, (i) => `<c><v>${(i % 1000) / 8 + 0.5}</v></c>`);
shapes.push(['decimal cells <c><v>12.625</v></c>', () => withParts(base, decimals.xml), decimals.xml.length]);
const inline = sheetOf(mb * 1024 * 1024, (i) => `<c t="inlineStr"><is><t>${i.toString(36)}</t></is></c>`);
shapes.push(['inline strings, unique', () => withParts(base, inline.xml), inline.xml.length]);
const shared = sheetOf((mb / 2) * 1024 * 1024, (i) => `<c t="s"><v>${i}</v></c>`);
const strings = Buffer.from(`<sst xmlns="${MAIN}">${Array.from({ length: shared.cells }, (_, i) => `<si><t>${i.toString(36)}</t></si>`).join('')}</sst>`);
shapes.push(['shared strings, one unique per cell', () => withParts(base, shared.xml, strings), shared.xml.length + strings.length]);
process.stdout.write(`empty read: ${floor.toFixed(0)} MB peak RSS\n`);
for (const [name, build, xmlBytes] of shapes) {
  const file = path.join(dir, `${name.split(' ')[0]}.xlsx`);
  writeFileSync(file, build());
  const { mb: p, ms } = peak(file);
  process.stdout.write(`${name}: ${(xmlBytes / 1024 / 1024).toFixed(0)} MB of XML -> ${p.toFixed(0)} MB peak RSS, ${((p - floor) / (xmlBytes / 1024 / 1024)).toFixed(2)} bytes per XML byte, ${(ms / 1000).toFixed(1)} s\n`);
}
