import { FIELD_SPECS, type AnyField, type ColumnMapping, type FieldSpec, type SavedMapping, type TableKind } from '../../types';
import type { Block } from '../find-tables';
import { assignBest } from './assign';
import { share, type ColumnProfile } from './column-profile';
import { headerAgainst, headerEvidence, MIN_HEADER_EVIDENCE, normaliseHeader } from './header-evidence';
import { ratesInstead, valueFit, type FitContext } from './value-fit';
import { readMoneyUnit } from '../money-unit';
import { isLifecycleHeader } from '../lifecycle-column';
import { unnamedDates } from './unnamed-dates';
import { statusScaleOf } from '../normalise/status';

/** A (column, field) pair scoring below this is never assigned. */
export const MIN_SCORE = 0.4;
/** Header evidence that calls a date column another field's, so its dates are not read as a due by their values. */
const NAMES_ANOTHER_FIELD = 0.5;
/** Header evidence of a whole-header phrase ("Due", "Start date (planned)"). */
const PLAIN_NAME = 0.95;

export interface ColumnMatch {
  readonly mapping: readonly ColumnMapping[];
  /** Sum of the assigned pairs' scores: how much of the table this kind explains. */
  readonly score: number;
}

/**
 * Map a table's columns to the fields of a kind: score every (column, field) pair from header
 * and value evidence, assign one-to-one by the best total (assignBest), then apply the user's
 * saved choices. Profiles are computed once per table and shared by every kind.
 */
export function matchColumns(
  block: Block,
  kind: TableKind,
  profiles: readonly ColumnProfile[],
  saved?: SavedMapping,
  fixed?: ReadonlyMap<AnyField, ColumnMapping | null>,
): ColumnMatch {
  const specs = FIELD_SPECS[kind];
  // Header evidence of every (field, column) pair, once: the id column, the plain names and the scores read it.
  const headers = specs.map((spec) => profiles.map((profile) => headerScore(profile, spec)));
  const ids = idValues(profiles, specs, headers);
  // Fields a source profile fixed (null: a field the export has no column for) and their columns are not assigned again.
  const taken = new Set([...(fixed?.values() ?? [])].flatMap((m) => (m ? [m.column] : [])));
  // A column whose header plainly names a field is that field's or nobody's: values alone do not claim it for another.
  const plainlyNamed = profiles.map((profile, c) => headers.some((row, f) => row[c]! >= PLAIN_NAME && !ratesInstead(profile, specs[f]!.value)));
  // Except the key, where no header names one: "Workstream" over HR-A, HR-B... is the table's id, as an analyst reads it.
  const keyField = specs.findIndex((s) => s.value === 'id' && s.role === 'key');
  const keyUnnamed = keyField >= 0 && headers[keyField]!.every((h) => h < MIN_HEADER_EVIDENCE);
  // A timeline's week or month columns are drawn, not fields.
  const band = block.periodBand;
  const drawn = (column: number): boolean => band !== undefined && block.range.left + column >= band.left && block.range.left + column <= band.right;
  const scores = specs.map((spec, f) =>
    profiles.map((profile, c) => {
      if (fixed?.has(spec.field) || taken.has(profile.column) || drawn(profile.column)) return NONE;
      // A tool's profile reads its own link columns (Jira's Blocks, Asana's Blocking): the reverse-link field is the general reader's.
      if (fixed !== undefined && (spec.field === 'successors' || spec.field === 'externalDependsOn')) return NONE;
      const unnamedKey = f === keyField && keyUnnamed;
      const pair = pairScore(profile, spec, headers[f]![c]!, ids, unnamedKey);
      return plainlyNamed[c] && !pair.byHeader && !unnamedKey ? NONE : pair;
    }),
  );
  const assigned = assignBest(
    scores.map((row) => row.map((s) => s.score)),
    profiles.length,
    MIN_SCORE,
  );
  const byField = new Map<AnyField, ColumnMapping>();
  for (const [field, m] of fixed ?? []) if (m) byField.set(field, m);
  specs.forEach((spec, f) => {
    const column = assigned[f]!;
    if (column < 0) return;
    const pair = scores[f]![column]!;
    byField.set(spec.field, { field: spec.field, column, header: block.headers[column] ?? '', confidence: round(pair.confidence), by: pair.byHeader ? 'header' : 'values' });
  });
  if (kind === 'initiatives') {
    alignCostBasis(block, byField);
    estimateAsPlan(byField);
    if (!fixed?.has('start') && !fixed?.has('due')) plannedBesideBare(block, byField);
    // A source profile's status is its tool's own choice (a Jira RAG field over its workflow is the profile's call).
    if (!fixed?.has('status')) ratingOverWorkflow(block, byField, profiles, specs, headers);
    if (!fixed?.has('pillar')) projectAsGroup(block, byField, profiles);
    if (!fixed?.has('due') && band === undefined) {
      const dueOrStart = new Set(specs.flatMap((s, f) => (s.field === 'due' || s.field === 'start' ? [f] : [])));
      // A head word inside a header ("contract" in "Contract award") says too little to call the column another field's.
      unnamedDates(block.headers, profiles, byField, (c) => headers.some((row, f) => !dueOrStart.has(f) && row[c]! >= NAMES_ANOTHER_FIELD));
    }
  }
  if (saved) applySaved(block, kind, saved, byField);
  const mapping = [...byField.values()].sort((a, b) => a.column - b.column);
  return { mapping, score: mapping.reduce((sum, m) => sum + m.confidence, 0) };
}

