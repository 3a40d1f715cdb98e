import type { CellValue, GridRange, RawSheet, RawSource } from '../core/types';
import { CompoundFileProblem, readCompoundFile } from './read-cfb';
import { PASSWORD_PROTECTED, SourceReadError } from './read-source-error';
import { codePageDecoder, RecordBytes, XlsProblem } from './read-xls-strings';
import { xlsSheet, XLS_MAX_COLS, type XlsCells } from './read-xls-sheet';
import { stylesHandler, type CellStyles } from './read-xlsx-styles';
import { formatLimit, formatSize } from './zip-guard';
import { ZipPartProblem } from './zip-part-stream';

/**
 * A legacy .xls workbook (Excel 97-2003, BIFF8; Excel 5.0/95, BIFF5) -> a source of the shape
 * the .xlsx reader gives: every worksheet's used range as plain values (shared strings, text,
 * numbers, RK numbers, booleans, errors as { error }, formulas as their cached results, numbers
 * in a date format as Date), number formats (FORMAT and XF records, the built-in ids as the .xlsx
 * reader knows them), merged ranges, hidden sheets, grouped rows' outline levels and the 1904
 * date system. Charts, macro sheets and VBA modules hold no cells and are skipped, as in .xlsx.
 *
 * The container is read by read-cfb.ts (bounded, cycle-checked); the records here are checked
 * against the bytes they lie in, cells against Excel 97's grid (65,536 rows, 256 columns), and
 * the sheets' record runs must not overlap, so reading costs at most one pass over the Workbook
 * stream. An encrypted workbook (FILEPASS) is named as password-protected. Every problem is a
 * SourceReadError with one line naming the file.
 */
export function readXlsSource(bytes: Uint8Array, name: string, options: ReadXlsOptions = {}): RawSource {
  return guarded(bytes, name, options, () => {
    const file = readCompoundFile(bytes);
    if (file.entries.some((e) => /^encrypt(edpackage|ioninfo)$/i.test(e.name))) throw new XlsProblem(PASSWORD_PROTECTED);
    const stream = file.stream('Workbook') ?? file.stream('Book');
    if (!stream) {
      const word = file.entries.some((e) => /^worddocument$/i.test(e.name));
      const kind = word ? 'a Word document' : file.entries.some((e) => /^powerpoint document$/i.test(e.name)) ? 'a PowerPoint presentation' : 'a compound file';
      throw new XlsProblem(`is not an Excel workbook: it is ${kind} with no Workbook stream`);
    }
    return readWorkbookStream(stream, name);
  });
}

/**
 * A BIFF5 or BIFF8 Workbook stream saved bare, with no compound file around it (some old
 * exporters wrote .xls files so; Excel and LibreOffice open them): read as readXlsSource reads
 * the stream.
 */
export function readBareBiffSource(bytes: Uint8Array, name: string, options: ReadXlsOptions = {}): RawSource {
  return guarded(bytes, name, options, () => readWorkbookStream(bytes, name));
}

/** Does the file start with a BIFF5/BIFF8 workbook-globals BOF record (type 0x0809, version 0x0500 or 0x0600, type 0x0005)? */
export function isBareBiff(bytes: Uint8Array): boolean {
  if (bytes.length < 8 || bytes[0] !== 0x09 || bytes[1] !== 0x08) return false;
  const length = bytes[2]! | (bytes[3]! << 8);
  const version = bytes[4]! | (bytes[5]! << 8);
  return length >= 8 && length <= 20 && (version === BIFF8 || version === BIFF5) && bytes[6] === 0x05 && bytes[7] === 0x00;
}

