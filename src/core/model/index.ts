import type { IngestResult, Model, RunOptions } from '../types';

/** Merge ingested records across sources into one model of initiatives, dependencies and KPIs. */
export function buildModel(_ingest: IngestResult, _options: RunOptions): Model {
  throw new Error('buildModel: not implemented yet');
}
