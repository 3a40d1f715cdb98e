import type { ReportCell, ReportSheet, RunResult, Status, StyleName } from '../types';
import { a1Range } from '../util/a1';
import { blank, num, text } from './cells';
import { contractCountRows } from './contract-counts';
import { money, moneyFormatOf } from './money';
import { factsOf, NO_DEPARTMENT } from './run-facts';
import { makeSheet } from './sheet';
import { REPORT_SHEETS } from './sheet-names';
import { TONE_COLOURS } from './styles';

export { NO_DEPARTMENT };

const ROLLUP = [
  'Department',
  'Green',
  'Amber',
  'Red',
  'Done',
  'Other',
  'Initiatives',
  'Reported amber/red',
  'Effectively amber/red',
  'Stale',
  'Budget',
  'Budget at risk',
  'Benefit at risk',
  'Reported budget at risk',
] as const;
const WIDTHS = [22, 9, 9, 9, 9, 9, 11, 11, 11, 9, 14, 14, 14, 14];
const ROLLUP_TOP = 3; // 0-based row of the rollup header

/** Departments in first-appearance order across the model, then any only the analyses name; no department last. */
export function listDepartments(result: RunResult): string[] {
  const seen = new Set<string>(factsOf(result).departments);
  for (const d of result.analysis.departmentMatrix.departments) seen.add(d);
  for (const r of result.analysis.valueAtRisk.byDepartment) seen.add(r.key);
  // Initiatives nobody owns go last, after the real departments.
  return [...seen].sort((a, b) => Number(a === NO_DEPARTMENT) - Number(b === NO_DEPARTMENT));
}

const isAtRisk = (s: Status): boolean => s === 'amber' || s === 'red';

/** One department's rollup figures. */
interface Tally {
  green: number;
  amber: number;
  red: number;
  done: number;
  other: number;
  initiatives: number;
  reportedAtRisk: number;
  effectiveAtRisk: number;
  stale: number;
  budget: number;
}

/** The rollup figures of each department of the initiatives (RunFacts.departments order), in one pass. */
function tallyDepartments(result: RunResult): Tally[] {
  const { analysisAt, effectiveAt, departments, departmentAt } = factsOf(result);
  const tallies: Tally[] = departments.map(() => ({ green: 0, amber: 0, red: 0, done: 0, other: 0, initiatives: 0, reportedAtRisk: 0, effectiveAtRisk: 0, stale: 0, budget: 0 }));
  const initiatives = result.model.initiatives;
  for (let k = 0; k < initiatives.length; k++) {
    const i = initiatives[k]!;
    // A parent in a tool's hierarchy is a roll-up of its children, counted through them (as on the Summary).
    if (i.isParent) continue;
    const t = tallies[departmentAt[k]!]!;
    const e = effectiveAt[k]!;
    if (e === 'green' || e === 'amber' || e === 'red' || e === 'done') t[e]++;
    else t.other++;
    t.initiatives++;
    if (isAtRisk(i.status)) t.reportedAtRisk++;
    if (isAtRisk(e)) t.effectiveAtRisk++;
    if (analysisAt[k]?.stale) t.stale++;
    // Summed in model order from 0, as a reduce over the members would.
    t.budget += i.budget ?? 0;
  }
  return tallies;
}

const NO_TALLY: Tally = { green: 0, amber: 0, red: 0, done: 0, other: 0, initiatives: 0, reportedAtRisk: 0, effectiveAtRisk: 0, stale: 0, budget: 0 };

