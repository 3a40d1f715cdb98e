/** Public surface of the core, for adapters (CLI, Office, taskpane, custom functions). */
export * from './types';
export { analyseSources, collectFindings, runPipeline, type AnalysedSources } from './pipeline';
export { ingestSources } from './ingest';
export { buildModel } from './model';
export { analyseModel } from './analyse';
export { checkRules } from './rules';
export { sortFindings } from './rules/sort-findings';
export { findingKey } from './rules/finding-key';
export { applyWaivers } from './rules/waivers';
export * from './util/days';
export * from './util/a1';
