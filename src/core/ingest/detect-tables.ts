import { sectionRows, type SectionRow } from './section-rows';
import type { DetectedTable, GridRange, RawSource, RunOptions, SavedMapping } from '../types';
import { classifyBlock, type Classification } from './classify';
import { sideBySideApart } from './side-by-side';
import { drawnTimeline } from './timeline-dates';
import { bandColumnList, ratesPeriods } from './period-band';
import { profileTable, recogniseProfile, type ProfileRowValues, type SourceProfile } from './profiles';
import { departmentFromTitle, sheetDepartments, tableDepartment } from './department';
import { periodSnapshots } from './period-tabs';
import { dataRows } from './cell-reader';
import { calendarRightOf, splitCalendar } from './calendar-part';
import type { SheetGrid } from './sheet-grid';
import { findTables, isTotalsRow, type Block } from './find-tables';
import { cleanText, isBlank } from './normalise/cell-text';
import { tableMoney } from './table-currency';
import { withMoneyUnits } from './money-unit';
import { statusDateFromTitle } from './status-date-title';
import { a1 } from '../util/a1';
import { blockKeys, mappingFits, savedKeysFor } from './table-key';

export interface FoundTable {
  readonly table: DetectedTable;
  readonly block: Block;
  /** The source profile that read the table, when one recognised it. */
  readonly profile?: SourceProfile;
  /** Sheet rows holding data (not the header, blank or totals rows, nor the group rows its profile marks). */
  readonly rows: readonly number[];
  /** Rows its profile's groupRow left out that are items of their own (groupRowsUnread): said by ingest. */
  readonly unreadGroups?: UnreadGroups;
  /** Rows heading the groups of items under them (section-rows.ts): left out of `rows`, their labels the items' pillar. */
  readonly sections?: readonly SectionRow[];
  /** Lone lines after the last item (a footer such as "Status as of 13/11/2026"): left out of `rows` too. */
  readonly footers?: readonly SectionRow[];
  /** A Calendar/Holidays table (its own, or cut off a tracker it shared a sheet with): read for its days off (splitCalendar). */
  readonly calendar?: true;
}

/** A run of consecutive data rows a profile's groupRow marked with the same group (sheet rows, inclusive). */
export interface GroupRun {
  readonly group: string;
  readonly first: number;
  readonly last: number;
  /** The item row just above the run, when there is one. */
  readonly under?: number;
}

export interface UnreadGroups {
  readonly runs: readonly GroupRun[];
  /** The profile's groupRowsUnread: why they were not read. */
  readonly why: string;
}

/** Every table of a source with its kind, mapping, row count, confidence and department. */
export function detectTables(source: RawSource, options: RunOptions): DetectedTable[] {
  return findSourceTables(source, options).map((f) => f.table);
}

