import type { Matrix } from './arguments';

/**
 * A small cache of core runs keyed by the exact content of the range arguments.
 *
 * Excel hands every formula its own copy of the ranges, so 10,000 formulas over one table arrive
 * as 10,000 equal-but-distinct arrays. Comparing a new call's cells with a cached entry's cells
 * (strict equality, stopping at the first difference) is one pass over primitives and far
 * cheaper than hashing strings; on a hit the run is reused, on any difference it is recomputed.
 */
export interface CacheKey {
  readonly asOf: number;
  readonly cadence: number;
  readonly inputs: readonly (Matrix | null)[];
}

interface Entry<T> {
  readonly key: CacheKey;
  readonly value: T;
}

export class RunCache<T> {
  private entries: Entry<T>[] = [];

  constructor(private readonly capacity = 4) {}

  get(key: CacheKey): T | undefined {
    for (let i = 0; i < this.entries.length; i++) {
      const entry = this.entries[i]!;
      if (!sameKey(entry.key, key)) continue;
      if (i > 0) {
        // Most recently used first: the next identical call finds it at once.
        this.entries.splice(i, 1);
        this.entries.unshift(entry);
      }
      return entry.value;
    }
    return undefined;
  }

  set(key: CacheKey, value: T): void {
    this.entries.unshift({ key, value });
    if (this.entries.length > this.capacity) this.entries.length = this.capacity;
  }

  clear(): void {
    this.entries = [];
  }

  get size(): number {
    return this.entries.length;
  }
}

function sameKey(a: CacheKey, b: CacheKey): boolean {
  if (a.asOf !== b.asOf || a.cadence !== b.cadence || a.inputs.length !== b.inputs.length) return false;
  for (let i = 0; i < a.inputs.length; i++) if (!sameMatrix(a.inputs[i]!, b.inputs[i]!)) return false;
  return true;
}

/** Cell-by-cell equality of two argument matrices (null = the argument was omitted). */
export function sameMatrix(a: Matrix | null, b: Matrix | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const ra = a[r]!;
    const rb = b[r]!;
    if (ra.length !== rb.length) return false;
    for (let c = 0; c < ra.length; c++) {
      const x = ra[c];
      const y = rb[c];
      if (x !== y && !sameErrorValue(x, y)) return false;
    }
  }
  return true;
}

/** Error cells arrive as objects; two with the same code are the same value. */
function sameErrorValue(x: unknown, y: unknown): boolean {
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  const cx = x as { code?: unknown; type?: unknown };
  const cy = y as { code?: unknown; type?: unknown };
  return cx.code === cy.code && cx.type === cy.type;
}
