import type { AnyField, ColumnMapping, SavedMapping, TableKind } from '../types';
import type { Block } from './find-tables';
import { normaliseHeader } from './header-match';
import { mapColumns } from './map-columns';

export interface Classification {
  readonly kind: TableKind | null;
  readonly mapping: readonly ColumnMapping[];
  readonly confidence: number;
}

/** An exact synonym, possibly with a parenthesised note ("From (predecessor)"). */
const PLAIN_HEADER = 0.9;
const KINDS: readonly TableKind[] = ['initiatives', 'dependencies', 'kpis'];
const NONE: Classification = { kind: null, mapping: [], confidence: 0 };

/**
 * What a block holds: a dependency register needs From and To, a KPI sheet a KPI and a target or
 * actual (those key headers named plainly, not found inside a longer header), an initiatives table an id or name and one more field. The best-scoring eligible kind
 * wins; a saved mapping can force the kind or ignore the table. Risk, issue and action logs
 * (by sheet name or a first column such as "Risk ID") are not ours unless a saved mapping says so.
 */
export function classifyBlock(block: Block, saved?: SavedMapping): Classification {
  if (saved?.kind === 'ignore') return NONE;
  if (saved?.kind !== undefined) return withConfidence(saved.kind, mapColumns(block, saved.kind, saved));
  if (!block.recognised || isLogOfSomethingElse(block)) return NONE;
  let best: Classification = NONE;
  let bestScore = 0;
  for (const kind of KINDS) {
    const mapping = mapColumns(block, kind, saved);
    if (!isEligible(kind, new Map(mapping.map((m) => [m.field, m.confidence])))) continue;
    const score = mapping.reduce((sum, m) => sum + m.confidence, 0);
    if (score > bestScore) {
      best = withConfidence(kind, mapping);
      bestScore = score;
    }
  }
  return best;
}

/** Registers and KPI sheets need their key columns named plainly; initiatives need an id or name. */
/** RAID logs look like initiative tables (ID, Title, Owner, Status, Due) but are not initiatives. */
/** "Risk" alone may be a department (a bank's Risk function): only plural or "log"/"register" names count. */
const OTHER_LOG_SHEET = /^(?:raid(?: log)?|risks|issues|actions|decisions|assumptions|risks (?:and|&) issues|(?:risk|issue|action|decision|change|assumption) (?:log|register))$/i;
const OTHER_LOG_ID = /^(?:risk|issue|action|decision|assumption|change|lesson|defect|bug|ticket|incident)s?\b/;

function isLogOfSomethingElse(block: Block): boolean {
  if (OTHER_LOG_SHEET.test(block.grid.sheet.name.trim())) return true;
  const first = normaliseHeader(block.headers.find((h) => h.trim() !== '') ?? '');
  return OTHER_LOG_ID.test(first);
}

function isEligible(kind: TableKind, fields: ReadonlyMap<AnyField, number>): boolean {
  const plain = (field: AnyField): boolean => (fields.get(field) ?? 0) >= PLAIN_HEADER;
  switch (kind) {
    case 'dependencies':
      return plain('from') && plain('to');
    case 'kpis':
      return plain('kpi') && (fields.has('target') || fields.has('actual'));
    case 'initiatives':
      return (fields.has('id') || fields.has('name')) && fields.size >= 2;
  }
}

function withConfidence(kind: TableKind, mapping: readonly ColumnMapping[]): Classification {
  if (mapping.length === 0) return { kind, mapping, confidence: 0 };
  const mean = mapping.reduce((sum, m) => sum + m.confidence, 0) / mapping.length;
  return { kind, mapping, confidence: Math.round(mean * 100) / 100 };
}
