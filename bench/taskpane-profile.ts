/**
 * npx tsx bench/taskpane-profile.ts [--size 10000 | --files a.csv,b.xlsx] [--no-report] [--no-after] [--target new-workbook] [--save-trace DIR]
 * (needs the add-in built with source maps: `npx webpack --mode production`)
 *
 * What the taskpane's long main-thread tasks are: the same drop of the synthetic portfolio as
 * bench/taskpane-browser.ts, traced with Chrome's DevTools timeline and V8's sampling profiler
 * (CDP Tracing). For every main-thread task over 50 ms while the run goes and while the report is
 * generated: its length, the trace events inside it that took longest (layout, style, GC, message
 * dispatch, ...), and the functions the samples fell in (self time, mapped back to the sources
 * through the build's source maps). The report is written into report sheets, or with
 * `--target new-workbook` as an xlsx file (the worker's bytes, as Excel.createWorkbook takes them);
 * the time from the click on Generate report to "The summary is ready" is printed with it.
 * Between the two (unless `--no-after`), what a person does once the run is on screen: open
 * Findings, Actions by person, open Impact, type an id, pick an initiative, each traced alone.
 *
 * Each task's wall time is given with its thread's CPU time in it: on a loaded machine a task
 * may be mostly the main thread waiting for a core.
 *
 * The first task of each trace is the profiler starting (CpuProfiler::StartProfiling, the
 * page's DevTools agent): not the taskpane's work, it is listed but left out of "longest".
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { CDPSession, Page } from 'playwright-core';
import { SourceMapConsumer, type RawSourceMap } from 'source-map';
import type { MemoryWorkbookLog } from '../src/port/memory-workbook-port';
import { launchTaskpaneBrowser } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/serve-static';
import { BENCH_AS_OF_ISO, ensurePortfolio } from './portfolio';

const ROOT = path.resolve(__dirname, '..');
/** The add-in build traced (THROUGHLINE_DIST: another build, e.g. a before-and-after comparison). */
const DIST = process.env.THROUGHLINE_DIST ?? path.join(ROOT, 'dist', 'addin');
const LONG_MS = 50;
/** `--save-trace DIR`: each trace's JSON is written there too (open it in DevTools' Performance panel). */
const saveTraceAt = process.argv.indexOf('--save-trace');
const saveTrace = saveTraceAt >= 0 ? process.argv[saveTraceAt + 1] : undefined;

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** The thread's CPU time in it (less than `dur` when the thread waited for a core). */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly id?: string;
  readonly args?: { readonly name?: string; readonly data?: Record<string, unknown> };
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly parent?: number;
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  const parts: string[] = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle, size: 8 << 20 });
    parts.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return parts.join('');
}

async function trace<T>(page: Page, act: () => Promise<T>): Promise<{ value: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing'],
    },
  });
  const value = await act();
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')));
  await cdp.send('Tracing.end');
  const text = await readStream(cdp, await done);
  if (saveTrace) {
    mkdirSync(saveTrace, { recursive: true });
    writeFileSync(path.join(saveTrace, `trace-${Date.now()}.json`), text);
  }
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return { value, events: Array.isArray(parsed) ? parsed : parsed.traceEvents };
}

/** Maps minified positions of the build back to source files and lines. */
class Mapper {
  private readonly maps = new Map<string, SourceMapConsumer | null>();

  where(url: string, line: number, column: number, name: string): string {
    const file = url.split('/').pop() ?? '';
    let map = this.maps.get(file);
    if (map === undefined) {
      try {
        map = new SourceMapConsumer(JSON.parse(readFileSync(path.join(DIST, `${file}.map`), 'utf8')) as RawSourceMap);
      } catch {
        map = null;
      }
      this.maps.set(file, map);
    }
    if (!map) return `${name || '(anonymous)'} ${file}:${line + 1}`;
    const p = map.originalPositionFor({ line: line + 1, column });
    const src = (p.source ?? file).replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '');
    return `${p.name ?? name ?? '(anonymous)'} ${src}:${p.line ?? '?'}`;
  }
}

function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The renderer whose main thread ran the most tasks is the page's.
  let best = names[0]!;
  let most = -1;
  for (const n of names) {
    const count = events.filter((e) => e.pid === n.pid && e.tid === n.tid && e.name === 'RunTask').length;
    if (count > most) {
      most = count;
      best = n;
    }
  }
  return { pid: best.pid, tid: best.tid };
}

