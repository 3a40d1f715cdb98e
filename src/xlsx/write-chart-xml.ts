import type { ReportCell, ReportChart, ReportSheet } from '../core/types';
import { parseA1 } from '../core/util/a1';
import { cleanText } from './write-cell-text';
import { columnName } from './write-sheet-xml';
import { escapeXml } from './write-xml-text';

/**
 * Native charts as DrawingML (ECMA-376 Part 1, §21.2 charts and §20.5 spreadsheet drawing):
 * one drawing part per sheet anchoring each chart to its cells, one chart part per chart whose
 * series refer to the sheet's cells and carry their values as caches (Excel and LibreOffice draw
 * from the references; the caches let a viewer draw without recalculating). exceljs writes no
 * charts and no well-kept library writes DrawingML charts into a streamed workbook, so the few
 * elements we need are written here, in the schema's element order.
 */

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const DRAWING_REL_TYPE = `${R_NS}/drawing`;
export const CHART_REL_TYPE = `${R_NS}/chart`;

interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function rangeOf(a1Range: string): Range {
  const [from, to] = a1Range.split(':');
  const tl = parseA1(from ?? '');
  const br = parseA1(to ?? from ?? '');
  if (!tl || !br) throw new Error(`writeReportXlsx: bad chart range ${a1Range}`); // our bug: the core builds the ranges
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function ref(sheet: string, top: number, left: number, bottom = top, right = left): string {
  const a = `$${columnName(left)}$${top + 1}`;
  const b = `$${columnName(right)}$${bottom + 1}`;
  return `${quoteSheet(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

function cellAt(sheet: ReportSheet, r: number, c: number): ReportCell | null | undefined {
  return r < sheet.rows.count ? sheet.rows.row(r)[c] : undefined;
}

function textOf(cell: ReportCell | null | undefined): string {
  const v = cell?.value;
  return v === null || v === undefined ? '' : cleanText(String(v.v));
}

function numberOf(cell: ReportCell | null | undefined): number | undefined {
  const v = cell?.value;
  return v && (v.t === 'number' || v.t === 'percent') && Number.isFinite(v.v) ? v.v : undefined;
}

function solid(color: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
}

function richText(s: string, size: number, bold: boolean): string {
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-GB" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(cleanText(s))}</a:t></a:r></a:p></c:rich>`
  );
}

const TEXT_PROPS = '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>';

/** The chart part for one chart of a sheet. */
export function chartXml(sheet: ReportSheet, chart: ReportChart): string {
  const range = rangeOf(chart.dataRange);
  const firstRow = range.top + 1;
  const categories: string[] = [];
  for (let r = firstRow; r <= range.bottom; r++) categories.push(textOf(cellAt(sheet, r, range.left)));
  const count = categories.length;
  const formatOf = (c: number): string => {
    for (let r = firstRow; r <= range.bottom; r++) {
      const f = cellAt(sheet, r, c)?.numFmt;
      if (f) return f;
    }
    return 'General';
  };
  const strCache = (values: readonly string[]): string =>
    `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, k) => `<c:pt idx="${k}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
  const pie = chart.kind === 'pie';
  const stackedBars = chart.kind === 'stacked-bar';
  // A stacked bar's labels sit inside its segments: Office allows only inBase, inEnd and ctr there
  // (MS-OI29500 §2.1.1456, on dLblPos), and a zero segment's label is hidden (its format's empty
  // zero section), or "0" labels pile up where a status has no initiatives.
  const labelPosition = pie ? '' : `<c:dLblPos val="${stackedBars ? 'ctr' : 'outEnd'}"/>`;
  const labelFormat = (format: string): string => (stackedBars && !format.includes(';') ? `${format === 'General' ? '#,##0' : format};-${format === 'General' ? '#,##0' : format};;` : format);
  const series: string[] = [];
  for (let c = range.left + 1, k = 0; c <= range.right; c++, k++) {
    const name = textOf(cellAt(sheet, range.top, c));
    const format = formatOf(c);
    const points: string[] = [];
    for (let r = firstRow; r <= range.bottom; r++) {
      const v = numberOf(cellAt(sheet, r, c));
      if (v !== undefined) points.push(`<c:pt idx="${r - firstRow}"><c:v>${v}</c:v></c:pt>`);
    }
    const color = chart.seriesColors?.[k];
    const pointFills = k === 0 && chart.pointColors
      ? chart.pointColors
          .slice(0, count)
          .map((p, i) => `<c:dPt><c:idx val="${i}"/>${pie ? '' : '<c:invertIfNegative val="0"/>'}<c:bubble3D val="0"/>${solid(p)}</c:dPt>`)
          .join('')
      : '';
    series.push(
      `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(ref(sheet.name, range.top, c))}</c:f>${strCache([name])}</c:strRef></c:tx>` +
        (color ? solid(color) : '') +
        (pie ? '' : '<c:invertIfNegative val="0"/>') +
        pointFills +
        `<c:dLbls><c:numFmt formatCode="${escapeXml(labelFormat(format))}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${TEXT_PROPS}` +
        `${labelPosition}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
        `<c:cat><c:strRef><c:f>${escapeXml(ref(sheet.name, firstRow, range.left, range.bottom, range.left))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(ref(sheet.name, firstRow, c, range.bottom, c))}</c:f>` +
        `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${count}"/>${points.join('')}</c:numCache></c:numRef></c:val>` +
        '</c:ser>',
    );
  }
  const horizontal = chart.kind === 'bar' || chart.kind === 'stacked-bar';
  const stacked = stackedBars;
  const oneSeries = range.right - range.left === 1;
  const plot = pie
    ? `<c:pieChart><c:varyColors val="1"/>${series.join('')}<c:firstSliceAng val="0"/></c:pieChart>`
    : `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${series.join('')}` +
      `<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="500001"/><c:axId val="500002"/></c:barChart>` +
      // Horizontal bars read top to bottom in the table's order: the category axis runs max to min.
      `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
      `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
      `<c:tickLblPos val="nextTo"/>${TEXT_PROPS}<c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
      `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
      `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
      `<c:numFmt formatCode="${escapeXml(formatOf(range.left + 1))}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${TEXT_PROPS}` +
      `<c:crossAx val="500001"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  // A one-series chart coloured by point names its categories on the axis: a legend would repeat them.
  const legend = oneSeries && !pie ? '' : `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${TEXT_PROPS}</c:legend>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${richText(chart.title, 1100, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}

/** The drawing part of a sheet: each chart anchored from its cell over widthCols x heightRows cells; chart k is relationship rId(k+1). */
export function drawingXml(charts: readonly ReportChart[]): string {
  const anchors = charts.map((chart, k) => {
    const at = parseA1(chart.anchor) ?? { row: 0, col: 0 };
    const toCol = at.col + Math.max(1, chart.widthCols);
    const toRow = at.row + Math.max(1, chart.heightRows);
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      `<xdr:from><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${escapeXml(cleanText(`Chart ${k + 1}: ${chart.title}`))}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="rId${k + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${anchors.join('')}</xdr:wsDr>`;
}

/** The drawing's relationships: rId(k+1) -> chart part number firstChart + k. */
export function drawingRelationshipsXml(count: number, firstChart: number): string {
  const rels = Array.from({ length: count }, (_, k) => `<Relationship Id="rId${k + 1}" Type="${CHART_REL_TYPE}" Target="../charts/chart${firstChart + k}.xml"/>`);
  return XML_HEAD + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}
