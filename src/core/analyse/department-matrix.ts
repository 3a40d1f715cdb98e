import type { DepartmentMatrix, Model } from '../types';
import { compareIds, type DependencyGraph } from './graph';

/**
 * counts[i][j]: how many initiative pairs have work of departments[i] waiting on work of
 * departments[j] (a pair linked by several link types counts once). The diagonal holds
 * dependencies inside one department. Initiatives without a department are left out.
 * Departments are every department that owns an initiative, in natural order.
 */
export function buildDepartmentMatrix(model: Model, graph: DependencyGraph): DepartmentMatrix {
  const n = model.initiatives.length;
  const names = new Set<string>();
  for (const i of model.initiatives) if (i.department !== undefined) names.add(i.department);
  const departments = [...names].sort(compareIds);
  const index = new Map(departments.map((d, k) => [d, k]));
  const deptOf = new Int32Array(n);
  for (let v = 0; v < n; v++) deptOf[v] = index.get(model.initiatives[v]!.department ?? '\u0000') ?? -1;
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
