import type { CellRef, Finding, RunResult, Severity } from '../core/types';
import { isoFromDay } from '../core/util/days';
import { terminalLine } from './terminal-text';

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };
const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function where(c: CellRef): string {
  return `${c.source} › ${c.sheet}!${c.address}`;
}

function formatFinding(f: Finding): string[] {
  const id = f.initiativeId !== undefined ? ` ${f.initiativeId}` : '';
  const lines = [`  ${f.code}${terminalLine(`${id}: ${f.message}`)}`];
  const [first, ...rest] = f.cells;
  if (first) lines.push(`      at ${terminalLine(where(first))}${rest.length > 0 ? ` (and ${plural(rest.length, 'more cell')})` : ''}`);
  return lines;
}

/** Findings listed per severity before the rest is summed up by rule (all with --all). */
export const LISTED_PER_SEVERITY = 50;

/**
 * The readable listing of `throughline check`: a heading, findings grouped by severity (already
 * sorted), the first 50 of each severity and the rest counted by rule unless `all`, a count line.
 */
export function formatFindings(result: RunResult, asOfNote: string, options: { readonly all?: boolean } = {}): string {
  const counts = countBySeverity(result.findings);
  const sources = result.model.sources.length;
  const lines: string[] = [
    `Throughline check as of ${isoFromDay(result.options.asOf)} (${asOfNote}): ${plural(sources, 'source')}, ${plural(result.model.initiatives.length, 'initiative')}.`,
  ];
  const limit = options.all === true ? Infinity : LISTED_PER_SEVERITY;
  let cut = false;
  for (const severity of ORDER) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${HEADINGS[severity]} (${group.length})`);
    for (const f of group.slice(0, limit)) lines.push(...formatFinding(f));
    if (group.length > limit) {
      cut = true;
      lines.push(...restByRule(group.slice(limit), severity));
    }
  }
  if (result.waived.length > 0) lines.push('', `Waived (${result.waived.length}): accepted in the workbook, not counted.`);
  lines.push('', `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info.`);
  if (cut) lines.push(`Only the first ${LISTED_PER_SEVERITY} of each severity are listed: --all lists every finding, --json gives everything as JSON.`);
  return `${lines.join('\n')}\n`;
}

/** "  ... and 98,296 more warnings, by rule:" then one line per rule, most first. */
function restByRule(rest: readonly Finding[], severity: Severity): string[] {
  const byRule = new Map<string, number>();
  for (const f of rest) byRule.set(f.code, (byRule.get(f.code) ?? 0) + 1);
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const width = Math.max(...rules.map(([code]) => code.length));
  const noun = severity === 'info' ? 'notes' : `${severity}s`;
  return [
    `  ... and ${rest.length.toLocaleString('en-US')} more ${noun}, by rule:`,
    ...rules.map(([code, n]) => `      ${code.padEnd(width)}  ${n.toLocaleString('en-US')}`),
  ];
}
