import type { ValueKind } from '../../types';
import { withoutRelationLead } from '../normalise/dependency';
import { share, type ColumnProfile } from './column-profile';

/**
 * Value evidence: how well a column's values fit a kind of value, as a factor on the header
 * evidence (about 1 for a good fit, near 0 for values that cannot be the field: a due column of
 * names, a status column of long sentences). An empty column fits anything weakly, so a filled
 * column with the same header wins ("Predecessors" over an empty "Predecessor").
 */
export interface FitContext {
  /** Upper-cased values of the table's likely id column, to tell a links column by its references. */
  readonly ids?: ReadonlySet<string>;
  /** That id column (a column does not link to itself). */
  readonly idColumn?: number;
}

const EMPTY_FIT = 0.6;

export function valueFit(profile: ColumnProfile, kind: ValueKind, context: FitContext = {}): number {
  // A RAG kept only as cell colour: empty cells filled red, amber or green on most rows (StatusFills reads them).
  if (kind === 'status' && profile.filled === 0 && profile.fillColours >= 2 && profile.fillColours >= 0.5 * profile.sampled) return 1.3;
  if (profile.filled === 0) return EMPTY_FIT;
  const p = (n: number): number => share(profile, n);
  const dates = p(profile.dates);
  const numbers = p(profile.numbers);
  const texts = p(profile.texts);
  const uniqueness = profile.distinct / profile.filled;
  switch (kind) {
    case 'date': {
      // Serials not formatted as dates are dates only where the header says so (they fit weaker).
      const serials = p(profile.serials);
      return dates >= 0.6 ? 1.1 : dates + serials >= 0.6 ? 0.9 : dates + serials >= 0.3 ? 0.75 : 0.08;
    }
    case 'percent': {
      const pct = p(profile.percentLike);
      return pct >= 0.7 && dates < 0.2 ? 1.05 : pct >= 0.4 ? 0.6 : 0.1;
    }
    case 'money':
    case 'number':
    case 'lag':
      if (ratesInstead(profile, kind)) return 0.02;
      return numbers >= 0.6 && dates < 0.2 ? (p(profile.money) > 0.3 ? 1.15 : 1) : numbers >= 0.3 ? 0.55 : 0.1;
    case 'status': {
      // Of the cells that give a value: "NA" rows are neither for nor against a status column.
      const given = profile.filled - profile.placeholders;
      const statuses = given > 0 ? profile.statuses / given : 0;
      // A rating (RAG colours) wins the field over a workflow state ("Overall health" beside "State"), as a tool's RAG field does.
      if (given > 0 && profile.colours / given >= 0.5) return 1.3;
      if (statuses >= 0.5) return 1.05;
      // An unknown vocabulary is still a status column (value.unknown-status says so), unless it is free text.
      if (texts >= 0.7 && profile.distinct <= 15 && profile.meanLength <= 30) return 0.8;
      return dates > 0.5 || numbers > 0.5 ? 0.1 : 0.3;
    }
    case 'id': {
      const idLike = p(profile.idLike);
      if (idLike >= 0.8 && uniqueness >= 0.95) return p(profile.keyLike) >= 0.6 ? 1.2 : 1.1;
      if (uniqueness >= 0.95 && texts > 0.5) return 0.6;
      if (idLike >= 0.8) return 0.75;
      return dates > 0.5 ? 0.05 : 0.4;
    }
    case 'name': {
      if (dates > 0.5 || numbers > 0.5) return 0.1;
      if (p(profile.statuses) > 0.6) return 0.25;
      if (texts < 0.7) return 0.4;
      // Titles are mostly distinct and run to a few words; one value on every row names the project, not its items.
      if (profile.distinct === 1 && profile.filled >= 3) return 0.5;
      return uniqueness >= 0.7 ? (profile.meanLength >= 8 ? 1.1 : 1) : 0.85;
    }
    case 'person': {
      if (dates > 0.5 || numbers > 0.5) return 0.1;
      // One person on every row is the project's lead, not each item's owner.
      const constant = profile.distinct === 1 && profile.filled >= 3 ? 0.75 : 1;
      return (p(profile.people) >= 0.5 ? 1.1 : texts >= 0.7 ? 0.85 : 0.35) * constant;
    }
    case 'group':
      // A key on every row ("HR-A", "HR-B") is an id, not a label rows share.
      if (profile.filled >= 3 && uniqueness >= 0.95 && p(profile.idLike) >= 0.8) return 0.3;
      if (dates > 0.5) return 0.1;
      return texts >= 0.6 ? 1 : numbers >= 0.8 ? 0.35 : 0.6;
    case 'text':
    case 'direction':
    case 'link-type':
      if (dates > 0.5) return 0.1;
      return texts >= 0.6 ? 1 : numbers >= 0.8 ? 0.35 : 0.6;
    case 'duration': {
      // Cells parseTaskDuration reads: "5d", "2 wks", "40h" say so themselves; bare numbers of days only beside a header that names a duration.
      const durations = p(profile.durations);
      if (dates >= 0.2 || durations < 0.3) return 0.08;
      if (durations >= 0.7) return p(profile.durationTexts) >= 0.5 ? 1.1 : 0.95;
      return 0.5;
    }
    case 'links':
      return linksFit(profile, context);
    case 'list':
      return dates > 0.5 ? 0.1 : 0.95;
  }
}

