import type { Analysis } from './analysis';
import type { Finding, Waiver } from './finding';
import type { Governance } from './governance';
import type { Model } from './model';
import type { RunOptions } from './options';

/** A finding the user accepted (kept out of the active list, shown as waived in the report). */
export interface WaivedFinding {
  readonly finding: Finding;
  readonly waiver: Waiver;
}

/** Everything one run of the core produces; the report and every adapter read from it. */
export interface RunResult {
  readonly options: RunOptions;
  readonly model: Model;
  readonly analysis: Analysis;
  /** Active findings (ingest + rules, waived ones removed), sorted by severity, then code, then source cell. */
  readonly findings: readonly Finding[];
  /** Findings matched by a waiver in options.waivers, in the same order. */
  readonly waived: readonly WaivedFinding[];
  /**
   * Findings' life across reviews and the actions (src/core/govern). runPipeline always sets it;
   * for a hand-built result, governanceOf (src/core/report/governance.ts) computes it.
   */
  readonly governance?: Governance;
}
