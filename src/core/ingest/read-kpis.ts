import type { CellRef, CellValue, KpiDirection, KpiField, KpiRecord } from '../types';
import { KPI_FIELDS } from '../types';
import type { TableReader } from './cell-reader';
import { rowLabel } from './cell-reader';
import { cleanText, isBlank, isCellError, isPlaceholder } from './normalise/cell-text';
import { normaliseId } from './normalise/id';
import type { KnownNames } from './normalise/dependency';
import { parseListCell } from './normalise/list';
import { parseNumberValue } from './normalise/number';
import { isPercentFormat } from './normalise/percent';
import { BLANK, invalid, ok, type Parsed } from './normalise/result';

const DIRECTIONS: ReadonlyMap<string, KpiDirection> = new Map([
  ...['higher', 'higher is better', 'high', 'up', 'increase', 'increasing', 'maximise', 'maximize', 'more', 'more is better', '↑', '+', '▲'].map((w) => [w, 'higher'] as const),
  ...['lower', 'lower is better', 'low', 'down', 'decrease', 'decreasing', 'minimise', 'minimize', 'less', 'less is better', '↓', '-', '▼'].map((w) => [w, 'lower'] as const),
]);
const PERCENT_TEXT = /^([-+]?\d+(?:\.\d+)?)\s*%$/;

/**
 * Read a KPI sheet (KPI, Name, Target, Actual, Direction, Initiatives, Owner, Unit); `names`, the
 * run's initiative names, keeps an Initiatives cell that is one name whole ("Customer, pricing").
 */
export function readKpis(reader: TableReader, into: KpiRecord[], names?: KnownNames): void {
  for (const row of reader.rows) {
    const who = rowLabel(row);
    const kpi = reader.text('kpi', row, who) ?? reader.text('name', row, who);
    if (kpi === undefined) {
      if (!isCellError(reader.value('kpi', row))) reader.reportRow('kpi', row, `${who} of the KPI sheet has no KPI id or name; the KPI is not read.`);
      continue;
    }
    const cells: Partial<Record<KpiField, CellRef>> = {};
    for (const field of KPI_FIELDS) {
      const cell = reader.fieldCell(field, row);
      if (cell !== undefined && !isBlank(reader.value(field, row))) cells[field] = cell;
    }
    const name = reader.has('kpi') ? reader.text('name', row, kpi) : undefined;
    const target = reader.take('target', row, parseKpiNumber(reader.value('target', row)), kpi);
    const actual = reader.take('actual', row, parseKpiNumber(reader.value('actual', row)), kpi);
    const percentWritten = {
      ...(target !== undefined && writtenAsPercent(reader, 'target', row) ? { target: true as const } : {}),
      ...(actual !== undefined && writtenAsPercent(reader, 'actual', row) ? { actual: true as const } : {}),
    };
    const directionRead = reader.take('direction', row, parseDirection(reader.value('direction', row)), kpi);
    const direction = directionRead ?? 'higher';
    const directionUnread = directionRead === undefined && cells.direction !== undefined && !isCellError(reader.value('direction', row));
    const initiativesValue = reader.value('initiatives', row);
    if (isCellError(initiativesValue)) reader.reportError('initiatives', row, initiativesValue.error, kpi);
    const initiatives: string[] = [];
    for (const item of parseListCell(initiativesValue, names)) {
      // "FIN-1 FIN-2" lists two ids; "Ledger upgrade" is one name.
      const words = item.split(/\s+/);
      for (const part of words.length > 1 && words.every((w) => /\d/.test(w)) ? words : [item]) {
        const id = normaliseId(part);
        if (id !== undefined) initiatives.push(id);
      }
    }
    const owner = reader.text('owner', row, kpi);
    const unit = reader.text('unit', row, kpi);
    into.push({
      ref: reader.rowRef(row),
      kpi,
      ...(name !== undefined ? { name } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(actual !== undefined ? { actual } : {}),
      direction,
      ...(directionUnread ? { directionUnread: true as const } : {}),
      ...(percentWritten.target || percentWritten.actual ? { percentWritten } : {}),
      initiatives,
      ...(owner !== undefined ? { owner } : {}),
      ...(unit !== undefined ? { unit } : {}),
      cells,
    });
  }
}

/** A target or actual cell written as a percentage: "27%" as text, or a number formatted as one (0.27 shown 27%). */
function writtenAsPercent(reader: TableReader, field: 'target' | 'actual', row: number): boolean {
  const value = reader.value(field, row);
  if (typeof value === 'string') return PERCENT_TEXT.test(cleanText(value));
  const col = reader.column(field);
  if (typeof value !== 'number' || col === undefined) return false;
  const format = reader.block.grid.rowFormats(row)?.[col - reader.block.grid.left];
  return typeof format === 'string' && isPercentFormat(format);
}

/** KPI numbers: amounts as parseNumberValue reads them, and "95%" as 0.95. */
function parseKpiNumber(value: CellValue): Parsed<number> {
  if (typeof value === 'string') {
    const m = PERCENT_TEXT.exec(cleanText(value));
    if (m) return ok(Number(m[1]) / 100);
  }
  return parseNumberValue(value);
}

function parseDirection(value: CellValue): Parsed<KpiDirection> {
  if (value === null || isPlaceholder(value)) return BLANK;
  if (isCellError(value)) return { kind: 'error', error: value.error };
  const key = cleanText(String(value)).toLowerCase().replace(/\s+/g, ' ');
  if (key === '') return BLANK;
  const direction = DIRECTIONS.get(key);
  return direction === undefined ? invalid('Higher or Lower (which way is better)') : ok(direction);
}