interface PairScore {
  /** What the assignment maximises: header evidence times value fit. */
  readonly score: number;
  /** What the user is told (0..1): the header evidence, less where the values fit poorly; an empty column is as sure as its header. */
  readonly confidence: number;
  readonly byHeader: boolean;
}

const NONE: PairScore = { score: 0, confidence: 0, byHeader: false };

/** Header evidence times value fit; without header evidence, a few fields can be told by values alone. */
function headerScore(profile: ColumnProfile, spec: FieldSpec): number {
  const full = headerEvidence(profile.form, spec);
  // The header row's own text ("RAG") counts, unless the group label over it says otherwise ("Last week" over "RAG").
  const own = profile.ownForm && !headerAgainst(profile.form, spec) ? headerEvidence(profile.ownForm, spec) : 0;
  return Math.max(full, own);
}

function pairScore(profile: ColumnProfile, spec: FieldSpec, header: number, ids?: FitContext, unnamedKey = false): PairScore {
  const fit = valueFit(profile, spec.value, ids ?? {});
  if (header >= MIN_HEADER_EVIDENCE) {
    // A header that plainly names the field keeps its column whatever the values: its bad cells are
    // then reported one by one, rather than the column vanishing from the mapping.
    const kept = header >= PLAIN_NAME && !ratesInstead(profile, spec.value) ? Math.max(fit, 0.5) : fit;
    const sure = profile.filled === 0 ? 1 : Math.min(1, kept);
    return { score: header * kept, confidence: header * sure, byHeader: true };
  }
  const byValues = valuesOnly(profile, spec, fit, unnamedKey);
  return byValues > 0 ? { score: byValues, confidence: byValues, byHeader: false } : NONE;
}

/**
 * Fields a column's values alone can name, at a lower score than any header: a column of status
 * words, of unique id-like keys, of references to the table's ids.
 */
