import { mixedCurrencyTablesFinding } from './mixed-currency';
import { doneColumn } from './done-column';
import type { CellRef, DepartmentCode, DepartmentLead, SourceCalendar, DependencyRecord, DetectedTable, Finding, IngestResult, KpiRecord, RawSource, RunOptions, TableKind } from '../types';
import { readProblemFindings } from './read-problems';
import { makeFinding } from '../types';
import { a1, a1Range } from '../util/a1';
import { AddressBook } from './address-book';
import { TableReader } from './cell-reader';
import { findSourceTables, type FoundTable, type UnreadGroups } from './detect-tables';
import type { SectionRow } from './section-rows';
import { alignIdSpellings } from './id-spellings';
import type { SourceProfile } from './profiles';
import { readDependencies } from './read-dependencies';
import { readInitiatives, type InitiativeRows } from './read-initiatives';
import { readKpis } from './read-kpis';
import { savedMappingOf } from './table-key';
import { readCalendarSheet } from './read-calendar';
import { applyDurationDues } from './due-from-duration';
import { applyCostLines, asOwnItems, benefitColumns, definedShare, moneyOnlyColumns, readCostLines, type CostLine } from './read-cost-lines';
import { isCostLinesReason, type CostLineColumns } from './match/other-kinds';
import { sheetPart } from './calendar-part';
import { readDepartmentCodes, readLeadsBlock } from './read-leads';
import { readSuccessors } from './read-successors';
import { readProfileLinks, withProfileColumns } from './read-profile-links';
import { resolveOtherIdLinks } from './other-ids';
import { readHierarchy } from './read-hierarchy';
import { readTableHierarchy } from './read-table-hierarchy';
import { lifecycleColumn } from './lifecycle-column';
import { numberRows } from './row-numbers';
import { moneyUnitFinding } from './money-unit';
import { adoptNamedIds, keyedTable, keyRecords, type NameKeyedTable, resolveHashedIds, resolveKpiInitiatives, resolveReferences, RunNames, scopeLocalIds, type LocalTable } from './identity';
import type { KnownNames } from './normalise/dependency';
import { datesFromValuesNotice, missingFields, reportUnreadGroups, sectionRowsNotice, rowsOutsideTable, statusDateFromTitleNotice, type ReadTable } from './table-notices';

export { detectTables } from './detect-tables';
export { normaliseStatus } from './normalise/status';
export { normaliseId } from './normalise/id';
export { parseDependencyCell } from './normalise/dependency';
export type { ParsedDependencyCell, ParsedLink, DependencyContext } from './normalise/dependency';
export { parseDateValue, isDateFormat } from './normalise/date';
export type { DateContext, DateReading } from './normalise/date';
export { parsePercent } from './normalise/percent';
export type { PercentContext } from './normalise/percent';
export { parseNumberValue } from './normalise/number';
export { parseListCell } from './normalise/list';
export { parseLag, parseLinkType } from './normalise/link';
export { isBlank, isPlaceholder, isCellError } from './normalise/cell-text';
export type { Parsed } from './normalise/result';
export { normaliseHeader, headerForm, headerEvidence } from './match/header-evidence';
export { profileColumns } from './match/column-profile';
export type { ColumnProfile } from './match/column-profile';
export { matchColumns } from './match/match-columns';
export { departmentFromName } from './department';
export { readLeadsSource } from './read-leads';
export { readHolidayList, type UnreadHoliday } from './read-holidays';

/**
 * Find, classify and map every table of every source, and normalise its values. Bad values
 * become findings with their cells; the rest of the row and sheet are still read.
 */