export function findSourceTables(source: RawSource, options: RunOptions): FoundTable[] {
  const saved = new Map<string, SavedMapping>(options.mappings.map((m) => [m.tableKey, m]));
  const found: FoundTable[] = [];
  for (const sheet of source.sheets) {
    const parts = withTablesApart(source, findTables(sheet), options);
    const keys = blockKeys(source.name, sheet.name, parts.map((p) => p.block));
    const blockOf = new Map(parts.map((p, k) => [keys[k]!.key, p.block]));
    const keyed = parts.map((p, k) => ({ ...keys[k]!, source: source.name, sheet: sheet.name, headers: p.block.headers }));
    // A mapping saved by a block's index is read only when it names headers the block has (blocks shift when a table is added above).
    const savedKeys = savedKeysFor(keyed, saved.keys(), (t, k) => mappingFits(saved.get(k)!, [...t.headers, ...blockOf.get(t.key)!.ownHeaders]));
    for (const [k, { block, calendar, judged }] of parts.entries()) {
      const { key, legacyKey } = keys[k]!;
      const savedKey = savedKeys.get(key);
      const savedMapping = savedKey === undefined ? undefined : saved.get(savedKey);
      const shape = profileTable(block, source.name);
      const profile = savedMapping?.kind === undefined ? recogniseProfile(shape) : undefined;
      // A part cut off a side-by-side block was classified when it was judged a table of its own: read as judged, unless a profile or saved mapping speaks.
      const asJudged = judged !== undefined && profile === undefined && savedMapping === undefined ? judged : undefined;
      const all = asJudged === undefined ? dataRows(block) : undefined;
      const grouped = profile?.groupRow ? itemRows(block, all!, profile, shape.headers) : undefined;
      // Headings between the items of a hand-made plan ("Workstream: Payments"): not items, their label the pillar of the rows under them.
      const sectioned = grouped === undefined && profile === undefined && all !== undefined && !calendar ? sectionRows(block, all) : undefined;
      const rows = grouped?.items ?? sectioned?.items ?? asJudged?.rows ?? all!;
      const classified = calendar
        ? CALENDAR_TABLE
        : (asJudged?.classified ?? classifyBlock(block, rows, savedMapping, profile ? { profile, table: shape } : undefined));
      const { kind, confidence, reason } = classified;
      const mapping = kind === 'initiatives' ? withMoneyUnits(block, classified.mapping) : classified.mapping;
      const mapped = new Set(mapping.map((m) => m.column));
      const unmapped = kind === null ? [] : unmappedColumns(block, mapped);
      const band = block.periodBand;
      const lacking = { start: !mapping.some((m) => m.field === 'start'), due: !mapping.some((m) => m.field === 'due') };
      const datesDrawn = band !== undefined && kind === 'initiatives' && drawnTimeline(block, rows, lacking, options, source.dateSystem) !== undefined;
      const statusRated = band !== undefined && kind === 'initiatives' && !mapping.some((m) => m.field === 'status') && ratesBand(block, rows, band);
      const timeline = band && kind !== null ? { ...band, first: block.headers[band.left - block.range.left]!, last: block.headers[band.right - block.range.left]!, ...(datesDrawn ? { readsDates: true as const } : {}), ...(statusRated ? { readsStatus: true as const } : {}) } : undefined;
      const departmentColumn = mapping.find((m) => m.field === 'department');
      const department = tableDepartment(
        source,
        sheet.name,
        options,
        savedMapping,
        departmentColumn ? () => uniformValue(block, departmentColumn.column) : undefined,
        () => departmentFromTitle(block.grid, block.range),
      );
      const money = kind === 'initiatives' ? tableMoney(block, rows, mapping) : {};
      const statusDate = kind === 'initiatives' && !mapping.some((m) => m.field === 'lastUpdated') ? titleStatusDate(source, sheet.name, block, options) : undefined;
      const table: DetectedTable = {
        key,
        ...(legacyKey !== undefined ? { legacyKey } : {}),
        ...(savedKey !== undefined && savedKey !== key ? { savedKey } : {}),
        source: source.name,
        sheet: sheet.name,
        ...(block.tableName !== undefined ? { tableName: block.tableName } : {}),
        kind,
        range: block.range,
        headerRow: block.headerRow,
        headers: block.headers,
        mapping,
        unmapped,
        ...(timeline ? { timeline } : {}),
        rowCount: rows.length,
        confidence,
        ...(department !== undefined ? { department: department.department, departmentFrom: department.from } : {}),
        ...(sheet.hidden === true ? { hidden: true as const } : {}),
        ...(profile ? { profile: profile.label } : {}),
        ...(kind === null && reason !== undefined ? { ignoredReason: reason } : {}),
        ...(money.currency !== undefined ? { currency: money.currency } : {}),
        ...(money.foreign !== undefined ? { foreignAmounts: money.foreign } : {}),
        ...(statusDate !== undefined ? { statusDate } : {}),
      };
      const sections = sectioned !== undefined && kind === 'initiatives' ? { sections: sectioned.sections, ...(sectioned.footers ? { footers: sectioned.footers } : {}) } : {};
      found.push({ table, block, rows, ...(profile ? { profile } : {}), ...(grouped?.unread ? { unreadGroups: grouped.unread } : {}), ...sections, ...(calendar ? { calendar } : {}) });
    }
  }
  return periodSnapshots(sheetDepartments(found, (f) => departmentFromTitle(f.block.grid, f.block.range)), options);
}

/** statusDateFromTitle with the cell it is written in. */
function titleStatusDate(source: RawSource, sheet: string, block: Block, options: RunOptions): DetectedTable['statusDate'] {
  const found = statusDateFromTitle(block.grid, block.range, { dateSystem: source.dateSystem, dateOrder: options.dateOrder });
  return found === undefined ? undefined : { day: found.day, cell: { source: source.name, sheet, address: a1(found.row, found.col) }, text: found.text };
}

const CALENDAR_TABLE = { kind: null, mapping: [], confidence: 1, reason: 'a calendar of working days and days off' } as const;

/**
 * The sheet's blocks with calendars cut off (withCalendarsApart), then each block holding two
 * tables side by side one blank column apart split into them (sideBySideApart); a part so cut
 * carries the rows and classification it was judged by.
 */
function withTablesApart(source: RawSource, blocks: readonly Block[], options: RunOptions): Array<{ block: Block; calendar?: true; judged?: { rows: readonly number[]; classified: Classification } }> {
  const out: Array<{ block: Block; calendar?: true; judged?: { rows: readonly number[]; classified: Classification } }> = [];
  const byProfile = (block: Block): boolean => recogniseProfile(profileTable(block, source.name)) !== undefined;
  for (const item of withCalendarsApart(source, blocks, options)) {
    if (item.calendar) {
      out.push(item);
      continue;
    }
    for (const part of sideBySideApart(item.block, byProfile)) {
      out.push(part.rows !== undefined && part.classified !== undefined ? { block: part.block, judged: { rows: part.rows, classified: part.classified } } : { block: part.block });
    }
  }
  return out;
}

/**
 * The sheet's blocks with each Calendar/Holidays table as a block of its own: a holiday list
 * beside or below a plan is cut off the plan's block (splitCalendar), so the plan is classified
 * and read without it.
 */
