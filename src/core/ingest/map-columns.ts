import { DEPENDENCY_FIELDS, INITIATIVE_FIELDS, KPI_FIELDS, type AnyField, type ColumnMapping, type SavedMapping, type TableKind } from '../types';
import type { Block } from './find-tables';
import { isTotalsRow } from './find-tables';
import { matchHeader, normaliseHeader } from './header-match';
import { cleanText, isBlank } from './normalise/cell-text';
import { normaliseStatus } from './normalise/status';

/** Rows sampled per column for value-based detection (enough to judge, cheap on 100,000 rows). */
const VALUE_SAMPLE_ROWS = 200;
const ID_LIKE = /^[A-Za-z]{1,8}[-_ ]?\d{1,6}[A-Za-z]?$/;

const FIELDS_OF: Readonly<Record<TableKind, readonly AnyField[]>> = {
  initiatives: INITIATIVE_FIELDS,
  dependencies: DEPENDENCY_FIELDS,
  kpis: KPI_FIELDS,
};

interface Candidate {
  readonly column: number;
  readonly field: AnyField;
  readonly confidence: number;
}

/**
 * Map the columns of a block to the fields of a kind: header synonyms first (greedy, most
 * confident first, one column per field and one field per column), then values for columns
 * no header named (a column of RAG words is a status column), then the user's saved choices.
 */
export function mapColumns(block: Block, kind: TableKind, saved?: SavedMapping): ColumnMapping[] {
  const candidates: Candidate[] = [];
  block.headers.forEach((header, column) => {
    const own = block.ownHeaders[column] ?? '';
    const seen = new Map<AnyField, number>();
    for (const c of [...matchHeader(header, kind), ...(own !== header ? matchHeader(own, kind) : [])]) {
      if (c.confidence > (seen.get(c.field) ?? 0)) seen.set(c.field, c.confidence);
    }
    for (const [field, confidence] of seen) candidates.push({ column, field, confidence });
  });
  candidates.sort((a, b) => b.confidence - a.confidence || a.column - b.column);
  const byField = new Map<AnyField, ColumnMapping>();
  const usedColumns = new Set<number>();
  for (const c of candidates) {
    if (byField.has(c.field) || usedColumns.has(c.column)) continue;
    byField.set(c.field, { field: c.field, column: c.column, header: block.headers[c.column] ?? '', confidence: round(c.confidence), by: 'header' });
    usedColumns.add(c.column);
  }
  if (kind === 'initiatives') {
    alignCostBasis(block, byField, usedColumns);
    detectByValues(block, byField, usedColumns);
  }
  if (saved) applySaved(block, kind, saved, byField, usedColumns);
  return [...byField.values()].sort((a, b) => a.column - b.column);
}

/** Words that say what a cost column is, not which period or basis it covers. */
const COST_WORDS = new Set(['forecast', 'cost', 'costs', 'spend', 'eac', 'outturn', 'total', 'm', 'k', 'bn', 'gbp', 'usd', 'eur', 'the', 'of', 'and', 'including', 'incl']);
const BUDGET_WORDS = ['baseline', 'budget', 'approved'];

/**
 * Budget and forecast on the same basis: when the forecast column is qualified ("Financial Year
 * Forecast") and the budget column is not ("Whole Life Costs") but another column is
 * ("Financial Year Baseline"), the budget moves there, so cost overruns compare like with like.
 */
function alignCostBasis(block: Block, byField: Map<AnyField, ColumnMapping>, used: Set<number>): void {
  const forecast = byField.get('forecastCost');
  const budget = byField.get('budget');
  if (!forecast || !budget) return;
  const wordsOf = (column: number): Set<string> => new Set(normaliseHeader((block.headers[column] ?? '').replace(/\([^)]*\)/g, ' ')).split(' '));
  const qualifiers = [...wordsOf(forecast.column)].filter((w) => w !== '' && !COST_WORDS.has(w) && !/^\d+$/.test(w) && !/^[£$€]/.test(w));
  if (qualifiers.length === 0) return;
  const sameBasis = (column: number): boolean => {
    const words = wordsOf(column);
    return qualifiers.every((w) => words.has(w));
  };
  if (sameBasis(budget.column)) return;
  for (let column = 0; column < block.headers.length; column++) {
    if (used.has(column) || !sameBasis(column)) continue;
    const words = wordsOf(column);
    if (!BUDGET_WORDS.some((w) => words.has(w))) continue;
    used.delete(budget.column);
    used.add(column);
    byField.set('budget', { field: 'budget', column, header: block.headers[column] ?? '', confidence: 0.7, by: 'header' });
    return;
  }
}

function detectByValues(block: Block, byField: Map<AnyField, ColumnMapping>, used: Set<number>): void {
  for (let column = 0; column < block.headers.length; column++) {
    if (used.has(column)) continue;
    const sample = sampleColumn(block, column);
    if (sample.length < 2) continue;
    if (!byField.has('status')) {
      const rag = sample.filter((v) => {
        const s = normaliseStatus(v);
        return s !== undefined && s !== 'unknown';
      }).length;
      if (rag / sample.length >= 0.8) {
        byField.set('status', { field: 'status', column, header: block.headers[column] ?? '', confidence: round(0.5 + 0.3 * (rag / sample.length)), by: 'values' });
        used.add(column);
        continue;
      }
    }
    if (!byField.has('id')) {
      const texts = sample.map((v) => cleanText(String(v)));
      const idLike = texts.filter((t) => ID_LIKE.test(t)).length;
      if (idLike / sample.length >= 0.9 && new Set(texts.map((t) => t.toUpperCase())).size === texts.length) {
        byField.set('id', { field: 'id', column, header: block.headers[column] ?? '', confidence: 0.6, by: 'values' });
        used.add(column);
      }
    }
  }
}

function sampleColumn(block: Block, column: number): Array<string | number> {
  const out: Array<string | number> = [];
  const col = block.range.left + column;
  const end = Math.min(block.range.bottom, block.headerRow + VALUE_SAMPLE_ROWS);
  for (let row = block.headerRow + 1; row <= end; row++) {
    const v = block.grid.value(row, col);
    if (isBlank(v) || (typeof v !== 'string' && typeof v !== 'number')) continue;
    if (isTotalsRow(block.grid, row, block.range.left, block.range.right)) continue;
    out.push(v);
  }
  return out;
}

/**
 * The user's choice wins: field -> the column whose header text matches (robust to moved
 * columns); null takes the field off whatever column was matched for it.
 */
function applySaved(block: Block, kind: TableKind, saved: SavedMapping, byField: Map<AnyField, ColumnMapping>, used: Set<number>): void {
  for (const [field, header] of Object.entries(saved.fields) as Array<[AnyField, string | null | undefined]>) {
    if (header === undefined || !FIELDS_OF[kind].includes(field)) continue;
    if (header === null) {
      const matched = byField.get(field);
      if (matched) used.delete(matched.column);
      byField.delete(field);
      continue;
    }
    const wanted = normaliseHeader(header);
    const column = block.headers.findIndex((h, i) => normaliseHeader(h) === wanted || normaliseHeader(block.ownHeaders[i] ?? '') === wanted);
    if (column < 0) continue;
    for (const [f, m] of byField) if (m.column === column) byField.delete(f);
    const previous = byField.get(field);
    if (previous) used.delete(previous.column);
    byField.set(field, { field, column, header: block.headers[column] ?? '', confidence: 1, by: 'user' });
    used.add(column);
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
