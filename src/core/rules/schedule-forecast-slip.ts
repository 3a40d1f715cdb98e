import { makeFinding, type Finding } from '../types';
import { iso, isClosed, label, plural } from './describe';
import { analysisAt } from './indexes';
import type { RuleContext } from './rule-context';

/**
 * schedule.forecast-slip: the analysis forecasts a finish after the due date. Initiatives
 * already past their due date are left to schedule.overdue, so one late item is one finding.
 */
export function checkScheduleForecastSlip({ model, analysis, options }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const analysed = analysisAt(model, analysis);
  for (let v = 0; v < model.initiatives.length; v++) {
    const i = model.initiatives[v]!;
    if (i.due === undefined || i.due < options.asOf || isClosed(i.status)) continue;
    const a = analysed[v];
    if (a?.forecastFinish === undefined || a.forecastFinish <= i.due) continue;
    const late = a.slipDays > 0 ? ` (${plural(a.slipDays, 'working day')} late)` : '';
    out.push(
      makeFinding(
        'schedule.forecast-slip',
        `${label(i)} is forecast to finish ${iso(a.forecastFinish)}, after its due date ${iso(i.due)}${late}.`,
        [i.cells.due ?? i.home],
        { initiativeId: i.id, related: a.upstream },
      ),
    );
  }
  return out;
}
