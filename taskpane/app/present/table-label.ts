import type { DetectedTable } from '../../../src/core/types';

/** "Plan (table tblPlan)" or "Plan, rows 3-40": how a user recognises a detected table. */
export function tableLabel(t: DetectedTable): string {
  if (t.tableName) return `${t.sheet} (table ${t.tableName})`;
  return `${t.sheet}, rows ${t.headerRow + 1}-${t.range.bottom + 1}`;
}
