import { analyseModel } from './analyse';
import { ingestSources } from './ingest';
import { buildModel } from './model';
import { checkRules } from './rules';
import { applyWaivers } from './rules/waivers';
import { sortFindings } from './rules/sort-findings';
import type { RawSource, RunOptions, RunResult } from './types';

/**
 * The whole core in one call: sources -> ingest -> model -> analyse -> rules.
 * Pure and deterministic for a given input and options (asOf included).
 */
export function runPipeline(sources: readonly RawSource[], options: RunOptions): RunResult {
  const ingest = ingestSources(sources, options);
  const model = buildModel(ingest, options);
  const analysis = analyseModel(model, options);
  const all = sortFindings([...ingest.findings, ...checkRules(model, analysis, options)]);
  const { active, waived } = applyWaivers(all, options.waivers);
  return { options, model, analysis, findings: active, waived };
}
