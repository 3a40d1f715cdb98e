import type { ConditionalFormat, Delivery, Initiative, InitiativeField, ReportCell, ReportSheet, RunResult, Status } from '../types';
import { INITIATIVE_FIELD_SPECS } from '../types';
import { daysPastDeadline } from '../analyse';
import { a1, a1Range, columnLetters } from '../util/a1';
import { date, displayDate, displayDates, num, pct, RAG_TEXT_STYLES, statusCell, statusLabel, statusStyle, text, yesNo } from './cells';
import { makeCellLinker, type SourcePaths } from './links';
import { money, moneyFormatOf } from './money';
import { STYLES } from './styles';
import { tableRows } from './rows';
import { factsOf } from './run-facts';
import { headerRowHeight, idColumnWidth, makeSheet } from './sheet';
import { REPORT_SHEETS } from './sheet-names';

/** A field's column, as the field registry describes it. */
function fieldColumn(field: InitiativeField): { readonly header: string; readonly width: number } {
  const spec = INITIATIVE_FIELD_SPECS[field];
  if (!spec.reportColumn) throw new Error(`${field} has no report column in the field registry`); // our bug
  return { header: spec.reportColumn.header ?? spec.label, width: spec.reportColumn.width };
}

/** The Initiatives sheet's columns: the registry's fields where a column shows one as read, the analyses' between them. */
export const INITIATIVE_COLUMNS: ReadonlyArray<{ readonly header: string; readonly width: number }> = [
  fieldColumn('id'),
  fieldColumn('name'),
  fieldColumn('department'),
  fieldColumn('owner'),
  fieldColumn('status'),
  { header: 'Effective', width: 11 },
  { header: 'Why effective differs', width: 40 },
  fieldColumn('start'),
  fieldColumn('due'),
  { header: 'Forecast finish', width: 12 },
  { header: 'Slip (working days)', width: 10 },
  { header: 'Slack (working days)', width: 10 },
  { header: 'Past deadline (working days)', width: 10 },
  { header: 'Critical', width: 9 },
  { header: 'Stale', width: 8 },
  { header: 'Days since update', width: 9 },
  fieldColumn('percentComplete'),
  fieldColumn('budget'),
  fieldColumn('forecastCost'),
  fieldColumn('benefit'),
  fieldColumn('dependsOn'),
  { header: 'Waiting on it', width: 18 },
  { header: 'Sources', width: 22 },
];

/** After Name, when some initiative has a parent in its tool's hierarchy (Initiative.parent). */
export const PARENT_COLUMN = { header: 'Parent', width: 14 } as const;

/** After Past deadline, when some initiative was scheduled in a calendar other than the run's (InitiativeAnalysis.calendar). */
export const CALENDAR_COLUMN = { header: 'Calendar', width: 14 } as const;

/** After Depends on, when some initiatives table has a Provides to column (the provider's side of a dependency contract). */
export const PROVIDES_TO_COLUMN = fieldColumn('providesTo');

/** After Forecast cost, when some initiatives table has an actual-cost column (Actuals, Spend to date). */
export const ACTUAL_COST_COLUMN = fieldColumn('actualCost');

/** After Due, when some initiative gives its owner's reported forecast finish (Initiative.reportedFinish). */
export const REPORTED_FINISH_COLUMN = fieldColumn('reportedFinish');

/**
 * The status as reported: our name for it (Green, Done...), which the column's colour formats
 * key on; a status with no colour that the source wrote ("In Progress", "TBC", words nobody could
 * read) is the source's words, grey; one read from an empty cell's red, amber or green fill is
 * "Red (fill)" in its colour, one taken from 100% complete where no column gives a status "Done
 * (100%)", one that is the latest of a weekly rating history "Red (latest)"; "Not given" only when the cell was empty and uncoloured.
 */
