import type { Initiative, Kpi, KpiDirection, KpiRecord } from '../types';
import { kpiDirection, kpiValues } from './kpi-reading';
import type { KpiCells } from './model-index';

/** On target when actual meets target in the KPI's direction; undefined when either is missing. */
export function isOnTarget(target: number | undefined, actual: number | undefined, direction: KpiDirection): boolean | undefined {
  if (target === undefined || actual === undefined) return undefined;
  return direction === 'lower' ? actual <= target : actual >= target;
}

/** How KPI ids and names are matched: case- and space-insensitive. */
export function kpiKey(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

interface KpiDraft {
  id: string;
  record?: KpiRecord;
  initiatives: string[];
  members: number[];
  /** Positions linked from KPI sheets (the initiatives' own cells are checked with `last`). */
  fromSheets: Set<number> | undefined;
  /** Position of the initiative whose kpi cells linked this KPI last (-1: none). */
  last: number;
}

/** KPIs with the positions of their linked initiatives (parallel to each Kpi.initiatives), and the initiatives' kpi cells by text number. */
export interface LinkedKpis {
  readonly kpis: Kpi[];
  readonly members: Int32Array[];
  readonly cells: KpiCells;
}

/**
 * KPIs from the KPI sheets (first record of a KPI wins, linked ids are unioned) and from
 * initiatives' kpi cells: a cell matches a KPI by id or name (case- and space-insensitive); a KPI
 * named only on an initiative still becomes a Kpi, with no target. Like dependencies, links hold
 * known initiatives only (`positions`: id -> position in `initiatives`): an unknown id on a KPI
 * sheet stays in model.ingest.kpis, where the rule kpi.unknown-initiative reports it.
 */
export function linkKpis(
  records: readonly KpiRecord[],
  initiatives: readonly Initiative[],
  positions: ReadonlyMap<string, number>,
): LinkedKpis {
  const drafts: KpiDraft[] = [];
  const byKey = new Map<string, KpiDraft>();
  // A portfolio names a few dozen KPIs in 100,000 cells: normalise each distinct text once.
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = kpiKey(text)));
    return key;
  };
  const newDraft = (id: string, record?: KpiRecord): KpiDraft => {
    const d: KpiDraft = { id, initiatives: [], members: [], fromSheets: undefined, last: -1 };
    if (record !== undefined) d.record = record;
    drafts.push(d);
    return d;
  };
  for (const r of records) {
    let d = byKey.get(keyOf(r.kpi));
    if (!d) {
      d = newDraft(r.kpi, r);
      byKey.set(keyOf(r.kpi), d);
      if (r.name !== undefined && !byKey.has(keyOf(r.name))) byKey.set(keyOf(r.name), d);
    }
    for (const id of r.initiatives) {
      const v = positions.get(id);
      if (v === undefined) continue;
      const linked = (d.fromSheets ??= new Set());
      if (linked.has(v)) continue;
      linked.add(v);
      d.initiatives.push(id);
      d.members.push(v);
    }
  }
  // Initiatives come once each, in order: a KPI already holds one when a sheet linked it or
  // when an earlier kpi cell of the same initiative did (`last`). Each distinct cell text is
  // matched once (textDraft), and every cell is recorded as the number of its text.
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const textDraft: KpiDraft[] = [];
  const start = new Int32Array(initiatives.length + 1);
  const cellText: number[] = [];
  for (let v = 0; v < initiatives.length; v++) {
    const initiative = initiatives[v]!;
    for (const name of initiative.kpis) {
      let t = textIndex.get(name);
      if (t === undefined) {
        t = texts.length;
        textIndex.set(name, t);
        texts.push(name);
        let found = byKey.get(keyOf(name));
        if (!found) {
          found = newDraft(name);
          byKey.set(keyOf(name), found);
        }
        textDraft.push(found);
      }
      cellText.push(t);
      const d = textDraft[t]!;
      if (d.last === v || d.fromSheets?.has(v) === true) continue;
      d.last = v;
      d.initiatives.push(initiative.id);
      d.members.push(v);
    }
    start[v + 1] = cellText.length;
  }
  return {
    kpis: drafts.map(toKpi),
    members: drafts.map((d) => Int32Array.from(d.members)),
    cells: { texts, start, text: Int32Array.from(cellText) },
  };
}

/** A KPI from its first record: direction and percentage scale as kpi-reading.ts reads them. */
function toKpi(d: KpiDraft): Kpi {
  const r = d.record;
  if (!r) return { id: d.id, direction: 'higher', initiatives: d.initiatives };
  const { direction, fromName } = kpiDirection(r);
  const { target, actual } = kpiValues(r);
  const onTarget = isOnTarget(target, actual, direction);
  const home = r.cells.kpi ?? r.cells.name;
  return {
    id: d.id,
    ...(r.name !== undefined ? { name: r.name } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(actual !== undefined ? { actual } : {}),
    direction,
    ...(fromName ? { directionFrom: 'name' as const } : {}),
    initiatives: d.initiatives,
    ...(r.unit !== undefined ? { unit: r.unit } : {}),
    ...(r.owner !== undefined ? { owner: r.owner } : {}),
    ...(onTarget !== undefined ? { onTarget } : {}),
    ...(home !== undefined ? { home } : {}),
  };
}
