import type { Model, Status } from '../types';
import { isClosed } from './status-sets';

/**
 * What the analyses read from each initiative, copied into arrays by position in one pass over
 * the Initiative objects: later passes walk these arrays (sequential, compact) instead of
 * visiting 100,000 scattered objects again. Missing numbers are NaN.
 */
export interface InitiativeColumns {
  readonly ids: readonly string[];
  /** Reported status. */
  readonly status: readonly Status[];
  /** 1 for done or cancelled work. */
  readonly closed: Uint8Array;
  readonly start: Float64Array;
  readonly due: Float64Array;
  readonly deadline: Float64Array;
  readonly actualStart: Float64Array;
  readonly actualFinish: Float64Array;
  /** The owner's reported forecast finish (Initiative.reportedFinish). */
  readonly reportedFinish: Float64Array;
  /** 0..1, NaN when not given. */
  readonly percentComplete: Float64Array;
  readonly lastUpdated: Float64Array;
  /** Budget and benefit, 0 when missing or not a finite number (how value at risk counts them). */
  readonly budget: Float64Array;
  readonly benefit: Float64Array;
  /** Each initiative's department as an index into `departments` (-1: none). */
  readonly department: Int32Array;
  /** Every department that owns an initiative, in order of first appearance. */
  readonly departments: readonly string[];
  /** Each initiative's pillar as an index into `pillars` (-1: none). */
  readonly pillar: Int32Array;
  readonly pillars: readonly string[];
}

export function readColumns(model: Model): InitiativeColumns {
  const n = model.initiatives.length;
  const ids = new Array<string>(n);
  const status = new Array<Status>(n);
  const closed = new Uint8Array(n);
  const start = new Float64Array(n);
  const due = new Float64Array(n);
  const deadline = new Float64Array(n);
  const actualStart = new Float64Array(n);
  const actualFinish = new Float64Array(n);
  const reportedFinish = new Float64Array(n);
  const percentComplete = new Float64Array(n);
  const lastUpdated = new Float64Array(n);
  const budget = new Float64Array(n);
  const benefit = new Float64Array(n);
  const departments = new Names(n);
  const pillars = new Names(n);
  for (let v = 0; v < n; v++) {
    const initiative = model.initiatives[v]!;
    ids[v] = initiative.id;
    status[v] = initiative.status;
    if (isClosed(initiative.status)) closed[v] = 1;
    start[v] = initiative.start ?? NaN;
    due[v] = initiative.due ?? NaN;
    deadline[v] = initiative.deadline ?? NaN;
    actualStart[v] = initiative.actualStart ?? NaN;
    actualFinish[v] = initiative.actualFinish ?? NaN;
    reportedFinish[v] = initiative.reportedFinish ?? NaN;
    percentComplete[v] = initiative.percentComplete ?? NaN;
    lastUpdated[v] = initiative.lastUpdated ?? NaN;
    budget[v] = finite(initiative.budget);
    benefit[v] = finite(initiative.benefit);
    departments.add(v, initiative.department);
    pillars.add(v, initiative.pillar);
  }
  return {
    ids,
    status,
    closed,
    start,
    due,
    deadline,
    actualStart,
    actualFinish,
    reportedFinish,
    percentComplete,
    lastUpdated,
    budget,
    benefit,
    department: departments.of,
    departments: departments.names,
    pillar: pillars.of,
    pillars: pillars.names,
  };
}

/** Distinct names in order of first appearance, and the name's index per position. */
class Names {
  readonly of: Int32Array;
  readonly names: string[] = [];
  private readonly indexOf = new Map<string, number>();
  // Initiatives come table by table: a name usually repeats the previous one's.
  private last: string | undefined;
  private lastIndex = -1;

  constructor(n: number) {
    this.of = new Int32Array(n);
  }

  add(v: number, name: string | undefined): void {
    if (name === undefined) {
      this.of[v] = -1;
      return;
    }
    if (name !== this.last) {
      let k = this.indexOf.get(name);
      if (k === undefined) {
        k = this.names.length;
        this.indexOf.set(name, k);
        this.names.push(name);
      }
      this.last = name;
      this.lastIndex = k;
    }
    this.of[v] = this.lastIndex;
  }
}

function finite(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? value : 0;
}
