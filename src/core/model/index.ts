import type { IngestResult, Model, RunOptions } from '../types';
import { linkDependencies } from './link-dependencies';
import { linkKpis } from './link-kpis';
import { ListById } from './list-by-id';
import { indexRecordsById, mergeInitiatives, tableDepartments } from './merge-initiatives';
import { rememberModelIndex } from './model-index';
import { summariseSources } from './summarise-sources';

export { chooseOwner, groupRecordsById, MERGED_FIELDS, normaliseDepartment, tableDepartments } from './merge-initiatives';
export { departmentKey, departmentNames, type DepartmentMatch, type DepartmentNames } from './department-names';
export type { MergedField, OwnerChoice } from './merge-initiatives';
export { LINK_TYPES, linkTypeCode, registerCell } from './link-dependencies';
export { ListById } from './list-by-id';
export { cellMap, cellOf, hasCell, homeCell } from './cells';
export { isOnTarget, kpiKey } from './link-kpis';
export { directionFromWords, isPercentKpi, kpiDirection, kpiValues } from './kpi-reading';
export { modelIndex, positionsOf, type KpiCells, type ModelIndex } from './model-index';
export { calendarDepartments, runCalendar, runCalendars, type RunCalendars } from './run-calendar';

/**
 * Merge ingested records across sources into one model of initiatives, dependencies and KPIs.
 * Conflicts, duplicates and dangling references are not resolved away: the records stay in
 * the model so the rules can report each with its cells.
 * Each id is resolved to its initiative's position once, here; the positions are remembered with
 * the model (modelIndex) for the analyses.
 */
export function buildModel(ingest: IngestResult, options: RunOptions): Model {
  const departments = tableDepartments(ingest.tables, options.sourceDepartments);
  const groups = indexRecordsById(ingest.initiatives);
  const initiatives = mergeInitiatives(ingest.initiatives, departments, groups);
  // positions holds each initiative's id at its place in the list, in list order.
  const byId = new ListById(groups.positions, initiatives);
  const links = linkDependencies(ingest.initiatives, ingest.dependencies, groups.positions, groups.groupOf);
  const kpis = linkKpis(ingest.kpis, initiatives, groups.positions);
  const model: Model = {
    initiatives,
    byId,
    dependencies: links.dependencies,
    kpis: kpis.kpis,
    sources: summariseSources(ingest, options.sourceDepartments, groups.groupOf),
    records: ingest.initiatives,
    ingest,
    ...(ingest.calendars !== undefined && ingest.calendars.length > 0 ? { calendars: ingest.calendars } : {}),
  };
  rememberModelIndex(model, {
    positions: groups.positions,
    distinct: true,
    linkFrom: links.from,
    linkTo: links.to,
    linkType: links.type,
    linkLag: links.lag,
    kpiMembers: kpis.members,
    kpiCells: kpis.cells,
  });
  return model;
}
export { crossLinkBound, dayOfIndex, finishIndex, latestCrossAnchor, linkBound, startIndex, wholeLag } from './link-constraint';
export type { LinkBound } from './link-constraint';
