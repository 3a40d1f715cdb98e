import type { IngestResult, RawSource, RunOptions } from '../types';

/** Find, classify and map every table of every source, and normalise its values. */
export function ingestSources(_sources: readonly RawSource[], _options: RunOptions): IngestResult {
  throw new Error('ingestSources: not implemented yet');
}
