import { cellOf, chooseOwner, hasCell, MERGED_FIELDS, tableDepartments, type MergedField } from '../model';
import { INITIATIVE_FIELD_SPECS, makeFinding, type Finding, type InitiativeRecord } from '../types';
import { amount, flat, iso, percent, statusWord } from './describe';
import { recordGroupsOf } from './indexes';
import type { RuleContext } from './rule-context';

/**
 * Fields compared across sources: the registry's owner-merged fields with a compare policy, each
 * named as in a sentence ("due date"). lastUpdated has none: copies of a row are updated on
 * different days by nature, and the freshest date is not a disagreement about the initiative.
 */
const COMPARED: ReadonlyArray<readonly [MergedField, string]> = MERGED_FIELDS.filter((f) => INITIATIVE_FIELD_SPECS[f].compare !== 'none').map((f) => {
  const spec = INITIATIVE_FIELD_SPECS[f];
  return [f, spec.value === 'date' ? `${spec.inSentence} date` : spec.inSentence] as const;
});

type Compared = MergedField;

function sameText(a: string, b: string): boolean {
  const n = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return n(a) === n(b);
}

/** Equal by the field's compare policy: text case and spacing aside, numbers to rounding, the rest exactly. */
function same(field: Compared, a: unknown, b: unknown): boolean {
  const policy = INITIATIVE_FIELD_SPECS[field].compare;
  if (typeof a === 'string' && typeof b === 'string') return policy === 'exact' ? a === b || sameText(a, b) : sameText(a, b);
  if (policy === 'number' && typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
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
    case 'actualCost':
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
