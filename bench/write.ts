/**
 * tsx bench/write.ts [size=10000] [--reps N] [--out file.xlsx] [--gzip web,node1,node6]
 *
 * The summary .xlsx write alone: builds the ReportDocument for the benchmark portfolio (the
 * sources cached with v8.serialize in the portfolio's folder, the core run again: ~2 s at
 * 100,000), then times writeReportXlsx with its peak heap. Run with
 * `node --expose-gc --max-old-space-size=6144 --import tsx bench/write.ts 100000`.
 * --gzip: the compressors to compare, taken in turn in each rep: `web` (CompressionStream, what
 * the browser uses), `nodeN` (Node's zlib at level N; default `node2`, what the CLI uses).
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import { analyseModel, applyWaivers, buildModel, checkRules, dayFromIso, ingestSources, makeOptions, sortFindings } from '../src/core';
import { buildReport, countCells } from '../src/core/report';
import type { RawSource, ReportDocument, RunResult } from '../src/core/types';
import { readSourceFile } from '../src/xlsx/read-source';
import { writeReportXlsx } from '../src/xlsx/write-report';
import type { MakeGzip } from '../src/xlsx/write-zip';
import { nodeGzip } from '../src/cli/node-gzip';
import { BENCH_AS_OF_ISO, ensurePortfolio } from './portfolio';

async function loadSources(dir: string, files: readonly string[]): Promise<RawSource[]> {
  const cache = path.join(dir, 'raw-sources.v8');
  if (existsSync(cache)) return v8.deserialize(readFileSync(cache)) as RawSource[];
  const sources: RawSource[] = [];
  for (const f of files) sources.push(await readSourceFile(new Uint8Array(readFileSync(f)), path.basename(f)));
  writeFileSync(cache, v8.serialize(sources));
  return sources;
}

/**
 * Neither the run nor the document is cached: a ReportDocument's big sheets make their rows on
 * demand (functions, which v8.serialize cannot hold), and a run's byId maps are views on the
 * model's id index (ListById), which it would flatten into plain objects.
 */
async function loadDocument(size: number): Promise<ReportDocument> {
  const portfolio = await ensurePortfolio(size);
  const sources = await loadSources(portfolio.dir, portfolio.files);
  const options = makeOptions(dayFromIso(BENCH_AS_OF_ISO)!);
  const ingest = ingestSources(sources, options);
  const model = buildModel(ingest, options);
  const analysis = analyseModel(model, options);
  const rules = applyWaivers(sortFindings([...ingest.findings, ...checkRules(model, analysis, options)]), options.waivers);
  const result: RunResult = { options, model, analysis, findings: rules.active, waived: rules.waived };
  return buildReport(result);
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const size = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
  const repsAt = args.indexOf('--reps');
  const reps = repsAt >= 0 ? Number(args[repsAt + 1]) : 1;
  const outAt = args.indexOf('--out');
  const gzipAt = args.indexOf('--gzip');
  const gzips = (gzipAt >= 0 ? args[gzipAt + 1]! : 'node2').split(',');
  const gzipOf = (name: string): MakeGzip | undefined => (name === 'web' ? undefined : nodeGzip(Number(name.replace(/^node/, ''))));
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

  const doc = await loadDocument(size);
  let cells = 0;
  for (const sheet of doc.sheets) {
    const n = countCells(sheet.rows);
    cells += n;
    process.stdout.write(`  ${sheet.name.padEnd(14)} ${String(sheet.rows.count).padStart(8)} rows ${String(n).padStart(10)} cells\n`);
  }
  process.stdout.write(`${size} initiatives: ${cells} cells\n`);

  for (let r = 0; r < reps; r++) for (const gzip of gzips) {
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 10);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const bytes = await writeReportXlsx(doc, gzipOf(gzip));
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    process.stdout.write(
      `write (${gzip}): ${(ms / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, ` +
        `heap before ${mb(base)}, peak ${mb(peak)} (+${mb(peak - base)}), peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, file ${(bytes.byteLength / 1e6).toFixed(2)} MB\n`,
    );
    if (outAt >= 0) writeFileSync(args[outAt + 1]!, bytes);
  }
}

void main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