export function ingestSources(sources: readonly RawSource[], options: RunOptions): IngestResult {
  const findings: Finding[] = [];
  const initiatives: InitiativeRows = { records: [], withoutId: [], durationDues: [] };
  const dependencies: DependencyRecord[] = [];
  const kpis: KpiRecord[] = [];
  const leads: DepartmentLead[] = [];
  const calendars: SourceCalendar[] = [];
  const departmentCodes: DepartmentCode[] = [];
  const tables = [];
  const addresses = new AddressBook();
  const read: ReadTable[] = [];
  const local: LocalTable[] = [];
  const costLines: CostLine[] = [];
  /** Profiled tables with the columns their profile reads taken off the unmapped list. */
  const used = new Map<string, DetectedTable>();
  const moneyTables: Array<{ source: RawSource; found: FoundTable; columns: CostLineColumns }> = [];
  const nameKeyed: NameKeyedTable[] = [];
  // Every source's tables are found before any is read, so a dependency cell can be read against the names of all of them.
  const foundBySource = sources.map((source) => findSourceTables(source, options));
  const names = new RunNames(foundBySource.flat());
  /** One initiatives, dependency or KPI table read into the run's lists. */
  const readTable = (source: RawSource, { table, block, rows, profile, unreadGroups, sections, footers }: FoundTable): void => {
    if (table.kind === null) return;
    if (table.hidden) findings.push(hiddenSheetTable(source, table, table.kind, rows.length));
    const unit = moneyUnitFinding(source.name, table);
    if (unit) findings.push(unit);
    const outside = rowsOutsideTable(table, block);
    if (outside) findings.push(outside);
    const dated = statusDateFromTitleNotice(table);
    if (dated) findings.push(dated);
    const fromValues = datesFromValuesNotice(table);
    if (fromValues) findings.push(fromValues);
    const reader = new TableReader(source, keyedTable(table), block, options, [], rows, addresses);
    let renamed: ReadonlyMap<string, string> | undefined;
    if (table.kind === 'initiatives') {
      const one = readInitiativesTable(reader, table, profile, unreadGroups, { sections, footers }, { initiatives, dependencies, findings, names, nameKeyed });
      read.push(one.read);
      if (one.local) local.push(one.local);
      if (one.used) used.set(table.key, one.used);
      renamed = one.renamed;
    } else if (table.kind === 'dependencies') readDependencies(reader, dependencies);
    else readKpis(reader, kpis, names);
    for (const finding of reader.findingsInReadingOrder()) findings.push(renamedFinding(finding, renamed));
  };
  /** A table read as cost lines: its lines for applyCostLines, its money-unit note and findings, its mapping for the unmapped list. */
  const takeCostLines = (source: RawSource, costs: NonNullable<ReturnType<typeof readCostLines>>): void => {
    for (const l of costs.lines) costLines.push(l);
    const unit = moneyUnitFinding(source.name, costs.table);
    if (unit) findings.push(unit);
    for (const f of costs.findings) findings.push(f);
    used.set(costs.table.key, costs.table);
  };
  for (const [k, source] of sources.entries()) {
    for (const finding of readProblemFindings(source)) findings.push(finding);
    const found = foundBySource[k]!;
    const calendarSheets = readCalendarSheets(source, found, options, calendars, findings);
    for (const one of found) {
      const { table, block, rows, calendar } = one;
      tables.push(table);
      if (table.kind === null) {
        // A Calendar/Holidays sheet or table was read for its working days and days off.
        if (calendar || calendarSheets.has(table.sheet)) continue;
        // A cost breakdown is read for its money, summed into the initiatives it names once every source is read.
        const costs = isCostLinesReason(table.ignoredReason) ? readCostLines(source, table, block, rows, options, addresses) : undefined;
        if (costs) {
          takeCostLines(source, costs);
          continue;
        }
        // A Departments/leads table is read for who leads each department, not reported as ignored.
        const read = readLeadsBlock(source.name, block, rows);
        const codes = readDepartmentCodes(source.name, block, rows);
        for (const l of read) leads.push(l);
        for (const c of codes) departmentCodes.push(c);
        if (read.length === 0 && codes.length === 0) findings.push(ignoredTable(source, found, table.key, options));
        continue;
      }
      // Money and ids only (Initiative ID | Budget | Actual), or a benefits register (Benefit ID | Project | Value):
      // the money of initiatives defined elsewhere, if they are; known once every source is read.
      const money = benefitColumns(table, one.block, one.rows) ?? moneyOnlyColumns(table);
      if (money) {
        moneyTables.push({ source, found: one, columns: money });
        continue;
      }
      readTable(source, one);
    }
    const unmapped = unmappedColumnsFinding(source, found.map((f) => ({ ...f, table: used.get(f.table.key) ?? f.table })));
    if (unmapped) findings.push(unmapped);
  }
  if (moneyTables.length > 0) {
    for (const m of moneyTables) {
      const { table, block, rows } = m.found;
      const costs = readCostLines(m.source, table, block, rows, options, addresses, m.columns);
      // Most of the initiatives it names are of other tables: its money merges into them. Else it is the only list of them: initiatives.
      if (costs === undefined || !definedShare(costs.lines, initiatives.records)) {
        const own = asOwnItems(m.found, m.columns);
        if (own !== m.found) used.set(table.key, own.table);
        readTable(m.source, own);
        continue;
      }
      takeCostLines(m.source, costs);
    }
  }
  adoptNamedIds(initiatives.records, nameKeyed, findings);
  scopeLocalIds(local, initiatives.records, dependencies, findings);
  resolveHashedIds(initiatives.records, dependencies);
  for (const finding of resolveReferences(initiatives.records, dependencies)) findings.push(finding);
  resolveKpiInitiatives(initiatives.records, kpis);
  // "IT 7", "it-007" for IT-07: after names, so a name that looks like a key is still its initiative.
  alignIdSpellings(initiatives.records, dependencies, kpis);
  for (const finding of applyCostLines(costLines, initiatives.records)) findings.push(finding);
  const currencies = mixedCurrencyTablesFinding(tables.map((t) => used.get(t.key) ?? t), initiatives.records);
  if (currencies) findings.push(currencies);
  for (const finding of applyDurationDues(initiatives.durationDues, initiatives.records, calendars, options)) findings.push(finding);
  // A dependency register row (no `via`: not a tool's link column) says the run has a register for the links.
  for (const finding of missingFields(read, initiatives.records, dependencies.some((d) => d.via === undefined))) findings.push(finding);
  // Model.sources needs each source's origin (open workbook vs file) for internal vs external links.
  const ingested = sources.map((s) => ({ name: s.name, origin: s.origin, sheets: s.sheets.map((sheet) => sheet.name) }));
  const detected = used.size === 0 ? tables : tables.map((t) => used.get(t.key) ?? t);
  return {
    tables: detected,
    initiatives: initiatives.records,
    rowsWithoutId: initiatives.withoutId,
    dependencies,
    kpis,
    findings,
    sources: ingested,
    ...(leads.length > 0 ? { leads } : {}),
    ...(calendars.length > 0 ? { calendars } : {}),
    ...(departmentCodes.length > 0 ? { departmentCodes } : {}),
  };
}

