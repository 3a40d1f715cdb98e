/**
 * A hand-written fake of the few Excel JavaScript API objects Throughline uses. It keeps a real
 * grid of cells per sheet, applies writes with Excel's own rules (a string starting with "=" in a
 * cell not formatted as Text becomes a formula, "+1" becomes the number 1), and records every
 * context.sync with the payload queued before it. Loaded properties are readable only after a
 * sync, as in Office.js, so a reader that forgets a round trip fails here too.
 */
import type { DocumentSettings, ExcelHost } from '../../src/office/excel-host';
import { a1, parseA1 } from '../../src/core/util/a1';

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  format: string;
  /** Set when a write was taken as a formula. */
  formula?: string;
  /** An error value such as "#N/A" (valueType Error). */
  error?: string;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel on the web's request size limit. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

export function parseRect(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = local.split(':');
  const wholeCols = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(local);
  if (wholeCols) {
    const l = parseA1(`${wholeCols[1]}1`)!.col;
    const r = parseA1(`${wholeCols[2]}1`)!.col;
    return { top: 0, left: l, bottom: 1_048_575, right: r };
  }
  const wholeRows = /^\$?(\d+):\$?(\d+)$/.exec(local);
  if (wholeRows) return { top: Number(wholeRows[1]) - 1, left: 0, bottom: Number(wholeRows[2]) - 1, right: 16_383 };
  const s = parseA1(a!);
  const e = b === undefined ? s : parseA1(b);
  if (!s || !e) throw new Error(`fake-excel: bad address ${address}`);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

export function rectAddress(r: Rect): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  showGridlines = true;
  readonly cells = new Map<string, FakeCell>();
  readonly customProperties = new Map<string, string>();
  readonly merges: string[] = [];
  readonly charts: Array<{ type: string; source: string; seriesBy: string; title: string; position?: [string, string] }> = [];
  readonly conditionalFormats: Array<{ range: string; type: string; rule?: unknown; criteria?: unknown; format: Record<string, unknown> }> = [];
  readonly notes: Array<{ address: string; content: string }> = [];
  /** Every format property set, with the address it was set on. */
  readonly formatLog: Array<{ address: string; property: string; value: unknown }> = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozen: { rows: number; cols: number } = { rows: 0, cols: 0 };
  page: { orientation?: string; zoom?: unknown; printArea?: string } = {};

  constructor(name: string) {
    this.name = name;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Put a value as a user would have it (tests' setup), bypassing the write rules. */
  put(row: number, col: number, value: FakeValue | null, format = 'General'): void {
    if (value === null) this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, { value, format });
  }

  putError(row: number, col: number, error: string): void {
    this.cells.set(`${row},${col}`, { value: error, format: 'General', error });
  }

  /** Bounding box of cells holding a value (what getUsedRange(true) reports). */
  usedRect(): Rect | undefined {
    let rect: Rect | undefined;
    for (const [key, cell] of this.cells) {
      if (cell.value === '' && !cell.formula && !cell.error) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      rect = rect ? { top: Math.min(rect.top, r), left: Math.min(rect.left, c), bottom: Math.max(rect.bottom, r), right: Math.max(rect.right, c) } : { top: r, left: c, bottom: r, right: c };
    }
    return rect;
  }

  /** Deep copy of the cells, to compare before and after. */
  snapshot(): Array<[string, FakeCell]> {
    return [...this.cells.entries()].map(([k, v]) => [k, { ...v }] as [string, FakeCell]).sort((a, b) => a[0].localeCompare(b[0]));
  }
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  range: string;
  style: string;
  showFilterButton: boolean;
}

export interface SyncRecord {
  readonly bytes: number;
  readonly requests: number;
  /** JSON size of the loaded data the sync returned. */
  readonly responseBytes: number;
}

/** JSON size of loaded data (proxy objects in collections count as a small reference). */
function jsonSize(value: unknown): number {
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Loadable ? '#' : typeof v === 'function' ? undefined : v))?.length ?? 0;
}

