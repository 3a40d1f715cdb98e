import { SEVERITY_ORDER, type Finding } from '../types';
import { parseA1 } from '../util/a1';

/** Severity, then code, then source/sheet/cell (row-major), then message: a stable reading order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    cmp(a.code, b.code) ||
    compareCells(a, b) ||
    cmp(a.initiativeId ?? '', b.initiativeId ?? '') ||
    cmp(a.message, b.message)
  );
}

function compareCells(a: Finding, b: Finding): number {
  const ca = a.cells[0];
  const cb = b.cells[0];
  if (!ca || !cb) return ca ? -1 : cb ? 1 : 0;
  const pa = parseA1(ca.address);
  const pb = parseA1(cb.address);
  return (
    cmp(ca.source, cb.source) ||
    cmp(ca.sheet, cb.sheet) ||
    (pa && pb ? pa.row - pb.row || pa.col - pb.col : cmp(ca.address, cb.address))
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
