import OFFICE_THEME from 'exceljs/lib/xlsx/xml/theme1';
import type { ReportDocument, ReportSheet } from '../core/types';
import { dayFromIso, isoFromDay } from '../core/util/days';
import { columnLetters, parseA1 } from '../core/util/a1';
import { printTitles } from '../core/report/sheet';
import { cleanText } from './write-cell-text';
import { CHART_CONTENT_TYPE, chartXml, DRAWING_CONTENT_TYPE, DRAWING_REL_TYPE, drawingRelationshipsXml, drawingXml } from './write-chart-xml';
import { columnName, nextRelationshipId, renderSheetXml, SharedStrings, sheetRelationshipsXml, textElement, type SheetExtras } from './write-sheet-xml';
import { StyleRegistry } from './write-styles-xml';
import type { ZipPart } from './write-zip';
import { escapeXml } from './write-xml-text';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

interface TableEntry {
  readonly id: number;
  readonly sheet: ReportSheet;
  readonly table: ReportSheet['tables'][number];
}

/**
 * The parts of the .xlsx package for a ReportDocument, in order. Lazy on purpose: writeZip pulls
 * the next part only when the previous one is compressed, so a sheet's relationships, notes and
 * tables, and the shared strings and styles, are rendered after the rows that use them.
 */
export function* workbookParts(doc: ReportDocument): Generator<ZipPart> {
  const styles = new StyleRegistry();
  const strings = new SharedStrings();
  const tables: TableEntry[] = [];
  const commentSheets: number[] = [];
  /** Sheet numbers with a drawing, and how many chart parts there are in all. */
  const drawingSheets: number[] = [];
  let chartCount = 0;

  for (let i = 0; i < doc.sheets.length; i++) {
    const sheet = doc.sheets[i]!;
    const n = i + 1;
    const extras: SheetExtras = { links: [], relationships: [], notes: [], tableRelIds: [] };
    yield {
      name: `xl/worksheets/sheet${n}.xml`,
      chunks: renderSheetXml(sheet, {
        styles,
        strings,
        selected: i === 0,
        beforeTail: (x) => {
          if (x.notes.length) {
            x.relationships.push(`<Relationship Id="${nextRelationshipId(x)}" Type="${REL_NS}/comments" Target="../comments${n}.xml"/>`);
            x.legacyDrawingRelId = nextRelationshipId(x);
            x.relationships.push(`<Relationship Id="${x.legacyDrawingRelId}" Type="${REL_NS}/vmlDrawing" Target="../drawings/vmlDrawing${n}.vml"/>`);
          }
          for (const table of sheet.tables) {
            const id = tables.length + 1;
            tables.push({ id, sheet, table });
            const rId = nextRelationshipId(x);
            x.tableRelIds.push(rId);
            x.relationships.push(`<Relationship Id="${rId}" Type="${REL_NS}/table" Target="../tables/table${id}.xml"/>`);
          }
          if (sheet.charts.length) {
            x.drawingRelId = nextRelationshipId(x);
            x.relationships.push(`<Relationship Id="${x.drawingRelId}" Type="${DRAWING_REL_TYPE}" Target="../drawings/drawing${n}.xml"/>`);
          }
        },
      }, extras),
    };
    if (extras.links.length || extras.relationships.length) {
      yield { name: `xl/worksheets/_rels/sheet${n}.xml.rels`, chunks: sheetRelationshipsXml(extras) };
    }
    if (extras.notes.length) {
      commentSheets.push(n);
      yield { name: `xl/comments${n}.xml`, chunks: [commentsXml(extras.notes)] };
      yield { name: `xl/drawings/vmlDrawing${n}.vml`, chunks: [vmlXml(extras.notes, n)] };
    }
    if (sheet.charts.length) {
      drawingSheets.push(n);
      yield { name: `xl/drawings/drawing${n}.xml`, chunks: [drawingXml(sheet.charts)] };
      yield { name: `xl/drawings/_rels/drawing${n}.xml.rels`, chunks: [drawingRelationshipsXml(sheet.charts.length, chartCount + 1)] };
      for (const chart of sheet.charts) yield { name: `xl/charts/chart${++chartCount}.xml`, chunks: [chartXml(sheet, chart)] };
    }
  }
  for (const t of tables) yield { name: `xl/tables/table${t.id}.xml`, chunks: [tableXml(t)] };
  yield { name: 'xl/sharedStrings.xml', chunks: strings.toXml() };
  yield { name: 'xl/styles.xml', chunks: [styles.toXml()] };
  // The default Office theme: table styles and theme colours resolve against it.
  yield { name: 'xl/theme/theme1.xml', chunks: [OFFICE_THEME] };
  yield { name: 'xl/workbook.xml', chunks: [workbookXml(doc)] };
  yield {
    name: 'xl/_rels/workbook.xml.rels',
    chunks: relationshipsXml([
      ...doc.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
      `<Relationship Id="rId${doc.sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`,
      `<Relationship Id="rId${doc.sheets.length + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`,
      `<Relationship Id="rId${doc.sheets.length + 3}" Type="${REL_NS}/theme" Target="theme/theme1.xml"/>`,
    ]),
  };
  yield { name: 'docProps/core.xml', chunks: [coreXml(doc)] };
  yield { name: 'docProps/app.xml', chunks: [appXml(doc)] };
  yield {
    name: '_rels/.rels',
    chunks: relationshipsXml(
      [
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>`,
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
        `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/>`,
      ],
    ),
  };
  yield { name: '[Content_Types].xml', chunks: [contentTypesXml(doc, tables.length, commentSheets, drawingSheets, chartCount)] };
}

function relationshipsXml(relationships: readonly string[]): string[] {
  return [XML_HEAD, `<Relationships xmlns="${PKG_REL_NS}">`, ...relationships, '</Relationships>'];
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'A1:K60' as '$A$1:$K$60' (print areas are absolute). */
function absoluteRange(range: string): string {
  return range.replace(/\$?([A-Za-z]{1,3})\$?(\d+)/g, (_, c: string, r: string) => `$${c.toUpperCase()}$${r}`);
}

function workbookXml(doc: ReportDocument): string {
  const names: string[] = [];
  doc.sheets.forEach((s, i) => {
    if (s.print?.area) names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(`${quoteSheet(s.name)}!${absoluteRange(s.print.area)}`)}</definedName>`);
    const titles = printTitles(s);
    // Columns first, then rows, comma-separated: the order Excel writes them in.
    const parts = [
      ...(titles.cols > 0 ? [`${quoteSheet(s.name)}!$A:$${columnLetters(titles.cols - 1)}`] : []),
      ...(titles.rows > 0 ? [`${quoteSheet(s.name)}!$1:$${titles.rows}`] : []),
    ];
    if (parts.length > 0) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(parts.join(','))}</definedName>`);
  });
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<workbookPr defaultThemeVersion="164011"/>' +
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="12000" windowHeight="24000" activeTab="0"/></bookViews>' +
    `<sheets>${doc.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')}</sheets>` +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '<calcPr calcId="171027" fullCalcOnLoad="1"/>' +
    '</workbook>'
  );
}

function tableXml({ id, sheet, table }: TableEntry): string {
  const [from, to] = table.range.split(':');
  const tl = parseA1(from ?? '');
  const br = parseA1(to ?? '');
  if (!tl || !br) throw new Error(`writeReportXlsx: bad table range ${table.range}`);
  const headerRow = tl.row < sheet.rows.count ? sheet.rows.row(tl.row) : [];
  const columns: string[] = [];
  for (let c = tl.col; c <= br.col; c++) {
    const v = headerRow[c]?.value;
    const name = v && v.t === 'text' ? cleanText(v.v) : `Column${c - tl.col + 1}`;
    columns.push(`<tableColumn id="${c - tl.col + 1}" name="${escapeXml(name)}"/>`);
  }
  const ref = `${columnName(tl.col)}${tl.row + 1}:${columnName(br.col)}${br.row + 1}`;
  return (
    XML_HEAD +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    // One filterColumn per column, as exceljs reads the filter buttons back from them.
    (table.showFilter ? `<autoFilter ref="${ref}">${columns.map((_, k) => `<filterColumn colId="${k}" hiddenButton="0"/>`).join('')}</autoFilter>` : '') +
    `<tableColumns count="${columns.length}">${columns.join('')}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>'
  );
}

function commentsXml(notes: SheetExtras['notes']): string {
  return (
    XML_HEAD +
    `<comments xmlns="${MAIN_NS}"><authors><author>Throughline</author></authors><commentList>` +
    notes.map((n) => `<comment ref="${n.ref}" authorId="0"><text><r>${textElement(n.text)}</r></text></comment>`).join('') +
    '</commentList></comments>'
  );
}

/** The legacy drawing Excel needs to show notes: one hidden note box per note. */
function vmlXml(notes: SheetExtras['notes'], sheetNumber: number): string {
  const shapes = notes.map(
    (n, k) =>
      `<v:shape id="_x0000_s${sheetNumber * 1024 + k + 1}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${k + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.col + 1}, 15, ${n.row}, 2, ${n.col + 3}, 15, ${n.row + 4}, 16</x:Anchor>` +
      `<x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`,
  );
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetNumber}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    shapes.join('') +
    '</xml>'
  );
}

