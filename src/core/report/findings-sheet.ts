import type { ConditionalFormat, Finding, ReportCell, ReportLink, ReportSheet, RunResult, Severity, StyleName } from '../types';
import { a1Range } from '../util/a1';
import { text } from './cells';
import { describeCell, linkToCell, type SourcePaths } from './links';
import { makeSheet } from './sheet';
import { REPORT_SHEETS } from './sheet-names';

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
export const SEVERITY_STYLES: Record<Severity, StyleName> = {
  error: 'severity-error',
  warning: 'severity-warning',
  info: 'severity-info',
};

const COLUMNS = [
  { header: 'Severity', width: 10 },
  { header: 'Rule', width: 30 },
  { header: 'Message', width: 70 },
  { header: 'Initiative', width: 11 },
  { header: 'Source cell', width: 34 },
  { header: 'Other cells', width: 24 },
  { header: 'Related', width: 16 },
  { header: 'State', width: 9 },
  { header: 'Waiver', width: 36 },
] as const;

/**
 * One row per finding, most severe first, each linked to its exact source cell; waived findings
 * follow, marked as waived with the reason, so nothing a rule found is hidden.
 */
export function buildFindingsSheet(result: RunResult, paths: SourcePaths = {}): ReportSheet {
  const rowOfInitiative = new Map(result.model.initiatives.map((i, k) => [i.id, k + 2]));
  const initiativeLink = (id: string): ReportLink | undefined => {
    const row = rowOfInitiative.get(id);
    return row === undefined ? undefined : { kind: 'internal', sheet: REPORT_SHEETS.initiatives, address: `A${row}` };
  };
  const rowFor = (f: Finding, waiver?: { reason: string; by?: string; on?: string }): ReportCell[] => {
    const first = f.cells[0];
    const link = f.initiativeId !== undefined ? initiativeLink(f.initiativeId) : undefined;
    return [
      text(SEVERITY_LABELS[f.severity], SEVERITY_STYLES[f.severity]),
      text(f.code),
      text(f.message),
      f.initiativeId === undefined ? text('') : text(f.initiativeId, link ? 'link' : 'body', link ? { link } : {}),
      first ? text(describeCell(first), 'link', { link: linkToCell(result, first, paths) }) : text(''),
      text(f.cells.slice(1).map((c) => `${c.sheet}!${c.address}`).join(', ')),
      text((f.related ?? []).join(', ')),
      text(waiver ? 'Waived' : 'Active', waiver ? 'muted' : 'body'),
      text(waiver ? describeWaiver(waiver) : '', 'muted'),
    ];
  };
  const rows = [
    ...bySeverity(result.findings).map((f) => rowFor(f)),
    ...result.waived.map((w) => rowFor(w.finding, w.waiver)),
  ];
  const n = rows.length;
  const last = COLUMNS.length - 1;
  const cfs: ConditionalFormat[] =
    n === 0
      ? []
      : (['error', 'warning', 'info'] as const).map((s) => ({
          kind: 'text-equals',
          range: `A2:A${n + 1}`,
          text: SEVERITY_LABELS[s],
          style: SEVERITY_STYLES[s],
        }));
  return makeSheet(REPORT_SHEETS.findings, [COLUMNS.map((c) => text(c.header, 'header')), ...rows], {
    tabColor: 'C00000',
    columnWidths: COLUMNS.map((c) => c.width),
    rowHeights: { 0: 22 },
    freeze: { rows: 1, cols: 0 },
    tables: n === 0 ? [] : [{ name: 'tlFindings', range: a1Range(0, 0, n, last), style: 'TableStyleLight9', showFilter: true }],
    conditionalFormats: cfs,
  });
}

/**
 * Most severe first. RunResult.findings already comes in the full reading order (severity, code,
 * cell); a stable split by severity keeps that order and costs one pass, not a sort.
 */
function bySeverity(findings: readonly Finding[]): Finding[] {
  return (['error', 'warning', 'info'] as const).flatMap((s) => findings.filter((f) => f.severity === s));
}

function describeWaiver(w: { reason: string; by?: string; on?: string }): string {
  const who = [w.by ? `by ${w.by}` : '', w.on ? `on ${w.on}` : ''].filter(Boolean).join(' ');
  return who ? `${w.reason} (${who})` : w.reason;
}
