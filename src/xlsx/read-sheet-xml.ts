import type { CellValue, GridRange } from '../core/types';
import { parseA1 } from '../core/util/a1';
import type { XmlPartHandler } from './parse-xml-part';
import type { CellStyles } from './read-xlsx-styles';
import { ZipPartProblem } from './zip-part-stream';

/**
 * A SAX handler over one worksheet part: the cells with a value (shared strings resolved, rich
 * text as plain text, formulas as their cached results, errors as { error }, booleans, numbers,
 * and numbers in a date format as Date as exceljs gave them), each with its number format; the
 * merged ranges, the rows' outline levels, the table parts' relationship ids, and the solid fill
 * of every cell that has one, empty or not (a RAG status kept as cell colour). Other styled empty
 * cells, formulas' text, column widths, conditional formats and the rest are skipped as they pass.
 */
export interface SheetCells {
  /** Parallel arrays, one entry per cell with a value, in document order (0-based sheet coordinates). */
  readonly rows: readonly number[];
  readonly cols: readonly number[];
  readonly values: readonly CellValue[];
  readonly formats: ReadonlyArray<string | null>;
  readonly merges: readonly GridRange[];
  /** Outline level above 0 by 0-based sheet row. */
  readonly outline: ReadonlyMap<number, number>;
  readonly tablePartIds: readonly string[];
  /** Parallel arrays, one entry per cell with a solid fill (with or without a value), in document order. */
  readonly fillRows: readonly number[];
  readonly fillCols: readonly number[];
  readonly fillColours: readonly string[];
  /** Parallel arrays, one entry per cell with a value in a struck-through font, in document order. */
  readonly struckRows: readonly number[];
  readonly struckCols: readonly number[];
}

