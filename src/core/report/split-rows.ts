import type { ReportCell, ReportChart, ReportDocument, ReportRow, ReportSheet } from '../types';
import { a1, a1Range, parseA1 } from '../util/a1';
import { partName, REPORT_SHEETS } from './sheet-names';
import { withSheetParts } from './summary';

/** Excel's grid: rows per sheet (Excel specifications and limits; ECMA-376 Part 1, 18.3.1.4). */
export const EXCEL_MAX_ROWS = 1_048_576;

/** How a sheet past the limit is cut: its header rows repeat on every part, its body is cut in runs of `per` rows. */
interface Cut {
  readonly header: number;
  readonly per: number;
  readonly parts: number;
}

/**
 * The report laid out within `maxRows` rows per sheet (default Excel's 1,048,576): a sheet with
 * more rows is cut into parts, "Dependencies", "Dependencies 2", "Dependencies 3" (partName), in
 * that order. Each part repeats the sheet's frozen header rows and takes the next rows of the body,
 * its tables, conditional formats, merges, row heights and print setup cut to its rows, and links
 * to a row of a cut sheet (Findings -> Initiatives) go to the part that holds the row. Links to a
 * sheet's header (Summary -> A1) stay on its first part, and the Summary's "More detail" row
 * gains a link to each further part (withSheetParts). The report writes no formula that
 * refers to another sheet, so none is rewritten. Both writers lay the report out with it; the same
 * document when every sheet fits.
 */
export function splitPastRowLimit(doc: ReportDocument, maxRows: number = EXCEL_MAX_ROWS): ReportDocument {
  const cuts = new Map<string, Cut>();
  for (const sheet of doc.sheets) {
    if (sheet.rows.count <= maxRows) continue;
    // A header as tall as the limit leaves no room for a body: the writer's grid check reports the sheet.
    const header = sheet.freeze?.rows ?? 0;
    if (header >= maxRows) continue;
    const per = maxRows - header;
    cuts.set(sheet.name, { header, per, parts: Math.ceil((sheet.rows.count - header) / per) });
  }
  if (cuts.size === 0) return doc;
  const relink = relinker(cuts);
  const partsOf = (name: string): number => cuts.get(name)?.parts ?? 1;
  const sheets: ReportSheet[] = [];
  for (const sheet of doc.sheets) {
    const cut = cuts.get(sheet.name);
    // The Summary's "More detail" links name every part of a cut sheet.
    if (!cut) sheets.push(sheet.name === REPORT_SHEETS.summary ? withSheetParts(relinked(sheet, relink), partsOf) : relinked(sheet, relink));
    else for (let p = 0; p < cut.parts; p++) sheets.push(part(sheet, cut, p, relink));
  }
  return { ...doc, sheets };
}

type Relink = (row: ReportRow) => ReportRow;

/** A row's links to rows of cut sheets, pointed at the part holding each row (the row itself when it has none). */
function relinker(cuts: ReadonlyMap<string, Cut>): Relink {
  const moved = (cell: ReportCell | null): ReportCell | null => {
    const link = cell?.link;
    if (!cell || !link || link.kind !== 'internal' || link.report !== true) return cell;
    const cut = cuts.get(link.sheet);
    const at = cut ? parseA1(link.address) : undefined;
    if (!cut || !at || at.row < cut.header) return cell;
    const p = Math.floor((at.row - cut.header) / cut.per);
    const row = cut.header + ((at.row - cut.header) % cut.per);
    return { ...cell, link: { ...link, sheet: partName(link.sheet, p + 1), address: a1(row, at.col) } };
  };
  const needs = (cell: ReportCell | null): boolean => cell?.link?.kind === 'internal' && cell.link.report === true && cuts.has(cell.link.sheet);
  return (row) => (row.some(needs) ? row.map(moved) : row);
}

function relinked(sheet: ReportSheet, relink: Relink): ReportSheet {
  const { rows } = sheet;
  return { ...sheet, rows: { count: rows.count, width: rows.width, row: (i) => relink(rows.row(i)) } };
}

