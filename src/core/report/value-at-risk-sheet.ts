import { linkKpisToInitiatives } from '../analyse/kpi-links';
import { NO_PILLAR } from '../analyse/value-at-risk';
import type { ReportCell, ReportSheet, RunResult, Status, ValueAtRiskRow } from '../types';
import { blank, compactAmount, num, plural, statusStyle, text } from './cells';
import { money, moneyFormatOf, moneyPrefixOf } from './money';
import { factsOf, NO_DEPARTMENT } from './run-facts';
import { makeSheet } from './sheet';
import { REPORT_SHEETS } from './sheet-names';

/**
 * Value at risk by department, pillar and KPI in full, each ranked by what is at risk. The
 * Summary shows the top of each list (the same rows, by the same functions) and links here for
 * the rest, so its pages do not grow with the portfolio.
 */
export type ValueAtRiskBy = 'department' | 'pillar' | 'kpi';
export const VALUE_AT_RISK_BYS: readonly ValueAtRiskBy[] = ['department', 'pillar', 'kpi'];

const BY_TITLES: Record<ValueAtRiskBy, string> = { department: 'Department', pillar: 'Pillar', kpi: 'KPI' };
const WIDTHS = [34, 12, 15, 15, 17];
/** Rows above the first block: title, explanation, blank. */
const TOP = 3;

/** Whether any initiative has a budget, and any a benefit: money the sources give at all. */
export function moneyGiven(result: RunResult): { budget: boolean; benefit: boolean } {
  let budget = false;
  let benefit = false;
  for (const i of result.model.initiatives) {
    if (i.budget !== undefined) budget = true;
    if (i.benefit !== undefined) benefit = true;
    if (budget && benefit) break;
  }
  return { budget, benefit };
}

/**
 * The rows of one breakdown, most at risk first: budget at risk, then benefit at risk, then
 * initiatives at risk (what the sources give decides which counts), ties in natural order.
 */
export function rankedValueAtRisk(result: RunResult, by: ValueAtRiskBy): ValueAtRiskRow[] {
  const v = result.analysis.valueAtRisk;
  const list = by === 'department' ? v.byDepartment : by === 'pillar' ? v.byPillar : v.byKpi;
  return list
    .map((row, k) => ({ row, k }))
    .sort((x, y) => y.row.budgetAtRisk - x.row.budgetAtRisk || y.row.benefitAtRisk - x.row.benefitAtRisk || y.row.initiativesAtRisk - x.row.initiativesAtRisk || x.k - y.k)
    .map((x) => x.row);
}

export function valueAtRiskTitle(by: ValueAtRiskBy): string {
  return `Value at risk by ${by === 'kpi' ? 'KPI' : by}`;
}

export function valueAtRiskHeader(by: ValueAtRiskBy): ReportCell[] {
  return [BY_TITLES[by], 'Initiatives at risk', 'Budget at risk', 'Benefit at risk', 'Budget at risk as reported'].map((l) => text(l, 'header'));
}

/** What a breakdown says when the sources give nothing to break down by. */
export function valueAtRiskMissing(by: ValueAtRiskBy): string {
  return by === 'pillar' ? 'No source gives a pillar (strategic theme) for its initiatives.' : by === 'kpi' ? 'No initiative is linked to a KPI in the sources.' : 'No initiatives.';
}

/** Cells of one breakdown's rows, made the same way on the Summary and here. */
export function valueAtRiskCells(result: RunResult, by: ValueAtRiskBy): { row: (v: ValueAtRiskRow) => ReportCell[]; total: () => ReportCell[] } {
  const format = moneyFormatOf(result);
  const given = moneyGiven(result);
  // A money column no source gives reads "not given", not a column of zeros.
  const amount = (n: number, what: 'budget' | 'benefit'): ReportCell => (given[what] ? money(n, format) : text('not given', 'muted'));
  const worst = by === 'department' ? worstByDepartment(result) : undefined;
  const kpiNames = by === 'kpi' ? new Map(result.model.kpis.map((k) => [k.id, k.name] as const)) : undefined;
  const label = (key: string): string => {
    if (kpiNames) {
      const name = kpiNames.get(key);
      return name ? `${key} ${name}` : key;
    }
    return by === 'pillar' && key === NO_PILLAR ? 'Pillar not given' : key;
  };
  return {
    row: (v) => [
      text(label(v.key), v.key === NO_PILLAR ? 'muted' : 'body'),
      num(v.initiativesAtRisk, worst ? statusStyle(worst(v.key)) : 'integer'),
      amount(v.budgetAtRisk, 'budget'),
      amount(v.benefitAtRisk, 'benefit'),
      amount(v.reportedBudgetAtRisk, 'budget'),
    ],
    total: () => {
      const t = result.analysis.valueAtRisk.total;
      return [text('Total', 'label'), num(t.initiativesAtRisk), amount(t.budgetAtRisk, 'budget'), amount(t.benefitAtRisk, 'benefit'), amount(t.reportedBudgetAtRisk, 'budget')];
    },
  };
}

