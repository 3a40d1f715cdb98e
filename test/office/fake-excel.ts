/**
 * A hand-written fake of the Excel JavaScript API objects Throughline uses, kept as strict as
 * Excel's documented behaviour:
 * - Nothing happens until context.sync(): every property set, method call and load is queued and
 *   runs, in order, at the sync. An error (a sheet that is not there, a name already taken) is
 *   raised there, not at getItem; Excel stops the batch at the failing request, so the requests
 *   before it stay applied and the ones after it never run.
 * - Each sync's request is measured as Office.js serialises it ({ Actions, ObjectPaths } JSON, in
 *   UTF-8 bytes); over the limit (5 MB, Excel on the web) the whole request is refused and nothing
 *   of it applies. Responses over the limit are refused too.
 * - Sheet and table names compare case-insensitively, as in Excel; a sheet name must follow
 *   Excel's rules (1-31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe,
 *   not "History").
 * - A cell holds at most 32,767 characters; a string starting with "=" in a cell not formatted
 *   as Text becomes a formula, "+1" becomes the number 1.
 * Loaded properties are readable only after a sync, as in Office.js.
 * Sources: learn.microsoft.com, "Resource limits and performance optimization for Office
 * Add-ins" (5 MB request/response limit on the web) and "Excel specifications and limits";
 * the request shape is Office.js's ClientRequest.buildRequestMessageBodyAndRequestFlags.
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

/** Excel on the web's request and response size limit. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** Excel's limit on the characters in one cell. */
export const CELL_TEXT_LIMIT = 32_767;

/** An error as Office.js raises it (OfficeExtension.Error carries a code). */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

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
  if (!s || !e) throw new FakeExcelError('InvalidArgument', `bad address ${address}`);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

export function rectAddress(r: Rect): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Excel compares sheet and table names without regard to case. */
function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** Excel's rules for a worksheet name (the rename dialog's and the API's). */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31) throw new FakeExcelError('InvalidArgument', `a sheet name has 1 to 31 characters: "${name}"`);
  if (/[:\\/?*[\]]/.test(name)) throw new FakeExcelError('InvalidArgument', `a sheet name cannot contain : \\ / ? * [ ]: "${name}"`);
  if (name.startsWith("'") || name.endsWith("'")) throw new FakeExcelError('InvalidArgument', `a sheet name cannot begin or end with an apostrophe: "${name}"`);
  if (sameName(name, 'History')) throw new FakeExcelError('InvalidArgument', '"History" is reserved');
}

/** UTF-8 length of a string: what the request body weighs on the wire. */
function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  showGridlines = true;
  readonly cells = new Map<string, FakeCell>();
  readonly customProperties = new Map<string, string>();
  /** Cell fills a user set ("r,c" -> Excel.RangeFill's color "#RRGGBB" and pattern "Solid", "Gray50"...); a cell not here has none. */
  readonly fills = new Map<string, { color: string; pattern: string }>();
  /** Cells a user struck through (Home > Strikethrough: the cell's font), "r,c". */
  readonly struck = new Set<string>();
  readonly merges: string[] = [];
  readonly charts: Array<{ type: string; source: string; seriesBy: string; title: string; position?: [string, string]; seriesFills?: string[]; pointFills?: string[]; legend?: boolean }> = [];
  readonly pageBreaks: string[] = [];
  /** Vertical (column) page breaks, each the range a new page starts at. */
  readonly columnBreaks: string[] = [];
  readonly conditionalFormats: Array<{ range: string; type: string; rule?: unknown; criteria?: unknown; format: Record<string, unknown> }> = [];
  readonly notes: Array<{ address: string; content: string }> = [];
  /** Every format property set, with the address it was set on. */
  readonly formatLog: Array<{ address: string; property: string; value: unknown }> = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozen: { rows: number; cols: number } = { rows: 0, cols: 0 };
  /** margins: Excel's leftMargin .. footerMargin, in points as PageLayout reports them. */
  page: { orientation?: string; zoom?: unknown; printArea?: string; titleRows?: string; titleColumns?: string; margins?: Record<string, number>; centerHorizontally?: boolean } = {};

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

  /** Colour a cell as a user would (Home > Fill Color: a solid fill), whatever it holds; it does not make the cell part of the used range of values. */
  putFill(row: number, col: number, color: string, pattern = 'Solid'): void {
    this.fills.set(`${row},${col}`, { color, pattern });
  }

  /** Strike a cell through as a user would (Home > Strikethrough), whatever it holds. */
  putStrike(row: number, col: number): void {
    this.struck.add(`${row},${col}`);
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
  /** UTF-8 bytes of the request body as Office.js builds it. */
  readonly bytes: number;
  /** Actions in the request. */
  readonly requests: number;
  /** JSON size of the loaded data the sync returned. */
  readonly responseBytes: number;
}

interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments: unknown[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments: unknown[] };
  QueryInfo?: { Select: string[] | null };
}

