import { modelIndex } from '../model';
import type { Model } from '../types';

/**
 * KPI keys per initiative: the KPI sheet's links (Kpi.initiatives) plus each initiative's own
 * kpi cell. A kpi cell naming a known KPI by id or name uses that KPI's id; anything else is kept
 * as written, so value at risk still groups by it. Each key once per initiative, KPI links
 * first (in model order), then the initiative's own cells.
 *
 * Held by position, not by id: the keys of the initiative at position p (the position of its id,
 * see ModelIndex) are keys[key[start[p]]], .., keys[key[start[p + 1] - 1]].
 */
export interface KpiLinks {
  /** Every key some initiative has, each once. */
  readonly keys: readonly string[];
  readonly start: Int32Array;
  readonly key: Int32Array;
  /** Position of an initiative's id (its own position unless ids repeat). */
  readonly positionOf: (v: number) => number;
}

export function linkKpisToInitiatives(model: Model): KpiLinks {
  const n = model.initiatives.length;
  const index = modelIndex(model);
  const ids = index.distinct ? [] : model.initiatives.map((i) => i.id);
  const byName = new Map<string, string>();
  for (const k of model.kpis) {
    byName.set(k.id, k.id);
    if (k.name !== undefined && !byName.has(k.name)) byName.set(k.name, k.id);
  }
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const keyOf = (key: string): number => {
    let k = keyIndex.get(key);
    if (k === undefined) {
      k = keys.length;
      keyIndex.set(key, k);
      keys.push(key);
    }
    return k;
  };
  // Each distinct kpi cell text is resolved once (the model numbered the texts).
  const cells = index.kpiCells;
  const textKey = new Int32Array(cells.texts.length);
  for (let t = 0; t < cells.texts.length; t++) textKey[t] = keyOf(byName.get(cells.texts[t]!) ?? cells.texts[t]!);
  // (position, key) pairs in the order they are met, then grouped by position (stably).
  let capacity = cells.text.length;
  for (const members of index.kpiMembers) capacity += members.length;
  const pairPosition = new Int32Array(capacity);
  const pairKey = new Int32Array(capacity);
  let pairs = 0;
  model.kpis.forEach((kpi, k) => {
    const members = index.kpiMembers[k]!;
    let key = -1;
    for (let i = 0; i < members.length; i++) {
      if (members[i]! < 0) continue; // an unknown id: no initiative to hold the key
      if (key < 0) key = keyOf(kpi.id);
      pairPosition[pairs] = members[i]!;
      pairKey[pairs++] = key;
    }
  });
  const positionOf = index.distinct ? (v: number): number => v : (v: number): number => index.positions.get(ids[v]!)!;
  for (let v = 0; v < n; v++) {
    const from = cells.start[v]!;
    const to = cells.start[v + 1]!;
    if (from === to) continue;
    const p = positionOf(v);
    for (let i = from; i < to; i++) {
      pairPosition[pairs] = p;
      pairKey[pairs++] = textKey[cells.text[i]!]!;
    }
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < pairs; i++) start[pairPosition[i]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const grouped = new Int32Array(pairs);
  for (let i = 0; i < pairs; i++) grouped[fill[pairPosition[i]!]!++] = pairKey[i]!;
  // Each key once per position: compact in place.
  const lastAt = new Int32Array(keys.length).fill(-1);
  const key = grouped;
  let out = 0;
  for (let p = 0; p < n; p++) {
    const from = start[p]!;
    const to = start[p + 1]!;
    start[p] = out;
    for (let i = from; i < to; i++) {
      const k = grouped[i]!;
      if (lastAt[k] === p) continue;
      lastAt[k] = p;
      key[out++] = k;
    }
  }
  start[n] = out;
  return { keys, start, key: key.subarray(0, out), positionOf };
}
