import { cellOf, chooseOwner, hasCell, tableDepartments, type MergedField } from '../model';
import { makeFinding, type Finding, type InitiativeRecord } from '../types';
import { amount, flat, iso, percent, statusWord } from './describe';
import { recordGroupsOf } from './indexes';
import type { RuleContext } from './rule-context';

/**
 * Fields compared across sources. lastUpdated is left out: copies of a row are updated on
 * different days by nature, and the freshest date is not a disagreement about the initiative.
 */
const COMPARED = [
  ['name', 'name'],
  ['department', 'department'],
  ['owner', 'owner'],
  ['status', 'status'],
  ['start', 'start date'],
  ['due', 'due date'],
  ['percentComplete', '% complete'],
  ['pillar', 'pillar'],
  ['budget', 'budget'],
  ['forecastCost', 'forecast cost'],
  ['benefit', 'benefit'],
] as const satisfies ReadonlyArray<readonly [MergedField, string]>;

type Compared = (typeof COMPARED)[number][0];

function sameText(a: string, b: string): boolean {
  const n = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return n(a) === n(b);
}

function same(field: Compared, a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return sameText(a, b);
  if (field === 'percentComplete' && typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return a === b;
}

function show(field: Compared, r: InitiativeRecord): string {
  switch (field) {
    case 'start':
    case 'due':
      return iso(r[field]!);
    case 'percentComplete':
      return percent(r.percentComplete!);
    case 'budget':
    case 'forecastCost':
    case 'benefit':
      return amount(r[field]!);
    case 'status':
      return r.status === 'unknown' ? 'unknown' : statusWord(r.status!);
    default:
      return `"${r[field]!}"`;
  }
}


/**
 * source.conflict: an id reported by two sources with different values. Each other source's
 * first record is compared with the owning record (the one the model kept); one finding per
 * differing field, naming both values and both cells and which value is used.
 */
export function checkSourceConflict({ model, options }: RuleContext): Finding[] {
  const departments = tableDepartments(model.ingest.tables, options.sourceDepartments);
  const out: Finding[] = [];
  const { first, next } = recordGroupsOf(model);
  const records = model.records;
  // Ids reported more than once (few), in order of first appearance.
  for (let j = 0; j < records.length; j++) {
    if (first[j] === 0 || next[j]! < 0) continue;
    const group: InitiativeRecord[] = [];
    for (let m = j; m >= 0; m = next[m]!) group.push(records[m]!);
    const id = records[j]!.id;
    const { owner, byDepartment } = chooseOwner(group, departments);
    const seen = new Set<string>([owner.ref.source]);
    for (const other of group) {
      if (seen.has(other.ref.source)) continue;
      seen.add(other.ref.source);
      for (const [field, words] of COMPARED) {
        const kept = owner[field];
        const theirs = other[field];
        // Only values read from cells disagree: a department ingest inferred from a file name is no claim.
        if (kept === undefined || theirs === undefined || !hasCell(owner.cells, field) || !hasCell(other.cells, field)) continue;
        if (same(field, kept, theirs)) continue;
        const why = byDepartment ? "the owning department's" : "the first source's";
        out.push(
          makeFinding(
            'source.conflict',
            flat`${id} ${words} is ${show(field, owner)} in ${owner.ref.source} but ${show(field, other)} in ${other.ref.source}; ${why} ${show(field, owner)} is used.`,
            [cellOf(owner.cells, field)!, cellOf(other.cells, field)!],
            { initiativeId: id },
          ),
        );
      }
    }
  }
  return out;
}
