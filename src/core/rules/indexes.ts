import type { Analysis, Dependency, Initiative, InitiativeAnalysis, Model } from '../types';

/**
 * Lookups several rules share, built once per model (memoised on the model object) so every
 * rule stays linear in the size of the model, and the id lookups (hash-map probes on text ids,
 * the bulk of the rules' time at 100,000 initiatives) are made once, not once per rule.
 */
interface ModelIndexes {
  /** Per dependency (model.dependencies order): the initiative at each end, undefined when no source defines it. */
  readonly from: readonly (Initiative | undefined)[];
  readonly to: readonly (Initiative | undefined)[];
  /** Per dependency: the position in model.initiatives of each end, -1 when not defined. */
  readonly fromAt: Int32Array;
  readonly toAt: Int32Array;
  /** Per initiative (model.initiatives order): indexes into model.dependencies of the links into it, in model order. */
  readonly incomingAt: readonly (readonly number[])[];
}

const NONE: readonly number[] = [];
const cache = new WeakMap<Model, ModelIndexes>();

export function indexesOf(model: Model): ModelIndexes {
  let found = cache.get(model);
  if (!found) {
    const deps = model.dependencies;
    const n = model.initiatives.length;
    const from = new Array<Initiative | undefined>(deps.length);
    const to = new Array<Initiative | undefined>(deps.length);
    const fromAt = new Int32Array(deps.length);
    const toAt = new Int32Array(deps.length);
    const position = new Map<Initiative, number>();
    for (let v = 0; v < n; v++) position.set(model.initiatives[v]!, v);
    for (let k = 0; k < deps.length; k++) {
      const d = deps[k]!;
      from[k] = model.byId.get(d.from);
      to[k] = model.byId.get(d.to);
      fromAt[k] = from[k] === undefined ? -1 : (position.get(from[k]!) ?? -1);
      toAt[k] = to[k] === undefined ? -1 : (position.get(to[k]!) ?? -1);
    }
    // Links into each initiative by the position of its end (no id text hashed again); an
    // initiative byId does not hold (a hand-built model) gets its links by id text instead.
    const lists: (number[] | undefined)[] = new Array<number[] | undefined>(n);
    for (let k = 0; k < deps.length; k++) {
      const v = toAt[k]!;
      if (v < 0) continue;
      const list = lists[v];
      if (list) list.push(k);
      else lists[v] = [k];
    }
    const incomingAt: (readonly number[])[] = new Array<readonly number[]>(n);
    for (let v = 0; v < n; v++) {
      const id = model.initiatives[v]!.id;
      const owner = model.byId.get(id);
      const at = owner === undefined ? -1 : (position.get(owner) ?? -1);
      incomingAt[v] = at >= 0 ? (lists[at] ?? NONE) : linksTo(model, id);
    }
    found = { from, to, fromAt, toAt, incomingAt };
    cache.set(model, found);
  }
  return found;
}

function linksTo(model: Model, id: string): number[] {
  const out: number[] = [];
  model.dependencies.forEach((d, k) => {
    if (d.to === id) out.push(k);
  });
  return out;
}

const incomingCache = new WeakMap<Model, ReadonlyMap<string, readonly Dependency[]>>();

/** Links into a successor by its id, in model order. */
export function incomingLinks(model: Model, id: string): readonly Dependency[] {
  let incoming = incomingCache.get(model);
  if (!incoming) {
    const byTo = new Map<string, Dependency[]>();
    for (const d of model.dependencies) {
      const list = byTo.get(d.to);
      if (list) list.push(d);
      else byTo.set(d.to, [d]);
    }
    incomingCache.set(model, (incoming = byTo));
  }
  return incoming.get(id) ?? [];
}

const analysisCache = new WeakMap<Analysis, WeakMap<Model, readonly (InitiativeAnalysis | undefined)[]>>();

/** Each initiative's analysis, aligned with model.initiatives (one lookup per initiative for all rules). */
export function analysisAt(model: Model, analysis: Analysis): readonly (InitiativeAnalysis | undefined)[] {
  let byModel = analysisCache.get(analysis);
  if (!byModel) analysisCache.set(analysis, (byModel = new WeakMap()));
  let found = byModel.get(model);
  if (!found) {
    found = model.initiatives.map((i) => analysis.byId.get(i.id));
    byModel.set(model, found);
  }
  return found;
}