function valuesOnly(profile: ColumnProfile, spec: FieldSpec, fit: number, unnamedKey: boolean): number {
  if (profile.filled < 2 || spec.table !== 'initiatives' || spec.headerOnly) return 0;
  // A word the field is against rules it out by values too: a Parent column names ids, yet is no list of links.
  // But where no header names the key, unique keys under "Epic" or "Ticket owner" are the key all the same, unless the header names a link to other rows.
  if (isAgainst(profile, spec) && (!unnamedKey || profile.form.words.some((w) => RELATION_WORDS.has(w)))) return 0;
  switch (spec.value) {
    case 'status':
    {
      const given = profile.filled - profile.placeholders;
      const statuses = given > 0 ? profile.statuses / given : 0;
      return given >= 2 && statuses >= 0.8 ? 0.5 + 0.3 * statuses : 0;
    }
    case 'id':
      return fit >= 1.1 && share(profile, profile.keyLike) >= 0.8 ? 0.55 : 0;
    case 'links':
      return fit >= 1.2 ? 0.55 : 0;
    case 'name':
      // Title-cased titles pass for people ("Customer Stories Hub"): such a column is a weaker name.
      if (!looksLikeNames(profile)) return 0;
      return share(profile, profile.people) >= 0.5 ? 0.41 : Math.max(0.42, 0.5 - 0.005 * profile.column);
    case 'money': {
      // "Approved £", "Baseline $": a word that qualifies the field over a column of amounts, or over
      // plain figures whose header names the currency ("Approved (£k)").
      if (!profile.form.words.some((w) => spec.header.modifiers?.includes(w))) return 0;
      if (share(profile, profile.money) >= 0.6) return 0.6;
      return share(profile, profile.numbers) >= 0.6 && readMoneyUnit(profile.header)?.currency !== undefined ? 0.6 : 0;
    }
    default:
      return 0;
  }
}

/**
 * A column of short titles with no header saying so ("Campaign", "Change"): text on nearly every
 * row, nearly all distinct, a few words long, not statuses, ids or dates. Leftmost first.
 */
function looksLikeNames(profile: ColumnProfile): boolean {
  const p = (n: number): number => share(profile, n);
  return (
    profile.filled >= 3 &&
    p(profile.texts) >= 0.9 &&
    profile.distinct >= profile.filled * 0.9 &&
    profile.meanLength >= 6 &&
    profile.meanLength <= 60 &&
    p(profile.statuses) < 0.3 &&
    p(profile.keyLike) < 0.3 &&
    p(profile.dates) < 0.2
  );
}

/** Header words of a column that names other rows (its values are keys, but not this row's). */
const RELATION_WORDS = new Set(['parent', 'parents', 'predecessor', 'predecessors', 'successor', 'successors', 'blocked', 'blocks', 'blocking', 'depends', 'dependency', 'dependencies', 'link', 'links', 'linked', 'related', 'child', 'children', 'duplicate', 'duplicates', 'clone', 'clones']);

const AGAINST = new WeakMap<FieldSpec, ReadonlySet<string>>();

function isAgainst(profile: ColumnProfile, spec: FieldSpec): boolean {
  let words = AGAINST.get(spec);
  if (!words) AGAINST.set(spec, (words = new Set((spec.header.against ?? []).filter((w) => !w.includes(' ')))));
  for (const w of profile.form.words) if (words.has(w)) return true;
  return false;
}

/** The values of the column most likely to be the table's id, for telling link columns by their references. */
function idValues(profiles: readonly ColumnProfile[], specs: readonly FieldSpec[], headers: ReadonlyArray<readonly number[]>): FitContext | undefined {
  const f = specs.findIndex((s) => s.value === 'id' && s.role === 'key');
  if (f < 0) return undefined;
  const idSpec = specs[f]!;
  let best: ColumnProfile | undefined;
  let bestScore = MIN_SCORE;
  for (const [c, profile] of profiles.entries()) {
    const { score } = pairScore(profile, idSpec, headers[f]![c]!);
    if (score > bestScore) {
      best = profile;
      bestScore = score;
    }
  }
  return best ? { ids: new Set(best.tokens), idColumn: best.column } : undefined;
}

/** Words that say what a cost column is, not which period or basis it covers. */
const COST_WORDS = new Set(['forecast', 'cost', 'costs', 'spend', 'eac', 'outturn', 'total', 'm', 'k', 'bn', 'gbp', 'usd', 'eur', 'the', 'of', 'and', 'including', 'incl']);
const BUDGET_WORDS = ['baseline', 'budget', 'approved'];

