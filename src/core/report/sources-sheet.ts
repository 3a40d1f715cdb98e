import type { ReportCell, ReportSheet, RunResult, StyleName } from '../types';
import { date, num, plural, text } from './cells';
import { sourceFreshness, type SourceFreshness } from './freshness';
import { makeSheet } from './sheet';
import { REPORT_SHEETS } from './sheet-names';

/**
 * Every source and how current it is, the stalest first. The Summary shows the top of this list
 * (the same rows, by the same functions) and links here for the rest.
 */
const WIDTHS = [34, 14, 14, 14, 22];

export function sourcesTitle(result: RunResult): string {
  return `Sources and freshness (stale: not updated in ${plural(result.options.cadenceDays, 'day')})`;
}

export function sourcesHeader(): ReportCell[] {
  return ['Source', 'Initiatives it owns', 'Oldest update', 'Median update', 'Stale rows'].map((l) => text(l, 'header'));
}

/** Sources with the most stale rows of open work first, then the most undated, then the oldest update; ties in model order. */
export function rankedSources(result: RunResult): SourceFreshness[] {
  const never = Number.POSITIVE_INFINITY;
  return sourceFreshness(result)
    .map((s, k) => ({ s, k }))
        .sort((x, y) => y.s.stale - x.s.stale || y.s.undated - x.s.undated || (x.s.oldest ?? never) - (y.s.oldest ?? never) || x.k - y.k)
    .map((x) => x.s);
}

/** One source's row: what it owns, its oldest and median update and what is stale. */
export function sourceCells(result: RunResult): (s: SourceFreshness) => ReportCell[] {
  const asOf = result.options.asOf;
  const latest = new Map(result.model.sources.map((s) => [s.name, s.latestUpdate]));
  return (s) => {
    const newest = latest.get(s.name);
    const [fresh, style]: [string, StyleName] =
      s.oldest === undefined
        ? ['No update dates', 'rag-grey']
        : s.stale > 0
          ? [`${s.stale} stale`, 'rag-amber']
          : newest !== undefined && newest > asOf
            ? // An update after the as-of date is no sign of freshness: the as-of date or the sheet is wrong.
              [`${plural(newest - asOf, 'day')} after as-of`, 'rag-amber']
            : ['None stale', 'rag-green'];
    const others = s.rows - s.owned;
    return [
      text(s.name),
      others > 0 ? text(`${s.owned}; adds to ${others}`, 'body') : num(s.owned),
      date(s.oldest),
      date(s.median),
      text(s.undated > 0 ? `${fresh}; ${s.undated} undated` : fresh, style),
    ];
  };
}

export function buildSourcesSheet(result: RunResult): ReportSheet {
  const cells = sourceCells(result);
  const list = rankedSources(result);
  const rows: (ReportCell | null)[][] = [[text(sourcesTitle(result), 'title')], [], sourcesHeader(), ...list.map(cells)];
  if (list.length === 0) rows.push([text('No sources were read.', 'muted')]);
  return makeSheet(REPORT_SHEETS.sources, rows, {
    tabColor: '548235',
    columnWidths: WIDTHS,
    rowHeights: { 0: 30, 2: 30 },
    freeze: { rows: 3, cols: 0 },
    print: { orientation: 'portrait', fitToWidth: true },
  });
}
