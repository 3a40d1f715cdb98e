import type { Analysis, Model, RunOptions } from '../types';
import { runForecast, setUpForecast, type ForecastResult, type ForecastSetup } from './forecast';
import { buildPlan, type InitiativePlan } from './plan';

/** What impact() re-runs the forecast from: the plan, the forecast set-up and the base forecast. */
export interface ForecastContext {
  readonly plan: InitiativePlan;
  readonly setup: ForecastSetup;
  readonly base: ForecastResult;
}

// Remembered per Analysis object so repeated impact questions (custom functions) skip the rebuild.
const CONTEXTS = new WeakMap<Analysis, { model: Model; options: RunOptions; context: ForecastContext }>();

export function buildForecastContext(model: Model, options: RunOptions): ForecastContext {
  const plan = buildPlan(model, options);
  const setup = setUpForecast(plan, model, options);
  return { plan, setup, base: runForecast(setup) };
}

export function rememberContext(analysis: Analysis, model: Model, options: RunOptions, context: ForecastContext): void {
  CONTEXTS.set(analysis, { model, options, context });
}

/** The context analyseModel used, or a fresh one when the analysis came from elsewhere. */
export function contextFor(analysis: Analysis, model: Model, options: RunOptions): ForecastContext {
  const kept = CONTEXTS.get(analysis);
  if (kept !== undefined && kept.model === model && kept.options === options) return kept.context;
  return buildForecastContext(model, options);
}
