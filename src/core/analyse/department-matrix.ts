import type { DepartmentMatrix } from '../types';
import type { InitiativeColumns } from './columns';
import { compareIds, type DependencyGraph } from './graph';

/**
 * counts[i][j]: how many initiative pairs have work of departments[i] waiting on work of
 * departments[j] (a pair linked by several link types counts once). The diagonal holds
 * dependencies inside one department. Initiatives without a department are left out.
 * Departments are every department that owns an initiative, in natural order.
 */
export function buildDepartmentMatrix(graph: DependencyGraph, columns: InitiativeColumns): DepartmentMatrix {
  const n = columns.ids.length;
  const departments = [...columns.departments].sort(compareIds);
  // Column order (first appearance) -> matrix order (natural).
  const rank = new Int32Array(columns.departments.length);
  const sorted = new Map(departments.map((d, k) => [d, k]));
  columns.departments.forEach((d, k) => (rank[k] = sorted.get(d)!));
  const deptOf = new Int32Array(n);
  for (let v = 0; v < n; v++) deptOf[v] = columns.department[v]! >= 0 ? rank[columns.department[v]!]! : -1;
  const counts = departments.map(() => departments.map(() => 0));
  const { outStart, outEdges, edgeTo } = graph;
  const seen = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const owing = deptOf[u]!;
    for (let p = outStart[u]!; p < outStart[u + 1]!; p++) {
      const v = edgeTo[outEdges[p]!]!;
      if (seen[v] === u) continue;
      seen[v] = u;
      const waiting = deptOf[v]!;
      if (owing >= 0 && waiting >= 0) counts[waiting]![owing]!++;
    }
  }
  return { departments, counts };
}
