import { STYLES } from '../core/report/styles';
import type { ReportCellValue, StyleName, StyleSpec } from '../core/types';
import { escapeXml } from './write-xml-text';

/** Number formats Excel knows by id; others get ids from 164 on. */
const BUILTIN_NUMFMTS: ReadonlyMap<string, number> = new Map([['0', 1], ['0.00', 2], ['#,##0', 3], ['#,##0.00', 4], ['0%', 9], ['0.00%', 10]]);

/**
 * The styles part, built as cells ask for (style name, number format) pairs: each pair gets one
 * cell format id (`s="..."`), fonts/fills/borders/number formats are shared by value, and
 * conditional-format styles get differential formats (dxf ids).
 */
export class StyleRegistry {
  private readonly fonts = new Map<string, number>([[fontXml(undefined), 0]]);
  private readonly fills = new Map<string, number>([
    ['<fill><patternFill patternType="none"/></fill>', 0],
    ['<fill><patternFill patternType="gray125"/></fill>', 1],
  ]);
  private readonly borders = new Map<string, number>([['<border><left/><right/><top/><bottom/><diagonal/></border>', 0]]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Map<string, number>([['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 0]]);
  private readonly byKey = new Map<string, number>();
  private readonly dxfs = new Map<string, number>();
  /** Cell format ids by style name and value kind: the per-cell lookup, with no key to build. */
  private readonly byStyleAndKind = new Map<StyleName | undefined, Map<ReportCellValue['t'] | undefined, number>>();

  /**
   * The cell format id of a cell: its style, and its style's number format or, for percents and
   * dates without one, the default ('0%', 'd mmm yyyy').
   */
  cellFormatOf(name: StyleName | undefined, kind: ReportCellValue['t'] | undefined): number {
    let byKind = this.byStyleAndKind.get(name);
    if (!byKind) {
      byKind = new Map();
      this.byStyleAndKind.set(name, byKind);
    }
    let id = byKind.get(kind);
    if (id === undefined) {
      const numFmt = (name ? STYLES[name].numFmt : undefined) ?? (kind === 'percent' ? '0%' : kind === 'date' ? 'd mmm yyyy' : undefined);
      id = name || numFmt ? this.cellFormat(name, numFmt) : 0;
      byKind.set(kind, id);
    }
    return id;
  }

  /** The cell format id for a named style and number format (0: the default). */
  cellFormat(name: StyleName | undefined, numFmt: string | undefined): number {
    const key = `${name ?? ''}|${numFmt ?? ''}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.addXf(name ? STYLES[name] : undefined, numFmt);
      this.byKey.set(key, id);
    }
    return id;
  }

  /** The differential format id for a conditional format's style (fill + font colour, bold). */
  differentialFormat(name: StyleName): number {
    const s = STYLES[name];
    const font = s.color || s.bold ? `<font>${s.bold ? '<b/>' : ''}${s.color ? `<color rgb="${argb(s.color)}"/>` : ''}</font>` : '';
    const fill = s.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(s.fill)}"/></patternFill></fill>` : '';
    return intern(this.dxfs, `<dxf>${font}${fill}</dxf>`);
  }

  private addXf(s: StyleSpec | undefined, numFmt: string | undefined): number {
    const fontId = intern(this.fonts, fontXml(s));
    const fillId = s?.fill ? intern(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/><bgColor rgb="${argb(s.fill)}"/></patternFill></fill>`) : 0;
    const borderId = s?.borderBottom
      ? intern(this.borders, `<border><left/><right/><top/><bottom style="thin"><color rgb="${argb(s.borderBottom)}"/></bottom><diagonal/></border>`)
      : 0;
    const numFmtId = numFmt ? (BUILTIN_NUMFMTS.get(numFmt) ?? this.numFmtId(numFmt)) : 0;
    const align =
      s && (s.hAlign || s.vAlign || s.wrap)
        ? `<alignment${s.hAlign ? ` horizontal="${s.hAlign}"` : ''}${s.vAlign ? ` vertical="${s.vAlign === 'middle' ? 'center' : s.vAlign}"` : ''}${s.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const applies = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${align ? `>${align}</xf>` : '/>'}`;
    return intern(this.xfs, xf);
  }

  private numFmtId(code: string): number {
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  /** xl/styles.xml */
  toXml(): string {
    const list = (tag: string, m: Map<string, number>): string => `<${tag} count="${m.size}">${[...m.keys()].join('')}</${tag}>`;
    const numFmts = this.numFmts.size
      ? `<numFmts count="${this.numFmts.size}">${[...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>`
      : '';
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      numFmts +
      list('fonts', this.fonts) +
      list('fills', this.fills) +
      list('borders', this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', this.dxfs) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}

function intern(m: Map<string, number>, xml: string): number {
  let id = m.get(xml);
  if (id === undefined) {
    id = m.size;
    m.set(xml, id);
  }
  return id;
}

/** A style's font: Calibri, size 10 unless the style says otherwise (the workbook default is Calibri 11). */
function fontXml(s: StyleSpec | undefined): string {
  if (!s) return '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
  return `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}${s.underline ? '<u/>' : ''}<sz val="${s.size ?? 10}"/>${s.color ? `<color rgb="${argb(s.color)}"/>` : ''}<name val="Calibri"/></font>`;
}

export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}
