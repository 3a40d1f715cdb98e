import { analysisAt as analysesInModelOrder } from '../rules/indexes';
import type { InitiativeAnalysis, RunResult, Severity, Status } from '../types';

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
    facts = { analysisAt, effectiveAt, departments: [...departmentIndex.keys()], departmentAt, severityCounts };
    cache.set(result, facts);
  }
  return facts;
}
