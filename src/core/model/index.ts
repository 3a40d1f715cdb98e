import type { IngestResult, Model, RunOptions } from '../types';
import { linkDependencies } from './link-dependencies';
import { linkKpis } from './link-kpis';
import { mergeInitiatives, tableDepartments } from './merge-initiatives';
import { summariseSources } from './summarise-sources';

export { chooseOwner, groupRecordsById, MERGED_FIELDS, normaliseDepartment, tableDepartments } from './merge-initiatives';
export type { MergedField, OwnerChoice } from './merge-initiatives';
export { registerCell } from './link-dependencies';
export { isOnTarget, kpiKey } from './link-kpis';

/**
 * Merge ingested records across sources into one model of initiatives, dependencies and KPIs.
 * Conflicts, duplicates and dangling references are not resolved away: the records stay in
 * the model so the rules can report each with its cells.
 */
export function buildModel(ingest: IngestResult, options: RunOptions): Model {
  const departments = tableDepartments(ingest.tables, options.sourceDepartments);
  const initiatives = mergeInitiatives(ingest.initiatives, departments);
  const byId = new Map(initiatives.map((i) => [i.id, i]));
  return {
    initiatives,
    byId,
    dependencies: linkDependencies(ingest.initiatives, ingest.dependencies, (id) => byId.has(id)),
    kpis: linkKpis(ingest.kpis, initiatives),
    sources: summariseSources(ingest, options.sourceDepartments),
    records: ingest.initiatives,
    ingest,
  };
}
export { dayOfIndex, finishIndex, linkBound, startIndex } from './link-constraint';
export type { LinkBound } from './link-constraint';
