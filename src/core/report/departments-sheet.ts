import type { Initiative, ReportCell, ReportSheet, RunResult, Status, StyleName } from '../types';
import { a1Range } from '../util/a1';
import { blank, num, text } from './cells';
import { makeSheet } from './sheet';
import { REPORT_SHEETS } from './sheet-names';

export const NO_DEPARTMENT = '(no department)';

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
  const seen = new Set<string>();
  for (const i of result.model.initiatives) seen.add(i.department ?? NO_DEPARTMENT);
  for (const d of result.analysis.departmentMatrix.departments) seen.add(d);
  for (const r of result.analysis.valueAtRisk.byDepartment) seen.add(r.key);
  // Initiatives nobody owns go last, after the real departments.
  return [...seen].sort((a, b) => Number(a === NO_DEPARTMENT) - Number(b === NO_DEPARTMENT));
}

const isAtRisk = (s: Status): boolean => s === 'amber' || s === 'red';

/** Rollup per department (effective status counts, value at risk) and the who-waits-on-whom heat map. */
export function buildDepartmentsSheet(result: RunResult): ReportSheet {
  const departments = listDepartments(result);
  const varBy = new Map(result.analysis.valueAtRisk.byDepartment.map((r) => [r.key, r]));
  // Members of each department in model order, grouped in one pass (not one pass per department).
  const membersOf = new Map<string, Initiative[]>();
  for (const i of result.model.initiatives) {
    const key = i.department ?? NO_DEPARTMENT;
    const list = membersOf.get(key);
    if (list) list.push(i);
    else membersOf.set(key, [i]);
  }
  const rollup: ReportCell[][] = departments.map((dept) => {
    const members = membersOf.get(dept) ?? [];
    const eff = members.map((i) => result.analysis.byId.get(i.id)?.effectiveStatus ?? i.status);
    const count = (s: Status): number => eff.filter((e) => e === s).length;
    const v = varBy.get(dept);
    return [
      text(dept, 'body'),
      num(count('green')),
      num(count('amber')),
      num(count('red')),
      num(count('done')),
      num(eff.filter((e) => !['green', 'amber', 'red', 'done'].includes(e)).length),
      num(members.length),
      num(members.filter((i) => isAtRisk(i.status)).length),
      num(eff.filter(isAtRisk).length),
      num(members.filter((i) => result.analysis.byId.get(i.id)?.stale).length),
      num(members.reduce((sum, i) => sum + (i.budget ?? 0), 0), 'money'),
      num(v?.budgetAtRisk ?? 0, 'money'),
      num(v?.benefitAtRisk ?? 0, 'money'),
      num(v?.reportedBudgetAtRisk ?? 0, 'money'),
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
  const max = Math.max(0, ...m.counts.flat());
  const matrixTop = rollupEnd + 3;
  rows.push([], [text('Who waits on whom: dependencies of the row department on the column department', 'label')]);
  rows.push([text('Waits on →', 'header'), ...m.departments.map((d) => text(d, 'header'))]);
  m.departments.forEach((d, i) => {
    rows.push([text(d, 'body'), ...m.departments.map((_, j) => heatCell(m.counts[i]?.[j] ?? 0, max, i === j))]);
  });
  const matrixEnd = matrixTop + m.departments.length;

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
            },
          ],
  });
}

function heatCell(count: number, max: number, diagonal: boolean): ReportCell {
  if (count === 0) return diagonal ? blank('rag-grey') : num(0, 'heat-0');
  const level = Math.min(4, Math.max(1, Math.ceil((4 * count) / Math.max(max, 1))));
  return num(count, `heat-${level}` as StyleName);
}
