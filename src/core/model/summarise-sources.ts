import type { IngestResult, SourceSummary } from '../types';

/** The conventional display name of the open workbook (RawSource.name for origin 'workbook'). */
const OPEN_WORKBOOK = 'This workbook';

/**
 * One summary per source, in order of first appearance among the detected tables. IngestResult
 * does not carry RawSource.origin, so origin is read from the name the adapters give the open
 * workbook.
 */
export function summariseSources(
  ingest: IngestResult,
  sourceDepartments: Readonly<Record<string, string>> = {},
): SourceSummary[] {
  interface Draft {
    name: string;
    sheets: string[];
    tables: IngestResult['tables'][number][];
    department?: string;
    ids: Set<string>;
    latestUpdate?: number;
  }
  const drafts = new Map<string, Draft>();
  const draftFor = (name: string): Draft => {
    let d = drafts.get(name);
    if (!d) {
      d = { name, sheets: [], tables: [], ids: new Set() };
      const named = sourceDepartments[name];
      if (named !== undefined) d.department = named;
      drafts.set(name, d);
    }
    return d;
  };
  for (const t of ingest.tables) {
    const d = draftFor(t.source);
    if (!d.sheets.includes(t.sheet)) d.sheets.push(t.sheet);
    d.tables.push(t);
    if (d.department === undefined && t.department !== undefined && t.department.trim() !== '') d.department = t.department;
  }
  for (const r of ingest.initiatives) {
    const d = draftFor(r.ref.source);
    if (!d.sheets.includes(r.ref.sheet)) d.sheets.push(r.ref.sheet);
    d.ids.add(r.id);
    if (r.lastUpdated !== undefined && (d.latestUpdate === undefined || r.lastUpdated > d.latestUpdate)) {
      d.latestUpdate = r.lastUpdated;
    }
  }
  return [...drafts.values()].map((d) => ({
    name: d.name,
    origin: d.name === OPEN_WORKBOOK ? 'workbook' : 'file',
    sheets: d.sheets,
    tables: d.tables,
    ...(d.department !== undefined ? { department: d.department } : {}),
    initiativeCount: d.ids.size,
    ...(d.latestUpdate !== undefined ? { latestUpdate: d.latestUpdate } : {}),
  }));
}
