import type { CellValue, LinkType } from '../../types';
import { cleanText, isBlank } from '../normalise/cell-text';
import { normaliseId } from '../normalise/id';
import type { ProfileLink, ProfileRow, ProfileTable, SourceProfile } from './profile';

/**
 * Smartsheet project sheets (dependencies enabled) exported to Excel: primary column "Task Name",
 * "Start Date", "End Date", "Duration", "% Complete", "Assigned To", "Predecessors", often
 * "Status", and the system column "Modified".
 * - Predecessors name ROW NUMBERS, positions in the sheet (sorting or inserting rows renumbers
 *   them): "2", "2FS +2d 4h", "3SS", "4FF -1d", comma-separated; FS when no type is written.
 *   So a row's id is its position under the header (rowIds), unless the sheet carries a "Row" /
 *   "Row ID" column; either way local to the file.
 * - Parent rows are read-only roll-ups of their children. The Excel export writes the hierarchy
 *   as grouped (outlined) Excel rows: rows nest by a level column when the sheet has one, else by
 *   the grouped rows' outline levels (the marker 'grouped': RawSheet.rowOutlineLevels, which the
 *   .xlsx reader fills), else by the indentation of the task name (the marker 'indent').
 * - Status symbols are Red, Yellow, Green and Gray balls (or Blue for done): Gray gives no colour.
 * See ../shared/EXPORT-FORMATS.md, "Smartsheet", and test/fixtures/exports/SOURCES.md.
 */
export const SMARTSHEET: SourceProfile = {
  id: 'smartsheet',
  label: 'Smartsheet export',
  recognise: (table: ProfileTable) =>
    table.headers.includes('task name') &&
    table.headers.includes('start date') &&
    table.headers.includes('end date') &&
    ['predecessors', 'duration', 'assigned to', '% complete'].some((h) => table.headers.includes(h)),
  fields: {
    id: ['row id', 'row', 'row number', 'row #'],
    name: ['task name'],
    owner: ['assigned to'],
    status: ['rag', 'health', 'status'],
    start: ['start date'],
    due: ['end date'],
    // Smartsheet's project templates add these beside the dependency-driven dates.
    actualStart: ['actual start', 'actual start date'],
    actualFinish: ['actual finish', 'actual finish date', 'actual end', 'actual end date'],
    percentComplete: ['% complete'],
    lastUpdated: ['modified', 'last modified', 'modified date'],
    // Row numbers with a lag in days and hours: read by links() below, not as ids.
    dependsOn: [],
    kpi: [],
  },
  // Smartsheet's RYG symbols have a fourth ball, Gray: no rating given (the item is live, its colour not said).
  statusWords: { gray: 'unknown', grey: 'unknown' },
  localIds: true,
  rowIds: 'position',
  outline: ['outline level', 'level', 'grouped', 'indent'],
  links: (row: ProfileRow): ProfileLink[] => {
    const out: ProfileLink[] = [];
    for (const { value, cell } of row.cells('predecessors')) {
      for (const link of parsePredecessorRows(value)) out.push({ from: link.row, to: row.id, type: link.type, lagDays: link.lagDays, cell });
    }
    return out;
  },
};

/** One predecessor of a Smartsheet Predecessors cell; `row` is the row number, or the item as written when it does not read. */
export interface PredecessorRow {
  readonly row: string;
  readonly type: LinkType;
  /** Working days, rounded to whole days (a lag of 2d 4h on an 8-hour day is 2.5, read as 3). */
  readonly lagDays: number;
}

const ITEM = /^(\d+)\s*(FS|SS|FF|SF)?\s*(?:([+-])\s*(.+))?$/i;
/** One part of a lag: 2d, 4h, 1w, 30m, with an "e" for elapsed time (2ed). */
const LAG_PART = /^(\d+(?:\.\d+)?)\s*(e?)(w|d|h|m)$/i;
/** Working days per unit (8-hour days, 5-day weeks), and calendar days per elapsed unit. */
const UNIT_DAYS: Readonly<Record<string, number>> = { w: 5, d: 1, h: 1 / 8, m: 1 / 480 };
const ELAPSED_DAYS: Readonly<Record<string, number>> = { w: 7, d: 1, h: 1 / 24, m: 1 / 1440 };

/**
 * A Predecessors cell -> its links: "2FS +2d 4h, 5, 7SS" -> row 2 FS lag 3 (2.5 days rounded),
 * row 5 FS, row 7 SS. Lags convert at 8 working hours a day and 5 working days a week (Smartsheet's
 * defaults); elapsed lags count 5 working days in 7. An item that does not read is kept as written
 * (it then names no row, and dependency.unknown points at its cell) rather than dropped unseen.
 */
export function parsePredecessorRows(value: CellValue): PredecessorRow[] {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? [{ row: String(value), type: 'FS', lagDays: 0 }] : [];
  if (typeof value !== 'string' || isBlank(value)) return [];
  const out: PredecessorRow[] = [];
  for (const piece of cleanText(value).split(/[,;]/)) {
    const item = piece.trim();
    if (item === '') continue;
    const read = readItem(item);
    if (read) out.push(read);
    else {
      const id = normaliseId(item);
      if (id !== undefined) out.push({ row: id, type: 'FS', lagDays: 0 });
    }
  }
  return out;
}

function readItem(item: string): PredecessorRow | undefined {
  const m = ITEM.exec(item);
  if (!m) return undefined;
  const type = (m[2]?.toUpperCase() ?? 'FS') as LinkType;
  let days = 0;
  if (m[4] !== undefined) {
    for (const part of m[4].trim().split(/\s+/)) {
      const p = LAG_PART.exec(part);
      if (!p) return undefined;
      const unit = p[3]!.toLowerCase();
      days += p[2] === '' ? Number(p[1]) * UNIT_DAYS[unit]! : (Number(p[1]) * ELAPSED_DAYS[unit]! * 5) / 7;
    }
    if (m[3] === '-') days = -days;
  }
  const rounded = Math.sign(days) * Math.round(Math.abs(days));
  return { row: String(Number(m[1])), type, lagDays: rounded === 0 ? 0 : rounded };
}
