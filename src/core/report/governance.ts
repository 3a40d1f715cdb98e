import { governFindings } from '../govern';
import type { Governance, RunResult } from '../types';

const computed = new WeakMap<RunResult, Governance>();

/** The run's governance: runPipeline's, or computed once for a result built by hand. */
export function governanceOf(result: RunResult): Governance {
  if (result.governance) return result.governance;
  let g = computed.get(result);
  if (!g) computed.set(result, (g = governFindings(result.model, result.analysis, result.options, result.findings, result.waived)));
  return g;
}