/** MoSCoW priorities and high/medium/low ranks, as value or priority columns write them. */
const RANKING = /^(?:(?:must|should|could|won'?t|will not)(?: have)?|(?:very )?(?:high|medium|low)|h|m|l|med)$/i;

/**
 * RAG words under "Budget" or "Cost" rate that dimension of the work ("Overall, Schedule,
 * Budget" in a highlight report), a few words with no figure rank it ("Must Have" under "Business
 * Value"), and status words under "Progress" say how it goes: there is
 * no amount to read, so even a header that plainly names the field does not keep the column,
 * and the column is free for a field its values name (match-columns).
 */
export function ratesInstead(profile: ColumnProfile, kind: ValueKind): boolean {
  if (profile.filled === 0) return false;
  if (kind === 'money' || kind === 'number') {
    if (share(profile, profile.colours) >= 0.5) return true;
    // Only ranks and no figure at all ("Must Have", "Should Have" under "Business Value"; High, Medium, Low): a ranking, not an amount.
    return profile.numbers === 0 && profile.texts > 0 && profile.distinct <= 10 && profile.examples.every((e) => RANKING.test(e));
  }
  // "Progress: On programme, Slipped, At risk, Complete": status words under a % complete header say how the work goes, not how far.
  if (kind === 'percent') return share(profile, profile.statuses) >= 0.6 && share(profile, profile.percentLike) < 0.3;
  return false;
}

/** A links column names ids of the table (or of other tables: id-like tokens), never dates or long prose. */
function linksFit(profile: ColumnProfile, context: FitContext): number {
  // Yes/no flags ("is a blocker": TRUE) say whether a row blocks, not what it waits on.
  if (share(profile, profile.dates) > 0.5 || share(profile, profile.booleans) > 0.5 || profile.column === context.idColumn) return 0.08;
  // Every row naming a different number is a key, not a list of what each row waits on; a plan's first task waits on nothing, so links leave rows blank.
  if (profile.distinct === profile.filled && profile.filled >= 5 && profile.filled === profile.sampled && share(profile, profile.numbers) > 0.5) return 0.3;
  const { ids } = context;
  if (ids !== undefined && ids.size > 0 && profile.tokens.length > 0 && referencedShare(profile, ids) >= 0.5) return 1.2;
  if (share(profile, profile.idLike) >= 0.5) return 1;
  return profile.meanLength > 60 ? 0.4 : 0.7;
}

/**
 * The share of a column's tokens that name an id of `ids`. Asked once per link-like field of
 * every column: the column's referenced ids are worked out once and kept with its profile.
 */
function referencedShare(profile: ColumnProfile, ids: ReadonlySet<string>): number {
  let referenced = REFERENCED.get(profile);
  if (referenced === undefined) REFERENCED.set(profile, (referenced = profile.tokens.map(referencedId)));
  let hits = 0;
  for (const id of referenced) if (ids.has(id)) hits++;
  return hits / referenced.length;
}

const REFERENCED = new WeakMap<ColumnProfile, readonly string[]>();

/** The id a dependency token names, without its link type and lag: "3FS+2 DAYS" -> "3", "FIN-2 SS" -> "FIN-2". */
export function referencedId(token: string): string {
  const first = withoutRelationLead(token).split(/[\s(]+/)[0] ?? '';
  const glued = /^(.*\d)(?:FS|SS|FF|SF)(?:[+-].*)?$/i.exec(first);
  return (glued ? glued[1]! : first).toUpperCase();
}
