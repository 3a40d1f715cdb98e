/**
 * npx tsx bench/taskpane-browser.ts [--sizes 1000,10000,100000] [--no-report]
 * (also part of `npm run bench`; needs the add-in built: `npx webpack --mode production`)
 *
 * The taskpane's run in the browser end-to-end harness (Debian's chromium, test/e2e/browser.ts)
 * on the synthetic portfolio (bench/portfolio.ts): the 20 department workbooks dropped on the
 * Sources step of the browser demo (an empty workbook), from the drop to the result on screen
 * (data-run="done": files read, tables found, core run, findings listed, all in the worker); the
 * longest main-thread task while it runs (PerformanceObserver 'longtask'; the target is none over
 * 200 ms); then opening the Findings step, and Generate report into the in-memory workbook, each
 * with its own longest task. Beside it, a fresh Node process reading the same files with exceljs,
 * in the same round. There are no Office.js round trips in the demo: in Excel the workbook read
 * and the report write add theirs (docs/BENCHMARKS.md).
 */
import { existsSync } from 'fs';
import * as path from 'path';
import { launchTaskpaneBrowser } from '../test/e2e/browser';
import { OBSERVE_LONG_TASKS, phase, type PagePhase } from '../test/e2e/long-tasks';
import { serveStatic } from '../test/e2e/serve-static';
import { EXCELJS_READ, timed } from './cold-cli';
import { BENCH_AS_OF_ISO, ensurePortfolio } from './portfolio';

const ROOT = path.resolve(__dirname, '..');
/** The add-in build measured (THROUGHLINE_DIST: another build, e.g. a before-and-after comparison). */
const DIST = process.env.THROUGHLINE_DIST ?? path.join(ROOT, 'dist', 'addin');
export interface TaskpaneFigures {
  readonly size: number;
  readonly exceljsMs: number;
  readonly run?: PagePhase;
  readonly openFindings?: PagePhase;
  readonly report?: PagePhase;
  /** The page's main-thread JavaScript heap after a full collection, the Findings step open (workers apart). */
  readonly mainHeapMb?: number;
  readonly notes: readonly string[];
}

/** The main thread's live heap, in MB, after the garbage collector has run (CDP; the workers are other targets). */
async function mainHeapMb(page: import('playwright-core').Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / (1024 * 1024);
  } finally {
    await cdp.detach();
  }
}

async function measureOne(url: string, size: number, withReport: boolean): Promise<TaskpaneFigures> {
  const portfolio = await ensurePortfolio(size, path.join(ROOT, '.cache', 'bench'));
  const files = portfolio.files.map((f) => path.join(portfolio.dir, path.basename(f)));
  const notes: string[] = [];
  process.stderr.write(`  taskpane ${size}: exceljs read...\n`);
  const exceljsMs = timed(['-e', EXCELJS_READ, ...files]).ms;
  const { context, close } = await launchTaskpaneBrowser({ width: 350, height: 760 });
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => notes.push(`page error: ${e.message}`));
    page.on('crash', () => notes.push('the page crashed'));
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(`${url}/taskpane.html?samples=none&asOf=${BENCH_AS_OF_ISO}`);
    await page.locator('[data-run="done"]').waitFor({ timeout: 60_000 });
    const last = path.basename(files[files.length - 1]!);
    const minutes = (n: number) => n * 60_000;
    process.stderr.write(`  taskpane ${size}: run...\n`);
    const run = await phase(
      page,
      () => page.getByLabel('Department workbooks or CSV files').setInputFiles(files),
      async () => {
        // CSS selectors, not roles: the harness's own accessibility-tree queries run on the page's
        // main thread and showed up among its long tasks.
        await page.locator(`ul[aria-label="Tables in ${last}"]`).waitFor({ state: 'attached', timeout: minutes(10) });
        await page.locator('[data-run="done"]').waitFor({ state: 'attached', timeout: minutes(20) });
      },
    );
    process.stderr.write(`  taskpane ${size}: open Findings...\n`);
    const openFindings = await phase(
      page,
      () => page.getByRole('tab', { name: /Findings/ }).click(),
      () => page.locator('[role="status"]', { hasText: /findings shown/ }).waitFor({ state: 'attached', timeout: minutes(5) }),
    );
    const heap = await mainHeapMb(page);
    let report: PagePhase | undefined;
    if (withReport) {
      process.stderr.write(`  taskpane ${size}: generate report...\n`);
      await page.getByRole('tab', { name: /Report/ }).click();
      try {
        report = await phase(
          page,
          () => page.getByRole('button', { name: 'Generate report' }).click(),
          () => page.locator('text=The summary is ready').waitFor({ state: 'attached', timeout: minutes(20) }),
        );
      } catch (e) {
        notes.push(`the report did not finish: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    }
    return { size, exceljsMs, run, openFindings, mainHeapMb: heap, ...(report ? { report } : {}), notes };
  } catch (e) {
    notes.push(`stopped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return { size, exceljsMs, notes };
  } finally {
    await close();
  }
}

export async function measureTaskpane(sizes: readonly number[], withReport = true): Promise<TaskpaneFigures[]> {
  if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('the add-in is not built: npx webpack --mode production');
  const server = await serveStatic(DIST);
  try {
    const out: TaskpaneFigures[] = [];
    for (const size of sizes) out.push(await measureOne(server.url, size, withReport));
    return out;
  } finally {
    await server.close();
  }
}

const sec = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const task = (p: PagePhase | undefined): string => (p ? `${Math.round(p.longestTaskMs)} ms${p.tasksOver200 > 0 ? ` (${p.tasksOver200} over 200 ms)` : ''}` : '—');

export function formatTaskpane(figures: readonly TaskpaneFigures[]): string[] {
  const lines = [
    'Taskpane in chromium (browser demo, 20 workbooks dropped, the core in a Web Worker): drop to result on screen, and the longest main-thread task; the exceljs read of the same files in a fresh Node process, same round.',
    'Target: no main-thread task over 200 ms while a run is going (Office.js round trips aside: none in the demo).',
    '',
    '| initiatives | exceljs read | taskpane run | run / read | longest task in the run | open Findings (longest task) | main-thread heap, Findings open | Generate report (longest task) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const f of figures) {
    lines.push(
      `| ${f.size.toLocaleString('en-US')} | ${sec(f.exceljsMs)} | ${f.run ? sec(f.run.ms) : '—'} | ${f.run ? `${(f.run.ms / f.exceljsMs).toFixed(2)}x` : '—'} | ${task(f.run)} | ${f.openFindings ? `${sec(f.openFindings.ms)} (${task(f.openFindings)})` : '—'} | ${f.mainHeapMb !== undefined ? `${f.mainHeapMb.toFixed(1)} MB` : '—'} | ${f.report ? `${sec(f.report.ms)} (${task(f.report)})` : '—'} |`,
    );
  }
  for (const f of figures) for (const n of f.notes) lines.push(`note (${f.size}): ${n}`);
  return lines;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--sizes');
  const sizes = (i >= 0 ? (argv[i + 1] ?? '') : '1000,10000,100000').split(',').map(Number);
  measureTaskpane(sizes, !argv.includes('--no-report'))
    .then((figures) => process.stdout.write(`${formatTaskpane(figures).join('\n')}\n${JSON.stringify(figures)}\n`))
    .catch((e: unknown) => {
      process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
}
