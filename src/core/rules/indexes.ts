import { modelIndex } from '../model';
import type { Analysis, Dependency, Initiative, InitiativeAnalysis, Model } from '../types';

/**
 * Lookups several rules share, built once per model (memoised on the model object) so every
 * rule stays linear in the size of the model. At 100,000 initiatives the rules' time goes into
 * hash-map probes on id text and into walking records scattered in memory, so ids are resolved
 * to positions (model.initiatives order) once, here (taken from the model's own index where it
 * has one), in one pass over the records, and the rules work with positions from then on.
 */
export interface ModelIndexes {
  /** Per dependency (model.dependencies order): the initiative at each end, undefined when no source defines it. */
  readonly from: readonly (Initiative | undefined)[];
  readonly to: readonly (Initiative | undefined)[];
  /** Per dependency: the position in model.initiatives of each end, -1 when not there. */
  readonly fromAt: Int32Array;
  readonly toAt: Int32Array;
  /**
   * Links into each initiative, in model order, as slices of one array: the links into the
   * initiative at position v are incoming[incomingStart[v] .. incomingStart[v + 1]).
   */
  readonly incoming: Int32Array;
  readonly incomingStart: Int32Array;
  /** Per record (model.records order): the position of the initiative byId holds for its id, -1 when none there. */
  readonly recordAt: Int32Array;
  /** Record links (dependsOn) naming an id byId does not hold, in record order: pairs of record index, link index. */
  readonly unknownLinks: readonly number[];
  /** Records listing their own id among their dependencies: pairs of record index, index of the first such link. */
  readonly selfLinks: readonly number[];
  /** byId is exactly model.initiatives by id, in order (what buildModel makes): one id, one position. */
  readonly byIdInOrder: boolean;
}

const cache = new WeakMap<Model, ModelIndexes>();

export function indexesOf(model: Model): ModelIndexes {
  let found = cache.get(model);
  if (!found) cache.set(model, (found = buildIndexes(model)));
  return found;
}

function buildIndexes(model: Model): ModelIndexes {
  const { initiatives, records, byId } = model;
  const deps = model.dependencies;
  // buildModel's models: byId is model.initiatives by id, in order, and the model's own index
  // (ids resolved to positions while the model was built) answers every lookup. Any other model
  // is followed through byId, as its rules always did.
  const inOrder = byIdFollowsInitiatives(model);
  const index = inOrder ? modelIndex(model) : undefined;
  const positions = index ? index.positions : positionsById(model);
  /** The position of an id's initiative, -1 when not in the list. */
  const at = (id: string): number => positions.get(id) ?? -1;
  const fromAt = index ? index.linkFrom : Int32Array.from(deps, (d) => at(d.from));
  const toAt = index ? index.linkTo : Int32Array.from(deps, (d) => at(d.to));
  const from = new Array<Initiative | undefined>(deps.length);
  const to = new Array<Initiative | undefined>(deps.length);
  for (let k = 0; k < deps.length; k++) {
    from[k] = fromAt[k]! >= 0 ? initiatives[fromAt[k]!] : byId.get(deps[k]!.from);
    to[k] = toAt[k]! >= 0 ? initiatives[toAt[k]!] : byId.get(deps[k]!.to);
  }

  // One pass over every record and its links: the record's position, and its links to ids no
  // source defines or to itself (few: kept as sparse lists for dependency.unknown and .self).
  const recordAt = new Int32Array(records.length);
  const unknownLinks: number[] = [];
  const selfLinks: number[] = [];
  let next = 0; // buildModel lists initiatives in order of their first record
  for (let j = 0; j < records.length; j++) {
    const r = records[j]!;
    // A record that introduces its id sits at the next position: found by comparing one id, not hashing.
    recordAt[j] = inOrder && next < initiatives.length && initiatives[next]!.id === r.id ? next++ : at(r.id);
    const links = r.dependsOn;
    let self = false;
    for (let l = 0; l < links.length; l++) {
      const link = links[l]!;
      if (!positions.has(link.id)) unknownLinks.push(j, l);
      if (!self && link.id === r.id) {
        self = true;
        selfLinks.push(j, l);
      }
    }
  }

  const { incoming, incomingStart } = inOrder ? linksByPosition(toAt, initiatives.length) : linksByOwner(model, toAt, at);
  return { from, to, fromAt, toAt, incoming, incomingStart, recordAt, unknownLinks, selfLinks, byIdInOrder: inOrder };
}

/** byId is exactly model.initiatives keyed by their ids, in the same order (what buildModel makes). */
function byIdFollowsInitiatives({ byId, initiatives }: Model): boolean {
  if (byId.size !== initiatives.length) return false;
  // Walked alongside the list: no hashing.
  let v = 0;
  let same = true;
  byId.forEach((i, id) => {
    if (same && (initiatives[v] !== i || i.id !== id)) same = false;
    v++;
  });
  return same;
}

