import type { DetectedTable, IngestResult, SourceSummary } from '../types';

/** The adapters' display name for the open workbook when it has no name yet (src/office). */
const OPEN_WORKBOOK = 'This workbook';

interface Draft {
  name: string;
  origin: 'workbook' | 'file';
  sheets: string[];
  tables: DetectedTable[];
  department?: string;
  ids: Set<string>;
  latestUpdate?: number;
}

/**
 * One summary per source. With ingest.sources (what ingest read, in input order) every source is
 * listed with its real origin and all its sheets, even one with no table of ours; without it, the
 * sources are taken from the tables in order of appearance and the open workbook is recognised by
 * its fallback name only.
 */
export function summariseSources(
  ingest: IngestResult,
  sourceDepartments: Readonly<Record<string, string>> = {},
): SourceSummary[] {
  const drafts = new Map<string, Draft>();
  const draftFor = (name: string, origin?: 'workbook' | 'file'): Draft => {
    let d = drafts.get(name);
    if (!d) {
      d = { name, origin: origin ?? (name === OPEN_WORKBOOK ? 'workbook' : 'file'), sheets: [], tables: [], ids: new Set() };
      const named = sourceDepartments[name];
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
  for (const t of ingest.tables) {
    const d = draftFor(t.source);
    addSheet(d, t.sheet);
    d.tables.push(t);
    if (d.department === undefined && t.department !== undefined && t.department.trim() !== '') d.department = t.department;
  }
  for (const r of ingest.initiatives) {
    const d = draftFor(r.ref.source);
    addSheet(d, r.ref.sheet);
    d.ids.add(r.id);
    if (r.lastUpdated !== undefined && (d.latestUpdate === undefined || r.lastUpdated > d.latestUpdate)) {
      d.latestUpdate = r.lastUpdated;
    }
  }
  return [...drafts.values()].map((d) => ({
    name: d.name,
    origin: d.origin,
    sheets: d.sheets,
    tables: d.tables,
    ...(d.department !== undefined ? { department: d.department } : {}),
    initiativeCount: d.ids.size,
    ...(d.latestUpdate !== undefined ? { latestUpdate: d.latestUpdate } : {}),
  }));
}
