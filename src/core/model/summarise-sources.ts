import type { DetectedTable, IngestResult, SourceSummary } from '../types';
import { ownValue } from '../util/own';

/** The adapters' display name for the open workbook when it has no name yet (src/office). */
const OPEN_WORKBOOK = 'This workbook';

interface Draft {
  name: string;
  origin: 'workbook' | 'file';
  sheets: string[];
  tables: DetectedTable[];
  department?: string;
  initiativeCount: number;
  latestUpdate?: number;
}

/**
 * One summary per source. With ingest.sources (what ingest read, in input order) every source is
 * listed with its real origin and all its sheets, even one with no table of ours; without it, the
 * sources are taken from the tables in order of appearance and the open workbook is recognised by
 * its fallback name only. A source kept one tab per department (its tables' departments read
 * from their sheets' names, and differing) has no department of its own unless the user named
 * one: its findings that name no initiative fall to no one department's lead. `recordPositions` numbers each record's id (0 .. records - 1, the same
 * number for the same id): a source counts each id once.
 */
export function summariseSources(
  ingest: IngestResult,
  sourceDepartments: Readonly<Record<string, string>> | undefined,
  recordPositions: Int32Array,
): SourceSummary[] {
  const drafts = new Map<string, Draft>();
  const draftFor = (name: string, origin?: 'workbook' | 'file'): Draft => {
    let d = drafts.get(name);
    if (!d) {
      d = { name, origin: origin ?? (name === OPEN_WORKBOOK ? 'workbook' : 'file'), sheets: [], tables: [], initiativeCount: 0 };
      const named = ownValue(sourceDepartments, name);
      if (named !== undefined) d.department = named;
      drafts.set(name, d);
    }
    return d;
  };
  const addSheet = (d: Draft, sheet: string): void => {
    if (!d.sheets.includes(sheet)) d.sheets.push(sheet);
  };
  for (const s of ingest.sources ?? []) {
    const d = draftFor(s.name, s.origin);
    for (const sheet of s.sheets) addSheet(d, sheet);
  }
  /** Sources kept one tab per department (departments from 'sheets' that differ): no one department speaks for them. */
  const tabbed = new Set<string>();
  const firstTab = new Map<string, string>();
  for (const t of ingest.tables) {
    const d = draftFor(t.source);
    addSheet(d, t.sheet);
    d.tables.push(t);
    if (t.departmentFrom === 'sheets' && t.department !== undefined) {
      const first = firstTab.get(t.source);
      if (first === undefined) firstTab.set(t.source, t.department);
      else if (first !== t.department) tabbed.add(t.source);
    }
    if (d.department === undefined && t.department !== undefined && t.department.trim() !== '') d.department = t.department;
  }
  for (const name of tabbed) {
    const d = drafts.get(name)!;
    if (ownValue(sourceDepartments, name) === undefined) delete d.department;
  }
  // A source counts each id once: an id with one record needs no look-up; only ids with several
  // records (a few in a portfolio) are kept in a set per source.
  const records = ingest.initiatives;
  const occurrences = new Int32Array(records.length);
  for (let k = 0; k < records.length; k++) occurrences[recordPositions[k]!]!++;
  const shared = new Map<Draft, Set<number>>();
  let draft: Draft | undefined;
  let sheet: string | undefined;
  for (let k = 0; k < records.length; k++) {
    const r = records[k]!;
    if (draft === undefined || draft.name !== r.ref.source) {
      draft = draftFor(r.ref.source);
      sheet = undefined;
    }
    if (r.ref.sheet !== sheet) {
      sheet = r.ref.sheet;
      addSheet(draft, sheet);
    }
    const v = recordPositions[k]!;
    if (occurrences[v] === 1) draft.initiativeCount++;
    else {
      let seen = shared.get(draft);
      if (seen === undefined) shared.set(draft, (seen = new Set()));
      if (!seen.has(v)) {
        seen.add(v);
        draft.initiativeCount++;
      }
    }
    if (r.lastUpdated !== undefined && (draft.latestUpdate === undefined || r.lastUpdated > draft.latestUpdate)) {
      draft.latestUpdate = r.lastUpdated;
    }
  }
  return [...drafts.values()].map((d) => ({
    name: d.name,
    origin: d.origin,
    sheets: d.sheets,
    tables: d.tables,
    ...(d.department !== undefined ? { department: d.department } : {}),
    initiativeCount: d.initiativeCount,
    ...(d.latestUpdate !== undefined ? { latestUpdate: d.latestUpdate } : {}),
  }));
}