/** Every id byId holds, with the position of its initiative in model.initiatives (-1 when that initiative is not in the list). */
function positionsById({ byId, initiatives }: Model): Map<string, number> {
  const position = new Map<Initiative, number>();
  for (let p = 0; p < initiatives.length; p++) position.set(initiatives[p]!, p);
  const positions = new Map<string, number>();
  byId.forEach((i, id) => positions.set(id, position.get(i) ?? -1));
  return positions;
}

/** The initiative byId holds for the id of record j (model.records order). */
export function initiativeOfRecord(model: Model, j: number): Initiative | undefined {
  const v = indexesOf(model).recordAt[j]!;
  return v >= 0 ? model.initiatives[v] : model.byId.get(model.records[j]!.id);
}

/** Records grouped by id: each group is a chain through `next`, in record order, starting at a record marked `first`. */
export interface RecordGroups {
  /** Per record (model.records order): 1 when it is the first record of its id. */
  readonly first: Uint8Array;
  /** Per record: the next record with the same id, -1 after the last. */
  readonly next: Int32Array;
}

const groupsCache = new WeakMap<Model, RecordGroups>();

/** Records grouped by id (for id.duplicate and source.conflict), by position where ids have one, no arrays per group. */
export function recordGroupsOf(model: Model): RecordGroups {
  let found = groupsCache.get(model);
  if (!found) {
    const { recordAt, byIdInOrder } = indexesOf(model);
    const records = model.records;
    const first = new Uint8Array(records.length);
    const next = new Int32Array(records.length).fill(-1);
    const lastAt = new Int32Array(model.initiatives.length).fill(-1); // last record so far, by position
    const lastById = new Map<string, number>(); // the same, for ids without a position of their own
    for (let j = 0; j < records.length; j++) {
      const v = byIdInOrder ? recordAt[j]! : -1;
      const previous = v >= 0 ? lastAt[v]! : (lastById.get(records[j]!.id) ?? -1);
      if (v >= 0) lastAt[v] = j;
      else lastById.set(records[j]!.id, j);
      if (previous >= 0) next[previous] = j;
      else first[j] = 1;
    }
    groupsCache.set(model, (found = { first, next }));
  }
  return found;
}

interface LinkSlices {
  readonly incoming: Int32Array;
  readonly incomingStart: Int32Array;
}

/** Links grouped by the position of their successor (a counting sort: model order kept in each slice). */
function linksByPosition(toAt: Int32Array, n: number): LinkSlices {
  const incomingStart = new Int32Array(n + 1);
  for (let k = 0; k < toAt.length; k++) if (toAt[k]! >= 0) incomingStart[toAt[k]! + 1]!++;
  for (let v = 0; v < n; v++) incomingStart[v + 1]! += incomingStart[v]!;
  const incoming = new Int32Array(incomingStart[n]!);
  const next = incomingStart.slice(0, n);
  for (let k = 0; k < toAt.length; k++) if (toAt[k]! >= 0) incoming[next[toAt[k]!]!++] = k;
  return { incoming, incomingStart };
}

/**
 * For a model whose byId is not its initiatives list by id (hand-built): each initiative gets the
 * links of the initiative byId holds for its id, or, when byId holds none in the list, the links
 * naming its id as successor.
 */
function linksByOwner(model: Model, toAt: Int32Array, at: (id: string) => number): LinkSlices {
  const { initiatives, dependencies } = model;
  const byPosition = linksByPosition(toAt, initiatives.length);
  const lists: ArrayLike<number>[] = initiatives.map((i) => {
    const w = at(i.id);
    if (w >= 0) return byPosition.incoming.subarray(byPosition.incomingStart[w]!, byPosition.incomingStart[w + 1]!);
    const own: number[] = [];
    dependencies.forEach((d, k) => {
      if (d.to === i.id) own.push(k);
    });
    return own;
  });
  const incomingStart = new Int32Array(initiatives.length + 1);
  lists.forEach((list, v) => (incomingStart[v + 1] = incomingStart[v]! + list.length));
  const incoming = new Int32Array(incomingStart[initiatives.length]!);
  lists.forEach((list, v) => incoming.set(list, incomingStart[v]!));
  return { incoming, incomingStart };
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
    found = alignAnalysis(model.initiatives, analysis.byId);
    byModel.set(model, found);
  }
  return found;
}

function alignAnalysis(
  initiatives: readonly Initiative[],
  byId: ReadonlyMap<string, InitiativeAnalysis>,
): (InitiativeAnalysis | undefined)[] {
  const out = new Array<InitiativeAnalysis | undefined>(initiatives.length);
  // analyseModel keys byId in model order: walk both together while the ids agree (no hashing),
  // and look up by id from the first disagreement on.
  let v = 0;
  let agree = byId.size === initiatives.length;
  if (agree) {
    byId.forEach((a, id) => {
      if (!agree) return;
      if (initiatives[v]!.id === id) out[v++] = a;
      else agree = false;
    });
  }
  for (; v < initiatives.length; v++) out[v] = byId.get(initiatives[v]!.id);
  return out;
}
