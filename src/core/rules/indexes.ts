import type { Dependency, Model } from '../types';

/**
 * Lookups several rules share, built once per model (memoised on the model object) so every
 * rule stays linear in the size of the model.
 */
interface ModelIndexes {
  /** Links into each successor, in model order. */
  readonly incoming: ReadonlyMap<string, readonly Dependency[]>;
}

const cache = new WeakMap<Model, ModelIndexes>();

export function indexesOf(model: Model): ModelIndexes {
  let found = cache.get(model);
  if (!found) {
    const incoming = new Map<string, Dependency[]>();
    for (const d of model.dependencies) {
      const list = incoming.get(d.to);
      if (list) list.push(d);
      else incoming.set(d.to, [d]);
    }
    found = { incoming };
    cache.set(model, found);
  }
  return found;
}

export function incomingLinks(model: Model, id: string): readonly Dependency[] {
  return indexesOf(model).incoming.get(id) ?? [];
}
