import type { DetectedTable, RunOptions } from '../types';
import type { Block } from './find-tables';
import { isGenericWord, templateGroups } from './department';
import { normaliseId } from './normalise/id';
import { savedMappingOf } from './table-key';

/**
 * Period tabs: a workbook whose sheets are snapshots of one tracker ("Q1", "Q2", "Q3"; "Oct 2026",
 * "Nov 2026"; "Week 12", "Week 13"; "Plan v1", "Plan v2"; "Archive", "Current"), each the same template. An analyst
 * reads the latest as the tracker and the others as its history: read all, the same initiative
 * would be on every tab (id.duplicate), and the first tab's, the oldest, values would win the
 * merge. So where every sheet of a template group is a period of one form, one is the latest, and
 * an earlier tab shares most of its ids with it (a snapshot, not a tab of other work, as a plan cut
 * into the quarters its work is due would be), the earlier tab is not read: kind null, with a
 * reason that names the latest (ingest.table-ignored says it). A table the user's saved mapping
 * gives a kind is read whatever its sheet's name.
 */
export function periodSnapshots<T extends { readonly table: DetectedTable; readonly block: Block; readonly rows: readonly number[] }>(found: T[], options: RunOptions): T[] {
  const groups = templateGroups(found, (t) => t.kind === 'initiatives' && savedMappingOf(options.mappings, t)?.kind === undefined);
  let out: T[] | undefined;
  const idsByTable = new Map<number, Set<string>>();
  const idsAt = (k: number): Set<string> => {
    let ids = idsByTable.get(k);
    if (!ids) idsByTable.set(k, (ids = idsOf(found[k]!)));
    return ids;
  };
  for (const group of groups) {
    // A tab its name calls out of date ("Old - do not use", "Archive 2025") beside current tabs of the same template it repeats.
    for (const k of group) {
      const f = out?.[k] ?? found[k]!;
      if (!isOutOfDate(f.table.sheet) || f.table.kind === null) continue;
      const ids = idsAt(k);
      let best: { sheet: string; shared: number } | undefined;
      for (const j of group) {
        if (j === k || isOutOfDate(found[j]!.table.sheet)) continue;
        const other = idsAt(j);
        let shared = 0;
        for (const id of ids) if (other.has(id)) shared++;
        if (!best || shared > best.shared) best = { sheet: found[j]!.table.sheet, shared };
      }
      if (best === undefined || ids.size === 0 || best.shared * 2 < ids.size) continue;
      const ignoredReason = `its sheet's name ("${f.table.sheet}") says it is out of date, and ${best.shared} of its ${ids.size} ids are on sheet "${best.sheet}", which is read; its rows are history, not read`;
      out ??= [...found];
      out[k] = { ...f, table: { ...f.table, kind: null, ignoredReason } };
    }
    const periods = group.map((k) => periodOf(found[k]!.table.sheet));
    if (periods.some((p) => p === undefined)) continue;
    const shape = periods[0]!.shape;
    if (!periods.every((p) => p!.shape === shape)) continue;
    const keys = periods.map((p) => p!.key);
    const latestKey = Math.max(...keys);
    if (keys.filter((k) => k === latestKey).length > 1) continue;
    const latest = group[keys.indexOf(latestKey)]!;
    const latestIds = idsAt(latest);
    const latestSheet = found[latest]!.table.sheet;
    for (const k of group) {
      if (k === latest) continue;
      const ids = idsAt(k);
      let shared = 0;
      for (const id of ids) if (latestIds.has(id)) shared++;
      if (ids.size === 0 || shared * 2 < ids.size) continue;
      const f = found[k]!;
      const ignoredReason = `it is an earlier period ("${f.table.sheet}") of the tracker on sheet "${latestSheet}", which is read as the latest (${shared} of its ${ids.size} ids are there too); its rows are history, not read`;
      out ??= [...found];
      out[k] = { ...f, table: { ...f.table, kind: null, ignoredReason } };
    }
  }
  return out ?? found;
}

