import type { CellRef, Dependency, DependencyRecord, InitiativeRecord, LinkType } from '../types';
import { rowStartCell } from './cells';

/** The cell a register row is pointed at: its From cell, else To, else any cell of the row. */
export function registerCell(r: DependencyRecord): CellRef {
  const cell = r.cells.from ?? r.cells.to ?? Object.values(r.cells)[0];
  return cell ?? rowStartCell(r.ref);
}

/** The dependencies, with the positions of their ends, type codes and lags (parallel to `dependencies`). */
export interface LinkedDependencies {
  readonly dependencies: Dependency[];
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly type: Uint8Array;
  readonly lag: Float64Array;
}

/** Link types by code (ModelIndex.linkType). */
export const LINK_TYPES: readonly LinkType[] = ['FS', 'SS', 'FF', 'SF'];

/**
 * Dependencies between known initiatives, from dependsOn cells (every record, owner or not)
 * and from dependency register rows. Links to unknown ids and self-links are left out here:
 * rules report them from the records (model.records, model.ingest.dependencies).
 * De-duplicated per (from, to, type): the first link is kept in place; when a register row
 * repeats a link, its needed-by date is added to the kept one.
 *
 * `positions` gives each known id its initiative's position, `recordPositions` the position of
 * each record's own id (every link of a row has the row as its successor): the links are
 * matched on positions, so no key text is built per link.
 */
export function linkDependencies(
  records: readonly InitiativeRecord[],
  register: readonly DependencyRecord[],
  positions: ReadonlyMap<string, number>,
  recordPositions: Int32Array,
): LinkedDependencies {
  // Sized for about two links per record; grows when a portfolio has more (no counting pass).
  const keeper = new LinkKeeper(positions.size, 2 * records.length + register.length + 16);
  for (let k = 0; k < records.length; k++) {
    const r = records[k]!;
    const links = r.dependsOn;
    if (links.length === 0) continue;
    const to = recordPositions[k]!;
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      const from = positions.get(link.id);
      if (from === undefined || from === to) continue;
      const code = linkTypeCode(link.type);
      if (keeper.find(from, to, code) >= 0) continue;
      keeper.keep({ from: link.id, to: r.id, type: link.type, lagDays: link.lagDays, origin: 'column', cell: link.cell }, from, to, code);
    }
  }
  for (const r of register) {
    const to = positions.get(r.to);
    const from = positions.get(r.from);
    if (to === undefined || from === undefined || from === to) continue;
    const code = linkTypeCode(r.type);
    const at = keeper.find(from, to, code);
    if (at < 0) {
      const cell = registerCell(r);
      keeper.keep(
        r.neededBy !== undefined
          ? { from: r.from, to: r.to, type: r.type, lagDays: r.lagDays, neededBy: r.neededBy, origin: 'register', cell }
          : { from: r.from, to: r.to, type: r.type, lagDays: r.lagDays, origin: 'register', cell },
        from,
        to,
        code,
      );
      continue;
    }
    const kept = keeper.out[at]!;
    if (kept.neededBy === undefined && r.neededBy !== undefined) keeper.out[at] = { ...kept, neededBy: r.neededBy };
  }
  const count = keeper.out.length;
  return {
    dependencies: keeper.out,
    from: keeper.from.slice(0, count),
    to: keeper.to.slice(0, count),
    type: keeper.type.slice(0, count),
    lag: keeper.lag.slice(0, count),
  };
}

/**
 * Kept links, chained per successor: a few per initiative, scanned in order (on the typed
 * arrays, without touching the Dependency objects); a successor with more than SCAN_LIMIT
 * predecessors switches to a map, so hostile input stays linear.
 */
class LinkKeeper {
  readonly out: Dependency[] = [];
  from: Int32Array;
  to: Int32Array;
  type: Uint8Array;
  lag: Float64Array;
  /** Per successor: its latest kept link (-1: none) and how many it has; per link: the previous one of its successor. */
  private readonly head: Int32Array;
  private readonly count: Int32Array;
  private previous: Int32Array;
  private readonly byKey = new Map<number, Map<number, number>>();

  constructor(nodes: number, capacity: number) {
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.type = new Uint8Array(capacity);
    this.lag = new Float64Array(capacity);
    this.head = new Int32Array(nodes).fill(-1);
    this.count = new Int32Array(nodes);
    this.previous = new Int32Array(capacity);
  }

  /** The kept link from -> to of this type code, or -1. */
  find(from: number, to: number, code: number): number {
    if (this.count[to]! > SCAN_LIMIT) return this.byKey.get(to)!.get(from * LINK_TYPES.length + code) ?? -1;
    for (let k = this.head[to]!; k >= 0; k = this.previous[k]!) {
      if (this.from[k] === from && this.type[k] === code) return k;
    }
    return -1;
  }

  keep(d: Dependency, from: number, to: number, code: number): void {
    const k = this.out.length;
    if (k === this.from.length) this.grow();
    this.out.push(d);
    this.from[k] = from;
    this.to[k] = to;
    this.type[k] = code;
    this.lag[k] = d.lagDays;
    this.previous[k] = this.head[to]!;
    this.head[to] = k;
    const count = ++this.count[to]!;
    if (count === SCAN_LIMIT + 1) {
      const map = new Map<number, number>();
      for (let j = k; j >= 0; j = this.previous[j]!) map.set(this.from[j]! * LINK_TYPES.length + this.type[j]!, j);
      this.byKey.set(to, map);
    } else if (count > SCAN_LIMIT + 1) {
      this.byKey.get(to)!.set(from * LINK_TYPES.length + code, k);
    }
  }

  private grow(): void {
    const capacity = 2 * this.from.length;
    const grown = <A extends Int32Array | Uint8Array | Float64Array>(a: A, make: (n: number) => A): A => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    this.from = grown(this.from, (n) => new Int32Array(n));
    this.to = grown(this.to, (n) => new Int32Array(n));
    this.type = grown(this.type, (n) => new Uint8Array(n));
    this.lag = grown(this.lag, (n) => new Float64Array(n));
    this.previous = grown(this.previous, (n) => new Int32Array(n));
  }
}

const SCAN_LIMIT = 16;

/** A link type's code: its index in LINK_TYPES (anything else counts as FS). */
export function linkTypeCode(type: LinkType): number {
  switch (type) {
    case 'SS':
      return 1;
    case 'FF':
      return 2;
    case 'SF':
      return 3;
    default:
      return 0;
  }
}
