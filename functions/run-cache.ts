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
  /** The working calendar (weekend and holidays arguments), as one string. */
  readonly calendar: string;
  readonly inputs: readonly (Matrix | null)[];
  /**
   * Sheet addresses of the inputs (Excel's parameterAddresses), when every input is a reference.
   * Within one JavaScript task Excel evaluates from one workbook state, so once a task has checked
   * a content match for these addresses, later calls in the same task with the same addresses skip
   * the cell-by-cell comparison. The shortcut is forgotten when the task ends.
   */
  readonly addresses?: string;
}

interface Entry<T> {
  readonly key: CacheKey;
  readonly value: T;
}

export class RunCache<T> {
  private entries: Entry<T>[] = [];
  /** Address key -> entry whose content was checked in the current task. */
  private checkedThisTask = new Map<string, Entry<T>>();
  private forgetScheduled = false;

  constructor(private readonly capacity = 4) {}

  get(key: CacheKey): T | undefined {
    const checked = key.addresses === undefined ? undefined : this.checkedThisTask.get(taskKey(key));
    if (checked) return checked.value;
    for (let i = 0; i < this.entries.length; i++) {
      const entry = this.entries[i]!;
      if (!sameKey(entry.key, key)) continue;
      if (i > 0) {
        // Most recently used first: the next identical call finds it at once.
        this.entries.splice(i, 1);
        this.entries.unshift(entry);
      }
      this.rememberForTask(key, entry);
      return entry.value;
    }
    return undefined;
  }

  set(key: CacheKey, value: T): void {
    const entry = { key, value };
    this.entries.unshift(entry);
    if (this.entries.length > this.capacity) this.entries.length = this.capacity;
    this.rememberForTask(key, entry);
  }

  clear(): void {
    this.entries = [];
    this.checkedThisTask.clear();
  }

  private rememberForTask(key: CacheKey, entry: Entry<T>): void {
    if (key.addresses === undefined) return;
    this.checkedThisTask.set(taskKey(key), entry);
    if (this.forgetScheduled) return;
    this.forgetScheduled = true;
    // A microtask runs before any other event (a recalculation after an edit) is handled.
    queueMicrotask(() => {
      this.checkedThisTask.clear();
      this.forgetScheduled = false;
    });
  }

  get size(): number {
    return this.entries.length;
  }
}

function taskKey(key: CacheKey): string {
  return `${key.asOf}|${key.cadence}|${key.calendar}|${key.addresses ?? ''}`;
}

function sameKey(a: CacheKey, b: CacheKey): boolean {
  if (a.asOf !== b.asOf || a.cadence !== b.cadence || a.calendar !== b.calendar || a.inputs.length !== b.inputs.length) return false;
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