/** Office.js's object path kinds and action kinds (the numbers it sends). */
const PATH = { method: 3, property: 4, indexer: 5 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;

/** JSON size of loaded data (proxy objects in collections count as a small reference). */
function jsonSize(value: unknown): number {
  return utf8Bytes(JSON.stringify(value, (_k, v: unknown) => (v instanceof Node ? '#' : typeof v === 'function' ? undefined : v)) ?? '');
}

/** The workbook state plus the request queue and log. */
export class FakeWorkbook {
  name = 'Programme.xlsx';
  use1904DateSystem = false;
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  readonly syncLog: SyncRecord[] = [];
  activeSheet: string | undefined;
  selection: string | undefined;
  /** Largest request Excel accepts (5 MB on the web); tests lower it to force a refusal. */
  requestLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** Largest response (5 MB on the web). */
  responseLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** Syncs refused for their request size (not in syncLog). */
  refused = 0;
  /** Syncs attempted so far (refused and failed ones too). */
  attempts = 0;
  /** A test sets a sync number (1-based, counting attempts) to fail as a lost connection does: nothing of it applies. */
  failSync: number | undefined;

  private nextPathId = 1;
  private actions: ActionInfo[] = [];
  private paths = new Map<number, PathInfo>();
  private ops: Array<() => Record<string, unknown> | void> = [];

  addSheet(name: string): FakeSheet {
    if (this.findSheet(name)) throw new Error(`fake-excel: sheet ${name} exists`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The sheet of that name, compared as Excel compares (without regard to case). */
  sheet(name: string): FakeSheet | undefined {
    return this.findSheet(name);
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  nextId(): number {
    return this.nextPathId++;
  }

  /** Queue one action on a proxy; `apply` runs at the next sync. */
  queue(node: Node<unknown>, actionType: number, name: string, args: unknown[] | undefined, apply: () => Record<string, unknown> | void, select?: string[] | null): void {
    this.reference(node);
    const action: ActionInfo = { Id: this.nextId(), ActionType: actionType, Name: name, ObjectPathId: node.path.Id };
    if (args) action.ArgumentInfo = { Arguments: args };
    if (select !== undefined) action.QueryInfo = { Select: select };
    this.actions.push(action);
    this.ops.push(apply);
  }

  /** The object paths a request must carry for a proxy (its own and its parents'), with the instantiate action of new method objects. */
  private reference(node: Node<unknown>): void {
    for (let n: Node<unknown> | undefined = node; n && !this.paths.has(n.path.Id); n = n.parent) {
      this.paths.set(n.path.Id, n.path);
      if (n.path.ObjectPathType === PATH.method) this.actions.push({ Id: this.nextId(), ActionType: ACTION.instantiate, Name: '', ObjectPathId: n.path.Id });
    }
  }

  /** The body Office.js would send now, in UTF-8 bytes. */
  pendingBytes(): number {
    return utf8Bytes(JSON.stringify({ AutoKeepReference: false, Actions: this.actions, ObjectPaths: Object.fromEntries(this.paths) }));
  }

  async sync(): Promise<void> {
    this.attempts++;
    const bytes = this.pendingBytes();
    const requests = this.actions.length;
    const ops = this.ops;
    this.actions = [];
    this.paths = new Map();
    this.ops = [];
    if (this.failSync === this.attempts) throw new FakeExcelError('GeneralException', 'the connection was lost (test)');
    if (bytes > this.requestLimitBytes) {
      this.refused++;
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} bytes).`);
    }
    let responseBytes = 0;
    let failure: unknown;
    const assigns: Array<() => void> = [];
    for (const op of ops) {
      try {
        const captured = op();
        if (captured && typeof captured === 'object' && 'assign' in captured) {
          responseBytes += jsonSize(captured.data);
          assigns.push(captured.assign as () => void);
        }
      } catch (e) {
        failure = e;
        break;
      }
    }
    this.syncLog.push({ bytes, requests, responseBytes });
    if (failure) throw failure;
    if (responseBytes > this.responseLimitBytes) {
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${responseBytes} bytes).`);
    }
    for (const assign of assigns) assign();
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  /** Office.js RequestContext over this workbook. */
  context(): Excel.RequestContext {
    return { workbook: new WorkbookProxy(this), sync: () => this.sync() } as unknown as Excel.RequestContext;
  }
}

/**
 * A proxy: an object path (sent with the requests that use it) and the Excel object it stands
 * for, found when a request first runs and then kept, as Office.js keeps a reference.
 */
abstract class Node<T> {
  readonly path: PathInfo;
  private found: { value: T } | undefined;
  protected captured: Record<string, unknown> | undefined;

  constructor(
    readonly wb: FakeWorkbook,
    readonly parent: Node<unknown> | undefined,
    type: number,
    name: string,
    args?: unknown[],
  ) {
    this.path = { Id: wb.nextId(), ObjectPathType: type, Name: name };
    if (parent) this.path.ParentObjectPathId = parent.path.Id;
    if (args) this.path.ArgumentInfo = { Arguments: args };
  }

  /** The Excel object, found at sync time (throws Excel's error when it is not there). */
  protected abstract find(): T;

  resolve(): T {
    if (!this.found) this.found = { value: this.find() };
    this.check(this.found.value);
    return this.found.value;
  }

  /** Still valid (a deleted sheet is not). */
  protected check(_value: T): void {}

  protected setProperty(name: string, value: unknown, apply: (target: T) => void): void {
    this.wb.queue(this, ACTION.setProperty, name, [value], () => apply(this.resolve()));
  }

  protected callMethod(name: string, args: unknown[], apply: (target: T) => void): void {
    this.wb.queue(this, ACTION.method, name, args, () => apply(this.resolve()));
  }

  protected read<V>(prop: string): V {
    if (!this.captured || !(prop in this.captured)) throw new FakeExcelError('PropertyNotLoaded', `${prop} (load it and sync first)`);
    return this.captured[prop] as V;
  }

  /** All loadable properties of the found object. */
  protected capture(_target: T): Record<string, unknown> {
    return {};
  }

  /** Loads the named properties (all when none are named); only those come back, as in Office.js. */
  load(props?: string): this {
    const wanted = props?.split(',').map((p) => p.trim().split('/')[0]!);
    this.wb.queue(this, ACTION.query, '', undefined, () => {
      const all = this.capture(this.resolve());
      const data = wanted ? Object.fromEntries(Object.entries(all).filter(([k]) => k === 'isNullObject' || wanted.includes(k))) : all;
      return {
        data,
        assign: () => {
          this.captured = data;
        },
      };
    }, wanted ?? null);
    return this;
  }
}

/** The workbook as the root object. */
class WorkbookProxy extends Node<FakeWorkbook> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  constructor(wb: FakeWorkbook) {
    super(wb, undefined, 1, '');
    this.worksheets = new WorksheetCollectionProxy(wb, this);
    this.tables = new TableCollectionProxy(wb, this, undefined);
  }
  protected find(): FakeWorkbook {
    return this.wb;
  }
  protected override capture(wb: FakeWorkbook): Record<string, unknown> {
    return { name: wb.name, use1904DateSystem: wb.use1904DateSystem };
  }
  get name(): string {
    return this.read('name');
  }
  get use1904DateSystem(): boolean {
    return this.read('use1904DateSystem');
  }
}

class WorksheetCollectionProxy extends Node<FakeWorkbook> {
  constructor(wb: FakeWorkbook, parent: Node<unknown>) {
    super(wb, parent, PATH.property, 'Worksheets');
  }
  protected find(): FakeWorkbook {
    return this.wb;
  }
  protected override capture(wb: FakeWorkbook): Record<string, unknown> {
    return { items: wb.sheets.map((s) => WorksheetProxy.loaded(wb, this, s)) };
  }
  get items(): WorksheetProxy[] {
    return this.read('items');
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.wb, this, 'GetItem', [name], () => {
      const sheet = this.wb.findSheet(name);
      if (!sheet) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist (worksheet "${name}").`);
      return sheet;
    });
  }
  /** Like Office.js: isNullObject is known after the next sync, without a load. */
  getItemOrNullObject(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.wb, this, 'GetItemOrNullObject', [name], () => this.wb.findSheet(name) ?? null);
    proxy.load('isNullObject');
    return proxy;
  }
  add(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.wb, this, 'Add', [name], () => {
      checkSheetName(name);
      if (this.wb.findSheet(name)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named "${name}" already exists (names ignore case).`);
      const sheet = new FakeSheet(name);
      this.wb.sheets.push(sheet);
      return sheet;
    });
    // The sheet is made when the request runs, whether or not the proxy is used again.
    this.wb.queue(proxy, ACTION.instantiate, '', undefined, () => void proxy.resolve());
    return proxy;
  }
}