/**
 * The source's Calendar/Holidays sheets, told by content (readCalendarSheet), among the sheets
 * where no table was read as initiatives, dependencies or KPIs, read whole (a Working days row
 * anywhere above the table); on the other sheets, each calendar table found beside or below a
 * tracker (FoundTable.calendar) alone. Their calendars and findings are added to the run's;
 * returns the names of the sheets read whole.
 */
function readCalendarSheets(source: RawSource, found: readonly FoundTable[], options: RunOptions, calendars: SourceCalendar[], findings: Finding[]): Set<string> {
  const ours = new Set(found.filter((f) => f.table.kind !== null).map((f) => f.table.sheet));
  const read = new Set<string>();
  const add = (calendar: ReturnType<typeof readCalendarSheet>): void => {
    for (const c of calendar?.calendars ?? []) calendars.push(c);
    for (const f of calendar?.findings ?? []) findings.push(f);
  };
  for (const sheet of source.sheets) {
    if (ours.has(sheet.name) || !found.some((f) => f.table.sheet === sheet.name)) continue;
    const calendar = readCalendarSheet(source, sheet, options);
    if (calendar === undefined) continue;
    read.add(sheet.name);
    add(calendar);
  }
  for (const f of found) {
    if (!f.calendar || read.has(f.table.sheet)) continue;
    const sheet = source.sheets.find((s) => s.name === f.table.sheet)!;
    add(readCalendarSheet(source, sheetPart(sheet, f.block.range), options));
  }
  return read;
}

