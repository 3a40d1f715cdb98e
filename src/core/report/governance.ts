import { governFindings } from '../govern';
import type { Decision, FindingHistory, Governance, RunResult } from '../types';

const computed = new WeakMap<RunResult, Governance>();

/** The run's governance: runPipeline's, or computed once for a result built by hand. */
export function governanceOf(result: RunResult): Governance {
  if (result.governance) return result.governance;
  let g = computed.get(result);
  if (!g) computed.set(result, (g = governFindings(result.model, result.analysis, result.options, result.findings, result.waived)));
  return g;
}

/**
 * The run with what the previous report recorded, read when the report is made (its decisions,
 * and its findings' life when the run had none): the governance is worked out again with them.
 * The same run when nothing differs.
 */
export function withRecorded(result: RunResult, recorded: { readonly decisions?: readonly Decision[]; readonly history?: FindingHistory }): RunResult {
  const decisions = recorded.decisions ?? result.options.decisions;
  const history = result.options.history ?? recorded.history;
  if (decisions === result.options.decisions && history === result.options.history) return result;
  const { governance: _computed, ...rest } = result;
  return { ...rest, options: { ...result.options, decisions, ...(history !== undefined ? { history } : {}) } };
}

/** What a run leaves for the next in the workbook's settings: its findings' life and the decisions recorded. */
export function recordedBy(result: RunResult): { readonly history: FindingHistory; readonly decisions: readonly Decision[] } {
  const g = governanceOf(result);
  return { history: g.history, decisions: [...g.tradeOffs.flatMap((t) => (t.decision ? [t.decision] : [])), ...g.settledDecisions] };
}
