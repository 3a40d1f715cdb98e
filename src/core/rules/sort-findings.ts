import { SEVERITY_ORDER, type Finding } from '../types';
import { parseA1 } from '../util/a1';

/** Severity, then code, then source/sheet/cell (row-major), then message: a stable reading order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // One key per finding, computed once: the comparator used to parse A1 addresses on every
  // comparison. Codes, sources and sheets become ranks (their lexical order), so most
  // comparisons are numeric. The order is exactly compareFindings' (ties keep input order).
  const n = findings.length;
  const codeRank = rankOf(findings, (f) => f.code);
  const sourceRank = rankOf(findings, (f) => f.cells[0]?.source);
  const sheetRank = rankOf(findings, (f) => f.cells[0]?.sheet);
  const keys: SortKey[] = new Array<SortKey>(n);
  for (let k = 0; k < n; k++) {
    const f = findings[k]!;
    const c = f.cells[0];
    const p = c ? parseA1(c.address) : undefined;
    keys[k] = {
      f,
      group: SEVERITY_ORDER[f.severity] * codeRank.size + codeRank.get(f.code)!,
      hasCell: c !== undefined,
      source: c ? sourceRank.get(c.source)! : 0,
      sheet: c ? sheetRank.get(c.sheet)! : 0,
      parsed: p !== undefined,
      row: p ? p.row : 0,
      col: p ? p.col : 0,
      address: c ? c.address : '',
    };
  }
  keys.sort(compareKeys);
  const out = new Array<Finding>(n);
  for (let k = 0; k < n; k++) out[k] = keys[k]!.f;
  return out;
}

interface SortKey {
  readonly f: Finding;
  /** Severity then code, as one number. */
  readonly group: number;
  readonly hasCell: boolean;
  readonly source: number;
  readonly sheet: number;
  readonly parsed: boolean;
  readonly row: number;
  readonly col: number;
  readonly address: string;
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a.group !== b.group) return a.group - b.group;
  if (a.hasCell !== b.hasCell) return a.hasCell ? -1 : 1;
  if (a.hasCell) {
    if (a.source !== b.source) return a.source - b.source;
    if (a.sheet !== b.sheet) return a.sheet - b.sheet;
    const byCell = a.parsed && b.parsed ? a.row - b.row || a.col - b.col : cmp(a.address, b.address);
    if (byCell !== 0) return byCell;
  }
  return cmp(a.f.initiativeId ?? '', b.f.initiativeId ?? '') || cmp(a.f.message, b.f.message);
}

/** Each distinct string's position in sorted order. */
function rankOf(findings: readonly Finding[], pick: (f: Finding) => string | undefined): Map<string, number> {
  const seen = new Set<string>();
  for (const f of findings) {
    const s = pick(f);
    if (s !== undefined) seen.add(s);
  }
  const sorted = [...seen].sort(cmp);
  const rank = new Map<string, number>();
  for (let k = 0; k < sorted.length; k++) rank.set(sorted[k]!, k);
  return rank;
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
