import type { Model } from '../types';
import { linkTypeCode } from './link-dependencies';

/**
 * Every id of a model resolved to its position once, so the analyses (and any rule that wants
 * to) work on integer positions and typed arrays instead of looking id strings up again and
 * again. buildModel remembers the index it built along the way; for any other model (built by
 * hand in a test, or a copy with other arrays) modelIndex computes one from the model's arrays.
 */
export interface ModelIndex {
  /** Initiative id -> position in model.initiatives (the first one, should an id repeat). */
  readonly positions: ReadonlyMap<string, number>;
  /** True when no id repeats (always so for buildModel): positions.get(initiatives[v].id) === v. */
  readonly distinct: boolean;
  /** Per dependency: position of its predecessor (from) and successor (to); -1 for an unknown id. */
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  /** Per dependency: its type's code (index in LINK_TYPES: FS, SS, FF, SF) and its lag (Dependency.lagDays). */
  readonly linkType: Uint8Array;
  readonly linkLag: Float64Array;
  /** Per KPI: positions of kpi.initiatives, in that order (-1 for an unknown id). */
  readonly kpiMembers: readonly Int32Array[];
  /** Every initiative's kpi cells (Initiative.kpis), as numbers of distinct texts. */
  readonly kpiCells: KpiCells;
}

/**
 * Initiative.kpis of every initiative without a look-up per cell: the cells of the initiative at
 * position v are texts[text[start[v]]], .., texts[text[start[v + 1] - 1]], in order.
 */
export interface KpiCells {
  /** Each distinct text once, in order of first appearance. */
  readonly texts: readonly string[];
  readonly start: Int32Array;
  readonly text: Int32Array;
}

interface Remembered {
  readonly index: ModelIndex;
  // The arrays the index describes, and their lengths: a model object whose arrays were swapped
  // (or grown in place) gets a new index.
  readonly initiatives: Model['initiatives'];
  readonly dependencies: Model['dependencies'];
  readonly kpis: Model['kpis'];
  readonly lengths: readonly [number, number, number];
}

const INDEXES = new WeakMap<Model, Remembered>();

/** Remember the index built with a model (buildModel). */
export function rememberModelIndex(model: Model, index: ModelIndex): void {
  INDEXES.set(model, {
    index,
    initiatives: model.initiatives,
    dependencies: model.dependencies,
    kpis: model.kpis,
    lengths: [model.initiatives.length, model.dependencies.length, model.kpis.length],
  });
}

/** The model's index: the one built with it, else one computed now (and kept for next time). */
export function modelIndex(model: Model): ModelIndex {
  const kept = INDEXES.get(model);
  if (
    kept !== undefined &&
    kept.initiatives === model.initiatives &&
    kept.dependencies === model.dependencies &&
    kept.kpis === model.kpis &&
    kept.lengths[0] === model.initiatives.length &&
    kept.lengths[1] === model.dependencies.length &&
    kept.lengths[2] === model.kpis.length
  ) {
    return kept.index;
  }
  const index = computeModelIndex(model);
  rememberModelIndex(model, index);
  return index;
}

function computeModelIndex(model: Model): ModelIndex {
  const positions = new Map<string, number>();
  const { initiatives, dependencies, kpis } = model;
  for (let v = 0; v < initiatives.length; v++) {
    const id = initiatives[v]!.id;
    if (!positions.has(id)) positions.set(id, v);
  }
  const m = dependencies.length;
  const linkFrom = new Int32Array(m);
  const linkTo = new Int32Array(m);
  const linkType = new Uint8Array(m);
  const linkLag = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const d = dependencies[e]!;
    linkFrom[e] = positions.get(d.from) ?? -1;
    linkTo[e] = positions.get(d.to) ?? -1;
    linkType[e] = linkTypeCode(d.type);
    linkLag[e] = d.lagDays;
  }
  return {
    positions,
    distinct: positions.size === initiatives.length,
    linkFrom,
    linkTo,
    linkType,
    linkLag,
    kpiMembers: kpis.map((k) => positionsOf(k.initiatives, positions)),
    kpiCells: kpiCellsOf(initiatives),
  };
}

function kpiCellsOf(initiatives: Model['initiatives']): KpiCells {
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const start = new Int32Array(initiatives.length + 1);
  const text: number[] = [];
  for (let v = 0; v < initiatives.length; v++) {
    for (const name of initiatives[v]!.kpis) {
      let t = textIndex.get(name);
      if (t === undefined) {
        t = texts.length;
        textIndex.set(name, t);
        texts.push(name);
      }
      text.push(t);
    }
    start[v + 1] = text.length;
  }
  return { texts, start, text: Int32Array.from(text) };
}

/** Positions of ids (-1 for an unknown id). */
export function positionsOf(ids: readonly string[], positions: ReadonlyMap<string, number>): Int32Array {
  const out = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = positions.get(ids[i]!) ?? -1;
  return out;
}