function reportedStatusCell(i: Initiative): ReportCell {
  // Read from an empty cell's colour: said so, in the status's own style ("Red (cell colour)").
  if (i.statusFrom === 'fill') return fillStatusCell(i.status);
  // Done because 100% complete in a table with no status column: said so ("Done (100%)").
  if (i.statusFrom === 'percent') return text(`${statusLabel(i.status)} (100%)`, statusStyle(i.status));
  // The latest rating of a status history, in a table with no status column: said so ("Red (latest)").
  if (i.statusFrom === 'history') return text(`${statusLabel(i.status)} (latest)`, statusStyle(i.status));
  // Closed because its row is struck through, whatever its status cell says: said so ("Cancelled (struck)").
  if (i.statusFrom === 'strike') return text(`${statusLabel(i.status)} (struck)`, statusStyle(i.status));
  const written = i.status === 'unknown' ? i.statusText?.trim() : undefined;
  return written ? text(written, statusStyle('unknown')) : statusCell(i.status);
}

const FILL_STATUS_CELLS = new Map<Status, ReportCell>();

function fillStatusCell(s: Status): ReportCell {
  let cell = FILL_STATUS_CELLS.get(s);
  if (!cell) FILL_STATUS_CELLS.set(s, (cell = text(`${statusLabel(s)} (fill)`, statusStyle(s))));
  return cell;
}

/**
 * The consolidated table: one row per initiative, in the report's order (RunFacts.order), as an Excel table with filters.
 * Rows are made as a writer asks for them (see ReportRows): the build keeps no cells.
 */
