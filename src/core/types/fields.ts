/** Canonical field names (stable: saved mappings and the JSON output use them). */
export const INITIATIVE_FIELDS = [
  'id',
  'name',
  'department',
  'owner',
  'status',
  'start',
  'due',
  'deadline',
  'actualStart',
  'actualFinish',
  'percentComplete',
  'lastUpdated',
  'dependsOn',
  'kpi',
  'pillar',
  'budget',
  'forecastCost',
  'actualCost',
  'benefit',
  'providesTo',
  'reportedFinish',
  'successors',
  'duration',
  'externalDependsOn',
] as const;
export type InitiativeField = (typeof INITIATIVE_FIELDS)[number];

/** Fields of a dependency register sheet (From, To, Type, Lag, Needed By, Note; the provider's Agreed / Accepted by / Agreed date). */
export const DEPENDENCY_FIELDS = ['from', 'to', 'type', 'lag', 'neededBy', 'note', 'agreed', 'acceptedBy', 'agreedDate'] as const;
export type DependencyField = (typeof DEPENDENCY_FIELDS)[number];

/** Fields of a KPI sheet (KPI, Target, Actual, Direction, Initiatives). */
export const KPI_FIELDS = ['kpi', 'name', 'target', 'actual', 'direction', 'initiatives', 'owner', 'unit'] as const;
export type KpiField = (typeof KPI_FIELDS)[number];

export type AnyField = InitiativeField | DependencyField | KpiField;

/** What a detected table holds. */
export type TableKind = 'initiatives' | 'dependencies' | 'kpis';

/** Normalised statuses (stable). */
export const STATUSES = ['green', 'amber', 'red', 'done', 'not-started', 'on-hold', 'cancelled', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/** RAG colours after propagation; effective status of a live initiative. */
export type Rag = 'green' | 'amber' | 'red';

/** Dependency link types (predecessor -> successor). */
export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

/**
 * Dates in the core are whole days since 1970-01-01 (UTC), "day numbers".
 * Integers make working-day arithmetic cheap and remove time-zone drift.
 */
export type DayNumber = number;
