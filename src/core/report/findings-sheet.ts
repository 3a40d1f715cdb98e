import { findingKey } from '../rules/finding-key';
import type { ConditionalFormat, Finding, FindingLife, ReportCell, ReportLink, ReportSheet, ResolvedFinding, RunResult, Severity, StyleName } from '../types';
import { a1Range } from '../util/a1';
import { date, displayDate, displayDates, num, text } from './cells';
import { governanceOf } from './governance';
import { makeCellLinker, reportSheetLink, type SourcePaths } from './links';
import { tableRows } from './rows';
import { initiativeRows } from './initiative-rows';
import { ruleName } from './rule-names';
import { headerRowHeight, makeSheet } from './sheet';
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
  { header: 'First seen', width: 12 },
  { header: 'Reviews open', width: 9 },
  { header: 'Life', width: 18 },
  // The rule's name is on every sheet; its code, for waivers and filters, only here.
  { header: 'Rule code', width: 26 },
] as const;

const LIFE_LABELS: Record<FindingLife['state'], string> = { new: 'New', open: 'Open', reopened: 'Reopened' };

/**
 * One row per finding, most severe first, each linked to its exact source cell, with its life
 * across reviews (first seen, reviews open, new / open / reopened); waived findings follow,
 * marked as waived with the reason, so nothing a rule found is hidden; then the findings resolved
 * since the previous review. Rows are made as a writer asks for them (see ReportRows).
 */
export function buildFindingsSheet(result: RunResult, paths: SourcePaths = new Map()): ReportSheet {
  // Cells that repeat across findings are built once: severity, rule, code, state.
  const severityCells: Record<Severity, ReportCell> = {
    error: text(SEVERITY_LABELS.error, SEVERITY_STYLES.error),
    warning: text(SEVERITY_LABELS.warning, SEVERITY_STYLES.warning),
    info: text(SEVERITY_LABELS.info, SEVERITY_STYLES.info),
  };
  const codeCells = new Map<string, readonly [ReportCell, ReportCell]>();
  const ruleCells = (code: string): readonly [ReportCell, ReportCell] => {
    let cells = codeCells.get(code);
    if (!cells) codeCells.set(code, (cells = [text(ruleName(code)), text(code, 'muted')]));
    return cells;
  };
  // Built when the first row asks for it: the build itself only orders the findings.
  let rowOfInitiative: ReadonlyMap<string, number> | undefined;
  const initiativeCell = (id: string): ReportCell => {
    rowOfInitiative ??= initiativeRows(result);
    const row = rowOfInitiative.get(id);
    const link: ReportLink | undefined = row === undefined ? undefined : reportSheetLink(REPORT_SHEETS.initiatives, `A${row}`);
    return link ? text(id, 'link', { link }) : text(id, 'body');
  };
  const linker = makeCellLinker(result, paths);
  const active = text('Active', 'body');
  const waived = text('Waived', 'muted');
  const { life, resolved } = governanceOf(result);
  const lifeCells = (f: Finding): ReportCell[] => {
    const l = life.get(findingKey(f));
    return l ? [date(l.firstSeen), num(l.reviewsOpen), text(LIFE_LABELS[l.state], l.state === 'open' ? 'body' : 'label')] : [text(''), text(''), text('')];
  };
  const rowFor = (f: Finding, waiver?: { reason: string; by?: string; on?: string }): ReportCell[] => {
    const first = f.cells[0];
    let others = '';
    for (let k = 1; k < f.cells.length; k++) others += `${k > 1 ? ', ' : ''}${f.cells[k]!.sheet}!${f.cells[k]!.address}`;
    return [
      severityCells[f.severity],
      ruleCells(f.code)[0],
      text(f.message),
      f.initiativeId === undefined ? text('') : initiativeCell(f.initiativeId),
      first ? text(linker.describe(first), 'link', { link: linker.link(first) }) : text(''),
      text(others),
      f.related === undefined || f.related.length === 0 ? text('') : text(f.related.join(', ')),
      waiver ? waived : active,
      text(waiver ? describeWaiver(waiver) : '', 'muted'),
      ...(waiver ? [text(''), text(''), text('')] : lifeCells(f)),
      ruleCells(f.code)[1],
    ];
  };
  const resolvedRow = ({ entry, resolvedOn }: ResolvedFinding): ReportCell[] => [
    severityCells[entry.severity],
    ruleCells(entry.code)[0],
    text(entry.message, 'muted'),
    entry.initiativeId === undefined ? text('') : text(entry.initiativeId, 'muted'),
    text(''),
    text(''),
    text(''),
    text('Resolved', 'muted'),
    text(''),
    date(entry.firstSeen),
    num(entry.reviewsOpen),
    text(`Resolved ${displayDate(resolvedOn)}`, 'muted'),
    ruleCells(entry.code)[1],
  ];
  const ordered = bySeverity(result.findings);
  const waivedFindings = result.waived;
  const n = ordered.length + waivedFindings.length + resolved.length;
  const rows = tableRows(COLUMNS.map((c) => text(c.header, 'header')), n, COLUMNS.length, (k) => {
    if (k < ordered.length) return rowFor(ordered[k]!);
    if (k < ordered.length + waivedFindings.length) {
      const w = waivedFindings[k - ordered.length]!;
      return rowFor(w.finding, w.waiver);
    }
    return resolvedRow(resolved[k - ordered.length - waivedFindings.length]!);
  });
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
  return makeSheet(REPORT_SHEETS.findings, rows, {
    tabColor: 'C00000',
    columnWidths: COLUMNS.map((c) => c.width),
    rowHeights: { 0: headerRowHeight(COLUMNS.map((c) => text(c.header, 'header')), COLUMNS.map((c) => c.width), 22) },
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
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const infos: Finding[] = [];
  for (const f of findings) (f.severity === 'error' ? errors : f.severity === 'warning' ? warnings : infos).push(f);
  return errors.concat(warnings, infos);
}

function describeWaiver(w: { reason: string; by?: string; on?: string }): string {
  // The waiver's date as the report shows dates (it is kept as ISO in the settings).
  const who = [w.by ? `by ${w.by}` : '', w.on ? `on ${displayDates(w.on)}` : ''].filter(Boolean).join(' ');
  return who ? `${w.reason} (${who})` : w.reason;
}