class TableCollectionProxy extends Node<FakeWorkbook> {
  constructor(
    wb: FakeWorkbook,
    parent: Node<unknown>,
    private readonly sheetNode: WorksheetProxy | undefined,
  ) {
    super(wb, parent, PATH.property, 'Tables');
  }
  protected find(): FakeWorkbook {
    return this.wb;
  }
  protected override capture(wb: FakeWorkbook): Record<string, unknown> {
    const sheet = this.sheetNode?.resolve();
    return {
      items: wb.tables
        .filter((t) => !sheet || t.sheet === sheet)
        .map((t) => ({ name: t.name, worksheet: { name: t.sheet.name }, getRange: () => new RangeProxy(wb, this, 'GetRange', [], () => ({ sheet: t.sheet, rect: parseRect(t.range) })) })),
    };
  }
  get items(): unknown[] {
    return this.read('items');
  }
  getItem(name: string): { getRange(): RangeProxy; name: string } {
    const wb = this.wb;
    const tableNode = new ValueNode(wb, this, PATH.method, 'GetItem', [name], () => {
      const table = wb.tables.find((t) => sameName(t.name, name));
      if (!table) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist (table "${name}").`);
      return table;
    });
    return {
      getRange: () => new RangeProxy(wb, tableNode, 'GetRange', [], () => ({ sheet: tableNode.resolve().sheet, rect: parseRect(tableNode.resolve().range) })),
      get name(): string {
        throw new FakeExcelError('PropertyNotLoaded', 'name');
      },
      set name(v: string) {
        tableNode.set('name', v, (table) => renameTable(wb, table, v));
      },
    };
  }
  add(address: string, hasHeaders: boolean): Record<string, unknown> {
    const wb = this.wb;
    const sheetNode = this.sheetNode!;
    const node = new ValueNode<FakeTable>(wb, this, PATH.method, 'Add', [address, hasHeaders], () => {
      const sheet = sheetNode.resolve()!;
      const table: FakeTable = { name: `Table${wb.tables.length + 1}`, sheet, range: address, style: 'TableStyleMedium2', showFilterButton: true };
      wb.tables.push(table);
      return table;
    });
    wb.queue(node, ACTION.instantiate, '', undefined, () => void node.resolve());
    return {
      set name(v: string) {
        node.set('name', v, (table) => renameTable(wb, table, v));
      },
      set style(v: string) {
        node.set('style', v, (table) => {
          table.style = v;
        });
      },
      set showFilterButton(v: boolean) {
        node.set('showFilterButton', v, (table) => {
          table.showFilterButton = v;
        });
      },
    };
  }
}

/** Excel's table name rules: unique in the workbook (ignoring case), letters, digits, "_" and ".", not a cell reference. */
function renameTable(wb: FakeWorkbook, table: FakeTable, name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || parseA1(name)) throw new FakeExcelError('InvalidArgument', `"${name}" is not a valid table name.`);
  if (wb.tables.some((t) => t !== table && sameName(t.name, name))) throw new FakeExcelError('ItemAlreadyExists', `A table named "${name}" already exists.`);
  table.name = name;
}

/** A proxy whose object a function finds; its property sets are applied by callbacks. */
class ValueNode<T> extends Node<T> {
  constructor(
    wb: FakeWorkbook,
    parent: Node<unknown>,
    type: number,
    name: string,
    args: unknown[] | undefined,
    private readonly finder: () => T,
  ) {
    super(wb, parent, type, name, args);
  }
  protected find(): T {
    return this.finder();
  }
  set(name: string, value: unknown, apply: (target: T) => void): void {
    this.setProperty(name, value, apply);
  }
  call(name: string, args: unknown[], apply: (target: T) => void): void {
    this.callMethod(name, args, apply);
  }
}

class WorksheetProxy extends Node<FakeSheet | null> {
  constructor(
    wb: FakeWorkbook,
    parent: Node<unknown>,
    name: string,
    args: unknown[],
    private readonly finder: () => FakeSheet | null,
  ) {
    super(wb, parent, PATH.method, name, args);
  }

  /** An item of a loaded collection: found already, its properties loaded. */
  static loaded(wb: FakeWorkbook, parent: Node<unknown>, sheet: FakeSheet): WorksheetProxy {
    const proxy = new WorksheetProxy(wb, parent, 'GetItem', [sheet.name], () => sheet);
    proxy.captured = proxy.capture(sheet);
    return proxy;
  }

  protected find(): FakeSheet | null {
    return this.finder();
  }
  protected override check(sheet: FakeSheet | null): void {
    if (sheet && !this.wb.sheets.includes(sheet)) throw new FakeExcelError('ItemNotFound', `The worksheet "${sheet.name}" was deleted.`);
  }
  /** The sheet, for a request that needs one (a null object has none). */
  private sheet(): FakeSheet {
    const sheet = this.resolve();
    if (!sheet) throw new FakeExcelError('InvalidObjectPath', 'the sheet is a null object');
    return sheet;
  }
  protected override capture(sheet: FakeSheet | null): Record<string, unknown> {
    if (!sheet) return { isNullObject: true };
    return { isNullObject: false, name: sheet.name, visibility: sheet.visibility };
  }
  private set(name: string, value: unknown, apply: (sheet: FakeSheet) => void): void {
    this.setProperty(name, value, () => apply(this.sheet()));
  }
  private call(name: string, args: unknown[], apply: (sheet: FakeSheet) => void): void {
    this.callMethod(name, args, () => apply(this.sheet()));
  }
  /** A child object of this sheet (format, pageLayout, ...), found through it. */
  private child(type: number, name: string, args?: unknown[]): ValueNode<FakeSheet> {
    return new ValueNode(this.wb, this, type, name, args, () => this.sheet());
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.set('name', v, (sheet) => {
      checkSheetName(v);
      if (this.wb.sheets.some((s) => s !== sheet && sameName(s.name, v))) throw new FakeExcelError('ItemAlreadyExists', `A sheet named "${v}" already exists (names ignore case).`);
      if (this.wb.activeSheet === sheet.name) this.wb.activeSheet = v;
      sheet.name = v;
    });
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.set('visibility', v, (sheet) => {
      if (v !== 'Visible' && this.wb.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
        throw new FakeExcelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      sheet.visibility = v;
    });
  }
  set tabColor(v: string) {
    this.set('tabColor', v, (sheet) => {
      sheet.tabColor = v;
    });
  }
  set showGridlines(v: boolean) {
    this.set('showGridlines', v, (sheet) => {
      sheet.showGridlines = v;
    });
  }
  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.wb, this, this);
  }
  get customProperties(): unknown {
    const collection = this.child(PATH.property, 'CustomProperties');
    const wb = this.wb;
    return {
      add(key: string, value: string) {
        collection.call('Add', [key, value], (sheet) => {
          sheet.customProperties.set(key, value);
        });
      },
      getItemOrNullObject(key: string) {
        return new CustomPropertyProxy(wb, collection, key);
      },
    };
  }
  get charts(): unknown {
    const collection = this.child(PATH.property, 'Charts');
    const wb = this.wb;
    return {
      add(type: string, source: RangeProxy, seriesBy: string) {
        let chart: FakeSheet['charts'][number] | undefined;
        const node = new ValueNode(wb, collection, PATH.method, 'Add', [type, `#${source.path.Id}`, seriesBy], () => {
          if (!chart) {
            const { sheet, rect } = source.resolve();
            chart = { type, source: rectAddress(rect), seriesBy, title: '' };
            sheet.charts.push(chart);
          }
          return chart;
        });
        wb.queue(node, ACTION.instantiate, '', undefined, () => void node.resolve());
        const title = new ValueNode(wb, node, PATH.property, 'Title', undefined, () => node.resolve());
        return {
          title: {
            set text(v: string) {
              title.set('text', v, (c) => {
                c.title = v;
              });
            },
          },
          setPosition(start: string, end: string) {
            node.call('SetPosition', [start, end], (c) => {
              c.position = [start, end];
            });
          },
          series: {
            getItemAt(k: number) {
              const under = (parent: Node<unknown>, type: number, name: string, args?: unknown[]) => new ValueNode(wb, parent, type, name, args, () => node.resolve());
              const series = under(under(node, PATH.property, 'Series'), PATH.method, 'GetItemAt', [k]);
              const fill = (item: Node<unknown>, list: 'seriesFills' | 'pointFills', i: number) => {
                const target = under(under(item, PATH.property, 'Format'), PATH.property, 'Fill');
                return {
                  format: {
                    fill: {
                      setSolidColor(color: string) {
                        target.call('SetSolidColor', [color], (c) => {
                          (c[list] ??= [])[i] = color;
                        });
                      },
                    },
                  },
                };
              };
              return {
                ...fill(series, 'seriesFills', k),
                points: { getItemAt: (p: number) => fill(under(under(series, PATH.property, 'Points'), PATH.method, 'GetItemAt', [p]), 'pointFills', p) },
              };
            },
          },
          legend: {
            set visible(v: boolean) {
              new ValueNode(wb, node, PATH.property, 'Legend', undefined, () => node.resolve()).set('visible', v, (c) => {
                c.legend = v;
              });
            },
          },
        };
      },
    };
  }
  get notes(): unknown {
    const collection = this.child(PATH.property, 'Notes');
    return {
      add(cell: RangeProxy, content: string) {
        collection.call('Add', [`#${cell.path.Id}`, content], (sheet) => {
          sheet.notes.push({ address: rectAddress(cell.resolve().rect), content });
        });
      },
    };
  }
  get freezePanes(): unknown {
    const node = this.child(PATH.property, 'FreezePanes');
    return {
      freezeAt(range: RangeProxy) {
        node.call('FreezeAt', [`#${range.path.Id}`], (sheet) => {
          const r = range.resolve().rect;
          sheet.frozen = { rows: r.bottom + 1, cols: r.right + 1 };
        });
      },
      freezeRows(n: number) {
        node.call('FreezeRows', [n], (sheet) => {
          sheet.frozen = { rows: n, cols: 0 };
        });
      },
      freezeColumns(n: number) {
        node.call('FreezeColumns', [n], (sheet) => {
          sheet.frozen = { rows: 0, cols: n };
        });
      },
    };
  }
  get horizontalPageBreaks(): unknown {
    const node = this.child(PATH.property, 'HorizontalPageBreaks');
    return {
      add(range: string) {
        node.call('Add', [range], (sheet) => {
          sheet.pageBreaks.push(range);
        });
      },
    };
  }
  // PageBreakCollection.add(pageBreakRange): "Adds a page break before the top-left cell of the range specified" (ExcelApi 1.9).
  get verticalPageBreaks(): unknown {
    const node = this.child(PATH.property, 'VerticalPageBreaks');
    return {
      add(range: string) {
        node.call('Add', [range], (sheet) => {
          if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(range)) throw new FakeExcelError('InvalidArgument', `not a range: ${range}`);
          sheet.columnBreaks.push(range);
        });
      },
    };
  }
  get pageLayout(): unknown {
    const node = this.child(PATH.property, 'PageLayout');
    return {
      set orientation(v: string) {
        node.set('orientation', v, (sheet) => {
          sheet.page.orientation = v;
        });
      },
      set zoom(v: unknown) {
        node.set('zoom', v, (sheet) => {
          // PageLayoutZoomOptions: a scale between 10 and 400, or pages to fit; not both.
          const z = v as { scale?: unknown; horizontalFitToPages?: unknown; verticalFitToPages?: unknown };
          if (z.scale !== undefined && (typeof z.scale !== 'number' || z.scale < 10 || z.scale > 400)) throw new FakeExcelError('InvalidArgument', `scale must be 10..400: ${String(z.scale)}`);
          if (z.scale !== undefined && (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined)) throw new FakeExcelError('InvalidArgument', 'a scale or pages to fit, not both');
          sheet.page.zoom = v;
        });
      },
      // setPrintMargins(unit, PageLayoutMarginOptions), ExcelApi 1.9: unit is a PrintMarginUnit
      // ("Points", "Inches", "Centimeters"; a point is 1/72 inch), the options top, bottom, left,
      // right, header, footer, each an optional number. Stored as Excel reports margins: in points.
      setPrintMargins(unit: string, options: Record<string, unknown>) {
        node.call('SetPrintMargins', [unit, options], (sheet) => {
          const perUnit: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };
          const factor = perUnit[unit];
          if (factor === undefined) throw new FakeExcelError('InvalidArgument', `not a PrintMarginUnit: ${unit}`);
          const margins: Record<string, number> = { ...sheet.page.margins };
          for (const [key, v] of Object.entries(options)) {
            if (!['top', 'bottom', 'left', 'right', 'header', 'footer'].includes(key)) throw new FakeExcelError('InvalidArgument', `not a PageLayoutMarginOptions property: ${key}`);
            if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new FakeExcelError('InvalidArgument', `margin ${key} must be a number of ${unit}: ${String(v)}`);
            margins[key] = v * factor;
          }
          sheet.page.margins = margins;
        });
      },
      // "The worksheet's center horizontally flag" (PageLayout.centerHorizontally: boolean).
      set centerHorizontally(v: boolean) {
        node.set('centerHorizontally', v, (sheet) => {
          if (typeof v !== 'boolean') throw new FakeExcelError('InvalidArgument', `centerHorizontally must be a boolean: ${String(v)}`);
          sheet.page.centerHorizontally = v;
        });
      },
      setPrintArea(area: string) {
        node.call('SetPrintArea', [area], (sheet) => {
          sheet.page.printArea = area;
        });
      },
      // "The range must span the entire row [column] to be valid" (Excel.PageLayout, ExcelApi 1.9).
      setPrintTitleRows(rows: string) {
        node.call('SetPrintTitleRows', [rows], (sheet) => {
          if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeExcelError('InvalidArgument', `print title rows must be whole rows: ${rows}`);
          sheet.page.titleRows = rows;
        });
      },
      setPrintTitleColumns(columns: string) {
        node.call('SetPrintTitleColumns', [columns], (sheet) => {
          if (!/^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/.test(columns)) throw new FakeExcelError('InvalidArgument', `print title columns must be whole columns: ${columns}`);
          sheet.page.titleColumns = columns;
        });
      },
    };
  }
  delete(): void {
    this.call('Delete', [], (sheet) => {
      if (sheet.visibility === 'Visible' && this.wb.sheets.filter((s) => s.visibility === 'Visible').length === 1) {
        throw new FakeExcelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      this.wb.sheets = this.wb.sheets.filter((s) => s !== sheet);
      this.wb.tables = this.wb.tables.filter((t) => t.sheet !== sheet);
      if (this.wb.activeSheet === sheet.name) this.wb.activeSheet = undefined;
    });
  }
  activate(): void {
    this.call('Activate', [], (sheet) => {
      if (sheet.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.wb.activeSheet = sheet.name;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.wb, this, 'GetRange', address === undefined ? [] : [address], () => ({
      sheet: this.sheet(),
      rect: address ? parseRect(address) : { top: 0, left: 0, bottom: 1_048_575, right: 16_383 },
    }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.wb, this, 'GetRangeByIndexes', [row, col, rows, cols], () => ({ sheet: this.sheet(), rect: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } }));
  }
  getRanges(address: string): { format: FormatProxy } {
    const areas = new ValueNode(this.wb, this, PATH.method, 'GetRanges', [address], () => {
      address.split(',').forEach((a) => parseRect(a.trim()));
      return this.sheet();
    });
    return { format: new FormatProxy(this.wb, areas, () => ({ sheet: this.sheet(), address, rects: address.split(',').map((a) => parseRect(a.trim())) })) };
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.wb, this, 'GetUsedRangeOrNullObject', [valuesOnly === true], () => {
      const sheet = this.sheet();
      const rect = sheet.usedRect();
      return rect ? { sheet, rect } : null;
    });
  }
}

class CustomPropertyProxy extends Node<string | null> {
  constructor(
    wb: FakeWorkbook,
    private readonly collection: ValueNode<FakeSheet>,
    private readonly key: string,
  ) {
    super(wb, collection, PATH.method, 'GetItemOrNullObject', [key]);
  }
  protected find(): string | null {
    return this.collection.resolve().customProperties.get(this.key) ?? null;
  }
  protected override capture(value: string | null): Record<string, unknown> {
    return { isNullObject: value === null, value: value ?? '' };
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
  if (typeof value === 'string' && value.length > CELL_TEXT_LIMIT) throw new FakeExcelError('InvalidArgument', `a cell holds at most ${CELL_TEXT_LIMIT} characters (${value.length} given)`);
  if (typeof value !== 'string' || format === '@') return { value };
  if (value.startsWith('=') && value.length > 1) return { value: `(formula)`, formula: value };
  if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) return { value: Number(value) };
  return { value };
}

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

class RangeProxy extends Node<RangeTarget | null> {
  constructor(
    wb: FakeWorkbook,
    parent: Node<unknown>,
    name: string,
    args: unknown[],
    private readonly finder: () => RangeTarget | null,
  ) {
    super(wb, parent, PATH.method, name, args);
  }
  protected find(): RangeTarget | null {
    return this.finder();
  }
  /** The range, for a request that needs one. */
  target(): RangeTarget {
    const t = this.resolve();
    if (!t) throw new FakeExcelError('InvalidObjectPath', 'the range is a null object');
    return t;
  }
  override resolve(): RangeTarget {
    return super.resolve() as RangeTarget;
  }
  protected override capture(target: RangeTarget | null): Record<string, unknown> {
    if (!target) return { isNullObject: true };
    const { sheet, rect } = target;
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000) throw new FakeExcelError('InvalidArgument', 'a range read is limited to 5,000,000 cells');
    const values: unknown[][] = [];
    const formats: unknown[][] = [];
    const types: string[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const vr: unknown[] = [];
      const fr: unknown[] = [];
      const tr: string[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = sheet.cell(r, c);
        vr.push(cell ? cell.value : '');
        fr.push(cell ? cell.format : 'General');
        tr.push(!cell || cell.value === '' ? 'Empty' : cell.error ? 'Error' : typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String');
      }
      values.push(vr);
      formats.push(fr);
      types.push(tr);
    }
    return { isNullObject: false, address: `${quote(sheet.name)}!${rectAddress(rect)}`, values, numberFormat: formats, valueTypes: types };
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
  private each(target: RangeTarget, matrix: unknown[][], set: (cell: FakeCell, v: unknown) => void): void {
    const { sheet, rect } = target;
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) throw new FakeExcelError('InvalidArgument', `${rows}x${cols} range, matrix does not match`);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const key = `${rect.top + r},${rect.left + c}`;
        const cell = sheet.cells.get(key) ?? { value: '', format: 'General' };
        set(cell, matrix[r]![c]);
        if (cell.value === '' && cell.format === 'General' && !cell.formula && !cell.hyperlink) sheet.cells.delete(key);
        else sheet.cells.set(key, cell);
      }
    }
  }
  private setCells(name: string, matrix: unknown[][], set: (cell: FakeCell, v: unknown) => void): void {
    this.setProperty(name, matrix, () => {
      const target = this.target();
      // Excel checks the whole write before changing a cell.
      const rows = target.rect.bottom - target.rect.top + 1;
      const cols = target.rect.right - target.rect.left + 1;
      if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) throw new FakeExcelError('InvalidArgument', `${rows}x${cols} range, matrix does not match`);
      for (const row of matrix) for (const v of row) if (typeof v === 'string' && v.length > CELL_TEXT_LIMIT) throw new FakeExcelError('InvalidArgument', `a cell holds at most ${CELL_TEXT_LIMIT} characters (${v.length} given)`);
      this.each(target, matrix, set);
    });
  }
  set values(matrix: unknown[][]) {
    this.setCells('values', matrix, (cell, v) => {
      const next = interpret(v as FakeValue, cell.format);
      cell.value = next.value;
      if (next.formula) cell.formula = next.formula;
      else delete cell.formula;
      delete cell.error;
    });
  }
  set formulas(matrix: unknown[][]) {
    this.setCells('formulas', matrix, (cell, v) => {
      const text = String(v);
      if (text.startsWith('=')) {
        cell.value = '(formula)';
        cell.formula = text;
      } else {
        cell.value = interpret(v as FakeValue, 'General').value;
        delete cell.formula;
      }
      delete cell.error;
    });
  }
  set numberFormat(matrix: unknown[][]) {
    this.setCells('numberFormat', matrix, (cell, v) => {
      cell.format = String(v);
    });
  }
  set hyperlink(link: FakeCell['hyperlink']) {
    this.setProperty('hyperlink', link, () => {
      const { sheet, rect } = this.target();
      const key = `${rect.top},${rect.left}`;
      const cell = sheet.cells.get(key) ?? { value: '', format: 'General' };
      cell.hyperlink = link;
      sheet.cells.set(key, cell);
    });
  }
  get format(): FormatProxy {
    return new FormatProxy(this.wb, this, () => {
      const { sheet, rect } = this.target();
      return { sheet, address: rectAddress(rect), rects: [rect] };
    });
  }
  get conditionalFormats(): unknown {
    const wb = this.wb;
    const collection = new ValueNode(wb, this, PATH.property, 'ConditionalFormats', undefined, () => this.target());
    return {
      add(type: string) {
        let entry: FakeSheet['conditionalFormats'][number] | undefined;
        const node = new ValueNode(wb, collection, PATH.method, 'Add', [type], () => {
          if (!entry) {
            const { sheet, rect } = collection.resolve();
            entry = { range: rectAddress(rect), type, format: {} };
            sheet.conditionalFormats.push(entry);
          }
          return entry;
        });
        wb.queue(node, ACTION.instantiate, '', undefined, () => void node.resolve());
        const setter = (name: string, apply: (e: NonNullable<typeof entry>, v: unknown) => void) => (v: unknown) => node.set(name, v, (e) => apply(e, v));
        const format = {
          fill: {
            set color(v: string) {
              setter('fill.color', (e, x) => (e.format.fill = x))(v);
            },
          },
          font: {
            set color(v: string) {
              setter('font.color', (e, x) => (e.format.fontColor = x))(v);
            },
            set bold(v: boolean) {
              setter('font.bold', (e, x) => (e.format.bold = x))(v);
            },
          },
        };
        return {
          cellValue: {
            format,
            set rule(v: unknown) {
              setter('rule', (e, x) => (e.rule = x))(v);
            },
          },
          colorScale: {
            set criteria(v: unknown) {
              setter('criteria', (e, x) => (e.criteria = x))(v);
            },
          },
        };
      },
    };
  }
  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.wb, this, 'GetEntireColumn', [], () => {
      const { sheet, rect } = this.target();
      return { sheet, rect: { top: 0, left: rect.left, bottom: 1_048_575, right: rect.right } };
    });
  }
  getEntireRow(): RangeProxy {
    return new RangeProxy(this.wb, this, 'GetEntireRow', [], () => {
      const { sheet, rect } = this.target();
      return { sheet, rect: { top: rect.top, left: 0, bottom: rect.bottom, right: 16_383 } };
    });
  }
  merge(across?: boolean): void {
    this.callMethod('Merge', [across === true], () => {
      const { sheet, rect } = this.target();
      sheet.merges.push(rectAddress(rect));
    });
  }
  select(): void {
    this.callMethod('Select', [], () => {
      const { sheet, rect } = this.target();
      if (this.wb.activeSheet !== sheet.name) throw new FakeExcelError('InvalidOperation', 'select on a sheet that is not active');
      this.wb.selection = `${sheet.name}!${rectAddress(rect)}`;
    });
  }
  getMergedAreasOrNullObject(): { isNullObject: boolean; address: string; load(props?: string): unknown } {
    return new MergedAreasProxy(this.wb, this, () => this.target());
  }
  /**
   * Range.getCellProperties (ExcelApi 1.9): a 2-D array, one object per cell, holding only the
   * properties the load options ask for; its `value` is readable after the sync. This fake
   * answers format.fill's color and pattern (Excel.FillPattern: "None" for a cell with no fill,
   * whose color Excel reports as white, "#FFFFFF"), format.font's strikethrough (a boolean,
   * Excel.CellPropertiesFont, ExcelApi 1.9) and address; asking for any other property throws, so
   * a caller cannot rely on something the fake does not model.
   */
  getCellProperties(options: { address?: boolean; format?: { fill?: { color?: boolean; pattern?: boolean }; font?: { strikethrough?: boolean } } }): { readonly value: unknown[][] } {
    const known = (o: object, keys: readonly string[]): void => {
      for (const k of Object.keys(o)) if (!keys.includes(k)) throw new Error(`fake-excel: getCellProperties does not model "${k}"`);
    };
    known(options, ['address', 'format']);
    if (options.format) known(options.format, ['fill', 'font']);
    if (options.format?.fill) known(options.format.fill, ['color', 'pattern']);
    if (options.format?.font) known(options.format.font, ['strikethrough']);
    let value: unknown[][] | undefined;
    const result = {
      get value(): unknown[][] {
        if (value === undefined) throw new FakeExcelError('PropertyNotLoaded', 'getCellProperties result read before the sync');
        return value;
      },
    };
    this.wb.queue(this, ACTION.method, 'GetCellProperties', [options], () => {
      const { sheet, rect } = this.target();
      if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000) throw new FakeExcelError('InvalidArgument', 'a range read is limited to 5,000,000 cells');
      const data: unknown[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: unknown[] = [];
        for (let c = rect.left; c <= rect.right; c++) {
          const fill = sheet.fills.get(`${r},${c}`) ?? { color: '#FFFFFF', pattern: 'None' };
          const cell: Record<string, unknown> = {};
          if (options.address) cell.address = `${quote(sheet.name)}!${a1(r, c)}`;
          const wanted = options.format?.fill;
          const format: Record<string, unknown> = {};
          if (wanted && (wanted.color || wanted.pattern)) {
            const out: Record<string, unknown> = {};
            if (wanted.color) out.color = fill.color;
            if (wanted.pattern) out.pattern = fill.pattern;
            format.fill = out;
          }
          if (options.format?.font?.strikethrough) format.font = { strikethrough: sheet.struck.has(`${r},${c}`) };
          if (Object.keys(format).length > 0) cell.format = format;
          row.push(cell);
        }
        data.push(row);
      }
      return {
        data,
        assign: () => {
          value = data;
        },
      };
    });
    return result;
  }
}

