import type { ReportRow, ReportRows } from '../../src/core/types';

/**
 * Report rows as they cross from the worker: each part is a few hundred rows as one JSON string
 * (copied as one block, and kept by the main thread's heap as one object). The main thread parses
 * a part only when the writer asks for one of its rows: at 100,000 initiatives the rows as objects were
 * millions of small objects, and the garbage collector's pauses while they arrived were the
 * longest tasks of the report (docs/BENCHMARKS.md).
 */
export interface RowPart {
  readonly json: string;
  readonly count: number;
}

export function encodeRows(rows: readonly ReportRow[]): RowPart {
  return { json: JSON.stringify(rows), count: rows.length };
}

/**
 * The rows of a sheet from its parts, in order. A writer reads rows front to back, so only the
 * part last read is kept parsed.
 */
export function rowsFromParts(parts: readonly RowPart[], width: number): ReportRows {
  const starts: number[] = [];
  let count = 0;
  for (const p of parts) {
    starts.push(count);
    count += p.count;
  }
  let open = -1;
  let rows: readonly ReportRow[] = [];
  const partOf = (index: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    count,
    width,
    row(index) {
      if (index < 0 || index >= count) return [];
      const k = open >= 0 && index >= starts[open]! && index < starts[open]! + parts[open]!.count ? open : partOf(index);
      if (k !== open) {
        rows = JSON.parse(parts[k]!.json) as ReportRow[];
        open = k;
      }
      return rows[index - starts[k]!] ?? [];
    },
  };
}
