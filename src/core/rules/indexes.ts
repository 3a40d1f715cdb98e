import { modelIndex } from '../model';
import type { Analysis, Initiative, InitiativeAnalysis, Model, Status } from '../types';

/**
 * Lookups several rules share, built once per model (memoised on the model object) so every
 * rule stays linear in the size of the model. At 100,000 initiatives the rules' time goes into
 * hash-map probes on id text and into walking records scattered in memory, so ids are resolved
 * to positions (model.initiatives order) once, here (taken from the model's own index where it
 * has one), in one pass over the records, and the rules work with positions from then on.
 */
export interface ModelIndexes {
  /** Per dependency (model.dependencies order): the position in model.initiatives of each end, -1 when not there. */
  readonly fromAt: Int32Array;
  readonly toAt: Int32Array;
  /**
   * Links into each initiative, in model order, as slices of one array: the links into the
   * initiative at position v are incoming[incomingStart[v] .. incomingStart[v + 1]).
   */
  readonly incoming: Int32Array;
  readonly incomingStart: Int32Array;
  /**
   * Per initiative: its reported status, read once. Per-link checks read the status of each end
   * from this compact list instead of visiting 200,000 initiative objects scattered in memory.
   */
  readonly statusAt: readonly Status[];
  /** Per record (model.records order): the position of the initiative byId holds for its id, -1 when none there. */
  readonly recordAt: Int32Array;
  /** Record links (dependsOn) naming an id byId does not hold, in record order: pairs of record index, link index. */
  readonly unknownLinks: readonly number[];
  /** Records listing their own id among their dependencies: pairs of record index, index of the first such link. */
  readonly selfLinks: readonly number[];
  /** byId indexes model.initiatives exactly, in order (what buildModel makes): one id, one position. */
  readonly byIdInOrder: boolean;
}

const cache = new WeakMap<Model, ModelIndexes>();

export function indexesOf(model: Model): ModelIndexes {
  let found = cache.get(model);
  if (!found) cache.set(model, (found = buildIndexes(model)));
  return found;
}

function buildIndexes(model: Model): ModelIndexes {
  const { initiatives } = model;
  const deps = model.dependencies;
  // buildModel's models: byId indexes model.initiatives, in order, and the model's own index
  // (ids resolved to positions while the model was built) answers every lookup. Any other model
  // is followed through byId, as its rules always did.
  const index = modelIndex(model);
  const inOrder = index.distinct && byIdIndexesInitiatives(model);
  const positions = inOrder ? index.positions : positionsById(model);
  /** The position of an id's initiative, -1 when not in the list. */
  const at = (id: string): number => positions.get(id) ?? -1;
  const fromAt = inOrder ? index.linkFrom : Int32Array.from(deps, (d) => at(d.from));
  const toAt = inOrder ? index.linkTo : Int32Array.from(deps, (d) => at(d.to));
  const statusAt = new Array<Status>(initiatives.length);
  for (let v = 0; v < initiatives.length; v++) statusAt[v] = initiatives[v]!.status;

  const { recordAt, unknownLinks, selfLinks } = scanRecords(model, inOrder, positions, fromAt, toAt);
  const { incoming, incomingStart } = inOrder ? linksByPosition(toAt, initiatives.length) : linksByOwner(model, toAt, at);
  return { fromAt, toAt, incoming, incomingStart, statusAt, recordAt, unknownLinks, selfLinks, byIdInOrder: inOrder };
}

/**
 * One pass over every record and its links: the record's position, and its links to ids no
 * source defines or to itself (few: kept as sparse lists for dependency.unknown and .self).
 */
function scanRecords(
  model: Model,
  inOrder: boolean,
  positions: ReadonlyMap<string, number>,
  fromAt: Int32Array,
  toAt: Int32Array,
): Pick<ModelIndexes, 'recordAt' | 'unknownLinks' | 'selfLinks'> {
  const { initiatives, records } = model;
  const deps = model.dependencies;
  const at = (id: string): number => positions.get(id) ?? -1;
  const recordAt = new Int32Array(records.length);
  const unknownLinks: number[] = [];
  const selfLinks: number[] = [];
  let next = 0; // buildModel lists initiatives in order of their first record
  // buildModel also keeps one dependency per distinct link of the dependsOn cells, in record
  // order, at the start of model.dependencies, with the positions of its ends: a cursor walks
  // them alongside, so a link that is the next kept dependency (the same cell and ids) is known
  // from those positions, and only the others (repeats, unknown ids, self links) are looked up.
  let cursor = 0;
  for (let j = 0; j < records.length; j++) {
    const r = records[j]!;
    // A record that introduces its id sits at the next position: found by comparing one id, not hashing.
    recordAt[j] = inOrder && next < initiatives.length && initiatives[next]!.id === r.id ? next++ : at(r.id);
    const links = r.dependsOn;
    let selfFound = false;
    for (let l = 0; l < links.length; l++) {
      const link = links[l]!;
      const d = inOrder ? deps[cursor] : undefined;
      let known: boolean;
      let self: boolean;
      if (d !== undefined && d.cell === link.cell && d.from === link.id && d.to === r.id && fromAt[cursor]! >= 0) {
        known = true;
        self = fromAt[cursor] === toAt[cursor]; // one id, one position
        cursor++;
      } else {
        known = positions.has(link.id);
        self = link.id === r.id;
      }
      if (!known) unknownLinks.push(j, l);
      if (self && !selfFound) {
        selfFound = true;
        selfLinks.push(j, l);
      }
    }
  }

  return { recordAt, unknownLinks, selfLinks };
}

/**
 * byId holds exactly model.initiatives under their ids (the Model contract, and what buildModel
 * makes), told from the sizes and a few samples: the list's ids are distinct (modelIndex), so
 * same size and the same objects at the ends and in the middle. Walking all 100,000 entries to
 * prove it costs more than the rules' lookups it saves.
 */
function byIdIndexesInitiatives({ byId, initiatives }: Model): boolean {
  if (byId.size !== initiatives.length) return false;
  for (const v of [0, initiatives.length >> 1, initiatives.length - 1]) {
    const i = initiatives[v];
    if (i !== undefined && byId.get(i.id) !== i) return false;
  }
  return true;
}

/** An initiative's reported status: from statusAt by its position (-1: read from the initiative). */
export function statusOf(statusAt: readonly Status[], at: number, i: Initiative): Status {
  return at >= 0 ? statusAt[at]! : i.status;
}

/** The initiative at a position, or (position -1: a model built by hand) the one byId holds for the id. */
export function initiativeAt(model: Model, at: number, id: string): Initiative | undefined {
  return at >= 0 ? model.initiatives[at] : model.byId.get(id);
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
