/**
 * One-to-one assignment of fields to columns with the best total score (the Hungarian method,
 * Kuhn-Munkres, O(rows^2 * columns)): unlike greedy first-match, a strong second choice is not
 * lost because another field took its column first. `scores[f][c]` is the score of field f on
 * column c; pairs below `minimum` are never assigned. Returns each field's column or -1.
 */
export function assignBest(scores: ReadonlyArray<ArrayLike<number>>, columns: number, minimum: number): Int32Array {
  const rows = scores.length;
  const result = new Int32Array(rows).fill(-1);
  if (rows === 0 || columns === 0) return result;
  // Square up with dummy columns so every field may stay unassigned (score 0).
  const m = columns + rows;
  const n = rows;
  // Costs to minimise: -score for allowed pairs, 0 for dummies and refused pairs. A tiny
  // preference for earlier columns keeps ties deterministic and reading-order natural.
  const cost = (f: number, c: number): number => {
    if (c >= columns) return 0;
    const s = scores[f]![c]!;
    return s >= minimum ? -(s - c * 1e-9) : 0;
  };
  const INF = Number.POSITIVE_INFINITY;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(INF);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  for (let j = 1; j <= m; j++) {
    const i = p[j]!;
    if (i === 0 || j - 1 >= columns) continue;
    if (scores[i - 1]![j - 1]! >= minimum) result[i - 1] = j - 1;
  }
  return result;
}