function guarded(bytes: Uint8Array, name: string, options: ReadXlsOptions, read: () => RawSource): RawSource {
  const limits = options.limits ?? DEFAULT_XLS_LIMITS;
  if (bytes.length > limits.maxFileBytes) {
    throw new SourceReadError(name, `${name} is a legacy .xls workbook of ${formatSize(bytes.length)}, over the ${formatLimit(limits.maxFileBytes)} limit for .xls files; save it as .xlsx in Excel and try again.`);
  }
  try {
    return read();
  } catch (e) {
    if (e instanceof CompoundFileProblem || e instanceof XlsProblem || e instanceof ZipPartProblem) throw new SourceReadError(name, `${name} ${e.message}.`);
    // A read past a record's bytes that no check above caught: still a damaged file, not a crash.
    if (e instanceof RangeError) throw new SourceReadError(name, `${name} is damaged: it could not be read as an Excel 97-2003 workbook.`);
    throw e;
  }
}

export interface XlsLimits {
  /** Largest .xls file read. */
  readonly maxFileBytes: number;
}

const MB = 1024 * 1024;

/**
 * Sized from what reading costs (bench/read-xls-limits.ts, docs/BENCHMARKS.md "Limits"): at worst
 * (MULRK records, 6 bytes a number) the reader holds about 10-11.5 bytes of memory per byte of
 * file, so a 64 MB file (11 million cells, about what the .xlsx limit's 160 MB of XML holds) read
 * at 702 MB peak RSS. Excel 97's own sheets stop at 65,536 rows x 256 columns.
 */
export const DEFAULT_XLS_LIMITS: XlsLimits = { maxFileBytes: 64 * MB };

export interface ReadXlsOptions {
  readonly limits?: XlsLimits;
}

// Record types ([MS-XLS] 2.3).
const BOF = 0x0809;
const EOF = 0x000a;
const CONTINUE = 0x003c;
const FILEPASS = 0x002f;
const CODEPAGE = 0x0042;
const DATEMODE = 0x0022;
const BOUNDSHEET = 0x0085;
const SST = 0x00fc;
const FORMAT = 0x041e;
const XF = 0x00e0;
const LABELSST = 0x00fd;
const LABEL = 0x0204;
const RSTRING = 0x00d6;
const NUMBER = 0x0203;
const RK = 0x027e;
const MULRK = 0x00bd;
const BOOLERR = 0x0205;
const FORMULA = 0x0006;
const STRING = 0x0207;
const MERGEDCELLS = 0x00e5;
const ROW = 0x0208;
/** BOF record types of BIFF2, 3 and 4 (Excel 2.x to 4.0), which have no OLE container. */
const OLD_BOFS = new Set([0x0009, 0x0209, 0x0409]);

const BIFF8 = 0x0600;
const BIFF5 = 0x0500;
const GLOBALS = 0x0005;
const WORKSHEET = 0x0010;

const ERRORS: ReadonlyMap<number, string> = new Map([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA'],
]);

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 serial 0 to 1970-01-01, and the 1904 system's shift: as the .xlsx reader (read-sheet-xml.ts). */
const EPOCH_1900 = 25_569;
const SHIFT_1904 = 1_462;

interface Record {
  readonly type: number;
  /** Offset of the payload in the stream. */
  readonly at: number;
  readonly length: number;
}

interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  readonly offset: number;
}

class Stream {
  readonly view: DataView;
  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  /** The record at `pos`, or undefined at the end of the stream. */
  record(pos: number): Record | undefined {
    if (pos >= this.data.length) return undefined;
    if (pos + 4 > this.data.length) throw new XlsProblem('is truncated: its Workbook stream ends in the middle of a record');
    const length = this.view.getUint16(pos + 2, true);
    if (pos + 4 + length > this.data.length) throw new XlsProblem(`is truncated: a record of its Workbook stream runs ${pos + 4 + length - this.data.length} bytes past the stream's end`);
    return { type: this.view.getUint16(pos, true), at: pos + 4, length };
  }

  payload(r: Record): Uint8Array {
    return this.data.subarray(r.at, r.at + r.length);
  }

  /** The record's payload and those of the CONTINUE records right after it; `next` is the position after them. */
  continued(r: Record): { segments: Uint8Array[]; next: number } {
    const segments = [this.payload(r)];
    let pos = r.at + r.length;
    for (let c = this.record(pos); c?.type === CONTINUE; c = this.record(pos)) {
      segments.push(this.payload(c));
      pos = c.at + c.length;
    }
    return { segments, next: pos };
  }

