/**
 * Peak memory and time of the hostile inputs of issue 17, each in its own process (so peak RSS is
 * that case's): `npx tsx bench/hostile-cases.ts` prints one line per case. The shapes are the
 * test/robustness cases at full size.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

const CASES: Record<string, string> = {
  'far cell at XFD1048576 beside a 3-row table (1,048,576 rows x 16,384 columns)': `
    const values = [['ID','Name','Status','Due'],['A-1','One','Green','2026-05-01'],['A-2','Two','Red','2026-06-01']];
    for (let r = 3; r < 1048575; r++) values.push([]);
    const last = new Array(16384).fill(null); last[16383] = 'x'; values.push(last);
    const t0 = performance.now();
    runPipeline([{ name: 'Far.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values }] }], makeOptions(dayFromIso('2026-03-02')));
    done(t0);`,
  'CSV of 100,000 rows with an unclosed quote on row 10 and a stray one on row 50,000': `
    const lines = ['ID,Name,Status,Due'];
    for (let i = 1; i <= 100000; i++) lines.push(i === 10 ? 'R-10,"open,Green,2026-05-01' : i === 50000 ? 'R-50000,"a"b,Green,2026-05-01' : 'R-' + i + ',Row ' + i + ',Green,2026-05-01');
    const bytes = new TextEncoder().encode(lines.join('\\n'));
    const t0 = performance.now();
    const r = runPipeline([readCsvSource(bytes, 'Quotes.csv')], makeOptions(dayFromIso('2026-03-02')));
    if (r.model.initiatives.length !== 100000) throw new Error('rows lost');
    done(t0);`,
  'UTF-8 CSV of 100,000 rows with one invalid byte': `
    const lines = ['ID,Name,Status,Due'];
    for (let i = 1; i <= 100000; i++) lines.push('R-' + i + ',Café ' + i + ',Green,2026-05-01');
    const text = new TextEncoder().encode(lines.join('\\n'));
    const bytes = new Uint8Array(text.length + 1); bytes.set(text.subarray(0, 500)); bytes[500] = 0xff; bytes.set(text.subarray(500), 501);
    const t0 = performance.now();
    runPipeline([readCsvSource(bytes, 'Bytes.csv')], makeOptions(dayFromIso('2026-03-02')));
    done(t0);`,
  'a 4 MB name, a 4 MB dependency cell and a 1 MB status in one table': `
    const values = [['ID','Name','Status','Start','Due','Depends On'],['H-1','N'.repeat(4194304),'Green','2026-06-01','2026-01-05',null],['H-2','Short','S'.repeat(1048576),'2026-01-05','2026-05-01','D'.repeat(4194304)]];
    const t0 = performance.now();
    const r = runPipeline([{ name: 'Huge.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values }] }], makeOptions(dayFromIso('2026-03-02')));
    const bytes = r.findings.reduce((n, f) => n + f.message.length, 0);
    done(t0, bytes + ' characters of messages');`,
};

const root = path.resolve(__dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'throughline-hostile-bench-'));
for (const [name, body] of Object.entries(CASES)) {
  const file = path.join(dir, 'case.ts');
  writeFileSync(file, `import { dayFromIso, makeOptions, runPipeline } from '${root}/src/core';
import { readCsvSource } from '${root}/src/xlsx/read-csv';
function done(t0: number, note = '') { const ms = performance.now() - t0; console.log(JSON.stringify({ ms: Math.round(ms), peakMB: Math.round(process.resourceUsage().maxRSS / 1024), note })); }
${body}`);
  const out = execFileSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8' });
  console.log(`${name}: ${out.trim()}`);
}