/** Samples of the main thread's CPU profile as (time, leaf node) in trace microseconds. */
function samples(events: readonly TraceEvent[], pid: number, tid: number): { nodes: Map<number, ProfileNode>; at: Array<{ ts: number; node: number }> } {
  const nodes = new Map<number, ProfileNode>();
  const at: Array<{ ts: number; node: number }> = [];
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return { nodes, at };
  let ts = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts);
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((id, i) => {
      ts += deltas[i] ?? 0;
      at.push({ ts, node: id });
    });
  }
  return { nodes, at };
}

function describeTasks(label: string, events: readonly TraceEvent[], mapper: Mapper): string[] {
  const { pid, tid } = mainThread(events);
  const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const tasks = mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > LONG_MS * 1000).sort((a, b) => a.ts - b.ts);
  const profilerStart = (t: TraceEvent) => mine.some((e) => e.name === 'CpuProfiler::StartProfiling' && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0));
  const ours = tasks.filter((t) => !profilerStart(t));
  const { nodes, at } = samples(events, pid, tid);
  const ms = (us: number | undefined) => Math.round((us ?? 0) / 1000);
  const out = [
    `## ${label}: ${ours.length} main-thread tasks over ${LONG_MS} ms (longest ${ms(Math.max(0, ...ours.map((t) => t.dur ?? 0)))} ms, ` +
      `longest on the CPU ${ms(Math.max(0, ...ours.map((t) => t.tdur ?? 0)))} ms; the profiler's start left out)`,
  ];
  const t0 = tasks[0]?.ts ?? 0;
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    out.push(`- task at +${((t.ts - t0) / 1e6).toFixed(2)} s: ${ms(t.dur)} ms (${ms(t.tdur)} ms on the CPU)${profilerStart(t) ? ' (the profiler starting)' : ''}`);
    const inner = new Map<string, number>();
    for (const e of mine) {
      if (e === t || e.ts < t.ts || e.ts >= end || e.name === 'RunTask') continue;
      const data = e.args?.data;
      const key = e.name === 'EventDispatch' ? `EventDispatch(${String(data?.type)})` : e.name === 'FunctionCall' ? `FunctionCall(${mapper.where(String(data?.url ?? ''), Number(data?.lineNumber ?? 1) - 1, Number(data?.columnNumber ?? 1) - 1, String(data?.functionName ?? ''))})` : e.name;
      inner.set(key, (inner.get(key) ?? 0) + (e.dur ?? 0));
    }
    for (const [k, us] of [...inner].sort((a, b) => b[1] - a[1]).slice(0, 8)) out.push(`    event ${Math.round(us / 1000)} ms ${k}`);
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    let count = 0;
    for (const s of at) {
      if (s.ts < t.ts || s.ts >= end) continue;
      count++;
      const leaf = nodes.get(s.node);
      if (!leaf) continue;
      const f = leaf.callFrame;
      const key = f.url ? mapper.where(f.url, f.lineNumber, f.columnNumber, f.functionName) : `(${f.functionName || 'native'})`;
      self.set(key, (self.get(key) ?? 0) + 1);
      // Inclusive: every distinct frame of the stack, from our sources only.
      const seen = new Set<string>();
      for (let n: ProfileNode | undefined = leaf; n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
        const c = n.callFrame;
        if (!c.url) continue;
        const k = mapper.where(c.url, c.lineNumber, c.columnNumber, c.functionName);
        if (/node_modules/.test(k) || seen.has(k)) continue;
        seen.add(k);
        incl.set(k, (incl.get(k) ?? 0) + 1);
      }
    }
    if (count === 0) continue;
    out.push(`    self (of ${count} samples): ${[...self].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => `${Math.round((100 * n) / count)}% ${k}`).join(' | ')}`);
    out.push(`    ours (inclusive): ${[...incl].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `${Math.round((100 * n) / count)}% ${k}`).join(' | ')}`);
  }
  return out;
}

/**
 * What a person does once the run is on screen, each traced on its own: open Findings, switch to
 * Actions by person, open Impact, type an id into the Initiative box, pick the first option.
 * CSS and text selectors, not roles (the harness's accessibility queries are main-thread tasks).
 */
