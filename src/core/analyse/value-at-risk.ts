import type { Status, ValueAtRisk, ValueAtRiskRow } from '../types';
import type { InitiativeColumns } from './columns';
import { compareIds } from './graph';
import type { KpiLinks } from './kpi-links';

export const NO_DEPARTMENT = '(department not given)';
export const NO_PILLAR = '(no pillar)';

function isAtRisk(status: Status): boolean {
  return status === 'amber' || status === 'red';
}

/**
 * Budget and benefit of initiatives whose effective status is amber or red, next to the same
 * sums over what the departments themselves report as amber or red: by department, by pillar,
 * by KPI (an initiative counts under each KPI it serves) and in total. Every department, pillar
 * and KPI with an initiative gets a row, even at zero, in natural order; the "(no ...)" rows last.
 * Missing budgets and benefits count as 0. Parents in a tool's hierarchy (`isParent`, 1 each)
 * are roll-ups of their children and are left out, so nothing is counted twice.
 */
export function computeValueAtRisk(columns: InitiativeColumns, effectiveStatus: readonly Status[], kpiLinks: KpiLinks, isParent?: Uint8Array): ValueAtRisk {
  const n = columns.ids.length;
  const total = new Buckets(1);
  const byDepartment = new KeyedBuckets(columns.departments, NO_DEPARTMENT);
  const byPillar = new KeyedBuckets(columns.pillars, NO_PILLAR);
  const byKpi = new Buckets(kpiLinks.keys.length);
  // KPI keys in the order initiatives first name them (the order the rows are sorted from).
  const kpiSeen = new Uint8Array(kpiLinks.keys.length);
  const kpiOrder: number[] = [];
  const { start, key } = kpiLinks;
  const { budget, benefit, department, pillar } = columns;
  for (let v = 0; v < n; v++) {
    if (isParent !== undefined && isParent[v] === 1) continue;
    const effective = isAtRisk(effectiveStatus[v]!);
    const reported = isAtRisk(columns.status[v]!);
    total.add(0, budget[v]!, benefit[v]!, effective, reported);
    byDepartment.add(byDepartment.bucketOf(department[v]!), budget[v]!, benefit[v]!, effective, reported);
    byPillar.add(byPillar.bucketOf(pillar[v]!), budget[v]!, benefit[v]!, effective, reported);
    const p = kpiLinks.positionOf(v);
    for (let i = start[p]!; i < start[p + 1]!; i++) {
      if (kpiSeen[key[i]!] === 0) {
        kpiSeen[key[i]!] = 1;
        kpiOrder.push(key[i]!);
      }
      byKpi.add(key[i]!, budget[v]!, benefit[v]!, effective, reported);
    }
  }
  const kpiKeys = kpiOrder.map((k) => kpiLinks.keys[k]!);
  const kpiIndex = new Map(kpiOrder.map((k) => [kpiLinks.keys[k]!, k]));
  return {
    total: total.row('Total', 0),
    byDepartment: byDepartment.rows(),
    byPillar: byPillar.rows(),
    byKpi: sortKeys(kpiKeys).map((k) => byKpi.row(k, kpiIndex.get(k)!)),
  };
}

/** Running totals per bucket, one typed column per measure (summed in initiative order). */
class Buckets {
  readonly budgetAtRisk: Float64Array;
  readonly benefitAtRisk: Float64Array;
  readonly reportedBudgetAtRisk: Float64Array;
  readonly reportedBenefitAtRisk: Float64Array;
  readonly initiativesAtRisk: Int32Array;

  constructor(size: number) {
    this.budgetAtRisk = new Float64Array(size);
    this.benefitAtRisk = new Float64Array(size);
    this.reportedBudgetAtRisk = new Float64Array(size);
    this.reportedBenefitAtRisk = new Float64Array(size);
    this.initiativesAtRisk = new Int32Array(size);
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

/**
 * Buckets named by text: a column's names (departments, pillars) plus `none` for initiatives
 * without one (a name equal to `none` shares its bucket). Only names met get a row.
 */
class KeyedBuckets extends Buckets {
  private readonly keys: string[] = [];
  private readonly indexOf = new Map<string, number>();
  /** Bucket of each name index (-1: not met yet); the last slot is for no name. */
  private readonly bucket: Int32Array;

  constructor(
    private readonly names: readonly string[],
    private readonly none: string,
  ) {
    super(names.length + 1);
    this.bucket = new Int32Array(names.length + 1).fill(-1);
  }

  /** The bucket of a name index (-1: no name), made when first met. */
  bucketOf(name: number): number {
    const slot = name < 0 ? this.names.length : name;
    let b = this.bucket[slot]!;
    if (b < 0) {
      const key = name < 0 ? this.none : this.names[name]!;
      b = this.indexOf.get(key) ?? -1;
      if (b < 0) {
        b = this.keys.length;
        this.indexOf.set(key, b);
        this.keys.push(key);
      }
      this.bucket[slot] = b;
    }
    return b;
  }

  rows(): ValueAtRiskRow[] {
    return sortKeys(this.keys, this.none).map((key) => this.row(key, this.indexOf.get(key)!));
  }
}

function sortKeys(keys: readonly string[], last?: string): string[] {
  return [...keys].sort((a, b) => (a === last ? 1 : b === last ? -1 : compareIds(a, b)));
}