/** The workbook state plus the request log. */
export class FakeWorkbook {
  name = 'Programme.xlsx';
  use1904DateSystem = false;
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  readonly syncLog: SyncRecord[] = [];
  activeSheet: string | undefined;
  selection: string | undefined;
  private pendingBytes = 0;
  private pendingRequests = 0;
  private pendingLoads: Array<{ compute: () => Record<string, unknown>; assign: (captured: Record<string, unknown>) => void }> = [];
  /** When set, a sync whose loaded data is larger fails as Excel on the web does. */
  responseLimitBytes: number | undefined;

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name === name)) throw new Error(`fake-excel: sheet ${name} exists`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Record one queued request and the JSON it carries. */
  request(payload: unknown): void {
    this.pendingRequests++;
    this.pendingBytes += 100 + (JSON.stringify(payload)?.length ?? 0);
  }

  queueLoad(compute: () => Record<string, unknown>, assign: (captured: Record<string, unknown>) => void): void {
    this.pendingRequests++;
    this.pendingBytes += 100;
    this.pendingLoads.push({ compute, assign });
  }

  /** Largest request Excel accepts (5 MB on the web); tests lower it to force a refusal. */
  requestLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** Syncs refused for their request size (not in syncLog). */
  refused = 0;

  /**
   * Excel runs a batch's requests in order and stops at a failure, so a refused batch can leave
   * part of its writes applied; the fake applies writes as they are queued, which models that.
   */
  async sync(): Promise<void> {
    if (this.pendingBytes > this.requestLimitBytes) {
      const bytes = this.pendingBytes;
      this.refused++;
      this.pendingBytes = 0;
      this.pendingRequests = 0;
      this.pendingLoads = [];
      throw Object.assign(new Error(`The request payload size has exceeded the limit (${bytes} bytes).`), { code: 'RequestPayloadSizeLimitExceeded' });
    }
    const loads = this.pendingLoads;
    this.pendingLoads = [];
    const bytes = this.pendingBytes;
    const requests = this.pendingRequests;
    this.pendingBytes = 0;
    this.pendingRequests = 0;
    const captured = loads.map((l) => l.compute());
    const responseBytes = captured.reduce((sum, c) => sum + jsonSize(c), 0);
    this.syncLog.push({ bytes, requests, responseBytes });
    if (this.responseLimitBytes !== undefined && responseBytes > this.responseLimitBytes) {
      throw Object.assign(new Error(`The response payload size has exceeded the limit (${responseBytes} bytes).`), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
    loads.forEach((l, i) => l.assign(captured[i]!));
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  /** Office.js RequestContext over this workbook. */
  context(): Excel.RequestContext {
    return { workbook: new WorkbookProxy(this), sync: () => this.sync() } as unknown as Excel.RequestContext;
  }
}

/** Properties captured at sync time; reading one before is an error, as in Office.js. */
class Loadable {
  protected captured: Record<string, unknown> | undefined;
  constructor(protected readonly wb: FakeWorkbook) {}
  protected read<T>(prop: string): T {
    if (!this.captured || !(prop in this.captured)) throw new Error(`PropertyNotLoaded: ${prop} (load it and sync first)`);
    return this.captured[prop] as T;
  }
  protected capture(): Record<string, unknown> {
    return {};
  }
  /** Loads the named properties (all when none are named); only those come back, as in Office.js. */
  load(props?: string): this {
    const wanted = props?.split(',').map((p) => p.trim().split('/')[0]!);
    this.wb.queueLoad(
      () => {
        const all = this.capture();
        if (!wanted) return all;
        return Object.fromEntries(Object.entries(all).filter(([k]) => k === 'isNullObject' || wanted.includes(k)));
      },
      (captured) => {
        this.captured = captured;
      },
    );
    return this;
  }
}

class WorkbookProxy extends Loadable {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  constructor(wb: FakeWorkbook) {
    super(wb);
    this.worksheets = new WorksheetCollectionProxy(wb);
    this.tables = new TableCollectionProxy(wb);
  }
  protected override capture(): Record<string, unknown> {
    return { name: this.wb.name, use1904DateSystem: this.wb.use1904DateSystem };
  }
  get name(): string {
    return this.read('name');
  }
  get use1904DateSystem(): boolean {
    return this.read('use1904DateSystem');
  }
}

class WorksheetCollectionProxy extends Loadable {
  protected override capture(): Record<string, unknown> {
    const items = this.wb.sheets.map((s) => {
      const p = new WorksheetProxy(this.wb, s);
      p.captureNow();
      return p;
    });
    return { items };
  }
  get items(): WorksheetProxy[] {
    return this.read('items');
  }
  getItem(name: string): WorksheetProxy {
    this.wb.request({ getItem: name });
    const sheet = this.wb.sheet(name);
    if (!sheet) throw new Error(`ItemNotFound: worksheet ${name}`);
    return new WorksheetProxy(this.wb, sheet);
  }
  /** Like Office.js: isNullObject is known after the next sync, without a load. */
  getItemOrNullObject(name: string): WorksheetProxy | NullSheetProxy {
    this.wb.request({ getItemOrNullObject: name });
    const sheet = this.wb.sheet(name);
    const proxy = sheet ? new WorksheetProxy(this.wb, sheet) : new NullSheetProxy(this.wb);
    proxy.load('isNullObject');
    return proxy;
  }
  add(name: string): WorksheetProxy {
    this.wb.request({ add: name });
    return new WorksheetProxy(this.wb, this.wb.addSheet(name));
  }
}

class TableCollectionProxy extends Loadable {
  constructor(
    wb: FakeWorkbook,
    private readonly sheet?: FakeSheet,
  ) {
    super(wb);
  }
  protected override capture(): Record<string, unknown> {
    return {
      items: this.wb.tables
        .filter((t) => !this.sheet || t.sheet === this.sheet)
        .map((t) => ({ name: t.name, worksheet: { name: t.sheet.name }, getRange: () => new RangeProxy(this.wb, t.sheet, parseRect(t.range)) })),
    };
  }
  get items(): unknown[] {
    return this.read('items');
  }
  getItem(name: string): { getRange(): RangeProxy } {
    this.wb.request({ getItem: name });
    const table = this.wb.tables.find((t) => t.name === name);
    if (!table) throw new Error(`ItemNotFound: table ${name}`);
    return { getRange: () => new RangeProxy(this.wb, table.sheet, parseRect(table.range)) };
  }
  add(address: string, hasHeaders: boolean): Record<string, unknown> {
    this.wb.request({ tableAdd: address, hasHeaders });
    const sheet = this.sheet!;
    const table: FakeTable = { name: `Table${this.wb.tables.length + 1}`, sheet, range: address, style: 'TableStyleMedium2', showFilterButton: true };
    this.wb.tables.push(table);
    const wb = this.wb;
    return {
      set name(v: string) {
        wb.request({ name: v });
        if (wb.tables.some((t) => t !== table && t.name === v)) throw new Error(`fake-excel: table name ${v} is taken`);
        table.name = v;
      },
      set style(v: string) {
        wb.request({ style: v });
        table.style = v;
      },
      set showFilterButton(v: boolean) {
        wb.request({ showFilterButton: v });
        table.showFilterButton = v;
      },
    };
  }
}

class NullSheetProxy extends Loadable {
  protected override capture(): Record<string, unknown> {
    return { isNullObject: true };
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
}

class WorksheetProxy extends Loadable {
  constructor(
    wb: FakeWorkbook,
    readonly sheet: FakeSheet,
  ) {
    super(wb);
  }
  captureNow(): void {
    this.captured = this.capture();
  }
  protected override capture(): Record<string, unknown> {
    return { isNullObject: false, name: this.sheet.name, visibility: this.sheet.visibility };
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.wb.request({ rename: v });
    if (this.wb.sheets.some((s) => s !== this.sheet && s.name === v)) throw new Error(`fake-excel: sheet name ${v} is taken`);
    this.sheet.name = v;
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.wb.request({ visibility: v });
    if (v !== 'Visible' && this.wb.sheets.filter((s) => s.visibility === 'Visible' && s !== this.sheet).length === 0) {
      throw new Error('fake-excel: cannot hide the last visible sheet');
    }
    this.sheet.visibility = v;
  }
  set tabColor(v: string) {
    this.wb.request({ tabColor: v });
    this.sheet.tabColor = v;
  }
  set showGridlines(v: boolean) {
    this.wb.request({ showGridlines: v });
    this.sheet.showGridlines = v;
  }
  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.wb, this.sheet);
  }
  get customProperties(): unknown {
    const wb = this.wb;
    const sheet = this.sheet;
    return {
      add(key: string, value: string) {
        wb.request({ key, value });
        sheet.customProperties.set(key, value);
      },
      getItemOrNullObject(key: string) {
        return new CustomPropertyProxy(wb, sheet, key);
      },
    };
  }
  get charts(): unknown {
    const wb = this.wb;
    const sheet = this.sheet;
    return {
      add(type: string, source: RangeProxy, seriesBy: string) {
        wb.request({ type, source: source.addressNow(), seriesBy });
        const chart = { type, source: source.addressNow(), seriesBy, title: '' } as FakeSheet['charts'][number];
        sheet.charts.push(chart);
        return {
          title: {
            set text(v: string) {
              wb.request({ title: v });
              chart.title = v;
            },
          },
          setPosition(start: string, end: string) {
            wb.request({ start, end });
            chart.position = [start, end];
          },
        };
      },
    };
  }
  get notes(): unknown {
    const wb = this.wb;
    const sheet = this.sheet;
    return {
      add(cell: RangeProxy, content: string) {
        wb.request({ content });
        sheet.notes.push({ address: cell.addressNow(), content });
      },
    };
  }
  get freezePanes(): unknown {
    const wb = this.wb;
    const sheet = this.sheet;
    return {
      freezeAt(range: RangeProxy) {
        wb.request({ freezeAt: range.addressNow() });
        const r = range.rect;
        sheet.frozen = { rows: r.bottom + 1, cols: r.right + 1 };
      },
      freezeRows(n: number) {
        wb.request({ freezeRows: n });
        sheet.frozen = { rows: n, cols: 0 };
      },
      freezeColumns(n: number) {
        wb.request({ freezeColumns: n });
        sheet.frozen = { rows: 0, cols: n };
      },
    };
  }
  get pageLayout(): unknown {
    const wb = this.wb;
    const page = this.sheet.page;
    return {
      set orientation(v: string) {
        wb.request({ orientation: v });
        page.orientation = v;
      },
      set zoom(v: unknown) {
        wb.request({ zoom: v });
        page.zoom = v;
      },
      setPrintArea(area: string) {
        wb.request({ area });
        page.printArea = area;
      },
    };
  }
  delete(): void {
    this.wb.request({ delete: this.sheet.name });
    this.wb.sheets = this.wb.sheets.filter((s) => s !== this.sheet);
    this.wb.tables = this.wb.tables.filter((t) => t.sheet !== this.sheet);
  }
  activate(): void {
    this.wb.request({ activate: this.sheet.name });
    if (!this.wb.sheets.includes(this.sheet)) throw new Error('ItemNotFound');
    this.wb.activeSheet = this.sheet.name;
  }
  getRange(address?: string): RangeProxy {
    this.wb.request({ getRange: address ?? '' });
    return new RangeProxy(this.wb, this.sheet, address ? parseRect(address) : { top: 0, left: 0, bottom: 1_048_575, right: 16_383 });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    this.wb.request({ row, col, rows, cols });
    return new RangeProxy(this.wb, this.sheet, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
  }
  getRanges(address: string): { format: FormatProxy } {
    this.wb.request({ getRanges: address });
    return { format: new FormatProxy(this.wb, this.sheet, address) };
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    this.wb.request({ usedRange: true });
    return new RangeProxy(this.wb, this.sheet, undefined, true);
  }
}

class CustomPropertyProxy extends Loadable {
  constructor(
    wb: FakeWorkbook,
    private readonly sheet: FakeSheet,
    private readonly key: string,
  ) {
    super(wb);
  }
  protected override capture(): Record<string, unknown> {
    const value = this.sheet.customProperties.get(this.key);
    return { isNullObject: value === undefined, value: value ?? '' };
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get value(): string {
    return this.read('value');
  }
}

/** Excel's reading of a written value: text stays text only in a Text-formatted cell. */
function interpret(value: FakeValue, format: string): Pick<FakeCell, 'value' | 'formula'> {
  if (typeof value !== 'string' || format === '@') return { value };
  if (value.startsWith('=') && value.length > 1) return { value: `(formula)`, formula: value };
  if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) return { value: Number(value) };
  return { value };
}

class RangeProxy extends Loadable {
  rect: Rect;
  constructor(
    wb: FakeWorkbook,
    readonly sheet: FakeSheet,
    rect: Rect | undefined,
    private readonly used = false,
  ) {
    super(wb);
    this.rect = rect ?? { top: 0, left: 0, bottom: 0, right: 0 };
  }
  addressNow(): string {
    return rectAddress(this.rect);
  }
  protected override capture(): Record<string, unknown> {
    let rect: Rect | undefined = this.rect;
    if (this.used) {
      rect = this.sheet.usedRect();
      if (!rect) return { isNullObject: true };
      this.rect = rect;
    }
    const values: unknown[][] = [];
    const formats: unknown[][] = [];
    const types: string[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const vr: unknown[] = [];
      const fr: unknown[] = [];
      const tr: string[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = this.sheet.cell(r, c);
        vr.push(cell ? cell.value : '');
        fr.push(cell ? cell.format : 'General');
        tr.push(!cell || cell.value === '' ? 'Empty' : cell.error ? 'Error' : typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String');
      }
      values.push(vr);
      formats.push(fr);
      types.push(tr);
    }
    return { isNullObject: false, address: `${quote(this.sheet.name)}!${rectAddress(rect)}`, values, numberFormat: formats, valueTypes: types };
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  private each(matrix: unknown[][], set: (cell: FakeCell, v: unknown) => void): void {
    const rows = this.rect.bottom - this.rect.top + 1;
    const cols = this.rect.right - this.rect.left + 1;
    if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) throw new Error(`InvalidArgument: ${rows}x${cols} range, matrix does not match`);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const key = `${this.rect.top + r},${this.rect.left + c}`;
        const cell = this.sheet.cells.get(key) ?? { value: '', format: 'General' };
        set(cell, matrix[r]![c]);
        if (cell.value === '' && cell.format === 'General' && !cell.formula && !cell.hyperlink) this.sheet.cells.delete(key);
        else this.sheet.cells.set(key, cell);
      }
    }
  }
  set values(matrix: unknown[][]) {
    this.wb.request(matrix);
    this.each(matrix, (cell, v) => {
      const next = interpret(v as FakeValue, cell.format);
      cell.value = next.value;
      if (next.formula) cell.formula = next.formula;
      else delete cell.formula;
      delete cell.error;
    });
  }
  set numberFormat(matrix: unknown[][]) {
    this.wb.request(matrix);
    this.each(matrix, (cell, v) => {
      cell.format = String(v);
    });
  }
  set hyperlink(link: FakeCell['hyperlink']) {
    this.wb.request(link);
    const key = `${this.rect.top},${this.rect.left}`;
    const cell = this.sheet.cells.get(key) ?? { value: '', format: 'General' };
    cell.hyperlink = link;
    this.sheet.cells.set(key, cell);
  }
  get format(): FormatProxy {
    return new FormatProxy(this.wb, this.sheet, this.addressNow(), this.rect);
  }
  get conditionalFormats(): unknown {
    const wb = this.wb;
    const sheet = this.sheet;
    const range = this.addressNow();
    return {
      add(type: string) {
        wb.request({ type });
        const entry: FakeSheet['conditionalFormats'][number] = { range, type, format: {} };
        sheet.conditionalFormats.push(entry);
        const format = {
          fill: {
            set color(v: string) {
              entry.format.fill = v;
            },
          },
          font: {
            set color(v: string) {
              entry.format.fontColor = v;
            },
            set bold(v: boolean) {
              entry.format.bold = v;
            },
          },
        };
        return {
          cellValue: {
            format,
            set rule(v: unknown) {
              wb.request(v);
              entry.rule = v;
            },
          },
          colorScale: {
            set criteria(v: unknown) {
              wb.request(v);
              entry.criteria = v;
            },
          },
        };
      },
    };
  }
  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.wb, this.sheet, { top: 0, left: this.rect.left, bottom: 1_048_575, right: this.rect.right });
  }
  getEntireRow(): RangeProxy {
    return new RangeProxy(this.wb, this.sheet, { top: this.rect.top, left: 0, bottom: this.rect.bottom, right: 16_383 });
  }
  merge(_across?: boolean): void {
    this.wb.request({ merge: this.addressNow() });
    this.sheet.merges.push(this.addressNow());
  }
  select(): void {
    this.wb.request({ select: this.addressNow() });
    if (this.wb.activeSheet !== this.sheet.name) throw new Error('fake-excel: select on a sheet that is not active');
    this.wb.selection = `${this.sheet.name}!${this.addressNow()}`;
  }
  getMergedAreasOrNullObject(): Loadable & { isNullObject: boolean; address: string } {
    const sheet = this.sheet;
    const wb = this.wb;
    class Merged extends Loadable {
      protected override capture(): Record<string, unknown> {
        return sheet.merges.length === 0 ? { isNullObject: true } : { isNullObject: false, address: sheet.merges.map((m) => `${quote(sheet.name)}!${m}`).join(', ') };
      }
      get isNullObject(): boolean {
        return this.read('isNullObject');
      }
      get address(): string {
        return this.read('address');
      }
    }
    return new Merged(wb);
  }
}

