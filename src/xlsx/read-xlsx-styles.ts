import type { XmlPartHandler } from './parse-xml-part';
import { ZipPartProblem } from './zip-part-stream';

/**
 * The number format of each cell style (cellXfs, by the `s` index a cell carries): custom formats
 * from <numFmts>, built-in ones by id (ECMA-376 Part 1, 18.8.30, the ids exceljs also knows);
 * null for General and for ids with no locale-independent code. And each style's solid fill
 * colour (<fills>, 18.8.21: a patternFill of patternType "solid" shows its fgColor), for RAG
 * statuses kept as cell colour. Of fonts only strikethrough is read (<font><strike/>, 18.8.36:
 * val defaults to true), for rows struck through as dropped; borders are not read.
 */
export interface CellStyles {
  readonly formats: ReadonlyArray<string | null>;
  /** Per style: its format shows a date, so a number in it is read as a date (as exceljs does). */
  readonly isDate: readonly boolean[];
  /** Per style: its solid fill's colour as written, undefined for no fill, a pattern, a gradient or an automatic colour. */
  readonly fills: ReadonlyArray<FillSpec | undefined>;
  /** Some style's fill is a theme colour: the theme's colour scheme is needed to resolve it. */
  readonly themed: boolean;
  /** Per style: its font is struck through. */
  readonly struck: readonly boolean[];
}

/** A fill colour as styles.xml gives it: six hex digits (an rgb or indexed colour), or a theme colour and tint. */
export type FillSpec = { readonly rgb: string } | { readonly theme: number; readonly tint: number };

export const NO_STYLES: CellStyles = { formats: [], isDate: [], fills: [], themed: false, struck: [] };

/**
 * The legacy palette an `indexed` colour names (ECMA-376 Part 1, 18.8.27), unless the styles
 * give their own <indexedColors>; 64 and 65 are the system foreground and background (no colour).
 */
const INDEXED_COLOURS = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
] as const;

const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Excel's longest number format code; a longer one is a damaged or hostile file. */
const MAX_FORMAT = 255;

/** A SAX handler over xl/styles.xml; `result()` once the part is parsed. */
export function stylesHandler(): XmlPartHandler & { result(): CellStyles } {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  const xfFillIds: number[] = [];
  const xfFontIds: number[] = [];
  /** Each <font> of <fonts> in order: struck through or not. */
  const fonts: boolean[] = [];
  let inFonts = false;
  let font: { strike: boolean } | undefined;
  /** Each <fill> of <fills> in order: its solid colour as written, or undefined. */
  const fills: Array<RawFill | undefined> = [];
  const indexed: string[] = [];
  let inCellXfs = false;
  let inFills = false;
  let fill: { solid: boolean; colour?: RawFill } | undefined;
  let inIndexed = false;
  return {
    open(name, a) {
      if (name === 'numFmt') {
        const id = Number(a.numFmtId);
        const code = a.formatCode;
        // Each cell carries its format: a 1 MB format code under 2,000 styles took 7 s to read (a 3 KB file).
        if (code !== undefined && code.length > MAX_FORMAT) {
          throw new ZipPartProblem(`is damaged: its styles hold a number format of ${code.length.toLocaleString('en-US')} characters (Excel's have at most 255)`);
        }
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        xfFormatIds.push(Number(a.numFmtId ?? 0));
        xfFillIds.push(Number(a.fillId ?? 0));
        xfFontIds.push(Number(a.fontId ?? 0));
      } else if (name === 'fonts') inFonts = true;
      else if (name === 'font' && inFonts) font = { strike: false };
      else if (name === 'strike' && font) font.strike = a.val === undefined || a.val === '1' || a.val === 'true';
      else if (name === 'fills') inFills = true;
      else if (name === 'fill' && inFills) fill = { solid: false };
      else if (name === 'patternFill' && fill) fill.solid = a.patternType === 'solid';
      else if (name === 'fgColor' && fill) fill.colour = rawColour(a);
      else if (name === 'indexedColors') inIndexed = true;
      else if (name === 'rgbColor' && inIndexed) indexed.push(hexOf(a.rgb) ?? '');
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
      else if (name === 'fonts') inFonts = false;
      else if (name === 'font' && font) {
        fonts.push(font.strike);
        font = undefined;
      } else if (name === 'fills') inFills = false;
      else if (name === 'fill' && fill) {
        fills.push(fill.solid ? fill.colour : undefined);
        fill = undefined;
      } else if (name === 'indexedColors') inIndexed = false;
    },
    result() {
      const formats = xfFormatIds.map((id) => (id ? (custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null) : null));
      // Once per format, not per style: a workbook may hold thousands of styles of a few formats.
      const dates = new Map<string | null, boolean>();
      const isDate = formats.map((f) => {
        let date = dates.get(f);
        if (date === undefined) dates.set(f, (date = showsDate(f)));
        return date;
      });
      const palette = indexed.length > 0 ? indexed : INDEXED_COLOURS;
      const specs = fills.map((f): FillSpec | undefined => {
        if (f === undefined) return undefined;
        if ('index' in f) {
          const rgb = palette[f.index];
          return rgb ? { rgb } : undefined;
        }
        return f;
      });
      let themed = false;
      const styleFills = xfFillIds.map((id) => {
        const spec = Number.isInteger(id) ? specs[id] : undefined;
        if (spec !== undefined && 'theme' in spec) themed = true;
        return spec;
      });
      const struck = xfFontIds.map((id) => fonts[id] === true);
      return { formats, isDate, fills: styleFills, themed, struck };
    },
  };
}

