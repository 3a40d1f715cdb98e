import type { ReportCell, ReportSheet } from '../types';

/** Common sheet defaults: report sheets have no gridlines and print landscape, fit to width. */
export function makeSheet(name: string, rows: (ReportCell | null)[][], rest: Partial<ReportSheet> = {}): ReportSheet {
  return {
    name,
    rows,
    columnWidths: [],
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    print: { orientation: 'landscape', fitToWidth: true },
    showGridLines: false,
    ...rest,
  };
}