  u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
}

function readWorkbookStream(data: Uint8Array, name: string): RawSource {
  const s = new Stream(data);
  const first = s.record(0);
  if (!first || first.type !== BOF || first.length < 4) {
    if (first && OLD_BOFS.has(first.type)) throw new XlsProblem('is an Excel 2.x-4.0 workbook (BIFF2-4), a format older than Excel 97 that is not read; open it in Excel or LibreOffice and save it as .xlsx');
    throw new XlsProblem('is damaged: its Workbook stream does not begin with a BOF record, as every Excel workbook does');
  }
  const version = s.u16(first.at);
  if (version !== BIFF8 && version !== BIFF5) {
    throw new XlsProblem(`is an Excel workbook of BIFF version 0x${version.toString(16).padStart(4, '0')}, which is not read (only Excel 97-2003 and 5.0/95 are); open it in Excel or LibreOffice and save it as .xlsx`);
  }
  if (s.u16(first.at + 2) !== GLOBALS) throw new XlsProblem('is damaged: its Workbook stream does not begin with the workbook globals');
  const biff8 = version === BIFF8;
  const globals = readGlobals(s, first.at + first.length, biff8);
  if (globals.sheets.length === 0) throw new XlsProblem('is damaged: its Workbook stream lists no sheets');
  const styles = globals.styles;
  const decode = codePageDecoder(globals.codePage);
  const cellStrings = biff8 ? undefined : decode;
  // Each sheet's records are read once: sheets listed at one offset, or overlapping, would read the same bytes again
  // and again. In stream order, each sheet's records must end before the next sheet's begin (one pass over the stream).
  const ends = new Map<number, number>();
  let previous: { end: number; name: string } = { end: globals.end, name: '' };
  for (const sheet of [...globals.sheets].sort((a, b) => a.offset - b.offset)) {
    if (ends.has(sheet.offset)) {
      const other = globals.sheets.find((o) => o.offset === sheet.offset)!;
      throw new XlsProblem(`is damaged: its sheets "${shown(other.name)}" and "${shown(sheet.name)}" start at the same place in the Workbook stream`);
    }
    if (sheet.offset < previous.end) {
      throw new XlsProblem(`is damaged: its sheet "${shown(sheet.name)}" starts inside ${previous.name === '' ? 'the workbook globals' : `its sheet "${shown(previous.name)}"`}`);
    }
    const bof = s.record(sheet.offset);
    if (!bof || bof.type !== BOF || bof.length < 4) throw new XlsProblem(`is damaged: its sheet "${shown(sheet.name)}" does not begin with a BOF record`);
    const end = skipSubstream(s, bof, sheet.name);
    ends.set(sheet.offset, end);
    previous = { end, name: sheet.name };
  }
  const sheets: RawSheet[] = [];
  for (const sheet of globals.sheets) {
    const bof = s.record(sheet.offset)!;
    // Charts, macro sheets and VBA modules hold no cells to read.
    if (s.u16(bof.at + 2) !== WORKSHEET) continue;
    const cells = readSheet(s, bof.at + bof.length, ends.get(sheet.offset)!, { name: sheet.name, biff8, strings: globals.strings, styles, date1904: globals.date1904, decode: cellStrings });
    sheets.push(xlsSheet(sheet.name, sheet.hidden, cells));
  }
  return { name, origin: 'file', dateSystem: globals.date1904 ? 1904 : 1900, sheets };
}

interface Globals {
  readonly sheets: SheetEntry[];
  readonly strings: string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  readonly codePage: number | undefined;
  /** Position after the globals' EOF. */
  readonly end: number;
}

