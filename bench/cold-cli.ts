/**
 * npx tsx bench/cold-cli.ts [--sizes 1000,10000,100000] [--repeat 2] [--profile]
 * (also the last part of `npm run bench`; `npm run bench -- --cold-only --sizes 100000` runs only this)
 *
 * What users run: `throughline check` and `throughline report` as whole, fresh processes on the
 * synthetic portfolio (bench/portfolio.ts), each beside a fresh process that only reads the same
 * files with exceljs (the floor it is compared with), one after the other in each round so the
 * three share the machine's load; wall time, CPU time (user + system, the zlib and GC threads
 * included) and peak RSS (/usr/bin/time) per process, and the load average when the round
 * starts. On a shared machine the wall time mostly measures the others' load; the CPU ratios
 * are the steadier comparison. Each round gives its own ratios; the table shows every round. The compiled CLI (dist/, `npm run
 * build:cli`) is measured, as installed.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'fs';
import * as path from 'path';
import { BENCH_AS_OF_ISO, ensurePortfolio } from './portfolio';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'bin', 'throughline.js');

export interface ColdRound {
  /** 1-minute load average when the round started. */
  readonly load: number;
  readonly exceljsMs: number;
  readonly exceljsCpuMs: number;
  readonly checkCpuMs: number;
  readonly reportCpuMs: number;
  readonly exceljsRssBytes: number;
  readonly checkMs: number;
  readonly checkRssBytes: number;
  readonly reportMs: number;
  readonly reportRssBytes: number;
}

export interface ColdFigures {
  readonly size: number;
  readonly rounds: readonly ColdRound[];
}

/** The exceljs read alone, in its own process: `new ExcelJS.Workbook().xlsx.load()` of each file. */
export const EXCELJS_READ = `
const ExcelJS = require('exceljs');
const fs = require('fs');
(async () => {
  for (const f of process.argv.slice(1)) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(f));
})();
`;

export function timed(args: readonly string[], profileAs?: string): { ms: number; cpuMs: number; rssBytes: number; code: number | null } {
  const profile = profileAs ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, '.cache', 'bench', 'profiles')}`, `--cpu-prof-name=${profileAs}.cpuprofile`] : [];
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, ...profile, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr);
  if (!m) throw new Error(`could not time ${args.slice(0, 2).join(' ')}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { ms: Number(m[1]) * 1000, cpuMs: (Number(m[2]) + Number(m[3])) * 1000, rssBytes: Number(m[4]) * 1024, code: r.status };
}

export async function measureCold(sizes: readonly number[], repeat: number, profile = false): Promise<ColdFigures[]> {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('the CLI is not built: npm run build:cli');
  const out: ColdFigures[] = [];
  const tmp = path.join(ROOT, '.cache', 'bench', 'cold');
  mkdirSync(tmp, { recursive: true });
  if (profile) mkdirSync(path.join(ROOT, '.cache', 'bench', 'profiles'), { recursive: true });
  for (const size of sizes) {
    const portfolio = await ensurePortfolio(size, path.join(ROOT, '.cache', 'bench'));
    // The manifest may come from another checkout: the files are the ones beside it.
    const files = portfolio.files.map((f) => path.join(portfolio.dir, path.basename(f)));
    const rounds: ColdRound[] = [];
    for (let round = 0; round < repeat; round++) {
      process.stderr.write(`  cold ${size}, round ${round + 1}...\n`);
      const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
      const exceljs = timed(['-e', EXCELJS_READ, ...files]);
      const check = timed([CLI, 'check', ...files, '--as-of', BENCH_AS_OF_ISO], profile && round === 0 ? `check-${size}` : undefined);
      const summary = path.join(tmp, `summary-${size}.xlsx`);
      const report = timed([CLI, 'report', ...files, '--as-of', BENCH_AS_OF_ISO, '--out', summary], profile && round === 0 ? `report-${size}` : undefined);
      rmSync(summary, { force: true });
      if (check.code === null || check.code > 1) throw new Error(`check exited ${check.code} at ${size}`);
      if (report.code === null || report.code > 1) throw new Error(`report exited ${report.code} at ${size}`);
      rounds.push({
        load,
        exceljsMs: exceljs.ms,
        exceljsCpuMs: exceljs.cpuMs,
        exceljsRssBytes: exceljs.rssBytes,
        checkMs: check.ms,
        checkCpuMs: check.cpuMs,
        checkRssBytes: check.rssBytes,
        reportMs: report.ms,
        reportCpuMs: report.cpuMs,
        reportRssBytes: report.rssBytes,
      });
    }
    out.push({ size, rounds });
  }
  return out;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const gb = (b: number): string => (b >= 1024 ** 3 ? `${(b / 1024 ** 3).toFixed(2)} GB` : `${Math.round(b / 1024 ** 2)} MB`);
const x = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

/** One line per round: the three processes, their peaks, and the ratios to the exceljs read. */
export function formatCold(figures: readonly ColdFigures[]): string[] {
  const lines = [
    'Cold CLI, one fresh process each: wall time (CPU time in brackets), peak RSS; ratios to the exceljs read of the same files in the same round, wall (CPU).',
    'Targets: check <= 1.0x, report <= 2.0x, peak <= 1 GB at 100,000, growth per 10x <= 11x.',
    '',
    '| initiatives | round (load) | exceljs read | check | check / read | report | report / read | peak check / report / exceljs |',
    '|---|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const f of figures) {
    f.rounds.forEach((r, i) => {
      lines.push(
        `| ${f.size.toLocaleString('en-US')} | ${i + 1} (${r.load.toFixed(1)}) | ${s(r.exceljsMs)} (${s(r.exceljsCpuMs)}) | ${s(r.checkMs)} (${s(r.checkCpuMs)}) | ${x(r.checkMs, r.exceljsMs)} (${x(r.checkCpuMs, r.exceljsCpuMs)}) | ${s(r.reportMs)} (${s(r.reportCpuMs)}) | ${x(r.reportMs, r.exceljsMs)} (${x(r.reportCpuMs, r.exceljsCpuMs)}) | ${gb(r.checkRssBytes)} / ${gb(r.reportRssBytes)} / ${gb(r.exceljsRssBytes)} |`,
      );
    });
  }
  const best = (f: ColdFigures, k: keyof ColdRound): number => Math.min(...f.rounds.map((r) => r[k]));
  for (let i = 1; i < figures.length; i++) {
    const a = figures[i - 1]!;
    const b = figures[i]!;
    const factor = b.size / a.size;
    lines.push(
      `growth ${a.size.toLocaleString('en-US')} -> ${b.size.toLocaleString('en-US')} (${factor}x data, best rounds, wall (CPU)): check ${x(best(b, 'checkMs'), best(a, 'checkMs'))} (${x(best(b, 'checkCpuMs'), best(a, 'checkCpuMs'))}), report ${x(best(b, 'reportMs'), best(a, 'reportMs'))} (${x(best(b, 'reportCpuMs'), best(a, 'reportCpuMs'))}), exceljs read ${x(best(b, 'exceljsMs'), best(a, 'exceljsMs'))} (${x(best(b, 'exceljsCpuMs'), best(a, 'exceljsCpuMs'))})`,
    );
  }
  return lines;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const arg = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
  };
  const sizes = arg('--sizes', '1000,10000,100000').split(',').map(Number);
  const repeat = Number(arg('--repeat', '2'));
  measureCold(sizes, repeat, argv.includes('--profile'))
    .then((figures) => process.stdout.write(`${formatCold(figures).join('\n')}\n${JSON.stringify(figures)}\n`))
    .catch((e: unknown) => {
      process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
}
