import { cellOf } from '../model';
import { makeFinding, type Finding } from '../types';
import { flat, isClosed, iso, label, plural } from './describe';
import { analysisAt } from './indexes';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';

/**
 * schedule.forecast-slip: the analysis forecasts a finish after the due date, pushed by upstream
 * slips or reported by its owner (Initiative.reportedFinish after the due date: a reported slip,
 * said as such). Initiatives already past their due date are left to schedule.overdue, so one
 * late item is one finding.
 */
export function prepareScheduleForecastSlip({ model, analysis, options }: RuleContext): InitiativeCheck {
  const analysed = analysisAt(model, analysis);
  return (i, v) => {
    if (i.due === undefined || i.due < options.asOf || isClosed(i.status)) return undefined;
    const a = analysed[v];
    if (a?.forecastFinish === undefined || a.forecastFinish <= i.due) return undefined;
    const late = a.slipDays > 0 ? ` (${plural(a.slipDays, 'working day')} late)` : '';
    const reported = i.reportedFinish !== undefined && i.reportedFinish > i.due;
    // The owner's own forecast: said, and pointed at beside the due date; ours later still is said too.
    const owner = !reported
      ? ''
      : i.reportedFinish === a.forecastFinish
        ? '; its owner reports this forecast'
        : flat`; its owner reports ${iso(i.reportedFinish!)}, and upstream work pushes it later`;
    const reportedCell = reported ? cellOf(i.cells, 'reportedFinish') : undefined;
    return makeFinding(
      'schedule.forecast-slip',
      flat`${label(i)} is forecast to finish ${iso(a.forecastFinish)}, after its due date ${iso(i.due)}${late}${owner}.`,
      [cellOf(i.cells, 'due') ?? i.home, ...(reportedCell ? [reportedCell] : [])],
      { initiativeId: i.id, related: a.upstream },
    );
  };
}

export function checkScheduleForecastSlip(ctx: RuleContext): Finding[] {
  return eachInitiative(ctx.model, [prepareScheduleForecastSlip(ctx)]);
}
