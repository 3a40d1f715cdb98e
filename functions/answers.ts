import { normaliseId } from '../src/core/ingest/normalise/id';
import type { InitiativeAnalysis } from '../src/core/types';
import { serialFromDay } from '../src/core/util/days';
import { errorArgument, errorCode, isBlankCell, isOmitted, readScalar, toCellValue } from './arguments';
import { type Answer, type AnswerCell, ArgumentProblem } from './problem';
import type { TableRun } from './table-run';

/**
 * Answers from one core run. Per-id answers take the id argument in any of its forms:
 * one id -> one value; a range of ids (e.g. the id column itself) -> one value per cell, same
 * shape; omitted -> one value per row of the ids column. A blank id gives a blank cell.
 */
export type PerId = (run: TableRun, analysis: InitiativeAnalysis) => AnswerCell;

export function answerPerId(run: TableRun, idArg: unknown, answer: PerId): Answer {
  if (isOmitted(idArg)) return run.idValues.map((id) => [answerOne(run, id, answer)]);
  if (Array.isArray(idArg)) return (idArg as unknown[][]).map((row) => row.map((id) => answerOne(run, id, answer)));
  return [[answerOne(run, idArg, answer)]];
}

function answerOne(run: TableRun, idValue: unknown, answer: PerId): AnswerCell {
  const found = findInitiative(run, idValue);
  return typeof found === 'object' && !(found instanceof ArgumentProblem) ? answer(run, found) : found;
}

/** The analysis of an id as written (normalised as ingest does), a blank for a blank id, or #N/A. */
export function findInitiative(run: TableRun, idValue: unknown): InitiativeAnalysis | '' | ArgumentProblem {
  if (isBlankCell(idValue)) return '';
  const code = errorCode(idValue);
  if (code !== undefined) return errorArgument('The id', code);
  const id = normaliseId(toCellValue(idValue));
  const analysis = id === undefined ? undefined : run.analysis.byId.get(id);
  return analysis ?? new ArgumentProblem('notAvailable', `No initiative "${String(idValue)}" in ids.`);
}

export const effectiveStatus: PerId = (_run, a) => a.effectiveStatus;

export const totalSlack: PerId = (_run, a) =>
  a.totalSlackDays ?? new ArgumentProblem('notAvailable', `${a.id} has no slack: it needs start and due dates and must not be in a dependency cycle.`);

export const forecastFinish: PerId = (_run, a) =>
  a.forecastFinish === undefined ? new ArgumentProblem('notAvailable', `${a.id} has no forecast finish: it needs a due date.`) : serialFromDay(a.forecastFinish);

export const slip: PerId = (_run, a) => a.slipDays;

/**
 * Upstream initiatives (direct and further up) that are at risk: effectively amber or red, or
 * forecast to finish late. Nearest first, each once. These are what raise the id's effective status.
 */
export function blockersOf(run: TableRun, start: InitiativeAnalysis): string[] {
  const byId = run.analysis.byId;
  const seen = new Set<string>([start.id]);
  const out: string[] = [];
  let frontier: readonly string[] = start.upstream;
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      if (seen.has(id)) continue;
      seen.add(id);
      const up = byId.get(id);
      if (!up) continue;
      if (up.effectiveStatus === 'amber' || up.effectiveStatus === 'red' || up.slipDays > 0) out.push(id);
      next.push(...up.upstream);
    }
    frontier = next;
  }
  return out;
}

/** One id: the blockers spilled down (blank when none). Several ids: one comma-separated cell each. */
export function answerBlockers(run: TableRun, idArg: unknown): Answer {
  const single = !isOmitted(idArg) && (!Array.isArray(idArg) || (idArg.length === 1 && (idArg[0] as unknown[]).length === 1));
  if (!single) return answerPerId(run, idArg, (r, a) => blockersOf(r, a).join(', '));
  const found = findInitiative(run, readScalar(idArg));
  if (typeof found !== 'object' || found instanceof ArgumentProblem) return [[found]];
  const ids = blockersOf(run, found);
  return ids.length === 0 ? [['']] : ids.map((id) => [id]);
}

/** The critical path in schedule order, spilled down. */
export function answerCriticalPath(run: TableRun): Answer {
  const path = run.analysis.criticalPath;
  if (path.length === 0) return [[new ArgumentProblem('notAvailable', 'No critical path: initiatives need start and due dates.')]];
  return path.map((id) => [id]);
}

export const FINDINGS_HEADER = ['Code', 'Severity', 'Initiative', 'Message'] as const;

/**
 * Every active finding as rows of code, severity, initiative, message (under a header row).
 * Without a lastUpdated argument "no last-updated date" would be said of every row, so it is left out.
 */
export function answerFindings(run: TableRun): Answer {
  const rows: Answer = [[...FINDINGS_HEADER]];
  for (const f of run.findings()) {
    if (!run.hasLastUpdated && f.code === 'status.missing-update-date') continue;
    // The formula's arguments say which columns there are: a notice about the missing ones is no news.
    if (f.code === 'ingest.fields-missing') continue;
    rows.push([f.code, f.severity, f.initiativeId ?? '', f.message]);
  }
  return rows;
}
