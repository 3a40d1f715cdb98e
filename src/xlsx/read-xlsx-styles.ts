import type { XmlPartHandler } from './parse-xml-part';
import { ZipPartProblem } from './zip-part-stream';

/**
 * The number format of each cell style (cellXfs, by the `s` index a cell carries): custom formats
 * from <numFmts>, built-in ones by id (ECMA-376 Part 1, 18.8.30, the ids exceljs also knows);
 * null for General and for ids with no locale-independent code. Fonts, fills and borders are
 * not read: nothing downstream uses them.
 */
export interface CellStyles {
  readonly formats: ReadonlyArray<string | null>;
  /** Per style: its format shows a date, so a number in it is read as a date (as exceljs does). */
  readonly isDate: readonly boolean[];
}

export const NO_STYLES: CellStyles = { formats: [], isDate: [] };

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
  let inCellXfs = false;
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
      else if (name === 'xf' && inCellXfs) xfFormatIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
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
      return { formats, isDate };
    },
  };
}

/** exceljs' rule (utils.isDateFmt), kept so dates read as they did: y, m, d, h, s or b outside [..] and "..". */
function showsDate(format: string | null): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}
