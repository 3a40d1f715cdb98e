import { cellOf } from '../model';
import { makeFinding, type Finding } from '../types';
import { cellsOrHome } from './cells-or-home';
import { amount, flat, label, percent } from './describe';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';

/** finance.cost-overrun: forecast cost above budget * (1 + options.costTolerance). */
export function prepareFinanceCostOverrun({ options }: RuleContext): InitiativeCheck {
  const tolerance = percent(options.costTolerance);
  return (i) => {
    const { budget, forecastCost } = i;
    if (budget === undefined || forecastCost === undefined || budget < 0) return undefined;
    const limit = budget * (1 + options.costTolerance);
    if (forecastCost <= limit + Math.abs(limit) * 1e-12) return undefined;
    const message =
      budget === 0
        ? flat`${label(i)} forecasts ${amount(forecastCost)} against a budget of 0.`
        : flat`${label(i)} forecasts ${amount(forecastCost)} against a budget of ${amount(budget)}, ${percent((forecastCost - budget) / budget)} over (tolerance ${tolerance}).`;
    return makeFinding('finance.cost-overrun', message, cellsOrHome(cellOf(i.cells, 'forecastCost'), cellOf(i.cells, 'budget'), i.home), { initiativeId: i.id });
  };
}

export function checkFinanceCostOverrun(ctx: RuleContext): Finding[] {
  return eachInitiative(ctx.model, [prepareFinanceCostOverrun(ctx)]);
}
