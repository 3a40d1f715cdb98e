/**
 * A host-neutral report: sheets of typed cells with styles, merges, tables, conditional formats,
 * links and charts. src/core/report builds it; src/xlsx/write-report.ts (a streaming .xlsx writer) and
 * the add-in's writer in src/office render the same document.
 * Addresses are A1 strings; rows/columns in arrays are 0-based from A1.
 */

export interface ReportDocument {
  readonly title: string;
  /** ISO date the report is as of. */
  readonly asOf: string;
  readonly sheets: readonly ReportSheet[];
}

export type ReportCellValue =
  /** Always written as text, whatever it starts with (=, +, -, @): user text never becomes a formula. */
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'number'; readonly v: number }
  /** 0..1, shown as a percent. */
  | { readonly t: 'percent'; readonly v: number }
  /** A day number (days since 1970-01-01); writers convert to a date / serial. */
  | { readonly t: 'date'; readonly v: number }
  | { readonly t: 'bool'; readonly v: boolean }
  /** Our own formula (never user text), e.g. a count; writers also store the computed value. */
  | { readonly t: 'formula'; readonly f: string; readonly v: number | string };

export type ReportLink =
  /** A cell in this report or in the same workbook (source sheets of the open workbook). */
  | {
      readonly kind: 'internal';
      readonly sheet: string;
      readonly address: string;
      /** A report sheet, named by its stable name (a writer follows it when the sheet had to take another name). */
      readonly report?: true;
    }
  /** A cell in another file (a departmental workbook): file path/name, sheet, cell. */
  | { readonly kind: 'external'; readonly file: string; readonly sheet: string; readonly address: string };

export interface ReportCell {
  readonly value: ReportCellValue | null;
  /** Key into ReportSheet.styles or ReportDocument-wide named styles (see StyleName). */
  readonly style?: StyleName;
  readonly link?: ReportLink;
  /** Cell note (comment) text. */
  readonly note?: string;
  /** A number format for this cell instead of its style's: money in the run's currency (`"£"#,##0`). */
  readonly numFmt?: string;
}

/** Named styles every writer knows how to render (one place to change the report's look). */
export type StyleName =
  | 'title'
  | 'subtitle'
  | 'headline'
  | 'header'
  | 'label'
  | 'body'
  | 'muted'
  | 'link'
  | 'link-small'
  /** A link that is news (the Summary's pointer to the decisions waiting). */
  | 'callout-link'
  | 'date'
  | 'percent'
  | 'number'
  | 'money'
  | 'integer'
  | 'rag-green'
  | 'rag-amber'
  | 'rag-red'
  | 'rag-done'
  | 'rag-grey'
  | 'severity-error'
  | 'severity-warning'
  | 'severity-info'
  | 'gantt-slip'
  | 'gantt-today'
  | 'tile-value'
  | 'tile-value-red'
  | 'tile-value-amber'
  | 'tile-value-green'
  | 'tile-label'
  | 'input'
  | 'input-date'
  | GanttStyle
  | 'gantt-group'
  | 'heat-0'
  | 'heat-1'
  | 'heat-2'
  | 'heat-3'
  | 'heat-4';

/** Gantt bar cells: the bar's effective status, the part done, and the critical path's underline. */
export type GanttTone = 'red' | 'amber' | 'green' | 'done' | 'grey';
export type GanttStyle = `gantt-${GanttTone}${'' | '-progress'}${'' | '-critical'}`;

export interface ReportTable {
  /** Excel table name (unique in the workbook, letters/digits/underscore). */
  readonly name: string;
  /** Range including the header row, e.g. "A1:N120". */
  readonly range: string;
  /** Excel table style, e.g. "TableStyleMedium2". */
  readonly style: string;
  readonly showFilter: boolean;
}