function readGlobals(s: Stream, start: number, biff8: boolean): Globals {
  let codePage: number | undefined;
  let date1904 = false;
  const rawSheets: Array<{ offset: number; hidden: boolean; type: number; name: Uint8Array | string }> = [];
  const rawFormats: Array<{ id: number; code: Uint8Array | string }> = [];
  const xfFormats: number[] = [];
  let strings: string[] = [];
  let pos = start;
  for (;;) {
    const r = s.record(pos);
    if (!r) throw new XlsProblem('is truncated: its Workbook stream ends inside the workbook globals');
    pos = r.at + r.length;
    switch (r.type) {
      case EOF:
        return { ...finishGlobals(rawSheets, rawFormats, xfFormats, codePage), strings, date1904, codePage, end: pos };
      case FILEPASS:
        // The records after it are encrypted (RC4 or XOR obfuscation, [MS-XLS] 2.4.117).
        throw new XlsProblem(PASSWORD_PROTECTED);
      case CODEPAGE:
        if (r.length >= 2) codePage = s.u16(r.at);
        break;
      case DATEMODE:
        if (r.length >= 2) date1904 = s.u16(r.at) === 1;
        break;
      case BOUNDSHEET: {
        need(r, 7, 'a sheet entry (BOUNDSHEET)');
        const grbit = s.u16(r.at + 4);
        const text = new RecordBytes([s.payload(r).subarray(6)], 'a sheet name');
        const length = text.u8();
        const sheetName = biff8 ? text.chars(length, (text.u8() & 0x01) !== 0) : text.bytes(length);
        rawSheets.push({ offset: s.u32(r.at), hidden: (grbit & 0x03) !== 0, type: grbit >> 8, name: sheetName });
        break;
      }
      case SST: {
        const { segments, next } = s.continued(r);
        pos = next;
        strings = readSst(segments);
        break;
      }
      case FORMAT: {
        need(r, 3, 'a number format (FORMAT)');
        const text = new RecordBytes([s.payload(r).subarray(2)], 'a number format');
        const code = biff8 ? text.richString() : text.bytes(text.u8());
        rawFormats.push({ id: s.u16(r.at), code });
        break;
      }
      case XF:
        need(r, 4, 'a cell style (XF)');
        xfFormats.push(s.u16(r.at + 2));
        break;
      default:
        break;
    }
  }
}

function finishGlobals(
  rawSheets: ReadonlyArray<{ offset: number; hidden: boolean; type: number; name: Uint8Array | string }>,
  rawFormats: ReadonlyArray<{ id: number; code: Uint8Array | string }>,
  xfFormats: readonly number[],
  codePage: number | undefined,
): { sheets: SheetEntry[]; styles: CellStyles } {
  // BIFF5 names are bytes in the workbook's code page, which the CODEPAGE record may give after them.
  const decode = codePageDecoder(codePage);
  const text = (t: Uint8Array | string): string => (typeof t === 'string' ? t : decode(t));
  // One rule for which formats are dates, the .xlsx reader's: the same built-in ids, custom codes over them.
  const handler = stylesHandler();
  for (const f of rawFormats) handler.open('numFmt', { numFmtId: String(f.id), formatCode: text(f.code) });
  handler.open('cellXfs', {});
  for (const id of xfFormats) handler.open('xf', { numFmtId: String(id) });
  handler.close('cellXfs');
  // Worksheets (and dialog sheets) only: type 1 is a macro sheet, 2 a chart, 6 a VBA module.
  const sheets = rawSheets.filter((r) => r.type === 0).map((r) => ({ name: text(r.name), hidden: r.hidden, offset: r.offset }));
  return { sheets, styles: handler.result() };
}

/**
 * The shared-string table: as many strings as it declares or its records hold, whichever is
 * fewer (a count of four billion costs nothing; a cell naming a string it does not hold is
 * refused when read).
 */
function readSst(segments: Uint8Array[]): string[] {
  const bytes = new RecordBytes(segments, 'its shared-string table');
  bytes.skip(4); // total references
  const unique = bytes.u32();
  const out: string[] = [];
  while (out.length < unique && !bytes.atEnd) out.push(bytes.richString());
  return out;
}