function withCalendarsApart(source: RawSource, blocks: readonly Block[], options: RunOptions): Array<{ block: Block; calendar?: true }> {
  const out: Array<{ block: Block; calendar?: true }> = [];
  for (const block of blocks) {
    const split = splitCalendar(source, block, options);
    if (split === undefined) {
      out.push({ block });
      continue;
    }
    if (split.rest !== undefined) out.push({ block: split.rest });
    out.push({ block: split.rest === undefined ? block : calendarBlock(block.grid, split.calendar), calendar: true });
  }
  const right = blocks.length === 0 ? undefined : calendarRightOf(source, blocks[0]!.grid, blocks, options);
  if (right !== undefined) out.push({ block: calendarBlock(blocks[0]!.grid, right), calendar: true });
  return out;
}

function calendarBlock(grid: SheetGrid, range: GridRange): Block {
  return { grid, range, headerRow: range.top, ...calendarHeaders(grid, range.top, range.left, range.right), recognised: true };
}

/** The first row's text per column of a calendar cut off a block (what the taskpane lists as its headers). */
function calendarHeaders(grid: SheetGrid, row: number, left: number, right: number): { headers: string[]; ownHeaders: string[] } {
  const headers: string[] = [];
  for (let col = left; col <= right; col++) {
    const v = grid.value(row, col);
    headers.push(typeof v === 'string' ? cleanText(v) : '');
  }
  return { headers, ownHeaders: headers };
}

/**
 * The data rows that are items: those the profile's groupRow leaves unmarked. Asked only of a
 * profile with the hook; runs of marked rows are returned too when the profile says they are
 * unread items (groupRowsUnread).
 */
function itemRows(block: Block, rows: readonly number[], profile: SourceProfile, headers: readonly string[]): { items: number[]; unread?: UnreadGroups } {
  const groupRow = profile.groupRow!;
  const { grid, range } = block;
  const first = new Map<string, number>();
  headers.forEach((h, k) => {
    if (!first.has(h)) first.set(h, range.left + k);
  });
  let row = 0;
  const view: ProfileRowValues = {
    headers,
    value: (header) => {
      const col = first.get(header);
      if (col === undefined) return null;
      const value = grid.value(row, col);
      return isBlank(value) ? null : value;
    },
  };
  const items: number[] = [];
  const runs: GroupRun[] = [];
  let previous: string | undefined;
  let run: { group: string; first: number; last: number; under?: number } | undefined;
  for (const r of rows) {
    row = r;
    const group = groupRow(view, previous);
    previous = group;
    if (group === undefined) {
      items.push(r);
      run = undefined;
      continue;
    }
    if (run !== undefined && run.group === group) run.last = r;
    else {
      const under = profile.groupRowsApart ? undefined : items[items.length - 1];
      run = { group, first: r, last: r, ...(under !== undefined ? { under } : {}) };
      runs.push(run);
    }
  }
  return profile.groupRowsUnread !== undefined && runs.length > 0 ? { items, unread: { runs, why: profile.groupRowsUnread } } : { items };
}

/** Columns no field maps to: named ones, and unnamed ones that hold data. */
function unmappedColumns(block: Block, mapped: ReadonlySet<number>): Array<{ column: number; header: string }> {
  const out: Array<{ column: number; header: string }> = [];
  const band = block.periodBand;
  block.headers.forEach((header, column) => {
    if (mapped.has(column)) return;
    if (band && block.range.left + column >= band.left && block.range.left + column <= band.right) return;
    if (header !== '' || columnHasData(block, column)) out.push({ column, header });
  });
  return out;
}

function columnHasData(block: Block, column: number): boolean {
  const col = block.range.left + column;
  for (let row = block.headerRow + 1; row <= block.range.bottom; row++) if (!isBlank(block.grid.value(row, col))) return true;
  return false;
}

/** The department column's value when every data row gives the same one. */
function uniformValue(block: Block, column: number): string | undefined {
  const col = block.range.left + column;
  let value: string | undefined;
  /** The last cell text found to agree with `value`: the same text again agrees too, whatever its row. */
  let agreed: string | undefined;
  for (let row = block.headerRow + 1; row <= block.range.bottom; row++) {
    const v = block.grid.value(row, col);
    if (typeof v !== 'string') {
      if (isBlank(v)) continue;
      return undefined;
    }
    if (v === agreed) continue;
    if (isTotalsRow(block.grid, row, block.range.left, block.range.right)) continue;
    const text = cleanText(v);
    if (text === '') continue;
    if (value === undefined) value = text;
    else if (value.toLowerCase() !== text.toLowerCase()) return undefined;
    agreed = v;
  }
  return value;
}

/** Whether the block's period band holds RAG ratings, a status history (status-history.ts). */
function ratesBand(block: Block, rows: readonly number[], band: { readonly left: number; readonly right: number }): boolean {
  return ratesPeriods(rows, bandColumnList(band), (row, col) => block.grid.value(row, col));
}
