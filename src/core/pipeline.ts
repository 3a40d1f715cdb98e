import { analyseModel } from './analyse';
import { ingestSources } from './ingest';
import { buildModel } from './model';
import { checkRules } from './rules';
import { applyWaivers } from './rules/waivers';
import { sortFindings } from './rules/sort-findings';
import type { Analysis, Finding, IngestResult, Model, RawSource, RunOptions, RunResult } from './types';

/** The stages before the rules: what adapters that want findings only on demand start from. */
export interface AnalysedSources {
  readonly ingest: IngestResult;
  readonly model: Model;
  readonly analysis: Analysis;
}

/** sources -> ingest -> model -> analyse. */
export function analyseSources(sources: readonly RawSource[], options: RunOptions): AnalysedSources {
  const ingest = ingestSources(sources, options);
  const model = buildModel(ingest, options);
  return { ingest, model, analysis: analyseModel(model, options) };
}

/** Every finding (ingest's and the rules'), in reading order, before waivers. */
export function collectFindings({ ingest, model, analysis }: AnalysedSources, options: RunOptions): Finding[] {
  return sortFindings(ingest.findings.concat(checkRules(model, analysis, options)));
}

/**
 * The whole core in one call: sources -> ingest -> model -> analyse -> rules.
 * Pure and deterministic for a given input and options (asOf included).
 */
export function runPipeline(sources: readonly RawSource[], options: RunOptions): RunResult {
  const analysed = analyseSources(sources, options);
  const { active, waived } = applyWaivers(collectFindings(analysed, options), options.waivers);
  return { options, model: analysed.model, analysis: analysed.analysis, findings: active, waived };
}
