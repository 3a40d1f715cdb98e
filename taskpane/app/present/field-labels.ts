import type { AnyField, TableKind } from '../../../src/core/types';
import { DEPENDENCY_FIELDS, INITIATIVE_FIELDS, KPI_FIELDS } from '../../../src/core/types';

const LABELS: Partial<Record<AnyField, string>> = {
  id: 'ID',
  name: 'Name',
  department: 'Department',
  owner: 'Owner',
  status: 'Status',
  start: 'Start',
  due: 'Due',
  percentComplete: '% complete',
  lastUpdated: 'Last updated',
  dependsOn: 'Depends on',
  kpi: 'KPI',
  pillar: 'Pillar',
  budget: 'Budget',
  forecastCost: 'Forecast cost',
  benefit: 'Benefit',
  from: 'From (predecessor)',
  to: 'To (successor)',
  type: 'Link type',
  lag: 'Lag',
  neededBy: 'Needed by',
  note: 'Note',
  target: 'Target',
  actual: 'Actual',
  direction: 'Direction',
  initiatives: 'Initiatives',
  unit: 'Unit',
};

export function fieldLabel(field: AnyField): string {
  return LABELS[field] ?? field;
}

/** The fields a table of this kind can map, in the order users think of them. */
export function fieldsOf(kind: TableKind): readonly AnyField[] {
  if (kind === 'initiatives') return INITIATIVE_FIELDS;
  if (kind === 'dependencies') return DEPENDENCY_FIELDS;
  return KPI_FIELDS;
}