interface RunLists {
  readonly initiatives: InitiativeRows;
  readonly dependencies: DependencyRecord[];
  readonly findings: Finding[];
  /** The run's initiative names, which dependency cells are read against. */
  readonly names: KnownNames;
  /** The tables keyed by their names (no id column): their rows may be initiatives other tables give ids (adoptNamedIds). */
  readonly nameKeyed: NameKeyedTable[];
}

/**
 * One initiatives table: its rows, a profile's unread groups, row numbers, links and hierarchy,
 * and its keys (names for a table without ids). Returns where its records sit, whether its ids
 * are local (scoped later if another source shares them), the table with the columns its
 * profile reads taken off the unused list, and the renames for the findings raised on it.
 */
function readInitiativesTable(
  reader: TableReader,
  table: DetectedTable,
  profile: SourceProfile | undefined,
  unreadGroups: UnreadGroups | undefined,
  lines: { readonly sections?: readonly SectionRow[] | undefined; readonly footers?: readonly SectionRow[] | undefined },
  lists: RunLists,
): { read: ReadTable; local?: LocalTable; used?: DetectedTable; renamed: ReadonlyMap<string, string> } {
  const { initiatives, dependencies, findings, names } = lists;
  const first = initiatives.records.length;
  const firstLink = dependencies.length;
  readInitiatives(reader, initiatives, profile, lines.sections, names);
  resolveOtherIdLinks(reader, profile, initiatives.records, first);
  if (unreadGroups) reportUnreadGroups(reader, unreadGroups);
  if (lines.sections?.length || lines.footers?.length) findings.push(sectionRowsNotice(table, lines.sections ?? [], lines.footers ?? [], initiatives.records, first));
  const keyBy = numberRows(table, reader, profile, initiatives.records, first);
  const asked = profile ? readProfileLinks(reader, profile, initiatives.records.slice(first), dependencies) : undefined;
  readSuccessors(reader, initiatives.records.slice(first), dependencies, names);
  const keyed = keyRecords(keyBy, profile, initiatives.records, first);
  if (keyed.finding) findings.push(keyed.finding);
  if (keyed.finding) lists.nameKeyed.push({ source: table.source, first, end: initiatives.records.length });
  if (profile) readHierarchy(reader, profile, initiatives.records, first, keyed.renamed);
  const hierarchy = profile ? undefined : readTableHierarchy(reader, table, initiatives.records, first, keyed.renamed);
  const nested = hierarchy === undefined ? undefined : withoutColumnsReadBeside(hierarchy, reader);
  const end = initiatives.records.length;
  return {
    read: { table, profile, first, end },
    ...(keyed.local ? { local: { source: table.source, first, end, firstLink, endLink: dependencies.length } } : {}),
    ...(profile && asked ? { used: withProfileColumns(table, profile, asked) } : {}),
    ...(nested !== undefined && nested !== table ? { used: nested } : {}),
    renamed: keyed.renamed,
  };
}

/** A finding raised while reading, naming the initiative by the id it was given after (scoped ids). */
function renamedFinding(finding: Finding, renamed: ReadonlyMap<string, string> | undefined): Finding {
  if (!renamed || renamed.size === 0 || finding.initiativeId === undefined) return finding;
  const id = renamed.get(finding.initiativeId);
  if (id === undefined) return finding;
  // The reader names the row by the key it read ("AUTUMN BRAND REFRESH: status ..."): say it as the row's name instead.
  const message = finding.message.startsWith(`${finding.initiativeId}:`) ? `${id}${finding.message.slice(finding.initiativeId.length)}` : finding.message;
  return { ...finding, initiativeId: id, message };
}

/** Long headers (real ones run to 200 characters) shortened for a one-sentence message. */
function shorten(header: string): string {
  return header.length > 40 ? `${header.slice(0, 37).trimEnd()}...` : header;
}

