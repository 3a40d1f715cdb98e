import type { AnyField, ColumnMapping } from '../../types';
import type { ColumnProfile } from './column-profile';

/**
 * Dates whose headers name an event rather than a start or a due ("Award date", "In market" and
 * "Out of market", "Gate 3"), in an initiatives table where no header names a due: read as an
 * analyst would, from the values. A lone date column is the item's due; several date columns that
 * run in the same order on every row are its milestones, the last the due and, where no start is
 * named, the first the start. Dates that record the sheet's own life (created, reviewed) never
 * count, and neither does a column whose header names another field.
 */

/** Header words of a date that records the row or the sheet, not the work's plan. */
const RECORD_WORDS = new Set([
  'created', 'creation', 'raised', 'opened', 'logged', 'submitted', 'reported', 'updated', 'update', 'modified', 'changed', 'reviewed', 'review',
  'edited', 'refreshed', 'refresh', 'entered', 'added', 'recorded', 'imported', 'exported', 'printed', 'birth', 'dob', 'checkin', 'check', 'last',
  'actual', 'actually', 'completed', 'resolved', 'closed', 'done', 'finished', 'started', 'forecast', 'revised', 'expected', 'sprint', 'iteration',
]);

/** Share of a column's given cells that must be dates for it to count as a date column. */
const DATE_SHARE = 0.6;
/** The confidence a date read this way is given: below any header's. */
export const UNNAMED_DATE_CONFIDENCE = 0.45;

export function unnamedDates(
  headers: readonly string[],
  profiles: readonly ColumnProfile[],
  byField: Map<AnyField, ColumnMapping>,
  namedOther: (column: number) => boolean,
): void {
  if (byField.has('due')) return;
  const used = new Set([...byField.values()].map((m) => m.column));
  const candidates = profiles.filter(
    (p) =>
      !used.has(p.column) &&
      !namedOther(p.column) &&
      p.filled - p.placeholders >= 2 &&
      p.dates >= DATE_SHARE * (p.filled - p.placeholders) &&
      !p.form.words.some((w) => RECORD_WORDS.has(w)),
  );
  if (candidates.length === 0) return;
  const start = byField.get('start');
  const startProfile = start ? profiles[start.column] : undefined;
  const ordered = inOrder(candidates);
  if (!ordered) return;
  const last = ordered[ordered.length - 1]!;
  // A named start must come before the due these dates give.
  if (startProfile && !before(startProfile, last)) return;
  const set = (field: AnyField, p: ColumnProfile): void => {
    byField.set(field, { field, column: p.column, header: headers[p.column] ?? '', confidence: UNNAMED_DATE_CONFIDENCE, by: 'values' });
  };
  set('due', last);
  if (!start && ordered.length >= 2) set('start', ordered[0]!);
}

/** The columns sorted by their dates, when every row's dates run in that order (ties allowed); undefined when rows disagree. */
function inOrder(columns: readonly ColumnProfile[]): ColumnProfile[] | undefined {
  if (columns.length === 1) return [...columns];
  const sorted = [...columns].sort((a, b) => meanDay(a) - meanDay(b) || a.column - b.column);
  for (let k = 1; k < sorted.length; k++) if (!before(sorted[k - 1]!, sorted[k]!)) return undefined;
  return sorted;
}

/** On every sampled row with both dates, a's is on or before b's, and on at least one row both are given. */
function before(a: ColumnProfile, b: ColumnProfile): boolean {
  let both = 0;
  for (let k = 0; k < a.days.length && k < b.days.length; k++) {
    const x = a.days[k]!;
    const y = b.days[k]!;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    if (x > y) return false;
    both++;
  }
  return both > 0;
}

function meanDay(p: ColumnProfile): number {
  let sum = 0;
  let n = 0;
  for (const d of p.days) {
    if (Number.isNaN(d)) continue;
    sum += d;
    n++;
  }
  return n === 0 ? Number.POSITIVE_INFINITY : sum / n;
}