/** Records every format property set on a range or range areas. */
class FormatProxy {
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly sheet: FakeSheet,
    private readonly address: string,
    private readonly rect?: Rect,
  ) {}
  private log(property: string, value: unknown): void {
    this.wb.request({ [property]: value });
    this.sheet.formatLog.push({ address: this.address, property, value });
  }
  get font(): Record<string, unknown> {
    const log = (p: string, v: unknown): void => this.log(`font.${p}`, v);
    return {
      set bold(v: boolean) {
        log('bold', v);
      },
      set italic(v: boolean) {
        log('italic', v);
      },
      set size(v: number) {
        log('size', v);
      },
      set color(v: string) {
        log('color', v);
      },
      set underline(v: string) {
        log('underline', v);
      },
    };
  }
  get fill(): Record<string, unknown> {
    const log = (p: string, v: unknown): void => this.log(`fill.${p}`, v);
    return {
      set color(v: string) {
        log('color', v);
      },
    };
  }
  get borders(): unknown {
    const log = (p: string, v: unknown): void => this.log(p, v);
    const areas = this.address.split(',').map((a) => parseRect(a.trim()));
    return {
      getItem(edge: string) {
        if (edge === 'InsideHorizontal' && areas.some((r) => r.top === r.bottom)) throw new Error('InvalidArgument: no inside horizontal edge in a one-row range');
        return {
          set style(v: string) {
            log(`border.${edge}.style`, v);
          },
          set color(v: string) {
            log(`border.${edge}.color`, v);
          },
        };
      },
    };
  }
  set horizontalAlignment(v: string) {
    this.log('horizontalAlignment', v);
  }
  set verticalAlignment(v: string) {
    this.log('verticalAlignment', v);
  }
  set wrapText(v: boolean) {
    this.log('wrapText', v);
  }
  set columnWidth(v: number) {
    this.log('columnWidth', v);
    if (this.rect) for (let c = this.rect.left; c <= this.rect.right; c++) this.sheet.columnWidths.set(c, v);
  }
  set rowHeight(v: number) {
    this.log('rowHeight', v);
    if (this.rect) for (let r = this.rect.top; r <= this.rect.bottom; r++) this.sheet.rowHeights.set(r, v);
  }
}

/** Office.Settings in memory. */
export class FakeSettings implements DocumentSettings {
  readonly values = new Map<string, unknown>();
  saved = 0;
  failSave = false;
  get(name: string): unknown {
    return this.values.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  saveAsync(callback: (result: { status: string; error?: { message: string } }) => void): void {
    if (this.failSave) {
      callback({ status: 'failed', error: { message: 'The document is read-only' } });
      return;
    }
    this.saved++;
    callback({ status: 'succeeded' });
  }
}

/** An ExcelHost over a fake workbook; `apiVersion` is the highest ExcelApi minor version it supports. */
export function fakeHost(wb: FakeWorkbook, options: { apiVersion?: number; settings?: FakeSettings } = {}): ExcelHost & { created: string[] } {
  const apiVersion = options.apiVersion ?? 18;
  const created: string[] = [];
  return {
    run: (batch) => batch(wb.context()),
    isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= apiVersion && version.startsWith('1.'),
    createWorkbook: async (base64) => {
      created.push(base64);
    },
    settings: options.settings ?? new FakeSettings(),
    host: 'Excel',
    platform: 'OfficeOnline',
    created,
  };
}
