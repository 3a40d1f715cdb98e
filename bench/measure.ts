/**
 * One benchmark size, measured in its own process (so peak memory and JIT state belong to it):
 * exceljs read of the portfolio's workbooks (the floor), readSourceFile, then each core stage,
 * the report build and the xlsx write. Returns plain figures; bench/report.ts prints them.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Finding, RawSource, ReportDocument, RunResult } from '../src/core/types';
import { BENCH_AS_OF_ISO, ensurePortfolio } from './portfolio';

type Core = typeof import('../src/core');
type ReportModule = typeof import('../src/core/report');

/**
 * The code under test: the tsc build in BENCH_BUILD_DIR (what the CLI ships; run.ts compiles it),
 * else the TypeScript sources through tsx (whose keepNames wrappers cost a few percent).
 */
function loadCode(): { core: Core; report: ReportModule; from: string } {
  const dir = process.env.BENCH_BUILD_DIR;
  if (dir) {
    return {
      core: require(path.join(dir, 'core', 'index.js')) as Core,
      report: require(path.join(dir, 'core', 'report', 'index.js')) as ReportModule,
      from: 'tsc build',
    };
  }
  return { core: require('../src/core') as Core, report: require('../src/core/report') as ReportModule, from: 'tsx' };
}

/** A module of src/xlsx from the same place as the core. */
async function loadXlsx<T>(name: string, exportName: string): Promise<T | undefined> {
  const dir = process.env.BENCH_BUILD_DIR;
  if (dir) {
    const file = path.join(dir, 'xlsx', `${name}.js`);
    if (!existsSync(file)) return undefined;
    const f = (require(file) as Record<string, unknown>)[exportName];
    return typeof f === 'function' ? (f as T) : undefined;
  }
  return loadOptional<T>(`../src/xlsx/${name}`, exportName);
}

export interface SizeFigures {
  readonly size: number;
  readonly files: number;
  readonly sourceBytes: number;
  /** Where the measured code came from: 'tsc build' or 'tsx'. */
  readonly codeFrom: string;
  /** CPU milliseconds of the core stages (user + system, best run): steadier than wall time on a shared machine. */
  readonly coreCpuMs?: number;
  /** CPU milliseconds per core stage that ran (ingest, model, analyse, rules, report). */
  readonly stageCpuMs?: Readonly<Record<string, number>>;
  /** Milliseconds, best of the repetitions (REPS of each, floor and core alike). */
  readonly exceljsReadMs: number;
  /** The core stages' first runs (cold: the JIT has not compiled them yet), summed; what a one-off CLI run pays. */
  readonly coreFirstRunMs?: number;
  readonly readSourceMs?: number;
  readonly ingestMs?: number;
  readonly modelMs?: number;
  readonly analyseMs?: number;
  readonly rulesMs?: number;
  readonly reportBuildMs?: number;
  readonly xlsxWriteMs?: number;
  readonly reportBytes?: number;
  /** Cells in the ReportDocument (all sheets), what the xlsx writer has to write. */
  readonly reportCells?: number;
  readonly initiatives?: number;
  readonly findings?: number;
  readonly findingsByCode?: Readonly<Record<string, number>>;
  readonly peakRssBytes: number;
  readonly peakHeapBytes: number;
  /** What could not run yet (a module not landed, a stage that threw), one line each. */
  readonly notes: readonly string[];
  /** Results of the stage owners' own benchmarks (bench/ingest.ts, bench/analyse.ts). */
  readonly extra: Readonly<Record<string, unknown>>;
}

/** Runs of each timed step; the best one counts. */
export const REPS = 5;

/** exceljs's typings predate generic Buffers; it accepts any Uint8Array. */
type ExcelBuffer = Parameters<ExcelJS.Xlsx['load']>[0];
type ReadSourceFile = (bytes: Uint8Array, fileName: string) => Promise<RawSource>;
type WriteReportXlsx = (doc: ReportDocument) => Promise<Uint8Array | ArrayBuffer>;

/** A module another part of the project provides; undefined until it has landed. */
export async function loadOptional<T>(modulePath: string, exportName: string): Promise<T | undefined> {
  const file = path.resolve(__dirname, modulePath);
  if (!['.ts', '.tsx', '.js'].some((ext) => existsSync(file + ext))) return undefined;
  const mod = (await import(modulePath)) as Record<string, unknown>;
  const f = mod[exportName];
  return typeof f === 'function' ? (f as T) : undefined;
}

