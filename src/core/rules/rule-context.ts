import type { Analysis, Model, RunOptions } from '../types';

/** Everything a rule reads. Rules are pure: same context, same findings. */
export interface RuleContext {
  readonly model: Model;
  readonly analysis: Analysis;
  readonly options: RunOptions;
}
