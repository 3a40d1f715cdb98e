import type { Analysis } from './analysis';
import type { Finding } from './finding';
import type { Model } from './model';
import type { RunOptions } from './options';

/** Everything one run of the core produces; the report and every adapter read from it. */
export interface RunResult {
  readonly options: RunOptions;
  readonly model: Model;
  readonly analysis: Analysis;
  /** All findings (ingest + rules), sorted by severity, then code, then source cell. */
  readonly findings: readonly Finding[];
}