/**
 * A rating beside a workflow state ("Status: In Progress" and "Confidence: Low", "Delivery
 * confidence", "Health"): the status is the rating, which says how the work goes; the state is
 * then read beside it for closed work (lifecycle-column.ts), as when a RAG header wins outright.
 * Only when the status went to a workflow-state column whose words mostly give no colour, and an
 * unmapped column with a status header reads mostly as colours on its own scale.
 */
function ratingOverWorkflow(
  block: Block,
  byField: Map<AnyField, ColumnMapping>,
  profiles: readonly ColumnProfile[],
  specs: readonly FieldSpec[],
  headers: ReadonlyArray<readonly number[]>,
): void {
  const status = byField.get('status');
  if (!status || !isLifecycleHeader(status.header)) return;
  const state = profiles[status.column];
  if (!state || state.statuses === 0 || state.colours * 2 >= state.statuses) return;
  const f = specs.findIndex((s) => s.field === 'status');
  const used = new Set([...byField.values()].map((m) => m.column));
  let best: { column: number; evidence: number } | undefined;
  for (const profile of profiles) {
    const c = profile.column;
    const evidence = headers[f]![c]!;
    if (used.has(c) || evidence < 0.5 || profile.filled === 0 || isLifecycleHeader(block.headers[c] ?? '')) continue;
    const scale = statusScaleOf(profile.examples, block.headers[c] ?? '');
    const colours = profile.examples.filter((t) => {
      const s = scale.read(t);
      return s === 'green' || s === 'amber' || s === 'red';
    }).length;
    if (colours * 2 < profile.examples.length) continue;
    if (!best || evidence > best.evidence) best = { column: c, evidence };
  }
  if (best) byField.set('status', { field: 'status', column: best.column, header: block.headers[best.column] ?? '', confidence: round(best.evidence), by: 'header' });
}

/** Headers naming the project or programme an item belongs to, as issue trackers export it ("Project", "Project name", "Epic name"). */
const GROUP_OF_ITEMS_HEADER = /^(?:project|programme|program|epic)(?: name| title)?$/;

/**
 * Items of a project (an issue tracker's export: Title is each item's name, "Project" the project
 * it belongs to): where another column is the name and no pillar is mapped, a Project column of
 * text shared by several rows (two projects or more) groups the items as a pillar does, so the report rolls them up by it.
 */
function projectAsGroup(block: Block, byField: Map<AnyField, ColumnMapping>, profiles: readonly ColumnProfile[]): void {
  const name = byField.get('name');
  if (byField.has('pillar') || name === undefined) return;
  const used = new Set([...byField.values()].map((m) => m.column));
  const group = profiles.find(
    (p) =>
      !used.has(p.column) &&
      GROUP_OF_ITEMS_HEADER.test(normaliseHeader(block.headers[p.column] ?? '')) &&
      p.filled >= 2 &&
      share(p, p.texts) >= 0.8 &&
      share(p, p.idLike) < 0.5 &&
      p.distinct >= 2 &&
      p.distinct < p.filled,
  );
  if (group) byField.set('pillar', { field: 'pillar', column: group.column, header: block.headers[group.column] ?? '', confidence: 0.7, by: 'header' });
}

/**
 * Budget and forecast on the same basis: when the forecast column is qualified ("Financial Year
 * Forecast") and the budget column is not ("Whole Life Costs") but another column is
 * ("Financial Year Baseline"), the budget moves there, so cost overruns compare like with like.
 */
