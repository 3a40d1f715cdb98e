/**
 * A read-only id -> item map over a list and the positions of its ids, where
 * positions.get(list[v].id) === v for every v and positions iterates in list order. The model's
 * and the analysis's byId are views on the model's one id index: a second and third Map of
 * 100,000 ids would each cost as much to build as the index itself, and hold the same keys.
 */
export class ListById<T> implements ReadonlyMap<string, T> {
  constructor(
    private readonly positions: ReadonlyMap<string, number>,
    private readonly list: readonly T[],
  ) {}

  get size(): number {
    return this.positions.size;
  }

  get(id: string): T | undefined {
    const v = this.positions.get(id);
    return v === undefined ? undefined : this.list[v];
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  forEach(fn: (item: T, id: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    this.positions.forEach((v, id) => fn.call(thisArg, this.list[v]!, id, this));
  }

  *entries(): IterableIterator<[string, T]> {
    for (const [id, v] of this.positions) yield [id, this.list[v]!];
  }

  keys(): IterableIterator<string> {
    return this.positions.keys();
  }

  *values(): IterableIterator<T> {
    for (const v of this.positions.values()) yield this.list[v]!;
  }

  [Symbol.iterator](): IterableIterator<[string, T]> {
    return this.entries();
  }
}
