import { makeFinding, type Finding } from '../types';
import { cellsOrHome } from './cells-or-home';
import { amount, label, percent } from './describe';
import type { RuleContext } from './rule-context';

/** finance.cost-overrun: forecast cost above budget * (1 + options.costTolerance). */
export function checkFinanceCostOverrun({ model, options }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const tolerance = percent(options.costTolerance);
  for (const i of model.initiatives) {
    const { budget, forecastCost } = i;
    if (budget === undefined || forecastCost === undefined || budget < 0) continue;
    const limit = budget * (1 + options.costTolerance);
    if (forecastCost <= limit + Math.abs(limit) * 1e-12) continue;
    const message =
      budget === 0
        ? `${label(i)} forecasts ${amount(forecastCost)} against a budget of 0.`
        : `${label(i)} forecasts ${amount(forecastCost)} against a budget of ${amount(budget)}, ${percent((forecastCost - budget) / budget)} over (tolerance ${tolerance}).`;
    out.push(makeFinding('finance.cost-overrun', message, cellsOrHome(i.cells.forecastCost, i.cells.budget, i.home), { initiativeId: i.id }));
  }
  return out;
}
