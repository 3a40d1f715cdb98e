import type { Analysis, Finding, Model, RunOptions } from '../types';

/** Run every rule of the catalog over the model and analyses. */
export function checkRules(_model: Model, _analysis: Analysis, _options: RunOptions): Finding[] {
  throw new Error('checkRules: not implemented yet');
}