/** Rollup per department (effective status counts, value at risk) and the who-waits-on-whom heat map. */
export function buildDepartmentsSheet(result: RunResult): ReportSheet {
  const departments = listDepartments(result);
  const varBy = new Map(result.analysis.valueAtRisk.byDepartment.map((r) => [r.key, r]));
  const tallies = tallyDepartments(result);
  const tallyOf = new Map(factsOf(result).departments.map((d, k) => [d, tallies[k]!]));
  const moneyFormat = moneyFormatOf(result);
  const rollup: ReportCell[][] = departments.map((dept) => {
    const t = tallyOf.get(dept) ?? NO_TALLY;
    const v = varBy.get(dept);
    return [
      text(dept, 'body'),
      num(t.green),
      num(t.amber),
      num(t.red),
      num(t.done),
      num(t.other),
      num(t.initiatives),
      num(t.reportedAtRisk),
      num(t.effectiveAtRisk),
      num(t.stale),
      money(t.budget, moneyFormat),
      money(v?.budgetAtRisk ?? 0, moneyFormat),
      money(v?.benefitAtRisk ?? 0, moneyFormat),
      money(v?.reportedBudgetAtRisk ?? 0, moneyFormat),
    ];
  });

  const rows: (ReportCell | null)[][] = [
    [text('Departments', 'title')],
    [text('Effective status, value at risk and who waits on whom, per department.', 'subtitle')],
    [],
    ROLLUP.map((h) => text(h, 'header')),
    ...rollup,
  ];
  const rollupEnd = ROLLUP_TOP + rollup.length; // last rollup row (0-based)

  // The matrix: row department waits on column department (counts of dependencies).
  const m = result.analysis.departmentMatrix;
  // The signal is work waiting on another department: the scale is set by those counts alone, and
  // the diagonal (a department waiting on itself) is shown apart, in grey.
  let max = 0;
  m.counts.forEach((row, i) => row.forEach((n, j) => (max = i === j ? max : Math.max(max, n))));
  const matrixTop = rollupEnd + 3;
  rows.push([], [text('Who waits on whom across departments: dependencies of the row department on the column department (within a department, on the grey diagonal, apart)', 'label')]);
  rows.push([text('Waits on →', 'header'), ...m.departments.map((d) => text(d, 'header')), text('On other departments', 'header')]);
  m.departments.forEach((d, i) => {
    const counts = m.departments.map((_, j) => m.counts[i]?.[j] ?? 0);
    const across = counts.reduce((sum, n, j) => (j === i ? sum : sum + n), 0);
    rows.push([text(d, 'body'), ...counts.map((n, j) => heatCell(n, max, i === j)), num(across, across > 0 ? 'label' : 'integer')]);
  });
  const matrixEnd = matrixTop + m.departments.length;

  // Below the chart (16 rows from matrixEnd + 3) when there is one: contracts per pair of departments.
  const contracts = contractCountRows(result, departments);
  if (contracts.length > 0) {
    const top = rollup.length === 0 ? matrixEnd + 2 : matrixEnd + 3 + 16 + 1;
    while (rows.length < top) rows.push([]);
    rows.push(...contracts);
  }

  const widths = [...WIDTHS];
  for (let j = 1; j <= m.departments.length; j++) widths[j] = Math.max(widths[j] ?? 0, Math.min(16, Math.max(9, (m.departments[j - 1] ?? '').length + 2)));

  return makeSheet(REPORT_SHEETS.departments, rows, {
    tabColor: 'ED7D31',
    columnWidths: widths,
    rowHeights: { 0: 28, [ROLLUP_TOP]: 30, [matrixTop]: 30 },
    freeze: { rows: ROLLUP_TOP + 1, cols: 1 },
    charts:
      rollup.length === 0
        ? []
        : [
            {
              kind: 'stacked-bar',
              title: 'Effective status by department',
              dataRange: a1Range(ROLLUP_TOP, 0, rollupEnd, 5),
              anchor: `A${matrixEnd + 3}`,
              widthCols: 8,
              heightRows: 16,
              // The series are the rollup's Green, Amber, Red, Done and Other columns, each in its own colour.
              seriesColors: [TONE_COLOURS.green, TONE_COLOURS.amber, TONE_COLOURS.red, TONE_COLOURS.done, TONE_COLOURS.grey],
            },
          ],
  });
}

function heatCell(count: number, max: number, diagonal: boolean): ReportCell {
  if (diagonal) return count === 0 ? blank('rag-grey') : num(count, 'rag-grey');
  if (count === 0) return num(0, 'heat-0');
  const level = Math.min(4, Math.max(1, Math.ceil((4 * count) / Math.max(max, 1))));
  return num(count, `heat-${level}` as StyleName);
}