/** Part p (from 0) of a cut sheet: the header rows, then body rows [start, end) of the whole sheet. */
function part(sheet: ReportSheet, cut: Cut, p: number, relink: Relink): ReportSheet {
  const { header } = cut;
  const start = header + p * cut.per;
  const end = Math.min(sheet.rows.count, start + cut.per);
  const source = sheet.rows;
  const local = (global: number): number => (global < header ? global : header + global - start);
  const inPart = (global: number): boolean => global < header || (global >= start && global < end);
  const range = (r: string): string | undefined => cutRange(r, header, start, end);
  const rowHeights: Record<number, number> = {};
  for (const [key, points] of Object.entries(sheet.rowHeights ?? {})) {
    const r = Number(key);
    // A height below the last row (set for a sheet's spacing) goes with the last part.
    if (inPart(r) || (p === cut.parts - 1 && r >= end)) rowHeights[local(r)] = points;
  }
  const cutPrint = (print: NonNullable<ReportSheet['print']>): ReportSheet['print'] => {
    const { area, rowBreaks, ...rest } = print;
    const cutArea = area === undefined ? undefined : range(area);
    // A break at a part's first body row would print the header alone: left out.
    const breaks = rowBreaks?.filter((b) => b >= start && b < end && local(b) > header).map(local);
    return { ...rest, ...(cutArea !== undefined ? { area: cutArea } : {}), ...(breaks ? { rowBreaks: breaks } : {}) };
  };
  return {
    ...sheet,
    name: partName(sheet.name, p + 1),
    rows: {
      count: header + end - start,
      width: source.width,
      row: (i) => relink(source.row(i < header ? i : start + i - header)),
    },
    rowHeights,
    merges: sheet.merges.flatMap((m) => {
      const r = range(m);
      return r === undefined ? [] : [r];
    }),
    tables: sheet.tables.flatMap((t) => {
      const r = range(t.range);
      // Table names are unique in a workbook: the second part's table is tlDependencies_2.
      return r === undefined ? [] : [{ ...t, name: p === 0 ? t.name : `${t.name}_${p + 1}`, range: r }];
    }),
    conditionalFormats: sheet.conditionalFormats.flatMap((cf) => {
      const r = range(cf.range);
      return r === undefined ? [] : [{ ...cf, range: r }];
    }),
    // A chart stays where its data and its place are whole: within the header or within this part.
    charts: sheet.charts.flatMap((chart): ReportChart[] => {
      const data = range(chart.dataRange);
      const anchor = range(chart.anchor);
      return data === undefined || anchor === undefined || !whole(chart.dataRange, data) ? [] : [{ ...chart, dataRange: data, anchor }];
    }),
    ...(sheet.print ? { print: cutPrint(sheet.print) } : {}),
  };
}

/**
 * A range of the whole sheet ("A1:N222630", "J2:J222630", "B7") as it falls on a part whose body
 * is rows [start, end): rows in the header stay, body rows move up to follow the header; undefined
 * when the range has no row on the part (a range within the header is on every part).
 */
export function cutRange(range: string, header: number, start: number, end: number): string | undefined {
  const [from, to] = range.split(':');
  const tl = parseA1(from ?? '');
  const br = to === undefined ? tl : parseA1(to);
  if (!tl || !br) return undefined;
  if (br.row < header) return range;
  const top = Math.max(tl.row, start);
  const bottom = Math.min(br.row, end - 1);
  if (bottom < top) return undefined;
  const localTop = tl.row < header ? tl.row : header + top - start;
  const localBottom = header + bottom - start;
  return to === undefined && localTop === localBottom ? a1(localTop, tl.col) : a1Range(localTop, tl.col, localBottom, br.col);
}

/** Whether a cut range kept every row of the whole one (a chart's data must not lose rows). */
function whole(original: string, cut: string): boolean {
  const rows = (r: string): number => {
    const [a, b] = r.split(':');
    const tl = parseA1(a ?? '');
    const br = b === undefined ? tl : parseA1(b);
    return tl && br ? br.row - tl.row : -1;
  };
  return rows(original) === rows(cut);
}