type RawFill = FillSpec | { readonly index: number };

/** An fgColor's colour: rgb (ARGB), a theme colour with its tint, or an indexed colour; undefined for auto and the system colours. */
function rawColour(a: Readonly<Record<string, string>>): RawFill | undefined {
  if (a.rgb !== undefined) {
    const rgb = hexOf(a.rgb);
    return rgb === undefined ? undefined : { rgb };
  }
  if (a.theme !== undefined) {
    const theme = Number(a.theme);
    const tint = a.tint === undefined ? 0 : Number(a.tint);
    return Number.isInteger(theme) && theme >= 0 && Number.isFinite(tint) ? { theme, tint: Math.max(-1, Math.min(1, tint)) } : undefined;
  }
  if (a.indexed !== undefined) {
    const index = Number(a.indexed);
    return Number.isInteger(index) && index >= 0 && index < 64 ? { index } : undefined;
  }
  return undefined;
}

/** "FFFF0000" (ARGB) or "FF0000" -> "FF0000"; undefined for anything else. */
function hexOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const hex = value.length === 8 ? value.slice(2) : value;
  return /^[0-9a-fA-F]{6}$/.test(hex) ? hex.toUpperCase() : undefined;
}

/**
 * A SAX handler over the theme part (xl/theme/theme1.xml): its colour scheme (<a:clrScheme>) in
 * the order a fill's `theme` index counts them. DrawingML lists dk1, lt1, dk2, lt2, accent1..6,
 * hlink, folHlink, but SpreadsheetML's index 0 is lt1 and 1 is dk1 (2 lt2, 3 dk2), as Excel reads
 * them: the light and dark pairs swap. A system colour (sysClr) is its lastClr.
 */
export function themeColoursHandler(): XmlPartHandler & { result(): readonly string[] } {
  const byName = new Map<string, string>();
  let inScheme = false;
  let slot: string | undefined;
  return {
    open(name, a) {
      if (name === 'clrScheme') inScheme = true;
      else if (inScheme && slot === undefined && THEME_SLOTS.includes(name)) slot = name;
      else if (slot !== undefined && !byName.has(slot)) {
        const rgb = name === 'srgbClr' ? hexOf(a.val) : name === 'sysClr' ? hexOf(a.lastClr) : undefined;
        if (rgb !== undefined) byName.set(slot, rgb);
      }
    },
    close(name) {
      if (name === 'clrScheme') inScheme = false;
      else if (name === slot) slot = undefined;
    },
    result() {
      return THEME_ORDER.map((n) => byName.get(n) ?? '');
    },
  };
}

const THEME_SLOTS: readonly string[] = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
const THEME_ORDER = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;

/**
 * Each style's fill as six hex digits: rgb as written, a theme colour from the theme's scheme
 * with its tint applied; undefined where there is no fill, or a theme colour with no theme.
 */
export function resolveFillColours(styles: CellStyles, theme: readonly string[] | undefined): ReadonlyArray<string | undefined> {
  const cache = new Map<string, string | undefined>();
  return styles.fills.map((spec) => {
    if (spec === undefined) return undefined;
    if ('rgb' in spec) return spec.rgb;
    const key = `${spec.theme}:${spec.tint}`;
    if (!cache.has(key)) {
      const base = theme?.[spec.theme];
      cache.set(key, base ? applyTint(base, spec.tint) : undefined);
    }
    return cache.get(key);
  });
}

/**
 * Excel's tint (ECMA-376 Part 1, 18.8.19 rgbColor / tint): the colour in HLS, its luminance L
 * made L * (1 + tint) for a negative tint (darker) and L * (1 - tint) + (1 - (1 - tint)) for a
 * positive one (lighter), hue and saturation kept.
 */
export function applyTint(hex: string, tint: number): string {
  if (tint === 0) return hex.toUpperCase();
  const n = parseInt(hex, 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  let h = 0;
  let s = 0;
  if (d > 0) {
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? ((g - b) / d + (g < b ? 6 : 0)) / 6 : max === g ? ((b - r) / d + 2) / 6 : ((r - g) / d + 4) / 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const [R, G, B] = hslToRgb(h, s, l);
  return [R, G, B].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t0: number): number => {
    const t = t0 < 0 ? t0 + 1 : t0 > 1 ? t0 - 1 : t0;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
}

/** exceljs' rule (utils.isDateFmt), kept so dates read as they did: y, m, d, h, s or b outside [..] and "..". */
function showsDate(format: string | null): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}
