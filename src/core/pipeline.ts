import { analyseModel } from './analyse';
import { ingestSources } from './ingest';
import { buildModel } from './model';
import { governanceFindings, governFindings } from './govern';
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

/** The stages of a run, in order, as a progress callback names them. */
export const RUN_STAGES = ['ingest', 'model', 'analyse', 'rules', 'govern'] as const;
export type RunStage = (typeof RUN_STAGES)[number];

/** Told as each stage starts (the taskpane's worker posts it as progress); must not throw. */
export type OnStage = (stage: RunStage) => void;

const quiet: OnStage = () => undefined;

/** sources -> ingest -> model -> analyse. */
export function analyseSources(sources: readonly RawSource[], options: RunOptions, onStage: OnStage = quiet): AnalysedSources {
  onStage('ingest');
  const ingest = ingestSources(sources, options);
  onStage('model');
  const model = buildModel(ingest, options);
  onStage('analyse');
  return { ingest, model, analysis: analyseModel(model, options) };
}

/** Every finding (ingest's and the rules'), in reading order, before waivers. */
export function collectFindings({ ingest, model, analysis }: AnalysedSources, options: RunOptions): Finding[] {
  return sortFindings(ingest.findings.concat(checkRules(model, analysis, options)));
}

/**
 * The whole core in one call: sources -> ingest -> model -> analyse -> rules -> govern.
 * Pure and deterministic for a given input and options (asOf included).
 */
export function runPipeline(sources: readonly RawSource[], options: RunOptions, onStage: OnStage = quiet): RunResult {
  const analysed = analyseSources(sources, options, onStage);
  const { model, analysis } = analysed;
  onStage('rules');
  const first = applyWaivers(collectFindings(analysed, options), options.waivers);
  // The findings about the action list (nobody to act) are known once the others are, and waivable too.
  const second = applyWaivers(governanceFindings(model, options, first.active), options.waivers);
  const findings = second.active.length === 0 ? first.active : sortFindings(first.active.concat(second.active));
  const waived = second.waived.length === 0 ? first.waived : first.waived.concat(second.waived);
  onStage('govern');
  const governance = governFindings(model, analysis, options, findings, waived);
  return { options, model, analysis, findings, waived, governance };
}