/** The worst effective status per department, from one pass over the initiatives. */
function worstByDepartment(result: RunResult): (dept: string) => Status {
  const reds = new Set<string>();
  const ambers = new Set<string>();
  const inits = result.model.initiatives;
  const { effectiveAt } = factsOf(result);
  for (let k = 0; k < inits.length; k++) {
    const e = effectiveAt[k];
    if (e === 'red') reds.add(inits[k]!.department ?? NO_DEPARTMENT);
    else if (e === 'amber') ambers.add(inits[k]!.department ?? NO_DEPARTMENT);
  }
  return (dept) => (reds.has(dept) ? 'red' : ambers.has(dept) ? 'amber' : 'green');
}

/**
 * What the rows left off a shortened list hold, as a sentence's amount: "£1.2m of budget at
 * risk" (benefit when no budget is given, initiatives when no money is). KPIs share initiatives,
 * so theirs is summed over the distinct initiatives at risk behind them, each counted once.
 */
export function restAtRisk(result: RunResult, by: ValueAtRiskBy, rest: readonly ValueAtRiskRow[]): string {
  const given = moneyGiven(result);
  let budget = 0;
  let benefit = 0;
  let initiatives = 0;
  if (by === 'kpi') {
    const keys = new Set(rest.map((r) => r.key));
    const links = linkKpisToInitiatives(result.model);
    const wanted = new Uint8Array(links.keys.length);
    links.keys.forEach((k, q) => (wanted[q] = keys.has(k) ? 1 : 0));
    const { effectiveAt } = factsOf(result);
    result.model.initiatives.forEach((i, v) => {
      if (i.isParent || (effectiveAt[v] !== 'amber' && effectiveAt[v] !== 'red')) return;
      const p = links.positionOf(v);
      for (let e = links.start[p]!; e < links.start[p + 1]!; e++) {
        if (wanted[links.key[e]!] === 1) {
          budget += i.budget ?? 0;
          benefit += i.benefit ?? 0;
          initiatives++;
          return;
        }
      }
    });
  } else {
    for (const r of rest) {
      budget += r.budgetAtRisk;
      benefit += r.benefitAtRisk;
      initiatives += r.initiativesAtRisk;
    }
  }
  const symbol = moneyPrefixOf(result);
  if (given.budget) return `${symbol}${compactAmount(budget)} of budget at risk`;
  if (given.benefit) return `${symbol}${compactAmount(benefit)} of benefit at risk`;
  return `${plural(initiatives, 'initiative')} at risk`;
}

/** The 1-based row of a breakdown's title on the Value at risk sheet (where the Summary links). */
export function valueAtRiskRowOf(result: RunResult, by: ValueAtRiskBy): number {
  let row = TOP;
  for (const b of VALUE_AT_RISK_BYS) {
    if (b === by) return row + 1;
    row += blockLength(result, b);
  }
  return row + 1;
}

/** Rows a breakdown takes on the sheet: title, header, its rows (or the line saying none), a total for departments, a blank. */
function blockLength(result: RunResult, by: ValueAtRiskBy): number {
  const n = rankedValueAtRisk(result, by).length;
  return 2 + Math.max(n, 1) + (by === 'department' && n > 0 ? 1 : 0) + 1;
}

export function buildValueAtRiskSheet(result: RunResult): ReportSheet {
  const rows: (ReportCell | null)[][] = [
    [text('Value at risk', 'title')],
    [
      text(
        'Budget and benefit of the initiatives effectively amber or red, beside the budget of those their owners report amber or red; most at risk first. An initiative counts under each KPI it serves.',
        'muted',
      ),
    ],
    [],
  ];
  const merges = ['A2:E2'];
  const rowHeights: Record<number, number> = { 0: 30, 1: 30 };
  for (const by of VALUE_AT_RISK_BYS) {
    const list = rankedValueAtRisk(result, by);
    const top = rows.length;
    rowHeights[top] = 22;
    rows.push([text(list.length === 0 ? `${valueAtRiskTitle(by)}: not given` : valueAtRiskTitle(by), 'label'), ...Array.from({ length: 4 }, () => blank('label'))]);
    rows.push(valueAtRiskHeader(by));
    rowHeights[top + 1] = 30;
    if (list.length === 0) {
      rows.push([text(valueAtRiskMissing(by), 'muted')]);
      merges.push(`A${rows.length}:E${rows.length}`);
    } else {
      const cells = valueAtRiskCells(result, by);
      for (const v of list) rows.push(cells.row(v));
      if (by === 'department') rows.push(cells.total());
    }
    rows.push([]);
  }
  return makeSheet(REPORT_SHEETS.valueAtRisk, rows, {
    tabColor: 'C55A11',
    columnWidths: WIDTHS,
    rowHeights,
    merges,
    print: { orientation: 'portrait', fitToWidth: true },
  });
}
