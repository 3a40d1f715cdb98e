import type { Analysis, Model, RunOptions } from '../types';

/** Graph, schedule, forecast, effective status, bottlenecks, KPI traces, value at risk. */
export function analyseModel(_model: Model, _options: RunOptions): Analysis {
  throw new Error('analyseModel: not implemented yet');
}
