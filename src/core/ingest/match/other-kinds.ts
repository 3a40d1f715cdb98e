import type { ColumnProfile } from './column-profile';
import { share } from './column-profile';

/**
 * Tables that look like initiatives (an id, a name, an owner, a status, a date) but hold
 * something else, told by their content rather than by their first header's word: a project
 * tool's resource and assignment tables, RACI charts, stakeholder lists, pivots and summary
 * blocks, and risk, issue, action and decision logs.
 */
export interface OtherKind {
  readonly kind: string;
  /** The headers (or values) that told it, for the finding. */
  readonly evidence: readonly string[];
  /** What told it when no header did ("its sheet is named "Risk Log""). */
  readonly because?: string;
}

/** "it looks like a risk log ("Likelihood", "Impact"), not initiatives": the reason an ignored table gives. */
export function otherKindReason(other: OtherKind): string {
  const told = other.because ?? other.evidence.map((e) => `"${e}"`).join(', ');
  return `it looks like a ${other.kind} (${told}), not initiatives`;
}

interface Signature {
  readonly kind: string;
  /** Header words or phrases (normalised) that are typical of the kind. */
  readonly words: readonly string[];
  /** How many distinct typical headers are needed. */
  readonly needs: number;
  /** True when plan evidence (dependencies, % complete, start and due dates together) overrules it. */
  readonly yieldsToPlans: boolean;
}

const SIGNATURES: readonly Signature[] = [
  { kind: 'resource table', words: ['initials', 'max units', 'std rate', 'standard rate', 'ovt rate', 'overtime rate', 'cost use', 'cost per use', 'accrue at', 'base calendar', 'resource type', 'material label', 'max units available', 'peak', 'rate', 'capacity', 'resource group'], needs: 2, yieldsToPlans: false },
  { kind: 'assignment table', words: ['resource name', 'resource names', 'units', 'assignment units', 'work', 'task name', 'task id', 'resource id', 'assignment'], needs: 3, yieldsToPlans: true },
  { kind: 'stakeholder list', words: ['stakeholder', 'stakeholders', 'influence', 'interest', 'power', 'engagement', 'attitude', 'email', 'phone', 'role', 'organisation', 'organization', 'contact', 'communication', 'support level'], needs: 3, yieldsToPlans: true },
  { kind: 'risk log', words: ['risk', 'risk id', 'risk description', 'likelihood', 'probability', 'impact', 'mitigation', 'mitigations', 'severity', 'proximity', 'risk score', 'response', 'contingency', 'exposure', 'trigger', 'risk owner', 'inherent', 'residual'], needs: 3, yieldsToPlans: true },
  { kind: 'issue log', words: ['issue', 'issue id', 'issue description', 'raised by', 'date raised', 'raised', 'resolution', 'escalated', 'escalation', 'workaround', 'impact', 'severity', 'root cause', 'date resolved', 'resolved'], needs: 3, yieldsToPlans: true },
  { kind: 'action log', words: ['action', 'action id', 'actions', 'action owner', 'date raised', 'raised', 'raised by', 'meeting', 'date closed', 'closed', 'update', 'by when'], needs: 3, yieldsToPlans: true },
  { kind: 'decision log', words: ['decision', 'decision id', 'decisions', 'decided by', 'decision date', 'rationale', 'alternatives', 'options considered', 'approver', 'approved by', 'decision maker'], needs: 3, yieldsToPlans: true },
];

const PIVOT_LABELS = /^(?:row labels|column labels|grand total|values)$|^(?:sum|count|average|max|min) of /i;

/** Sheets named for a log ("RAID log", "Risks", "Decision register"). "Risk" alone may be a department (a bank's Risk function). */
const LOG_SHEET = /^(?:raid(?: log)?|risks|issues|actions|decisions|assumptions|lessons(?: learned| learnt)?|risks (?:and|&) issues|(?:risk|issue|action|decision|change|assumption|lesson) (?:log|register))$/i;
/** A key column named for what a log records ("Risk ID", "Decision ref"); work items (tickets, issues, actions) are not excluded by it. */
const LOG_KEY = /^(risk|decision|assumption|lesson|change request)s?\b/;

/** What a table holds instead of initiatives, or undefined when it may be initiatives. */
export function recogniseOtherKind(profiles: readonly ColumnProfile[], hasPlanColumns: boolean, sheetName = ''): OtherKind | undefined {
  const sheet = sheetName.trim();
  if (!hasPlanColumns && LOG_SHEET.test(sheet)) {
    const what = /raid/i.test(sheet) ? 'RAID log' : `${/^(risk|issue|action|decision|change|assumption|lesson)/i.exec(sheet)?.[1]?.toLowerCase() ?? 'project'} log`;
    return { kind: what, evidence: [], because: `its sheet is named "${sheet}"` };
  }
  const first = profiles.find((p) => p.form.words.length > 0);
  const key = first ? LOG_KEY.exec(first.form.words.join(' ')) : null;
  if (!hasPlanColumns && key && first) return { kind: `${key[1]} log`, evidence: [first.header] };
  const pivot = profiles.flatMap((p) => [p.header, ...p.examples.slice(0, 3)]).filter((t) => PIVOT_LABELS.test(t.trim()));
  if (pivot.length > 0) return { kind: 'pivot table or summary block', evidence: [...new Set(pivot)].slice(0, 3) };
  const raci = profiles.filter((p) => p.filled >= 2 && share(p, p.raciLetters) >= 0.8);
  if (raci.length >= 3) return { kind: 'RACI chart', evidence: raci.slice(0, 4).map((p) => p.header) };
  let best: OtherKind | undefined;
  let bestHits = 0;
  for (const signature of SIGNATURES) {
    if (signature.yieldsToPlans && hasPlanColumns) continue;
    const hits = profiles.filter((p) => signature.words.some((w) => matchesWord(p.form.words, w)));
    const distinct = [...new Set(hits.map((p) => p.header))];
    if (distinct.length >= signature.needs && distinct.length > bestHits) {
      best = { kind: signature.kind, evidence: distinct.slice(0, 4) };
      bestHits = distinct.length;
    }
  }
  return best;
}

/** A header is the typical word when it is the word or phrase, or ends with it ("Risk Owner" ends with "owner" is not enough: the whole phrase must appear). */
function matchesWord(words: readonly string[], phrase: string): boolean {
  const parts = phrase.split(' ');
  if (parts.length === 1) return words.length <= 3 && words.includes(parts[0]!);
  outer: for (let i = 0; i + parts.length <= words.length; i++) {
    for (let k = 0; k < parts.length; k++) if (words[i + k] !== parts[k]) continue outer;
    return true;
  }
  return false;
}