function ignoredTable(source: RawSource, found: readonly FoundTable[], key: string, options: RunOptions): Finding {
  const { table } = found.find((f) => f.table.key === key)!;
  const { range } = table;
  const cell: CellRef = { source: source.name, sheet: table.sheet, address: a1(range.top, range.left) };
  const where = `${source.name}, sheet "${table.sheet}": the cells at ${a1Range(range.top, range.left, range.bottom, range.right)}`;
  // A table the user excluded is not "not ours": say it was left out on purpose.
  const excluded = savedMappingOf(options.mappings, table)?.kind === 'ignore';
  return makeFinding(
    'ingest.table-ignored',
    excluded
      ? `${where} were left out, as chosen in the saved mapping.`
      : `${where} hold no initiatives, dependencies or KPIs and were not read${table.ignoredReason !== undefined ? `: ${table.ignoredReason}` : ''}${table.ignoredReason?.endsWith('.') ? '' : '.'}`,
    [cell],
  );
}

const KIND_NAMES: Record<TableKind, string> = { initiatives: 'initiatives', dependencies: 'dependency register', kpis: 'KPI' };

/**
 * A table read from a hidden sheet: read like any other (users hide working sheets that still
 * feed the plan), but said, since nobody sees those rows in Excel and a link to them does not open.
 */
function hiddenSheetTable(source: RawSource, table: DetectedTable, kind: TableKind, rows: number): Finding {
  const { range } = table;
  const cell: CellRef = { source: source.name, sheet: table.sheet, address: a1(table.headerRow, range.left) };
  const count = rows === 1 ? '1 row' : `${rows} rows`;
  return makeFinding(
    'ingest.hidden-sheet',
    `${source.name}, sheet "${table.sheet}" is hidden; its ${KIND_NAMES[kind]} table at ${a1Range(range.top, range.left, range.bottom, range.right)} (${count}) was read like any other.`,
    [cell],
  );
}

/** One notice per source listing the columns that map to no field (kept, not used). */
function unmappedColumnsFinding(source: RawSource, found: readonly FoundTable[]): Finding | undefined {
  const names: string[] = [];
  const cells: CellRef[] = [];
  let columns = 0;
  for (const { table } of found) {
    if (table.kind === null) continue;
    // A timeline read for dates or statuses is used (ingest.dates-from-timeline, ingest.status-from-history say so).
    const t = table.timeline?.readsDates || table.timeline?.readsStatus ? undefined : table.timeline;
    columns += table.unmapped.length + (t ? t.right - t.left + 1 : 0);
    for (const u of table.unmapped) {
      const col = table.range.left + u.column;
      names.push(`${table.sheet}!${a1(table.headerRow, col)} "${shorten(u.header) || '(no header)'}"`);
      cells.push({ source: source.name, sheet: table.sheet, address: a1(table.headerRow, col) });
    }
    if (t) {
      // A drawn timeline is said as one piece: its marks restate the dates the table's own columns give.
      const range = `${a1(table.headerRow, t.left)}:${a1(table.headerRow, t.right)}`;
      names.push(`${table.sheet}!${range}, a timeline of ${t.right - t.left + 1} columns ("${shorten(t.first)}" to "${shorten(t.last)}"), drawn and not read`);
      cells.push({ source: source.name, sheet: table.sheet, address: a1(table.headerRow, t.left) });
    }
  }
  if (names.length === 0) return undefined;
  const count = columns === 1 ? '1 column maps' : `${columns} columns map`;
  return makeFinding('ingest.unmapped-columns', `${source.name}: ${count} to no field and ${columns === 1 ? 'is' : 'are'} not used: ${names.join(', ')}.`, cells);
}

/** The table with the columns read beside its fields taken off the unmapped list: a workflow state beside its RAG status, a checklist's tick column. */
function withoutColumnsReadBeside(table: DetectedTable, reader: TableReader): DetectedTable {
  const read = [lifecycleColumn(reader.table, reader.block, reader.rows), doneColumn(reader.table, reader.block, reader.rows)].filter((c) => c !== undefined);
  return read.length === 0 ? table : { ...table, unmapped: table.unmapped.filter((u) => !read.includes(u.column)) };
}