function alignCostBasis(block: Block, byField: Map<AnyField, ColumnMapping>): void {
  const forecast = byField.get('forecastCost');
  const budget = byField.get('budget');
  if (!forecast || !budget) return;
  const used = new Set([...byField.values()].map((m) => m.column));
  const wordsOf = (column: number): Set<string> => new Set(normaliseHeader((block.headers[column] ?? '').replace(/\([^)]*\)/g, ' ')).split(' '));
  const qualifiers = [...wordsOf(forecast.column)].filter((w) => w !== '' && !COST_WORDS.has(w) && !/^\d+$/.test(w) && !/^[£$€]/.test(w));
  if (qualifiers.length === 0) return;
  const sameBasis = (column: number): boolean => {
    const words = wordsOf(column);
    return qualifiers.every((w) => words.has(w));
  };
  if (sameBasis(budget.column)) return;
  for (let column = 0; column < block.headers.length; column++) {
    if (used.has(column) || !sameBasis(column)) continue;
    const words = wordsOf(column);
    if (!BUDGET_WORDS.some((w) => words.has(w))) continue;
    byField.set('budget', { field: 'budget', column, header: block.headers[column] ?? '', confidence: 0.7, by: 'header' });
    return;
  }
}

/**
 * A reported forecast with no baseline beside it ("Expected completion" the table's only finish
 * date) is the plan's finish: the due date. Beside a due date it is the owner's estimate.
 */
function estimateAsPlan(byField: Map<AnyField, ColumnMapping>): void {
  const reported = byField.get('reportedFinish');
  if (!reported || byField.has('due')) return;
  byField.delete('reportedFinish');
  byField.set('due', { ...reported, field: 'due' });
}

const PLANNED_WORDS: ReadonlySet<string> = new Set(['planned', 'plan', 'scheduled', 'target']);
const PLANNED_PAIRS: ReadonlyArray<readonly [AnyField, AnyField]> = [
  ['start', 'actualStart'],
  ['due', 'actualFinish'],
];

/**
 * "Planned Start Date" beside a bare "Start Date" (Targetprocess, many trackers): the planned one
 * is the plan and the bare one what happened, as an analyst reads the pair. Where the bare header
 * took the field and its planned twin is left over, the twin takes the field and the bare column
 * the actual one (when nothing else holds it). A baseline is an older plan, not this: "Start" beside
 * "Baseline Start" stays.
 */
function plannedBesideBare(block: Block, byField: Map<AnyField, ColumnMapping>): void {
  const used = new Set([...byField.values()].map((m) => m.column));
  for (const [field, actual] of PLANNED_PAIRS) {
    const bare = byField.get(field);
    if (!bare || byField.has(actual)) continue;
    const bareWords = normaliseHeader(bare.header).split(' ');
    if (bareWords.some((w) => PLANNED_WORDS.has(w))) continue;
    const twin = block.headers.findIndex((h, c) => {
      if (used.has(c)) return false;
      const words = normaliseHeader(h).split(' ');
      return words.length === bareWords.length + 1 && PLANNED_WORDS.has(words[0]!) && words.slice(1).join(' ') === bareWords.join(' ');
    });
    if (twin < 0) continue;
    byField.set(field, { field, column: twin, header: block.headers[twin] ?? '', confidence: bare.confidence, by: 'header' });
    byField.set(actual, { ...bare, field: actual });
    used.add(twin);
  }
}

/**
 * The user's choice wins: field -> the column whose header text matches (robust to moved
 * columns); null takes the field off whatever column was matched for it.
 */
function applySaved(block: Block, kind: TableKind, saved: SavedMapping, byField: Map<AnyField, ColumnMapping>): void {
  const fields = new Set(FIELD_SPECS[kind].map((s) => s.field));
  for (const [field, header] of Object.entries(saved.fields) as Array<[AnyField, string | null | undefined]>) {
    if (header === undefined || !fields.has(field)) continue;
    if (header === null) {
      byField.delete(field);
      continue;
    }
    const wanted = normaliseHeader(header);
    const column = block.headers.findIndex((h, i) => normaliseHeader(h) === wanted || normaliseHeader(block.ownHeaders[i] ?? '') === wanted);
    if (column < 0) continue;
    for (const [f, m] of byField) if (m.column === column) byField.delete(f);
    byField.set(field, { field, column, header: block.headers[column] ?? '', confidence: 1, by: 'user' });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
