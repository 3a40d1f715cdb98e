import type { Analysis, Dependency, Initiative, InitiativeAnalysis, Model } from '../types';

/**
 * Lookups several rules share, built once per model (memoised on the model object) so every
 * rule stays linear in the size of the model, and the id lookups (hash-map probes on text ids,
 * the bulk of the rules' time at 100,000 initiatives) are made once, not once per rule.
 */
interface ModelIndexes {
  /** Links into each successor, in model order. */
  readonly incoming: ReadonlyMap<string, readonly Dependency[]>;
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
    const incoming = new Map<string, Dependency[]>();
    const incomingIdx = new Map<string, number[]>();
    const from = new Array<Initiative | undefined>(deps.length);
    const to = new Array<Initiative | undefined>(deps.length);
    const fromAt = new Int32Array(deps.length);
    const toAt = new Int32Array(deps.length);
    const position = new Map<Initiative, number>();
    for (let v = 0; v < model.initiatives.length; v++) position.set(model.initiatives[v]!, v);
    for (let k = 0; k < deps.length; k++) {
      const d = deps[k]!;
      from[k] = model.byId.get(d.from);
      to[k] = model.byId.get(d.to);
      fromAt[k] = from[k] === undefined ? -1 : (position.get(from[k]!) ?? -1);
      toAt[k] = to[k] === undefined ? -1 : (position.get(to[k]!) ?? -1);
      const list = incoming.get(d.to);
      if (list) {
        list.push(d);
        incomingIdx.get(d.to)!.push(k);
      } else {
        incoming.set(d.to, [d]);
        incomingIdx.set(d.to, [k]);
      }
    }
    const incomingAt = model.initiatives.map((i) => incomingIdx.get(i.id) ?? NONE);
    found = { incoming, from, to, fromAt, toAt, incomingAt };
    cache.set(model, found);
  }
  return found;
}

export function incomingLinks(model: Model, id: string): readonly Dependency[] {
  return indexesOf(model).incoming.get(id) ?? [];
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
