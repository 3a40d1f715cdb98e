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

/** The readable listing of `throughline check`: a heading, findings grouped by severity (already sorted), a count line. */
export function formatFindings(result: RunResult, asOfNote: string): string {
  const counts = countBySeverity(result.findings);
  const sources = result.model.sources.length;
  const lines: string[] = [
    `Throughline check as of ${isoFromDay(result.options.asOf)} (${asOfNote}): ${plural(sources, 'source')}, ${plural(result.model.initiatives.length, 'initiative')}.`,
  ];
  for (const severity of ORDER) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${HEADINGS[severity]} (${group.length})`);
    for (const f of group) lines.push(...formatFinding(f));
  }
  if (result.waived.length > 0) lines.push('', `Waived (${result.waived.length}): accepted in the workbook, not counted.`);
  lines.push('', `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info.`);
  return `${lines.join('\n')}\n`;
}