function coreXml(doc: ReportDocument): string {
  const stamp = `${isoFromDay(dayFromIso(doc.asOf) ?? 0)}T00:00:00Z`;
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(cleanText(doc.title))}</dc:title><dc:creator>Throughline</dc:creator><cp:lastModifiedBy>Throughline</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appXml(doc: ReportDocument): string {
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${doc.sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${doc.sheets.length}" baseType="lpstr">${doc.sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>' +
    '</Properties>'
  );
}

function contentTypesXml(doc: ReportDocument, tableCount: number, commentSheets: readonly number[], drawingSheets: readonly number[], chartCount: number): string {
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`,
    ...doc.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`),
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`,
    '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`,
    ...Array.from({ length: tableCount }, (_, k) => `<Override PartName="/xl/tables/table${k + 1}.xml" ContentType="${CT}.table+xml"/>`),
    ...commentSheets.map((n) => `<Override PartName="/xl/comments${n}.xml" ContentType="${CT}.comments+xml"/>`),
    ...drawingSheets.map((n) => `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${DRAWING_CONTENT_TYPE}"/>`),
    ...Array.from({ length: chartCount }, (_, k) => `<Override PartName="/xl/charts/chart${k + 1}.xml" ContentType="${CHART_CONTENT_TYPE}"/>`),
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
  ];
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    overrides.join('') +
    '</Types>'
  );
}