export type ConditionalFormat =
  /** Cells whose text equals a value get a named style (RAG columns). */
  | { readonly kind: 'text-equals'; readonly range: string; readonly text: string; readonly style: StyleName }
  /** A 3-colour scale (heat maps). */
  | { readonly kind: 'color-scale'; readonly range: string; readonly min: string; readonly mid: string; readonly max: string }
  /** Numbers above a threshold get a style (e.g. slip days > 0). */
  | { readonly kind: 'greater-than'; readonly range: string; readonly value: number; readonly style: StyleName };

export interface ReportChart {
  readonly kind: 'bar' | 'column' | 'stacked-bar' | 'pie';
  readonly title: string;
  /** Data range including series names in its first row and categories in its first column. */
  readonly dataRange: string;
  /** Top-left cell where the chart is placed, and its size in cells. */
  readonly anchor: string;
  readonly widthCols: number;
  readonly heightRows: number;
  /** Fill of each series (hex RRGGBB), in series order (the data range's columns after the first). */
  readonly seriesColors?: readonly string[];
  /** Fill of each point of a one-series chart, by category (findings by severity). */
  readonly pointColors?: readonly string[];
}

/** One row of cells from column A; a shorter row means empty trailing cells. */
export type ReportRow = readonly (ReportCell | null)[];

/**
 * A sheet's rows, made on demand: writers pull them one at a time, so a report of 100,000
 * initiatives never holds its millions of cells at once (only the row being written).
 * Pure: row(i) gives equal cells however often and in whatever order it is asked.
 */
export interface ReportRows {
  /** Number of rows, from row 1. */
  readonly count: number;
  /** Cells in the widest row (0 when every row is empty): writers size ranges from it without a pass. */
  readonly width: number;
  /** The row at a 0-based index below count. */
  row(index: number): ReportRow;
}

export interface ReportSheet {
  /** Stable sheet name (Summary, Initiatives, Findings, ...). */
  readonly name: string;
  readonly hidden?: boolean;
  readonly tabColor?: string;
  /** Dense rows from A1, produced one at a time as a writer asks for them (see ReportRows). */
  readonly rows: ReportRows;
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Row heights in points, by 0-based row index (only where not default). */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /**
   * Rows whose wrapped text needs more than one line get the height that shows every line
   * (neither Excel nor LibreOffice re-measures rows when opening a file, so the writer must say).
   * Writers measure each row as they write it (fitRowHeight in src/core/report/sheet.ts);
   * rowHeights wins where it gives a height.
   */
  readonly fitWrappedRows?: boolean;
  readonly merges: readonly string[];
  /** Frozen rows/columns at the top/left. */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly tables: readonly ReportTable[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** Native charts: both writers draw them (DrawingML parts in the .xlsx file, the host's own charts in the add-in). */
  readonly charts: readonly ReportChart[];
  readonly print?: {
    readonly orientation: 'landscape' | 'portrait';
    readonly fitToWidth: boolean;
    /** With fitToWidth: the pages wide to fit (default 1); a wide Gantt takes several to stay readable. */
    readonly pagesWide?: number;
    /** Columns repeated at the left of every printed page (the Gantt's id and name). */
    readonly repeatCols?: number;
    /** 1 to force one page tall (Summary). */
    readonly fitToHeight?: number;
    readonly area?: string;
    /** Manual page breaks: a new page starts at each of these 0-based rows. */
    readonly rowBreaks?: readonly number[];
    /**
     * Without fitToWidth: printed at this percent of normal size (10..400), for a sheet that places
     * its own column breaks (a fit picks its own scale, and so its own breaks).
     */
    readonly scale?: number;
    /** Manual page breaks: a new page starts at each of these 0-based columns. */
    readonly colBreaks?: readonly number[];
  };
  readonly showGridLines?: boolean;
}

/** Style definitions shared by every writer (colours are hex RRGGBB). */
export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly numFmt?: string;
  readonly hAlign?: 'left' | 'center' | 'right';
  readonly vAlign?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  readonly underline?: boolean;
  readonly borderBottom?: string;
}
