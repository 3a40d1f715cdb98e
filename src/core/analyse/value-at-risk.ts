import type { Initiative, Model, Status, ValueAtRisk, ValueAtRiskRow } from '../types';
import { compareIds } from './graph';

export const NO_DEPARTMENT = '(no department)';
export const NO_PILLAR = '(no pillar)';

interface Totals {
  budgetAtRisk: number;
  benefitAtRisk: number;
  reportedBudgetAtRisk: number;
  reportedBenefitAtRisk: number;
  initiativesAtRisk: number;
}

function isAtRisk(status: Status): boolean {
  return status === 'amber' || status === 'red';
}

/**
 * Budget and benefit of initiatives whose effective status is amber or red, next to the same
 * sums over what the departments themselves report as amber or red: by department, by pillar,
 * by KPI (an initiative counts under each KPI it serves) and in total. Every department, pillar
 * and KPI with an initiative gets a row, even at zero, in natural order; the "(no ...)" rows last.
 * Missing budgets and benefits count as 0.
 */
export function computeValueAtRisk(
  model: Model,
  effectiveStatus: (index: number) => Status,
  kpisOf: ReadonlyMap<string, readonly string[]>,
): ValueAtRisk {
  const total = emptyTotals();
  const byDepartment = new Map<string, Totals>();
  const byPillar = new Map<string, Totals>();
  const byKpi = new Map<string, Totals>();
  model.initiatives.forEach((initiative, v) => {
    const effective = isAtRisk(effectiveStatus(v));
    const reported = isAtRisk(initiative.status);
    add(total, initiative, effective, reported);
    add(bucket(byDepartment, initiative.department ?? NO_DEPARTMENT), initiative, effective, reported);
    add(bucket(byPillar, initiative.pillar ?? NO_PILLAR), initiative, effective, reported);
    for (const kpi of kpisOf.get(initiative.id) ?? []) add(bucket(byKpi, kpi), initiative, effective, reported);
  });
  return {
    total: { key: 'Total', ...total },
    byDepartment: rows(byDepartment, NO_DEPARTMENT),
    byPillar: rows(byPillar, NO_PILLAR),
    byKpi: rows(byKpi),
  };
}

function emptyTotals(): Totals {
  return { budgetAtRisk: 0, benefitAtRisk: 0, reportedBudgetAtRisk: 0, reportedBenefitAtRisk: 0, initiativesAtRisk: 0 };
}

function bucket(map: Map<string, Totals>, key: string): Totals {
  let totals = map.get(key);
  if (totals === undefined) map.set(key, (totals = emptyTotals()));
  return totals;
}

function add(totals: Totals, initiative: Initiative, effective: boolean, reported: boolean): void {
  const budget = finite(initiative.budget);
  const benefit = finite(initiative.benefit);
  if (effective) {
    totals.budgetAtRisk += budget;
    totals.benefitAtRisk += benefit;
    totals.initiativesAtRisk++;
  }
  if (reported) {
    totals.reportedBudgetAtRisk += budget;
    totals.reportedBenefitAtRisk += benefit;
  }
}

function finite(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? value : 0;
}

function rows(map: Map<string, Totals>, last?: string): ValueAtRiskRow[] {
  return [...map.keys()]
    .sort((a, b) => (a === last ? 1 : b === last ? -1 : compareIds(a, b)))
    .map((key) => ({ key, ...map.get(key)! }));
}
