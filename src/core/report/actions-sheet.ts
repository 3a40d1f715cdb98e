import { ESCALATION_LABELS } from '../govern';
import type { Action, Assignee, ConditionalFormat, ReportCell, ReportSheet, RunResult } from '../types';
import { a1Range } from '../util/a1';
import { date, num, text } from './cells';
import { SEVERITY_LABELS, SEVERITY_STYLES } from './findings-sheet';
import { governanceOf } from './governance';
import { makeCellLinker, reportSheetLink, type SourcePaths } from './links';
import { tableRows } from './rows';
import { initiativeRows } from './initiative-rows';
import { ruleName } from './rule-names';
import { headerRowHeight, makeSheet } from './sheet';
import { REPORT_SHEETS } from './sheet-names';

const COLUMNS = [
  { header: 'Person', width: 18 },
  { header: 'As', width: 11 },
  { header: 'Department', width: 15 },
  { header: 'Severity', width: 10 },
  { header: 'Initiative', width: 11 },
  { header: 'What to do', width: 70 },
  { header: 'By', width: 12 },
  { header: 'Escalation', width: 15 },
  { header: 'Escalated to', width: 18 },
  { header: 'First seen', width: 12 },
  { header: 'Reviews open', width: 9 },
  { header: 'Life', width: 10 },
  { header: 'Rule', width: 30 },
  { header: 'Source cell', width: 34 },
] as const;

const AS_LABELS: Record<Assignee, string> = { owner: 'Owner', lead: 'Lead', unassigned: 'Nobody' };
const LIFE_LABELS: Record<Action['life']['state'], string> = { new: 'New', open: 'Open', reopened: 'Reopened' };

/**
 * Every open error and warning as an action, grouped by person, oldest and most severe first
 * (governance's order), each linked to its source cell. Waived findings are not actions: they are
 * on Findings with their reason.
 */
export function buildActionsSheet(result: RunResult, paths: SourcePaths = new Map()): ReportSheet {
  const { actions } = governanceOf(result);
  const linker = makeCellLinker(result, paths);
  const rowOfInitiative = initiativeRows(result);
  // One cell per rule: its name, as every sheet names it.
  const ruleCells = new Map<string, ReportCell>();
  const ruleCell = (code: string): ReportCell => {
    let cell = ruleCells.get(code);
    if (!cell) ruleCells.set(code, (cell = text(ruleName(code))));
    return cell;
  };
  const row = (k: number): ReportCell[] => {
    const a = actions[k]!;
    const f = a.finding;
    const first = f.cells[0];
    const at = f.initiativeId !== undefined ? rowOfInitiative.get(f.initiativeId) : undefined;
    return [
      text(a.person, a.assignee === 'unassigned' ? 'muted' : 'body'),
      text(AS_LABELS[a.assignee]),
      text(a.department ?? ''),
      text(SEVERITY_LABELS[f.severity], SEVERITY_STYLES[f.severity]),
      f.initiativeId === undefined
        ? text('')
        : at === undefined
          ? text(f.initiativeId)
          : text(f.initiativeId, 'link', { link: reportSheetLink(REPORT_SHEETS.initiatives, `A${at}`) }),
      text(a.todo),
      date(a.dueBy),
      text(ESCALATION_LABELS[a.level], a.level === 'owner' ? 'body' : 'label'),
      text(a.escalatedTo),
      date(a.life.firstSeen),
      num(a.life.reviewsOpen),
      text(LIFE_LABELS[a.life.state]),
      ruleCell(f.code),
      first ? text(linker.describe(first), 'link', { link: linker.link(first) }) : text(''),
    ];
  };
  const n = actions.length;
  const rows = tableRows(COLUMNS.map((c) => text(c.header, 'header')), n, COLUMNS.length, row);
  const cfs: ConditionalFormat[] =
    n === 0
      ? []
      : (['error', 'warning'] as const).map((s) => ({ kind: 'text-equals', range: `D2:D${n + 1}`, text: SEVERITY_LABELS[s], style: SEVERITY_STYLES[s] }));
  return makeSheet(REPORT_SHEETS.actions, rows, {
    tabColor: 'ED7D31',
    columnWidths: COLUMNS.map((c) => c.width),
    rowHeights: { 0: headerRowHeight(COLUMNS.map((c) => text(c.header, 'header')), COLUMNS.map((c) => c.width), 30) },
    freeze: { rows: 1, cols: 1 },
    tables: n === 0 ? [] : [{ name: 'tlActions', range: a1Range(0, 0, n, COLUMNS.length - 1), style: 'TableStyleLight9', showFilter: true }],
    conditionalFormats: cfs,
  });
}