export function buildInitiativesSheet(result: RunResult, paths: SourcePaths = new Map()): ReportSheet {
  const nested = result.model.initiatives.some((i) => i.parent !== undefined);
  const { analysisAt, order } = factsOf(result);
  const calendared = analysisAt.some((a) => a?.calendar !== undefined);
  const reported = result.model.initiatives.some((i) => i.reportedFinish !== undefined);
  // Shown as read: where a table has the column, even when every cell of it is empty (an empty one is what dependency.unacknowledged points at).
  const providing = result.model.ingest.tables.some((t) => t.kind === 'initiatives' && t.mapping.some((m) => m.field === 'providesTo'));
  const spending = result.model.ingest.tables.some((t) => t.kind === 'initiatives' && t.mapping.some((m) => m.field === 'actualCost'));
  const afterForecastCost = INITIATIVE_COLUMNS.findIndex((c) => c.header === fieldColumn('forecastCost').header) + 1;
  const afterDependsOn = INITIATIVE_COLUMNS.findIndex((c) => c.header === fieldColumn('dependsOn').header) + 1;
  const afterDeadline = INITIATIVE_COLUMNS.findIndex((c) => c.header === 'Past deadline (working days)') + 1;
  const afterDue = INITIATIVE_COLUMNS.findIndex((c) => c.header === fieldColumn('due').header) + 1;
  // The optional columns, each at its place among the fixed ones, the rightmost first: Provides to, Actual cost, Calendar, the reported forecast, then Parent (the rows splice in the same order).
  const columns: Array<{ readonly header: string; readonly width: number }> = [...INITIATIVE_COLUMNS];
  if (providing) columns.splice(afterDependsOn, 0, PROVIDES_TO_COLUMN);
  if (spending) columns.splice(afterForecastCost, 0, ACTUAL_COST_COLUMN);
  if (calendared) columns.splice(afterDeadline, 0, CALENDAR_COLUMN);
  if (reported) columns.splice(afterDue, 0, REPORTED_FINISH_COLUMN);
  if (nested) columns.splice(2, 0, PARENT_COLUMN);
  const header = columns.map((c) => text(c.header, 'header'));
  // Departments, owners and source lists repeat across initiatives: one cell each.
  const shared = new Map<string, ReportCell>();
  const sharedText = (v: string): ReportCell => {
    let cell = shared.get(v);
    if (!cell) shared.set(v, (cell = text(v)));
    return cell;
  };
  const linker = makeCellLinker(result, paths);
  const initiatives = result.model.initiatives;
  // Money ends a bracket's width ("_)") short of its cell, or Benefit ran into the Depends on ids beside it ("£600,000ACT-01").
  const moneyFormat = `${moneyFormatOf(result) ?? STYLES.money.numFmt!}_)`;
  const row = (r: number): ReportCell[] => {
    const k = order[r]!;
    const i = initiatives[k]!;
    const a = analysisAt[k];
    const cells = [
      text(i.id, 'link', { link: linker.link(i.home) }),
      text(i.name ?? ''),
      sharedText(i.department ?? ''),
      sharedText(i.owner ?? ''),
      reportedStatusCell(i),
      statusCell(a?.effectiveStatus ?? i.status),
      text(a?.effectiveReason === undefined ? '' : displayDates(a.effectiveReason), 'muted'),
      date(i.start),
      date(i.due),
      date(a?.forecastFinish),
      num(a?.slipDays ?? 0),
      num(a?.totalSlackDays),
      // Negative slack: a deadline (its own or a successor's) is past by that many days; blank otherwise.
      num(a?.totalSlackDays !== undefined && a.totalSlackDays < 0 ? daysPastDeadline(a.totalSlackDays) : undefined),
      yesNo(a?.critical ?? false),
      yesNo(a?.stale ?? false),
      num(a?.daysSinceUpdate),
      pct(i.percentComplete),
      money(i.budget, moneyFormat),
      money(i.forecastCost, moneyFormat),
      money(i.benefit, moneyFormat),
      a === undefined || a.upstream.length === 0 ? text('') : text(a.upstream.join(', ')),
      a === undefined || a.downstream.length === 0 ? text('') : text(a.downstream.join(', ')),
      sharedText(i.sources.join(', ')),
    ];
    // Provides to first, then Actual cost and Calendar (each place counts the columns without the others), the reported forecast, then Parent after Name.
    if (providing) cells.splice(afterDependsOn, 0, i.providesTo === undefined ? text('') : text(deliveriesText(i.providesTo)));
    if (spending) cells.splice(afterForecastCost, 0, money(i.actualCost, moneyFormat));
    if (calendared) cells.splice(afterDeadline, 0, sharedText(a?.calendar ?? ''));
    if (reported) cells.splice(afterDue, 0, date(i.reportedFinish));
    if (nested) cells.splice(2, 0, text(i.parent ?? ''));
    return cells;
  };
  const rows = tableRows(header, initiatives.length, columns.length, row);
  const n = initiatives.length;
  const last = columns.length - 1;
  const col = (header: string): string => columnLetters(columns.findIndex((c) => c.header === header));
  const cfs: ConditionalFormat[] =
    n === 0
      ? []
      : [
          ...['Reported', 'Effective'].flatMap((h) =>
            RAG_TEXT_STYLES.map((r): ConditionalFormat => ({ kind: 'text-equals', range: `${col(h)}2:${col(h)}${n + 1}`, text: r.text, style: r.style })),
          ),
          ...['Slip (working days)', 'Past deadline (working days)'].map(
            (h): ConditionalFormat => ({ kind: 'greater-than', range: `${col(h)}2:${col(h)}${n + 1}`, value: 0, style: 'rag-red' }),
          ),
        ];
  const widths = [idColumnWidth(initiatives, columns[0]!.width), ...columns.slice(1).map((c) => c.width)];
  return makeSheet(REPORT_SHEETS.initiatives, rows, {
    tabColor: '2F5597',
    columnWidths: widths,
    rowHeights: { 0: headerRowHeight(header, widths, 30) },
    freeze: { rows: 1, cols: 2 },
    tables: n === 0 ? [] : [{ name: 'tlInitiatives', range: a1Range(0, 0, n, last), style: 'TableStyleLight9', showFilter: true }],
    conditionalFormats: cfs,
    print: { orientation: 'landscape', fitToWidth: true, area: `A1:${a1(Math.max(n, 1), last)}` },
  });
}

/** A Provides to list as the provider wrote it: each consumer (its words where it named one in words), with the date promised. */
function deliveriesText(list: readonly Delivery[]): string {
  return list.map((d) => (d.by === undefined ? (d.name ?? d.id) : `${d.name ?? d.id} (${displayDate(d.by)})`)).join(', ');
}