class MergedAreasProxy extends Node<RangeTarget> {
  constructor(
    wb: FakeWorkbook,
    parent: Node<unknown>,
    private readonly finder: () => RangeTarget,
  ) {
    super(wb, parent, PATH.method, 'GetMergedAreasOrNullObject', []);
  }
  protected find(): RangeTarget {
    return this.finder();
  }
  protected override capture({ sheet }: RangeTarget): Record<string, unknown> {
    return sheet.merges.length === 0 ? { isNullObject: true } : { isNullObject: false, address: sheet.merges.map((m) => `${quote(sheet.name)}!${m}`).join(',') };
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }
}

interface FormatTarget {
  sheet: FakeSheet;
  address: string;
  rects: Rect[];
}

/** Records every format property set on a range or range areas. */
class FormatProxy extends Node<FormatTarget> {
  constructor(
    wb: FakeWorkbook,
    parent: Node<unknown>,
    private readonly finder: () => FormatTarget,
  ) {
    super(wb, parent, PATH.property, 'Format');
  }
  protected find(): FormatTarget {
    return this.finder();
  }
  private log(property: string, value: unknown, after?: (t: FormatTarget) => void): void {
    this.setProperty(property, value, (t) => {
      t.sheet.formatLog.push({ address: t.address, property, value });
      after?.(t);
    });
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
    const log = (p: string, v: unknown, check: () => void): void =>
      this.log(p, v, () => {
        check();
      });
    const target = (): FormatTarget => this.resolve();
    return {
      getItem(edge: string) {
        const check = (): void => {
          if (edge === 'InsideHorizontal' && target().rects.some((r) => r.top === r.bottom)) throw new FakeExcelError('InvalidArgument', 'no inside horizontal edge in a one-row range');
        };
        return {
          set style(v: string) {
            log(`border.${edge}.style`, v, check);
          },
          set color(v: string) {
            log(`border.${edge}.color`, v, check);
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
    this.log('columnWidth', v, (t) => {
      for (const rect of t.rects) for (let c = rect.left; c <= rect.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.log('rowHeight', v, (t) => {
      for (const rect of t.rects) for (let r = rect.top; r <= rect.bottom; r++) t.sheet.rowHeights.set(r, v);
    });
  }
}

/** Office.Settings in memory. */
/**
 * Office.Settings as documented: set changes an in-memory copy, saveAsync persists it as "the
 * serialized JSON representation" of each value, and "a maximum of 2MB is available for the
 * settings of each add-in" (Office.Settings.set). The encoding is not named, so the size is
 * counted as UTF-16, two bytes a character (the stricter reading). A save over it fails as a
 * failed AsyncResult and persists nothing; get returns what a reload would read: the JSON copy.
 */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

export class FakeSettings implements DocumentSettings {
  /** What the document holds (saved), as JSON text per name. */
  readonly values = new Map<string, unknown>();
  private readonly memory = new Map<string, string>();
  saved = 0;
  failSave = false;
  get(name: string): unknown {
    const json = this.memory.get(name) ?? (this.values.has(name) ? JSON.stringify(this.values.get(name)) : undefined);
    return json === undefined ? null : (JSON.parse(json) as unknown);
  }
  set(name: string, value: unknown): void {
    this.memory.set(name, JSON.stringify(value));
  }
  /** Bytes the settings take as saved. */
  bytes(): number {
    let chars = 0;
    for (const [name, json] of this.memory) chars += name.length + json.length;
    return chars * 2;
  }
  saveAsync(callback: (result: { status: string; error?: { message: string } }) => void): void {
    if (this.failSave) {
      callback({ status: 'failed', error: { message: 'The document is read-only' } });
      return;
    }
    if (this.bytes() > SETTINGS_LIMIT_BYTES) {
      callback({ status: 'failed', error: { message: 'The settings are larger than the 2 MB an add-in may keep' } });
      return;
    }
    for (const [name, json] of this.memory) this.values.set(name, JSON.parse(json) as unknown);
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