/** The ids of a table's rows, normalised (its id column, else its name column's text). */
function idsOf(f: { readonly table: DetectedTable; readonly block: Block; readonly rows: readonly number[] }): Set<string> {
  const column = f.table.mapping.find((m) => m.field === 'id') ?? f.table.mapping.find((m) => m.field === 'name');
  const ids = new Set<string>();
  if (column === undefined) return ids;
  const col = f.block.range.left + column.column;
  for (const row of f.rows) {
    const id = normaliseId(f.block.grid.value(row, col));
    if (id !== undefined) ids.add(id.toLowerCase());
  }
  return ids;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
/** Words that make a tab the latest or an earlier one whatever else it says. */
const LATEST = new Set(['current', 'latest', 'live', 'now']);
const EARLIER = new Set(['archive', 'archived', 'old', 'previous', 'prior', 'backup', 'history', 'historic', 'historical']);

/** A sheet name that says its tab is no longer the tracker: "Old", "Archive", "do not use", "Superseded". */
function isOutOfDate(name: string): boolean {
  const lower = name.toLowerCase();
  return OUT_OF_DATE.test(lower) || lower.split(/[^a-z0-9]+/).some((t) => EARLIER.has(t));
}

const OUT_OF_DATE = /\b(?:do not use|don'?t use|not in use|obsolete|superseded|deprecated|retired)\b/;

/**
 * A sheet name read as a period: its shape (which parts it gives: year, quarter, half, month,
 * week, day; 'version' for v2 / Version 3; or 'rank' for Current / Archive words) and a key ordering periods of one shape.
 * Undefined for a name with any other word but generic ones ("Status Q3" is Q3; "Finance Q3" is none).
 */
export function periodOf(name: string): { shape: string; key: number } | undefined {
  const tokens = name.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t !== '');
  if (tokens.length === 0) return undefined;
  let year: number | undefined;
  let part: { kind: 'quarter' | 'half' | 'month'; n: number } | undefined;
  let week: number | undefined;
  let day: number | undefined;
  let rank: number | undefined;
  let version: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let m: RegExpExecArray | null;
    if ((m = /^((?:19|20)\d\d)$/.exec(t))) year = Number(m[1]);
    else if ((m = /^fy(\d{2}|\d{4})$/.exec(t))) year = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    else if ((m = /^q([1-4])$/.exec(t))) part = { kind: 'quarter', n: Number(m[1]) };
    else if ((m = /^h([12])$/.exec(t))) part = { kind: 'half', n: Number(m[1]) };
    else if (MONTHS[t] !== undefined) part = { kind: 'month', n: MONTHS[t]! };
    else if ((m = /^wk?(\d{1,2})$/.exec(t))) week = Number(m[1]);
    else if ((t === 'week' || t === 'wk') && /^\d{1,2}$/.test(tokens[i + 1] ?? '')) week = Number(tokens[++i]);
    else if (/^\d{1,2}$/.test(t) && year !== undefined && part === undefined && Number(t) >= 1 && Number(t) <= 12) part = { kind: 'month', n: Number(t) };
    else if (/^\d{1,2}$/.test(t) && part?.kind === 'month' && day === undefined && Number(t) >= 1 && Number(t) <= 31) day = Number(t);
    else if (/^\d{1,2}$/.test(t) && part === undefined && /^[a-z]/.test(tokens[i + 1] ?? '') && MONTHS[tokens[i + 1]!] !== undefined && Number(t) <= 31) day = Number(t);
    else if ((m = /^v(?:er)?(\d{1,3})$/.exec(t))) version = Number(m[1]);
    else if ((t === 'version' || t === 'ver' || t === 'rev') && /^\d{1,3}$/.test(tokens[i + 1] ?? '')) version = Number(tokens[++i]);
    else if (LATEST.has(t)) rank = 1;
    else if (EARLIER.has(t)) rank = -1;
    else if (!isGenericWord(t)) return undefined;
  }
  const dated = year !== undefined || part !== undefined || week !== undefined || day !== undefined;
  if (rank !== undefined) return dated || version !== undefined ? undefined : { shape: 'rank', key: rank };
  if (version !== undefined) return dated ? undefined : { shape: 'version', key: version };
  if (year === undefined && part === undefined && week === undefined) return undefined;
  const shape = [year !== undefined ? 'year' : '', part?.kind ?? '', week !== undefined ? 'week' : '', day !== undefined ? 'day' : ''].filter((s) => s !== '').join(' ');
  const key = (((year ?? 0) * 100 + (part?.n ?? 0)) * 100 + (week ?? 0)) * 100 + (day ?? 0);
  return { shape, key };
}
