import { analysisAt as analysesInModelOrder } from '../rules/indexes';
import type { Initiative, InitiativeAnalysis, RunResult, Severity, Status } from '../types';

/**
 * What several sheets need about every initiative and finding, gathered in one pass per run and
 * memoised on the result. At 100,000 initiatives each `analysis.byId.get(id)` is a hash probe on
 * an id text that misses the cache; the sheets made ten such passes between them.
 */
export interface RunFacts {
  /** Per initiative (model order): its analysis, undefined when the analyses have none. */
  readonly analysisAt: readonly (InitiativeAnalysis | undefined)[];
  /** Per initiative: the effective status (the analysis's, else the reported one). */
  readonly effectiveAt: readonly Status[];
  /** Departments of the initiatives (NO_DEPARTMENT for none), in order of first appearance. */
  readonly departments: readonly string[];
  /** Per initiative: the index of its department in `departments`. */
  readonly departmentAt: Int32Array;
  /**
   * The one order of initiatives on every sheet: by department (in `departments` order), then as
   * the sources list them. order[r] is the model index of the r-th initiative; rankAt[k] the
   * place of model index k in it.
   */
  readonly order: Int32Array;
  readonly rankAt: Int32Array;
  /** Active findings per severity. */
  readonly severityCounts: Readonly<Record<Severity, number>>;
}

/** The department of initiatives that name none. */
export const NO_DEPARTMENT = '(department not given)';

const cache = new WeakMap<RunResult, RunFacts>();

export function factsOf(result: RunResult): RunFacts {
  let facts = cache.get(result);
  if (!facts) {
    const initiatives = result.model.initiatives;
    const analysisAt = analysesInModelOrder(result.model, result.analysis);
    const effectiveAt = new Array<Status>(initiatives.length);
    for (let k = 0; k < initiatives.length; k++) effectiveAt[k] = analysisAt[k]?.effectiveStatus ?? initiatives[k]!.status;
    const departmentIndex = new Map<string, number>();
    const departmentAt = new Int32Array(initiatives.length);
    for (let k = 0; k < initiatives.length; k++) {
      const department = initiatives[k]!.department ?? NO_DEPARTMENT;
      let d = departmentIndex.get(department);
      if (d === undefined) departmentIndex.set(department, (d = departmentIndex.size));
      departmentAt[k] = d;
    }
    const severityCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of result.findings) severityCounts[f.severity]++;
    const { order, rankAt } = reportOrder(departmentAt, departmentIndex.size);
    facts = { analysisAt, effectiveAt, departments: [...departmentIndex.keys()], departmentAt, order, rankAt, severityCounts };
    cache.set(result, facts);
  }
  return facts;
}

/** Model indices grouped by department, each group in model order: a counting sort, one pass each way. */
function reportOrder(departmentAt: Int32Array, departments: number): { order: Int32Array; rankAt: Int32Array } {
  const n = departmentAt.length;
  const start = new Int32Array(departments + 1);
  for (let k = 0; k < n; k++) start[departmentAt[k]! + 1]!++;
  for (let d = 0; d < departments; d++) start[d + 1]! += start[d]!;
  const order = new Int32Array(n);
  const rankAt = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const r = start[departmentAt[k]!]!++;
    order[r] = k;
    rankAt[k] = r;
  }
  return { order, rankAt };
}

/** The initiatives in the report's one order (RunFacts.order). */
export function initiativesInOrder(result: RunResult): Initiative[] {
  const { order } = factsOf(result);
  const all = result.model.initiatives;
  return Array.from(order, (k) => all[k]!);
}
