import { cellOf } from '../model';
import { makeFinding, type Finding } from '../types';
import { cellsOrHome } from './cells-or-home';
import { amount, flat, label, percent } from './describe';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';

/**
 * finance.cost-overrun: forecast cost above budget * (1 + options.costTolerance), or, where the
 * forecast is not given or within it, the cost already spent above it (a spend past the budget is
 * an overrun whatever the forecast says).
 */
export function prepareFinanceCostOverrun({ options }: RuleContext): InitiativeCheck {
  const tolerance = percent(options.costTolerance);
  return (i) => {
    const { budget, forecastCost, actualCost } = i;
    if (budget === undefined || budget < 0) return undefined;
    const limit = budget * (1 + options.costTolerance);
    const over = (cost: number | undefined): cost is number => cost !== undefined && cost > limit + Math.abs(limit) * 1e-12;
    const field = over(forecastCost) ? 'forecastCost' : over(actualCost) ? 'actualCost' : undefined;
    if (field === undefined) return undefined;
    const cost = i[field]!;
    const verb = field === 'forecastCost' ? 'forecasts' : 'has spent';
    const message =
      budget === 0
        ? flat`${label(i)} ${verb} ${amount(cost)} against a budget of 0.`
        : flat`${label(i)} ${verb} ${amount(cost)} against a budget of ${amount(budget)}, ${percent((cost - budget) / budget)} over (tolerance ${tolerance}).`;
    return makeFinding('finance.cost-overrun', message, cellsOrHome(cellOf(i.cells, field), cellOf(i.cells, 'budget'), i.home), { initiativeId: i.id });
  };
}

export function checkFinanceCostOverrun(ctx: RuleContext): Finding[] {
  return eachInitiative(ctx.model, [prepareFinanceCostOverrun(ctx)]);
}
