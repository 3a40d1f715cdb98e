import type { IngestResult } from '../types';

const cache = new WeakMap<IngestResult, string | null>();

/**
 * The currency of the run's money: the ISO code every initiatives table that gave a budget,
 * forecast cost or benefit is written in (DetectedTable.currency). Undefined when no money was
 * read, or one such table names no currency or another one: then money stays plain numbers,
 * as a symbol would be a guess. Memoised per ingest result (the report asks once per sheet).
 */
export function runCurrency(ingest: IngestResult): string | undefined {
  let currency = cache.get(ingest);
  if (currency === undefined) {
    currency = decide(ingest) ?? null;
    cache.set(ingest, currency);
  }
  return currency ?? undefined;
}

function decide(ingest: IngestResult): string | undefined {
  const withMoney = new Set<string>();
  for (const r of ingest.initiatives) {
    if (r.budget !== undefined || r.forecastCost !== undefined || r.actualCost !== undefined || r.benefit !== undefined) withMoney.add(r.ref.table);
  }
  if (withMoney.size === 0) return undefined;
  let found: string | undefined;
  for (const table of ingest.tables) {
    if (!withMoney.has(table.key)) continue;
    if (table.currency === undefined || (found !== undefined && table.currency !== found)) return undefined;
    found = table.currency;
  }
  return found;
}
