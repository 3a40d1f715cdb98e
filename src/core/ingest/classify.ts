import type { AnyField, ColumnMapping, SavedMapping, TableKind } from '../types';
import { fieldSpec } from '../types';
import type { Block } from './find-tables';
import { profileColumns, type ColumnProfile } from './match/column-profile';
import { matchColumns } from './match/match-columns';
import { OKR_SHEET, otherKindReason, recogniseOtherKind } from './match/other-kinds';
import { profileMapping, type ProfileTable, type SourceProfile } from './profiles';

/** A source profile that recognised the table, with the table as it saw it. */
export interface RecognisedProfile {
  readonly profile: SourceProfile;
  readonly table: ProfileTable;
}

export interface Classification {
  readonly kind: TableKind | null;
  readonly mapping: readonly ColumnMapping[];
  readonly confidence: number;
  /** For kind null: the kind the table came closest to and what it lacked (one sentence). */
  readonly reason?: string;
  /** For kind null: set when the reason is only the kind it came closest to (no other kind told it). */
  readonly lacking?: true;
}

/** An exact synonym, possibly with a parenthesised note ("From (predecessor)"). */
const PLAIN_HEADER = 0.9;
const KINDS: readonly TableKind[] = ['initiatives', 'dependencies', 'kpis'];

/**
 * What a block holds. Its columns are profiled once; every kind's mapping is scored from those
 * profiles. A dependency register needs From and To and a KPI sheet a KPI and a target or actual
 * (named plainly), an initiatives table an id or a name and one more field. Tables that hold
 * something else (a resource table, a RACI chart, a risk log...) are told by their content and
 * not read; the reason names what they were taken for. An OKR sheet whose key results have a
 * target or a current value is read as KPIs. The best-scoring eligible kind wins; a
 * saved mapping can force the kind or ignore the table.
 */
export function classifyBlock(block: Block, rows: readonly number[], saved?: SavedMapping, profile?: RecognisedProfile): Classification {
  if (saved?.kind === 'ignore') return { kind: null, mapping: [], confidence: 0, reason: 'it was left out, as chosen in the saved mapping' };
  const profiles = profileColumns(block, rows);
  if (saved?.kind !== undefined) return withConfidence(saved.kind, matchColumns(block, saved.kind, profiles, saved).mapping);
  if (profile) {
    const not = profile.profile.notInitiatives?.(profile.table);
    if (not !== undefined) return { kind: null, mapping: [], confidence: 0, reason: not };
    const fixed = profileMapping(profile.profile, profile.table, block.headers, (column) => (profiles[column]?.filled ?? 0) > 0);
    return withConfidence('initiatives', matchColumns(block, 'initiatives', profiles, saved, fixed).mapping);
  }
  if (!block.recognised) {
    const other = recogniseOtherKind(profiles, false, block.grid.sheet.name);
    const reason = other ? otherKindReason(other) : 'no row of it reads as column headers';
    return { kind: null, mapping: [], confidence: 0, reason };
  }
  let best: Classification | undefined;
  let bestScore = 0;
  let closest: { kind: TableKind; mapping: readonly ColumnMapping[]; score: number } | undefined;
  let asKpis: Classification | undefined;
  for (const kind of KINDS) {
    const { mapping, score } = matchColumns(block, kind, profiles, saved);
    if (!closest || score > closest.score) closest = { kind, mapping, score };
    if (!isEligible(kind, new Map(mapping.map((m) => [m.field, m.confidence])))) continue;
    if (kind === 'kpis') asKpis = withConfidence(kind, mapping);
    if (score > bestScore) {
      best = withConfidence(kind, mapping);
      bestScore = score;
    }
  }
  if (best?.kind === 'initiatives' || best === undefined) {
    const other = recogniseOtherKind(profiles, best !== undefined && hasPlanColumns(best.mapping, profiles), block.grid.sheet.name);
    // An OKR sheet's key results, with their targets or current values and the work that moves them, are its KPIs.
    if (other?.kind === OKR_SHEET && asKpis !== undefined) return asKpis;
    if (other) {
      return { kind: null, mapping: [], confidence: 0, reason: otherKindReason(other) };
    }
  }
  if (best) return best;
  return { kind: null, mapping: [], confidence: 0, reason: closestReason(closest), lacking: true };
}

/** Dependencies, % complete, or a start with a due or a duration: the table is a plan, whatever else it holds. */
function hasPlanColumns(mapping: readonly ColumnMapping[], profiles: readonly ColumnProfile[]): boolean {
  const fields = new Map(mapping.map((m) => [m.field, profiles[m.column]!]));
  const filled = (field: AnyField): boolean => (fields.get(field)?.filled ?? 0) > 0;
  return filled('dependsOn') || filled('percentComplete') || (filled('start') && (filled('due') || filled('duration')));
}

function closestReason(closest: { kind: TableKind; mapping: readonly ColumnMapping[] } | undefined): string {
  if (!closest || closest.mapping.length === 0) return 'none of its headers names a field of initiatives, dependencies or KPIs';
  const found = closest.mapping.map((m) => `${fieldSpec(closest.kind, m.field)?.label ?? m.field} ("${m.header}")`).join(', ');
  const lacks: Record<TableKind, string> = {
    initiatives: 'an id or a name column and one more field',
    dependencies: 'a From and a To column',
    kpis: 'a KPI column and a target or actual',
  };
  const kindName: Record<TableKind, string> = { initiatives: 'initiatives', dependencies: 'a dependency register', kpis: 'a KPI sheet' };
  return `it came closest to ${kindName[closest.kind]} (${found}) but lacks ${lacks[closest.kind]}`;
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
