import { decodeWindows1252 } from './read-text-encoding';

/** A BIFF record that cannot be read; the message follows the file name ("is damaged: ..."). */
export class XlsProblem extends Error {}

/**
 * A record's payload and the CONTINUE records after it, read as one run of bytes with BIFF8's
 * rule for strings split between them ([MS-XLS] 2.5.293 XLUnicodeRichExtendedString, 2.4.58
 * CONTINUE): a string's characters that go on in the next record start it with one flags byte
 * saying whether they are one or two bytes each; its header, rich-text runs and phonetic block
 * just go on. Every read is checked against the bytes the records hold.
 */
export class RecordBytes {
  private k = 0;
  private pos = 0;

  constructor(
    private readonly segments: readonly Uint8Array[],
    private readonly what: string,
  ) {}

  /** At the end of the last record (a string table that says it holds more strings than it does ends here). */
  get atEnd(): boolean {
    this.settle();
    return this.k >= this.segments.length;
  }

  u8(): number {
    this.settle();
    const seg = this.segments[this.k];
    if (!seg) this.short();
    return seg![this.pos++]!;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(n: number): void {
    let left = n;
    while (left > 0) {
      this.settle();
      const seg = this.segments[this.k];
      if (!seg) this.short();
      const take = Math.min(left, seg!.length - this.pos);
      this.pos += take;
      left -= take;
    }
  }

  /** Raw bytes (BIFF5 strings, in the workbook's code page), across records as they lie. */
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let filled = 0; filled < n; ) {
      this.settle();
      const seg = this.segments[this.k];
      if (!seg) this.short();
      const take = Math.min(n - filled, seg!.length - this.pos);
      out.set(seg!.subarray(this.pos, this.pos + take), filled);
      this.pos += take;
      filled += take;
    }
    return out;
  }

  /**
   * `count` characters, one byte each (the low byte of a UTF-16 code unit: Latin-1) or two
   * (UTF-16LE); where a record ends before they do, the next starts with a flags byte.
   */
  chars(count: number, twoBytes: boolean): string {
    const parts: string[] = [];
    let wide = twoBytes;
    let left = count;
    while (left > 0) {
      let seg = this.segments[this.k];
      if (seg && this.pos >= seg.length) {
        this.k++;
        this.pos = 0;
        seg = this.segments[this.k];
        if (!seg) this.short();
        wide = (seg![this.pos++]! & 0x01) !== 0;
        continue;
      }
      if (!seg) this.short();
      const avail = wide ? (seg!.length - this.pos) >> 1 : seg!.length - this.pos;
      const take = Math.min(left, avail);
      if (take === 0) {
        // One odd byte left where two-byte characters go on in the next record: skipped, as Excel's readers do.
        this.pos = seg!.length;
        continue;
      }
      parts.push(wide ? utf16(seg!, this.pos, take) : latin1(seg!, this.pos, take));
      this.pos += wide ? take * 2 : take;
      left -= take;
    }
    return parts.join('');
  }

  /** An XLUnicodeRichExtendedString (SST entries, LABEL): cch, flags, [runs count], [phonetic size], characters, runs, phonetic block. */
  richString(): string {
    const count = this.u16();
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const phonetic = flags & 0x04 ? this.u32() : 0;
    const text = this.chars(count, (flags & 0x01) !== 0);
    this.skip(runs * 4);
    this.skip(phonetic);
    return text;
  }

  /** At a record boundary, move to the next record (headers and runs just go on). */
  private settle(): void {
    while (this.k < this.segments.length && this.pos >= this.segments[this.k]!.length) {
      this.k++;
      this.pos = 0;
    }
  }

  private short(): never {
    throw new XlsProblem(`is truncated or damaged: ${this.what} ends in the middle of its data`);
  }
}

const CHUNK = 8192;

function utf16(seg: Uint8Array, at: number, count: number): string {
  const parts: string[] = [];
  for (let start = 0; start < count; start += CHUNK) {
    const n = Math.min(CHUNK, count - start);
    const codes = new Array<number>(n);
    for (let i = 0; i < n; i++) codes[i] = seg[at + (start + i) * 2]! | (seg[at + (start + i) * 2 + 1]! << 8);
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function latin1(seg: Uint8Array, at: number, count: number): string {
  const parts: string[] = [];
  for (let start = 0; start < count; start += CHUNK) {
    const n = Math.min(CHUNK, count - start);
    parts.push(String.fromCharCode(...seg.subarray(at + start, at + start + n)));
  }
  return parts.join('');
}

/**
 * The WHATWG encoding of a Windows code page a BIFF5 workbook's CODEPAGE record names
 * ([MS-XLS] 2.4.52); BIFF8 strings are Unicode and need none.
 */
const CODE_PAGES: ReadonlyMap<number, string> = new Map([
  [866, 'ibm866'],
  [874, 'windows-874'],
  [932, 'shift_jis'],
  [936, 'gbk'],
  [949, 'euc-kr'],
  [950, 'big5'],
  [1250, 'windows-1250'],
  [1251, 'windows-1251'],
  [1253, 'windows-1253'],
  [1254, 'windows-1254'],
  [1255, 'windows-1255'],
  [1256, 'windows-1256'],
  [1257, 'windows-1257'],
  [1258, 'windows-1258'],
  [10000, 'macintosh'],
  [10007, 'x-mac-cyrillic'],
  [20866, 'koi8-r'],
  [21866, 'koi8-u'],
  [32768, 'macintosh'],
  [65001, 'utf-8'],
]);

/** Bytes in a code page -> text. Windows-1252 (decoded by hand, as for CSV) for 1252, for code pages the platform does not know, and when none is given. */
export function codePageDecoder(codePage: number | undefined): (bytes: Uint8Array) => string {
  const label = codePage === undefined ? undefined : CODE_PAGES.get(codePage);
  if (label !== undefined) {
    try {
      const decoder = new TextDecoder(label);
      return (bytes) => decoder.decode(bytes);
    } catch {
      // Not every platform's TextDecoder knows every legacy code page.
    }
  }
  return decodeWindows1252;
}