/** A sheet name as messages quote it: one printable line, at most 40 characters. */
function shown(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, 40);
}

function need(r: Record, min: number, what: string): void {
  if (r.length < min) throw new XlsProblem(`is damaged: its Workbook stream holds ${what} of ${r.length} bytes, too short to read`);
}

/** Position after the EOF that closes the substream opening with `bof` (charts embedded in a sheet nest their own BOF .. EOF). */
function skipSubstream(s: Stream, bof: Record, sheet: string): number {
  let depth = 1;
  let pos = bof.at + bof.length;
  while (depth > 0) {
    const r = s.record(pos);
    if (!r) throw new XlsProblem(`is truncated: its sheet "${shown(sheet)}" has no end record`);
    if (r.type === BOF) depth++;
    else if (r.type === EOF) depth--;
    pos = r.at + r.length;
  }
  return pos;
}

interface SheetContext {
  readonly name: string;
  readonly biff8: boolean;
  readonly strings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  /** BIFF5's byte strings -> text; undefined for BIFF8, whose strings are Unicode. */
  readonly decode: ((bytes: Uint8Array) => string) | undefined;
}

function readSheet(s: Stream, start: number, end: number, ctx: SheetContext): XlsCells {
  const cells: XlsCells = { rows: new Map(), formats: new Map(), merges: [], outline: new Map() };
  const fail = (what: string): never => {
    throw new XlsProblem(`is damaged: its sheet "${shown(ctx.name)}" ${what}`);
  };
  const put = (row: number, col: number, xf: number, value: CellValue): void => {
    if (col >= XLS_MAX_COLS) fail(`has a cell in column ${col + 1}, outside Excel 97's 256 columns`);
    let values = cells.rows.get(row);
    let formats = cells.formats.get(row);
    if (!values || !formats) {
      cells.rows.set(row, (values = []));
      cells.formats.set(row, (formats = []));
    }
    values[col] = value;
    formats[col] = ctx.styles.formats[xf] ?? null;
  };
  const number = (xf: number, n: number): CellValue =>
    ctx.styles.isDate[xf] === true ? new Date(Math.round((n - EPOCH_1900 + (ctx.date1904 ? SHIFT_1904 : 0)) * MS_PER_DAY)) : n;
  const text = (segments: Uint8Array[], what: string): string => {
    const b = new RecordBytes(segments, `its sheet "${shown(ctx.name)}"'s ${what}`);
    if (ctx.decode) return ctx.decode(b.bytes(b.u16()));
    return b.richString();
  };
  /** The cell a FORMULA record with a string result names, waiting for the STRING record after it. */
  let pendingString: { row: number; col: number; xf: number } | undefined;
  let depth = 0;
  let pos = start;
  while (pos < end) {
    const r = s.record(pos)!;
    pos = r.at + r.length;
    if (r.type === BOF) depth++;
    if (depth > 0) {
      // An embedded chart's records.
      if (r.type === EOF) depth--;
      continue;
    }
    const a = r.at;
    const short = (min: number, what: string): void => {
      if (r.length < min) fail(`holds ${what} of ${r.length} bytes, too short to read`);
    };
    switch (r.type) {
      case LABELSST: {
        short(10, 'a text cell (LABELSST)');
        const index = s.u32(a + 6);
        const value = ctx.strings[index];
        if (value === undefined) fail(`has a cell that refers to shared string ${index}, which the workbook does not hold`);
        put(s.u16(a), s.u16(a + 2), s.u16(a + 4), value!);
        break;
      }
      case LABEL:
      case RSTRING: {
        short(8, 'a text cell (LABEL)');
        const { segments, next } = s.continued(r);
        pos = next;
        segments[0] = segments[0]!.subarray(6);
        put(s.u16(a), s.u16(a + 2), s.u16(a + 4), text(segments, 'text cell'));
        break;
      }
      case NUMBER: {
        short(14, 'a number cell (NUMBER)');
        const xf = s.u16(a + 4);
        put(s.u16(a), s.u16(a + 2), xf, number(xf, s.view.getFloat64(a + 6, true)));
        break;
      }
      case RK: {
        short(10, 'a number cell (RK)');
        const xf = s.u16(a + 4);
        put(s.u16(a), s.u16(a + 2), xf, number(xf, rkNumber(s.u32(a + 6))));
        break;
      }
      case MULRK: {
        short(12, 'a run of number cells (MULRK)');
        const row = s.u16(a);
        const first = s.u16(a + 2);
        const count = Math.floor((r.length - 6) / 6);
        for (let k = 0; k < count; k++) {
          const xf = s.u16(a + 4 + k * 6);
          put(row, first + k, xf, number(xf, rkNumber(s.u32(a + 6 + k * 6))));
        }
        break;
      }
      case BOOLERR: {
        short(8, 'a boolean or error cell (BOOLERR)');
        const v = s.data[a + 6]!;
        put(s.u16(a), s.u16(a + 2), s.u16(a + 4), s.data[a + 7] ? { error: ERRORS.get(v) ?? '#N/A' } : v !== 0);
        break;
      }
      case FORMULA: {
        short(20, 'a formula cell (FORMULA)');
        const row = s.u16(a);
        const col = s.u16(a + 2);
        const xf = s.u16(a + 4);
        pendingString = undefined;
        if (s.u16(a + 12) !== 0xffff) {
          put(row, col, xf, number(xf, s.view.getFloat64(a + 6, true)));
          break;
        }
        // Not a number: the first byte says what the cached result is ([MS-XLS] 2.5.133 FormulaValue).
        const kind = s.data[a + 6]!;
        if (kind === 0) pendingString = { row, col, xf };
        else if (kind === 1) put(row, col, xf, s.data[a + 8] !== 0);
        else if (kind === 2) put(row, col, xf, { error: ERRORS.get(s.data[a + 8]!) ?? '#N/A' });
        else if (kind === 3) put(row, col, xf, '');
        break;
      }
      case STRING: {
        const { segments, next } = s.continued(r);
        pos = next;
        if (pendingString) put(pendingString.row, pendingString.col, pendingString.xf, text(segments, 'formula result'));
        pendingString = undefined;
        break;
      }
      case MERGEDCELLS: {
        short(2, 'merged ranges (MERGEDCELLS)');
        const count = Math.min(s.u16(a), Math.floor((r.length - 2) / 8));
        for (let k = 0; k < count; k++) {
          const at = a + 2 + k * 8;
          const top = s.u16(at);
          const bottom = s.u16(at + 2);
          const left = s.u16(at + 4);
          const right = s.u16(at + 6);
          const range: GridRange = { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.min(XLS_MAX_COLS - 1, Math.max(left, right)) };
          if (range.left < XLS_MAX_COLS) cells.merges.push(range);
        }
        break;
      }
      case ROW: {
        if (r.length >= 16) {
          const level = s.u16(a + 12) & 0x07;
          if (level > 0) cells.outline.set(s.u16(a), level);
        }
        break;
      }
      default:
        break;
    }
    // A STRING record follows its FORMULA (shared and array formula records may come between).
    if (r.type !== FORMULA && r.type !== STRING && r.type !== 0x04bc && r.type !== 0x0221 && r.type !== 0x0236) pendingString = undefined;
  }
  return cells;
}

/** An RK number ([MS-XLS] 2.5.218): a 30-bit integer or the high 30 bits of a double, either possibly divided by 100. */
function rkNumber(rk: number): number {
  let n: number;
  if (rk & 0x02) n = (rk | 0) >> 2;
  else {
    RK_VIEW.setUint32(0, 0, true);
    RK_VIEW.setUint32(4, rk & 0xfffffffc, true);
    n = RK_VIEW.getFloat64(0, true);
  }
  return rk & 0x01 ? n / 100 : n;
}

const RK_VIEW = new DataView(new ArrayBuffer(8));