/** Excel's grid (ECMA-376 Part 1, 18.3.1.4: A1 to XFD1048576). */
const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 serial 0 to 1970-01-01 (exceljs' utils.excelToDate). */
const EPOCH_1900 = 25_569;
const SHIFT_1904 = 1_462;

export class SheetXmlHandler implements XmlPartHandler {
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  readonly values: CellValue[] = [];
  readonly formats: Array<string | null> = [];
  readonly merges: GridRange[] = [];
  readonly outline = new Map<number, number>();
  readonly tablePartIds: string[] = [];
  readonly fillRows: number[] = [];
  readonly fillCols: number[] = [];
  readonly fillColours: string[] = [];
  readonly struckRows: number[] = [];
  readonly struckCols: number[] = [];

  private row = -1;
  private col = -1;
  private type: string | undefined;
  private style = 0;
  private formula = false;
  /** 1 inside <v>, 2 inside <is>'s <t> (not under <rPh>). */
  private capture = 0;
  private inInline = false;
  private phonetic = 0;
  private valueText = '';
  private inlineText: string | undefined;
  private inCell = false;

  constructor(
    private readonly sheetName: string,
    private readonly sharedStrings: readonly string[],
    private readonly styles: CellStyles,
    private readonly date1904: boolean,
    /** Each style's solid fill colour (resolveFillColours), undefined for none. */
    private readonly styleFills: ReadonlyArray<string | undefined> = [],
  ) {}

  open(name: string, a: Readonly<Record<string, string>>): void {
    switch (name) {
      case 'c':
        this.openCell(a);
        return;
      case 'v':
        if (this.inCell) {
          this.capture = 1;
          this.valueText = '';
        }
        return;
      case 'f':
        if (this.inCell) this.formula = true;
        return;
      case 'is':
        if (this.inCell) {
          this.inInline = true;
          this.inlineText = '';
        }
        return;
      case 't':
        if (this.inInline && this.phonetic === 0) this.capture = 2;
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 'row':
        this.openRow(a);
        return;
      case 'mergeCell': {
        const range = a.ref === undefined ? undefined : parseRef(a.ref);
        if (range) this.merges.push(range);
        return;
      }
      case 'tablePart': {
        for (const key in a) if (key === 'id' || key.endsWith(':id')) this.tablePartIds.push(a[key]!);
        return;
      }
      default:
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'c':
        if (this.inCell) this.closeCell();
        return;
      case 'v':
      case 't':
        this.capture = 0;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      default:
        return;
    }
  }

  text(text: string): void {
    if (this.capture === 1) this.valueText += text;
    else if (this.capture === 2) this.inlineText += text;
  }

  private openRow(a: Readonly<Record<string, string>>): void {
    const r = a.r;
    this.row = r === undefined ? this.row + 1 : Number(r) - 1;
    if (!(this.row >= 0 && this.row < MAX_ROWS && Number.isInteger(this.row))) {
      this.fail(r === undefined ? "has more rows than Excel's 1,048,576" : `has a row numbered ${JSON.stringify(r.slice(0, 20))}, outside Excel's 1,048,576 rows`);
    }
    this.col = -1;
    const level = a.outlineLevel;
    if (level !== undefined && level !== '0') {
      const n = Number(level);
      if (n > 0) this.outline.set(this.row, Math.min(7, Math.floor(n)));
    }
  }

  private openCell(a: Readonly<Record<string, string>>): void {
    const ref = a.r;
    if (ref === undefined) this.col++;
    else this.readAddress(ref);
    this.type = a.t;
    const s = a.s;
    this.style = s === undefined ? 0 : Number(s);
    this.formula = false;
    this.valueText = '';
    this.inlineText = undefined;
    this.inCell = true;
  }

  /** "AB12" -> this.col 27, this.row 11 (letters then digits, as Excel writes them). */
  private readAddress(ref: string): void {
    let col = 0;
    let i = 0;
    for (; i < ref.length; i++) {
      const ch = ref.charCodeAt(i);
      if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
      else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
      else break;
    }
    let row = 0;
    for (let j = i; j < ref.length; j++) {
      const ch = ref.charCodeAt(j);
      if (ch < 48 || ch > 57 || row > MAX_ROWS) return this.fail(`has a cell address ${JSON.stringify(ref.slice(0, 20))} that is not an A1 address`);
      row = row * 10 + (ch - 48);
    }
    if (col === 0 || col > MAX_COLS || (i < ref.length && (row === 0 || row > MAX_ROWS))) {
      this.fail(`has a cell address ${JSON.stringify(ref.slice(0, 20))} outside Excel's grid (A1:XFD1048576)`);
    }
    this.col = col - 1;
    if (i < ref.length) this.row = row - 1;
  }

  private closeCell(): void {
    this.inCell = false;
    this.capture = 0;
    const value = this.cellValue();
    const fill = this.styleFills[this.style];
    if (this.row < 0) this.row = 0;
    if (fill !== undefined) {
      this.fillRows.push(this.row);
      this.fillCols.push(this.col);
      this.fillColours.push(fill);
    }
    if (value === null) return;
    if (this.styles.struck[this.style] === true) {
      this.struckRows.push(this.row);
      this.struckCols.push(this.col);
    }
    this.rows.push(this.row);
    this.cols.push(this.col);
    this.values.push(value);
    this.formats.push(this.styles.formats[this.style] ?? null);
  }

  private cellValue(): CellValue {
    const t = this.type;
    const v = this.valueText;
    if (t === 'inlineStr') return this.inlineText ?? (v === '' && !this.formula ? null : v);
    if (v === '') return t === 'str' && !this.formula ? '' : null;
    switch (t) {
      case 's': {
        const s = this.sharedStrings[parseInt(v, 10)];
        if (s === undefined) this.fail(`has a cell that refers to shared string ${v.slice(0, 20)}, which the workbook does not hold`);
        return s!;
      }
      case 'str':
        return v;
      case 'b':
        return parseInt(v, 10) !== 0;
      case 'e':
        return { error: v };
      case 'd':
        return isoDate(v);
      default: {
        const n = parseFloat(v);
        if (Number.isNaN(n)) return v;
        if (this.styles.isDate[this.style] === true) return new Date(Math.round((n - EPOCH_1900 + (this.date1904 ? SHIFT_1904 : 0)) * MS_PER_DAY));
        return n;
      }
    }
  }

  private fail(what: string): never {
    throw new ZipPartProblem(`is damaged: its sheet "${this.sheetName.slice(0, 40)}" ${what}`);
  }
}

/** A t="d" cell holds an ISO 8601 date-time (ECMA-376 Part 1, 18.17.4.1); text when it is none. */
function isoDate(text: string): CellValue {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? text : date;
}

/** "B3:E10" (or "B3") -> 0-based inclusive range; undefined for anything else. */
export function parseRef(ref: string): GridRange | undefined {
  const [a, b] = ref.split(':');
  const start = parseA1(a ?? '');
  const end = parseA1(b ?? a ?? '');
  if (!start || !end) return undefined;
  return { top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col) };
}
