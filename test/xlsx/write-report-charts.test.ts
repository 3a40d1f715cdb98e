import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildReport } from '../../src/core/report';
import { writeReportXlsx } from '../../src/xlsx/write-report';
import { makeFixture } from '../core/report/fixture';
import { unzipText } from '../support/xlsx-parts';

/**
 * The native charts as DrawingML parts (ECMA-376 §21.2, §20.5): the sheet names its drawing,
 * the drawing anchors each chart to its cells, each chart refers to the sheet's cells and caches
 * their values. LibreOffice draws them (test/xlsx/libreoffice.test.ts).
 */
describe('charts in the .xlsx summary', () => {
  let parts: Map<string, string>;
  beforeAll(async () => {
    parts = unzipText(await writeReportXlsx(buildReport(makeFixture())));
  });

  it('declares a drawing per sheet with charts and a chart part per chart, all well-formed', () => {
    const types = parts.get('[Content_Types].xml')!;
    // Summary: 4 charts; Departments (sheet 6): its status chart.
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing6.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    for (let k = 1; k <= 5; k++) expect(types).toContain(`<Override PartName="/xl/charts/chart${k}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    expect(parts.has('xl/charts/chart6.xml')).toBe(false);
    for (const name of ['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml', 'xl/charts/chart5.xml']) {
      expect(XMLValidator.validate(parts.get(name)!)).toBe(true);
    }
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    const drawingId = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)?.[1];
    expect(drawingId).toBeDefined();
    // <drawing> comes after the page setup and before the table parts, as the schema orders them.
    expect(sheet.indexOf('<drawing ')).toBeGreaterThan(sheet.indexOf('<rowBreaks'));
    expect(parts.get('xl/worksheets/_rels/sheet1.xml.rels')).toContain(`Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
    expect(parts.get('xl/drawings/_rels/drawing6.xml.rels')).toContain('Target="../charts/chart5.xml"');
  });

  it('anchors each chart from its cell over its width and height in cells', () => {
    const doc = buildReport(makeFixture());
    const charts = doc.sheets[0]!.charts;
    const drawing = new XMLParser({ ignoreAttributes: false }).parse(parts.get('xl/drawings/drawing1.xml')!) as {
      'xdr:wsDr': { 'xdr:twoCellAnchor': Array<{ 'xdr:from': Record<string, number>; 'xdr:to': Record<string, number> }> };
    };
    const anchors = drawing['xdr:wsDr']['xdr:twoCellAnchor'];
    expect(anchors).toHaveLength(4);
    // The first chart: anchored at A18 (0-based row 17), 5 columns by 15 rows.
    expect(charts[0]!.anchor).toBe('A18');
    expect([anchors[0]!['xdr:from']['xdr:col'], anchors[0]!['xdr:from']['xdr:row'], anchors[0]!['xdr:to']['xdr:col'], anchors[0]!['xdr:to']['xdr:row']]).toEqual([0, 17, 5, 32]);
    // The second: G18, columns G:K.
    expect([anchors[1]!['xdr:from']['xdr:col'], anchors[1]!['xdr:to']['xdr:col']]).toEqual([6, 11]);
  });

  it('draws reported vs effective as two column series over the chart data, with their cached values', () => {
    const chart = parts.get('xl/charts/chart1.xml')!;
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    // The data right of the page: M2:O6 (Status, Reported, Effective; Green, Amber, Red, Done).
    expect(chart).toContain("<c:f>&apos;Summary&apos;!$N$2</c:f>");
    expect(chart).toContain("<c:f>&apos;Summary&apos;!$M$3:$M$6</c:f>");
    expect(chart).toContain("<c:f>&apos;Summary&apos;!$N$3:$N$6</c:f>");
    expect(chart).toContain("<c:f>&apos;Summary&apos;!$O$3:$O$6</c:f>");
    const cache = (ref: string): string[] => {
      const at = chart.indexOf(`${ref}</c:f>`);
      const end = chart.indexOf('</c:numCache>', at);
      return [...chart.slice(at, end).matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]!);
    };
    // Reported: green 4 (FIN-1, FIN-2, OPS-1, SAL-2), amber 2, red 1, done 1; effective: 1, 4, 2, 1.
    expect(cache('$N$3:$N$6')).toEqual(['4', '2', '1', '1']);
    expect(cache('$O$3:$O$6')).toEqual(['1', '4', '2', '1']);
    expect(chart).toContain('<c:spPr><a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill></c:spPr>');
    expect(chart).toContain('<c:spPr><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></c:spPr>');
  });

  it('colours the findings chart by severity and draws bars top to bottom in the table order', () => {
    const findings = parts.get('xl/charts/chart4.xml')!;
    expect([...findings.matchAll(/<c:dPt><c:idx val="(\d)"\/>.*?<a:srgbClr val="(\w{6})"\/>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['0', 'C00000'],
      ['1', 'FFC000'],
      ['2', '5B9BD5'],
    ]);
    expect(findings).not.toContain('<c:legend>');
    const slip = parts.get('xl/charts/chart3.xml')!;
    expect(slip).toContain('<c:dLblPos val="outEnd"/>');
    expect(slip).toContain('<c:barDir val="bar"/>');
    expect(slip).toContain('<c:orientation val="maxMin"/>');
  });

  it('draws Departments\' effective status as stacked bars in the status colours, labels inside the segments and none on a zero', () => {
    const chart = parts.get('xl/charts/chart5.xml')!;
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    // Green, Amber, Red, Done, Other: the Timeline's bar colours.
    expect([...chart.matchAll(/<c:ser>.*?<c:spPr><a:solidFill><a:srgbClr val="(\w{6})"\/>/g)].map((m) => m[1])).toEqual(['6AA84F', 'E69138', 'C0504D', '6D9EEB', 'A6A6A6']);
    // Office allows no label outside a stacked segment (MS-OI29500 on dLblPos): centred, each series.
    expect(chart).not.toContain('outEnd');
    expect(chart.match(/<c:dLblPos val="ctr"\/>/g)).toHaveLength(5);
    // Counts with an empty zero section: a status with no initiatives in a department draws no "0".
    expect(chart).toContain('<c:dLbls><c:numFmt formatCode="#,##0;-#,##0;;" sourceLinked="0"/>');
  });
});
