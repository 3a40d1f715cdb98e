import type { Model, Status, ValueAtRisk, ValueAtRiskRow } from '../types';
import { compareIds } from './graph';
import type { KpiLinks } from './kpi-links';

export const NO_DEPARTMENT = '(no department)';
export const NO_PILLAR = '(no pillar)';

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
export function computeValueAtRisk(model: Model, effectiveStatus: readonly Status[], kpiLinks: KpiLinks): ValueAtRisk {
  const n = model.initiatives.length;
  const total = new Buckets(1);
  const byDepartment = new KeyedBuckets();
  const byPillar = new KeyedBuckets();
  const byKpi = new Buckets(kpiLinks.keys.length);
  // KPI keys in the order initiatives first name them (the order the rows are sorted from).
  const kpiSeen = new Uint8Array(kpiLinks.keys.length);
  const kpiOrder: number[] = [];
  const { start, key } = kpiLinks;
  for (let v = 0; v < n; v++) {
    const initiative = model.initiatives[v]!;
    const effective = isAtRisk(effectiveStatus[v]!);
    const reported = isAtRisk(initiative.status);
    const budget = finite(initiative.budget);
    const benefit = finite(initiative.benefit);
    total.add(0, budget, benefit, effective, reported);
    byDepartment.addKeyed(initiative.department ?? NO_DEPARTMENT, budget, benefit, effective, reported);
    byPillar.addKeyed(initiative.pillar ?? NO_PILLAR, budget, benefit, effective, reported);
    const p = kpiLinks.positionOf(v);
    for (let i = start[p]!; i < start[p + 1]!; i++) {
      if (kpiSeen[key[i]!] === 0) {
        kpiSeen[key[i]!] = 1;
        kpiOrder.push(key[i]!);
      }
      byKpi.add(key[i]!, budget, benefit, effective, reported);
    }
  }
  const kpiKeys = kpiOrder.map((k) => kpiLinks.keys[k]!);
  const kpiIndex = new Map(kpiOrder.map((k) => [kpiLinks.keys[k]!, k]));
  return {
    total: total.row('Total', 0),
    byDepartment: byDepartment.rows(NO_DEPARTMENT),
    byPillar: byPillar.rows(NO_PILLAR),
    byKpi: sortKeys(kpiKeys).map((k) => byKpi.row(k, kpiIndex.get(k)!)),
  };
}

/** Running totals per bucket, one typed column per measure (summed in initiative order). */
class Buckets {
  budgetAtRisk: Float64Array;
  benefitAtRisk: Float64Array;
  reportedBudgetAtRisk: Float64Array;
  reportedBenefitAtRisk: Float64Array;
  initiativesAtRisk: Int32Array;

  constructor(size: number) {
    this.budgetAtRisk = new Float64Array(size);
    this.benefitAtRisk = new Float64Array(size);
    this.reportedBudgetAtRisk = new Float64Array(size);
    this.reportedBenefitAtRisk = new Float64Array(size);
    this.initiativesAtRisk = new Int32Array(size);
  }

  protected grow(size: number): void {
    const grown = (a: Float64Array): Float64Array => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.budgetAtRisk = grown(this.budgetAtRisk);
    this.benefitAtRisk = grown(this.benefitAtRisk);
    this.reportedBudgetAtRisk = grown(this.reportedBudgetAtRisk);
    this.reportedBenefitAtRisk = grown(this.reportedBenefitAtRisk);
    const counts = new Int32Array(size);
    counts.set(this.initiativesAtRisk);
    this.initiativesAtRisk = counts;
  }

  add(b: number, budget: number, benefit: number, effective: boolean, reported: boolean): void {
    if (effective) {
      this.budgetAtRisk[b]! += budget;
      this.benefitAtRisk[b]! += benefit;
      this.initiativesAtRisk[b]!++;
    }
    if (reported) {
      this.reportedBudgetAtRisk[b]! += budget;
      this.reportedBenefitAtRisk[b]! += benefit;
    }
  }

  row(key: string, b: number): ValueAtRiskRow {
    return {
      key,
      budgetAtRisk: this.budgetAtRisk[b]!,
      benefitAtRisk: this.benefitAtRisk[b]!,
      reportedBudgetAtRisk: this.reportedBudgetAtRisk[b]!,
      reportedBenefitAtRisk: this.reportedBenefitAtRisk[b]!,
      initiativesAtRisk: this.initiativesAtRisk[b]!,
    };
  }
}

/** Buckets named by text (departments, pillars), created as they are met. */
class KeyedBuckets extends Buckets {
  private readonly keys: string[] = [];
  private readonly indexOf = new Map<string, number>();
  // Initiatives come table by table: the key usually repeats the previous one's.
  private last: string | undefined;
  private lastIndex = -1;

  constructor() {
    super(16);
  }

  addKeyed(key: string, budget: number, benefit: number, effective: boolean, reported: boolean): void {
    if (key !== this.last) {
      let b = this.indexOf.get(key);
      if (b === undefined) {
        b = this.keys.length;
        this.indexOf.set(key, b);
        this.keys.push(key);
        if (b >= this.budgetAtRisk.length) this.grow(2 * b);
      }
      this.last = key;
      this.lastIndex = b;
    }
    super.add(this.lastIndex, budget, benefit, effective, reported);
  }

  rows(last: string): ValueAtRiskRow[] {
    return sortKeys(this.keys, last).map((key) => this.row(key, this.indexOf.get(key)!));
  }
}

function sortKeys(keys: readonly string[], last?: string): string[] {
  return [...keys].sort((a, b) => (a === last ? 1 : b === last ? -1 : compareIds(a, b)));
}

function finite(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? value : 0;
}
