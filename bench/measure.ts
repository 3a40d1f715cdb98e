/**
 * One benchmark size, measured in its own process (so peak memory and JIT state belong to it):
 * exceljs read of the portfolio's workbooks (the floor), readSourceFile, then each core stage,
 * the report build and the xlsx write. Returns plain figures; bench/report.ts prints them.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyseModel, buildModel, checkRules, ingestSources, makeOptions, sortFindings, applyWaivers, dayFromIso } from '../src/core';
import { buildReport } from '../src/core/report';
import type { Finding, RawSource, ReportDocument, RunResult } from '../src/core/types';
import { BENCH_AS_OF_ISO, ensurePortfolio } from './portfolio';

export interface SizeFigures {
  readonly size: number;
  readonly files: number;
  readonly sourceBytes: number;
  /** Milliseconds, best of the repetitions. */
  readonly exceljsReadMs: number;
  readonly readSourceMs?: number;
  readonly ingestMs?: number;
  readonly modelMs?: number;
  readonly analyseMs?: number;
  readonly rulesMs?: number;
  readonly reportBuildMs?: number;
  readonly xlsxWriteMs?: number;
  readonly reportBytes?: number;
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

/** Best wall time of `reps` runs of fn (ms); the last run's value is kept. */
async function timeBest<T>(reps: number, fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  let best = Infinity;
  let value: T | undefined;
  for (let r = 0; r < reps; r++) {
    collectGarbage();
    const t0 = performance.now();
    value = await fn();
    const ms = performance.now() - t0;
    sampleHeap();
    if (ms < best) best = ms;
  }
  return { ms: best, value: value as T };
}

export async function measureSize(size: number): Promise<SizeFigures> {
  const sampler = setInterval(sampleHeap, 10);
  const notes: string[] = [];
  const extra: Record<string, unknown> = {};
  const portfolio = await ensurePortfolio(size);
  const inputs = portfolio.files.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(readFileSync(f)) }));
  const reps = size <= 1_000 ? 5 : size <= 10_000 ? 3 : 2;
  const readReps = size <= 10_000 ? 2 : 1;

  const floor = await timeBest(readReps, async () => {
    for (const input of inputs) await new ExcelJS.Workbook().xlsx.load(Buffer.from(input.bytes) as unknown as ExcelBuffer);
    return undefined;
  });

  const figures: { -readonly [K in keyof SizeFigures]?: SizeFigures[K] } = {
    size,
    files: inputs.length,
    sourceBytes: portfolio.totalBytes,
    exceljsReadMs: floor.ms,
  };

  const readSourceFile = await loadOptional<ReadSourceFile>('../src/xlsx/read-source', 'readSourceFile');
  if (!readSourceFile) notes.push('src/xlsx/read-source.ts (readSourceFile) not available: core stages skipped');
  else {
    const read = await timeBest(readReps, async () => {
      const out: RawSource[] = [];
      for (const input of inputs) out.push(await readSourceFile(input.bytes, input.name));
      return out;
    });
    figures.readSourceMs = read.ms;
    await measureCore(read.value, reps, figures, notes);
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
  sources: readonly RawSource[],
  reps: number,
  figures: { -readonly [K in keyof SizeFigures]?: SizeFigures[K] },
  notes: string[],
): Promise<void> {
  const options = makeOptions(dayFromIso(BENCH_AS_OF_ISO)!);
  try {
    const ingest = await timeBest(reps, () => ingestSources(sources, options));
    figures.ingestMs = ingest.ms;
    const model = await timeBest(reps, () => buildModel(ingest.value, options));
    figures.modelMs = model.ms;
    const analysis = await timeBest(reps, () => analyseModel(model.value, options));
    figures.analyseMs = analysis.ms;
    const rules = await timeBest(reps, () => {
      const all = sortFindings([...ingest.value.findings, ...checkRules(model.value, analysis.value, options)]);
      return applyWaivers(all, options.waivers);
    });
    figures.rulesMs = rules.ms;
    const result: RunResult = { options, model: model.value, analysis: analysis.value, findings: rules.value.active, waived: rules.value.waived };
    figures.initiatives = model.value.initiatives.length;
    figures.findings = result.findings.length;
    figures.findingsByCode = countByCode(result.findings);
    const report = await timeBest(reps, () => buildReport(result));
    figures.reportBuildMs = report.ms;

    const writeReportXlsx = await loadOptional<WriteReportXlsx>('../src/xlsx/write-report', 'writeReportXlsx');
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