async function afterRun(page: Page, size: number, mapper: Mapper): Promise<void> {
  const steps: Array<{ label: string; act: () => Promise<void> }> = [
    {
      label: 'open Findings',
      act: async () => {
        await page.locator('#tab-findings').click({ timeout: 300_000 });
        await page.locator('[role="status"]', { hasText: /findings shown/ }).waitFor({ state: 'attached', timeout: 300_000 });
      },
    },
    {
      label: 'Actions by person',
      act: async () => {
        await page.locator('button[role="tab"]', { hasText: 'Actions by person' }).click({ timeout: 300_000 });
        await page.locator('[role="status"]', { hasText: /open actions? for/ }).waitFor({ state: 'attached', timeout: 300_000 });
      },
    },
    {
      label: 'open Impact',
      act: async () => {
        await page.locator('#tab-impact').click({ timeout: 300_000 });
        await page.locator('input[role="combobox"]').waitFor({ state: 'attached', timeout: 300_000 });
      },
    },
    {
      label: 'type "FIN-1" into Initiative',
      act: async () => {
        const box = page.locator('input[role="combobox"]');
        await box.click();
        await box.pressSequentially('FIN-1', { delay: 30 });
        await page.locator('[role="option"]').first().waitFor({ state: 'attached', timeout: 300_000 });
        await page.waitForTimeout(300);
      },
    },
    {
      label: 'pick the first initiative',
      act: async () => {
        await page.locator('[role="option"]').first().click({ timeout: 300_000 });
        await page.locator('[role="status"]', { hasText: /slips/ }).waitFor({ state: 'attached', timeout: 300_000 });
      },
    },
  ];
  for (const step of steps) {
    const traced = await trace(page, step.act);
    process.stdout.write(`${describeTasks(`${step.label} at ${size}`, traced.events, mapper).join('\n')}\n`);
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--size');
  const size = i >= 0 ? Number(argv[i + 1]) : 10_000;
  const f = argv.indexOf('--files');
  const portfolio = f >= 0 ? undefined : await ensurePortfolio(size, path.join(ROOT, '.cache', 'bench'));
  const files = portfolio ? portfolio.files.map((x) => path.join(portfolio.dir, path.basename(x))) : (argv[f + 1] ?? '').split(',');
  const server = await serveStatic(DIST);
  // A browser that does not start must not leave the server holding the process open.
  const { context, close } = await launchTaskpaneBrowser({ width: 350, height: 760 }).catch(async (e: unknown) => {
    await server.close();
    throw e;
  });
  const mapper = new Mapper();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/taskpane.html?samples=none&asOf=${BENCH_AS_OF_ISO}`);
    await page.locator('[data-run="done"]').waitFor({ timeout: 60_000 });
    const last = path.basename(files[files.length - 1]!);
    const run = await trace(page, async () => {
      await page.getByLabel('Department workbooks or CSV files').setInputFiles(files);
      await page.locator(`ul[aria-label="Tables in ${last}"]`).waitFor({ state: 'attached', timeout: 600_000 });
      await page.locator('[data-run="done"]').waitFor({ state: 'attached', timeout: 1_200_000 });
    });
    process.stdout.write(`${describeTasks(`run at ${size}`, run.events, mapper).join('\n')}\n`);
    if (!argv.includes('--no-after')) await afterRun(page, size, mapper);
    if (!argv.includes('--no-report')) {
      await page.getByRole('tab', { name: /Report/ }).click();
      const t = argv.indexOf('--target');
      const target = t >= 0 ? argv[t + 1] : 'sheets';
      if (target === 'new-workbook') await page.getByRole('radio', { name: 'In a new workbook' }).check();
      // The target is a setting: it starts no run, but let its save settle before the trace.
      await page.waitForTimeout(1_000);
      const report = await trace(page, async () => {
        const start = Date.now();
        await page.getByRole('button', { name: 'Generate report' }).click();
        await page.locator('text=The summary is ready').waitFor({ state: 'attached', timeout: 1_200_000 });
        return Date.now() - start;
      });
      process.stdout.write(`${describeTasks(`report at ${size} (${target}): ${(report.value / 1000).toFixed(1)} s from Generate report to ready`, report.events, mapper).join('\n')}\n`);
      // What the report left with the in-memory port: the file's base64 text, the settings saved.
      const left = await page.evaluate(() => {
        const log = (window as unknown as { __throughline: { port: { log: MemoryWorkbookLog } } }).__throughline.port.log;
        const saved = log.savedSettings.at(-1);
        return { base64: log.openedWorkbooks.at(-1)?.length ?? 0, entries: saved?.history?.entries.length ?? 0, settings: JSON.stringify(saved ?? {}).length };
      });
      process.stdout.write(
        `left: ${left.base64 > 0 ? `an xlsx of ${(left.base64 / 1.333 / 1e6).toFixed(1)} MB (base64 ${(left.base64 / 1e6).toFixed(1)} MB), ` : ''}settings of ${(left.settings / 1e6).toFixed(2)} MB JSON with ${left.entries} history entries\n`,
      );
    }
  } finally {
    await close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`profile: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
