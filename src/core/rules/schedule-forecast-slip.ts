import { cellOf } from '../model';
import { makeFinding, type Finding } from '../types';
import { flat, isClosed, iso, label, plural } from './describe';
import { analysisAt } from './indexes';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';

/**
 * schedule.forecast-slip: the analysis forecasts a finish after the due date. Initiatives
 * already past their due date are left to schedule.overdue, so one late item is one finding.
 */
export function prepareScheduleForecastSlip({ model, analysis, options }: RuleContext): InitiativeCheck {
  const analysed = analysisAt(model, analysis);
  return (i, v) => {
    if (i.due === undefined || i.due < options.asOf || isClosed(i.status)) return undefined;
    const a = analysed[v];
    if (a?.forecastFinish === undefined || a.forecastFinish <= i.due) return undefined;
    const late = a.slipDays > 0 ? ` (${plural(a.slipDays, 'working day')} late)` : '';
    return makeFinding(
      'schedule.forecast-slip',
      flat`${label(i)} is forecast to finish ${iso(a.forecastFinish)}, after its due date ${iso(i.due)}${late}.`,
      [cellOf(i.cells, 'due') ?? i.home],
      { initiativeId: i.id, related: a.upstream },
    );
  };
}

export function checkScheduleForecastSlip(ctx: RuleContext): Finding[] {
  return eachInitiative(ctx.model, [prepareScheduleForecastSlip(ctx)]);
}
