import type { ReportCell, ReportChart, RunResult } from '../types';
import { num, STATUS_ORDER, statusLabel, text } from './cells';
import { isOpen } from './decisions';
import { compactMoneyFormatOf, money } from './money';
import { factsOf } from './run-facts';
import { SEVERITY_LABELS } from './findings-sheet';
import { rankedValueAtRisk } from './value-at-risk-sheet';

/** A chart's own small table (header row of series names, first column the categories) and how to draw it. */
export interface ChartData {
  readonly kind: ReportChart['kind'];
  readonly title: string;
  readonly rows: readonly (readonly ReportCell[])[];
  readonly seriesColors?: readonly string[];
  readonly pointColors?: readonly string[];
}

export interface SummaryCharts {
  readonly status: ChartData;
  /** Undefined when there are no departments. */
  readonly valueAtRisk?: ChartData;
  readonly slip?: ChartData;
  readonly findings: ChartData;
}

const REPORTED = 'A6A6A6';
const EFFECTIVE = '1F3864';
const BENEFIT = '8EA9DB';
const SEVERITY_COLOURS = ['C00000', 'FFC000', '5B9BD5'];
const SLIP = 'E06666';

/**
 * Departments a chart shows: the most at risk or late. More bars than this in the chart's box
 * and the host skips every other label; a bar summing the rest would dwarf the ones shown.
 */
export const CHART_BARS = 8;

/** The first CHART_BARS items, and the title's note of how many of how many when cut. */
function topBars<T>(items: readonly T[], what: string): { shown: readonly T[]; note: string } {
  if (items.length <= CHART_BARS) return { shown: items, note: '' };
  return { shown: items.slice(0, CHART_BARS), note: `: the ${CHART_BARS} ${what} of ${items.length}` };
}

const head = (...labels: string[]): ReportCell[] => labels.map((l) => text(l, 'header'));

/** The data behind the Summary's charts: status reported vs effective, value at risk and slip by department, findings by severity. */
export function chartDataBlocks(result: RunResult): SummaryCharts {
  const inits = result.model.initiatives;
  const { effectiveAt, analysisAt, departments, departmentAt, severityCounts } = factsOf(result);
  const reported = new Map<string, number>();
  const effective = new Map<string, number>();
  const slip = new Float64Array(departments.length);
  let budgetGiven = false;
  let benefitGiven = false;
  for (let k = 0; k < inits.length; k++) {
    const i = inits[k]!;
    if (i.budget !== undefined) budgetGiven = true;
    if (i.benefit !== undefined) benefitGiven = true;
    if (i.isParent) continue;
    reported.set(i.status, (reported.get(i.status) ?? 0) + 1);
    effective.set(effectiveAt[k]!, (effective.get(effectiveAt[k]!) ?? 0) + 1);
    if (isOpen(i, effectiveAt[k]!)) slip[departmentAt[k]!] = slip[departmentAt[k]!]! + (analysisAt[k]?.slipDays ?? 0);
  }
  const statuses = STATUS_ORDER.filter((s) => ['green', 'amber', 'red', 'done'].includes(s) || reported.has(s) || effective.has(s));
  const status: ChartData = {
    kind: 'column',
    title: 'Initiatives by status: reported vs effective',
    rows: [head('Status', 'Reported', 'Effective'), ...statuses.map((s) => [text(statusLabel(s), 'body'), num(reported.get(s) ?? 0), num(effective.get(s) ?? 0)])],
    seriesColors: [REPORTED, EFFECTIVE],
  };

  // The departments most at risk, the rest as one bar: a chart of 20 bars in its box shows every other label.
  const byDept = rankedValueAtRisk(result, 'department');
  const format = compactMoneyFormatOf(result);
  let valueAtRisk: ChartData | undefined;
  if (byDept.length > 0) {
    const { shown: bars, note } = topBars(byDept, 'most at risk');
    valueAtRisk =
      budgetGiven || benefitGiven
        ? {
            kind: 'bar',
            title: `Value at risk by department${note}`,
            rows: [
              head('Department', ...(budgetGiven ? ['Budget at risk'] : []), ...(benefitGiven ? ['Benefit at risk'] : [])),
              ...bars.map((v) => [text(v.key, 'body'), ...(budgetGiven ? [money(v.budgetAtRisk, format)] : []), ...(benefitGiven ? [money(v.benefitAtRisk, format)] : [])]),
            ],
            seriesColors: [...(budgetGiven ? [EFFECTIVE] : []), ...(benefitGiven ? [BENEFIT] : [])],
          }
        : {
            // No money in the sources: the count at risk, never a chart of zeros.
            kind: 'bar',
            title: `Initiatives at risk by department${note} (no budget or benefit given)`,
            rows: [head('Department', 'Initiatives at risk'), ...bars.map((v) => [text(v.key, 'body'), num(v.initiativesAtRisk)])],
            seriesColors: [EFFECTIVE],
          };
  }
  const slips = departments.map((d, k) => ({ d, days: slip[k]! })).sort((x, y) => y.days - x.days);
  const slipBars = topBars(slips, 'most late');
  const slipChart: ChartData | undefined =
    departments.length === 0
      ? undefined
      : {
          kind: 'bar',
          title: `Forecast slip by department${slipBars.note} (working days late, summed)`,
          rows: [head('Department', 'Working days late'), ...slipBars.shown.map((x) => [text(x.d, 'body'), num(x.days)])],
          seriesColors: [SLIP],
        };
  const findings: ChartData = {
    kind: 'column',
    title: 'Findings by severity',
    rows: [head('Severity', 'Findings'), ...(['error', 'warning', 'info'] as const).map((s) => [text(SEVERITY_LABELS[s], 'body'), num(severityCounts[s])])],
    pointColors: SEVERITY_COLOURS,
  };
  return { status, ...(valueAtRisk ? { valueAtRisk } : {}), ...(slipChart ? { slip: slipChart } : {}), findings };
}
