import type { Model } from '../types';
import { isClosed } from './status-sets';

/** Per-initiative facts several analyses need, read from the Initiative objects once. */
export interface InitiativeColumns {
  /** 1 for done or cancelled work. */
  readonly closed: Uint8Array;
  /** Each initiative's department as an index into `departments` (-1: none). */
  readonly department: Int32Array;
  /** Every department that owns an initiative, in order of first appearance. */
  readonly departments: readonly string[];
}

export function readColumns(model: Model): InitiativeColumns {
  const n = model.initiatives.length;
  const closed = new Uint8Array(n);
  const department = new Int32Array(n);
  const departments: string[] = [];
  const indexOf = new Map<string, number>();
  // Initiatives come table by table: the department usually repeats the previous one's.
  let last: string | undefined;
  let lastIndex = -1;
  for (let v = 0; v < n; v++) {
    const initiative = model.initiatives[v]!;
    if (isClosed(initiative.status)) closed[v] = 1;
    const name = initiative.department;
    if (name === undefined) {
      department[v] = -1;
      continue;
    }
    if (name !== last) {
      let d = indexOf.get(name);
      if (d === undefined) {
        d = departments.length;
        indexOf.set(name, d);
        departments.push(name);
      }
      last = name;
      lastIndex = d;
    }
    department[v] = lastIndex;
  }
  return { closed, department, departments };
}
