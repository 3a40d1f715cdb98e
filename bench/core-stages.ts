/**
 * tsx bench/core-stages.ts [size=100000] [--profile]
 *
 * The core alone, stage by stage, on the benchmark portfolio's sources (read once with
 * readSourceFile, then cached with v8.serialize so repeated runs skip exceljs). For finding where
 * a stage spends its time: run under `node --cpu-prof` or pass --profile to get a per-stage
 * breakdown of the functions with the most self time. Prints stack traces of stage failures
 * (the benchmark table shows only their first line).
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as inspector from 'inspector';
import * as path from 'path';
import * as v8 from 'v8';
import { analyseModel, applyWaivers, buildModel, checkRules, dayFromIso, ingestSources, makeOptions, sortFindings } from '../src/core';
import { buildReport, countCells } from '../src/core/report';
import type { RawSource, RunResult } from '../src/core/types';
import { readSourceFile } from '../src/xlsx/read-source';
import { BENCH_AS_OF_ISO, ensurePortfolio } from './portfolio';
import { summariseProfile } from './profile-summary';

async function loadSources(size: number): Promise<RawSource[]> {
  const portfolio = await ensurePortfolio(size);
  const cache = path.join(portfolio.dir, 'raw-sources.v8');
  if (existsSync(cache)) return v8.deserialize(readFileSync(cache)) as RawSource[];
  const sources: RawSource[] = [];
  for (const f of portfolio.files) sources.push(await readSourceFile(new Uint8Array(readFileSync(f)), path.basename(f)));
  writeFileSync(cache, v8.serialize(sources));
  return sources;
}

type Post = (method: string, params?: object) => Promise<unknown>;

async function stage<T>(name: string, post: Post | undefined, fn: () => T): Promise<T> {
  if (post) {
    await post('Profiler.enable');
    await post('Profiler.start');
  }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let value: T;
  try {
    value = fn();
  } catch (e) {
    process.stdout.write(`${name}: FAILED\n${e instanceof Error ? e.stack : String(e)}\n`);
    throw e;
  }
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  process.stdout.write(`${name.padEnd(10)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms wall ${cpuMs.toFixed(0).padStart(6)} ms CPU\n`);
  if (post) {
    const { profile } = (await post('Profiler.stop')) as { profile: Parameters<typeof summariseProfile>[0] };
    process.stdout.write(`${summariseProfile(profile, 12).split('\n\ninclusive')[0]}\n\n`);
  }
  return value;
}

async function main(): Promise<void> {
  const size = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
  const profile = process.argv.includes('--profile');
  let post: Post | undefined;
  if (profile) {
    const session = new inspector.Session();
    session.connect();
    post = (method, params) =>
      new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
  }
  const sources = await loadSources(size);
  const options = makeOptions(dayFromIso(BENCH_AS_OF_ISO)!);
  const ingest = await stage('ingest', post, () => ingestSources(sources, options));
  const model = await stage('model', post, () => buildModel(ingest, options));
  const analysis = await stage('analyse', post, () => analyseModel(model, options));
  const rules = await stage('rules', post, () => applyWaivers(sortFindings([...ingest.findings, ...checkRules(model, analysis, options)]), options.waivers));
  const result: RunResult = { options, model, analysis, findings: rules.active, waived: rules.waived };
  const doc = await stage('report', post, () => buildReport(result));
  for (const sheet of doc.sheets) {
    const cells = countCells(sheet.rows);
    process.stdout.write(`  sheet ${sheet.name.padEnd(14)} ${String(sheet.rows.count).padStart(8)} rows ${String(cells).padStart(10)} cells\n`);
  }
  process.stdout.write(`${model.initiatives.length} initiatives, ${result.findings.length} findings\n`);
}

main().catch(() => {
  process.exitCode = 1;
});