let peakHeap = 0;
function sampleHeap(): void {
  const used = process.memoryUsage().heapUsed;
  if (used > peakHeap) peakHeap = used;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/**
 * Best wall time of `reps` runs of fn (ms), the best CPU time, and the first run's wall time;
 * the last run's value is kept.
 */
async function timeBest<T>(reps: number, fn: () => T | Promise<T>): Promise<{ ms: number; cpuMs: number; firstMs: number; value: T }> {
  let best = Infinity;
  let first = Infinity;
  let bestCpu = Infinity;
  let value: T | undefined;
  for (let r = 0; r < reps; r++) {
    collectGarbage();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    value = await fn();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    sampleHeap();
    if (r === 0) first = ms;
    if (ms < best) best = ms;
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  return { ms: best, cpuMs: bestCpu, firstMs: first, value: value as T };
}

/**
 * Measure one size. `onPartial` receives the figures so far before the xlsx write, so a write
 * that exhausts memory still leaves the core's figures behind.
 */
export async function measureSize(size: number, onPartial: (partial: SizeFigures) => void = () => undefined): Promise<SizeFigures> {
  const sampler = setInterval(sampleHeap, 10);
  const notes: string[] = [];
  const extra: Record<string, unknown> = {};
  const code = loadCode();
  const portfolio = await ensurePortfolio(size);
  const inputs = portfolio.files.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(readFileSync(f)) }));
  // REPS runs for the floor and the core alike, so their best times compare like with like; the
  // core's first (cold) runs are reported beside them.

  // Warm exceljs up on one file so the floor is not charged with loading and compiling it.
  await new ExcelJS.Workbook().xlsx.load(Buffer.from(inputs[0]!.bytes) as unknown as ExcelBuffer);
  const floor = await timeBest(REPS, async () => {
    for (const input of inputs) await new ExcelJS.Workbook().xlsx.load(Buffer.from(input.bytes) as unknown as ExcelBuffer);
    return undefined;
  });

  const figures: { -readonly [K in keyof SizeFigures]?: SizeFigures[K] } = {
    size,
    codeFrom: code.from,
    files: inputs.length,
    sourceBytes: portfolio.totalBytes,
    exceljsReadMs: floor.ms,
  };

  const readSourceFile = await loadXlsx<ReadSourceFile>('read-source', 'readSourceFile');
  if (!readSourceFile) notes.push('src/xlsx/read-source.ts (readSourceFile) not available: core stages skipped');
  else {
    const read = await timeBest(REPS, async () => {
      const out: RawSource[] = [];
      for (const input of inputs) out.push(await readSourceFile(input.bytes, input.name));
      return out;
    });
    figures.readSourceMs = read.ms;
    const snapshot = (): SizeFigures => ({
      ...(figures as SizeFigures),
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      peakHeapBytes: peakHeap,
      notes: [...notes],
      extra: { ...extra },
    });
    await measureCore(code, read.value, REPS, figures, notes, () => onPartial(snapshot()));
  }

  for (const [name, file, fn] of [
    ['benchIngest', './ingest', 'benchIngest'],
    ['benchAnalyse', './analyse', 'benchAnalyse'],
  ] as const) {
    const f = await loadOptional<(n: number) => unknown>(file, fn);
    if (f) {
      try {
        extra[name] = await f(size);
      } catch (e) {
        notes.push(`${name}(${size}) threw: ${firstLine(e)}`);
      }
    }
  }

  clearInterval(sampler);
  sampleHeap();
  return {
    ...(figures as SizeFigures),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    peakHeapBytes: peakHeap,
    notes,
    extra,
  };
}

/** ingest -> model -> analyse -> rules (the pipeline's steps, timed one by one), report, write. */
async function measureCore(
  { core, report: reportModule }: { core: Core; report: ReportModule },
  sources: readonly RawSource[],
  reps: number,
  figures: { -readonly [K in keyof SizeFigures]?: SizeFigures[K] },
  notes: string[],
  beforeWrite: () => void,
): Promise<void> {
  const { analyseModel, applyWaivers, buildModel, checkRules, dayFromIso, ingestSources, makeOptions, sortFindings } = core;
  const options = makeOptions(dayFromIso(BENCH_AS_OF_ISO)!);
  const cpu: Record<string, number> = {};
  figures.stageCpuMs = cpu;
  try {
    const ingest = await timeBest(reps, () => ingestSources(sources, options));
    figures.ingestMs = ingest.ms;
    cpu.ingest = ingest.cpuMs;
    const model = await timeBest(reps, () => buildModel(ingest.value, options));
    figures.modelMs = model.ms;
    cpu.model = model.cpuMs;
    const analysis = await timeBest(reps, () => analyseModel(model.value, options));
    figures.analyseMs = analysis.ms;
    cpu.analyse = analysis.cpuMs;
    const rules = await timeBest(reps, () => {
      const all = sortFindings([...ingest.value.findings, ...checkRules(model.value, analysis.value, options)]);
      return applyWaivers(all, options.waivers);
    });
    figures.rulesMs = rules.ms;
    cpu.rules = rules.cpuMs;
    const result: RunResult = { options, model: model.value, analysis: analysis.value, findings: rules.value.active, waived: rules.value.waived };
    figures.initiatives = model.value.initiatives.length;
    figures.findings = result.findings.length;
    figures.findingsByCode = countByCode(result.findings);
    const report = await timeBest(reps, () => reportModule.buildReport(result));
    figures.reportBuildMs = report.ms;
    cpu.report = report.cpuMs;
    figures.coreFirstRunMs = ingest.firstMs + model.firstMs + analysis.firstMs + rules.firstMs + report.firstMs;
    figures.coreCpuMs = ingest.cpuMs + model.cpuMs + analysis.cpuMs + rules.cpuMs + report.cpuMs;
    // Rows are made on demand (ReportRows): counted one row at a time, never all held at once.
    let reportCells = 0;
    for (const sh of report.value.sheets) for (let r = 0; r < sh.rows.count; r++) reportCells += sh.rows.row(r).length;
    figures.reportCells = reportCells;
    beforeWrite();

    const writeReportXlsx = await loadXlsx<WriteReportXlsx>('write-report', 'writeReportXlsx');
    if (process.env.BENCH_SKIP_WRITE === '1') notes.push('xlsx write skipped (--no-write)');
    else if (!writeReportXlsx) notes.push('src/xlsx/write-report.ts (writeReportXlsx) not available: xlsx write skipped');
    else {
      const written = await timeBest(Math.min(reps, 2), () => writeReportXlsx(report.value));
      figures.xlsxWriteMs = written.ms;
      figures.reportBytes = written.value.byteLength;
    }
  } catch (e) {
    notes.push(`core stage threw: ${firstLine(e)}`);
  }
}

function countByCode(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.code] = (out[f.code] ?? 0) + 1;
  return out;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}
