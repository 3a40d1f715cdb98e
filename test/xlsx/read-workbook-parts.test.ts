/**
 * The streaming .xlsx reader on packages exceljs never writes: parts found through their
 * relationships (not their usual names), prefixed namespaces, parts that are not needed (never
 * inflated), sizes the zip directory lies about (counted while inflating), and zip files that are
 * not workbooks. Every expected value is what the hand-written XML says.
 */
import { readSourceFile, SourceReadError } from '../../src/xlsx/read-source';
import { readXlsxSource } from '../../src/xlsx/read-workbook';
import { DEFAULT_ZIP_LIMITS } from '../../src/xlsx/zip-guard';
import { buildZip, deflatedPart, storedPart, type ZipPart } from '../robustness/support/build-zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MB = 1024 * 1024;

const rels = (items: ReadonlyArray<[id: string, type: string, target: string]>): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;

const SHEET = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>OPS-1</t></is></c><c r="B2" t="s"><v>0</v></c></row></sheetData></worksheet>`;
const STRINGS = `<sst xmlns="${MAIN}"><si><t>Depot</t></si></sst>`;

/** A workbook whose one sheet lives at `sheetPath` (found through the workbook's relationships). */
function workbookParts(sheetPath = 'xl/worksheets/sheet1.xml', sheetXml = SHEET): ZipPart[] {
  return [
    deflatedPart('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    deflatedPart('_rels/.rels', rels([['rId1', 'officeDocument', 'xl/workbook.xml']])),
    deflatedPart('xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Ops" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    deflatedPart('xl/_rels/workbook.xml.rels', rels([['rId1', 'worksheet', `/${sheetPath}`], ['rId2', 'sharedStrings', 'sharedStrings.xml']])),
    deflatedPart('xl/sharedStrings.xml', STRINGS),
    deflatedPart(sheetPath, sheetXml),
  ];
}

/** A part whose data is not a deflate stream at all: reading it would fail. */
function garbagePart(name: string): ZipPart {
  const data = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
  return { name, data, method: 8, uncompressedSize: 4096 };
}

const EXPECTED_VALUES = [
  ['ID', 'Name'],
  ['OPS-1', 'Depot'],
];

describe('readXlsxSource: finding the parts', () => {
  it('reads a sheet part that is not called sheetN.xml, through the workbook relationships', async () => {
    const source = await readXlsxSource(buildZip(workbookParts('xl/data/Operations plan.xml')), 'Ops.xlsx');
    expect(source.sheets.map((s) => [s.name, s.values])).toEqual([['Ops', EXPECTED_VALUES]]);
  });

  it('reads a workbook written with prefixed namespaces (x:row, x:c), which Excel and LibreOffice open', async () => {
    const prefixed = (xml: string): string => xml.replace(/<(\/?)(?!\?)([a-zA-Z]+)/g, '<$1x:$2').replace(/xmlns="/, 'xmlns:x="');
    const parts = workbookParts().map((p) =>
      p.name === 'xl/worksheets/sheet1.xml'
        ? deflatedPart(p.name, prefixed(SHEET))
        : p.name === 'xl/sharedStrings.xml'
          ? deflatedPart(p.name, prefixed(STRINGS))
          : p.name === 'xl/workbook.xml'
            ? deflatedPart(p.name, `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="Ops" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`)
            : p,
    );
    const source = await readXlsxSource(buildZip(parts), 'Ops.xlsx');
    expect(source.sheets.map((s) => [s.name, s.values])).toEqual([['Ops', EXPECTED_VALUES]]);
  });

  it('never inflates parts nothing reads (customXml, docProps, media): broken ones do not matter', async () => {
    const parts = [...workbookParts(), garbagePart('customXml/item1.xml'), garbagePart('docProps/thumbnail.jpeg'), garbagePart('xl/media/image1.png')];
    const source = await readXlsxSource(buildZip(parts), 'Ops.xlsx');
    expect(source.sheets[0]!.values).toEqual(EXPECTED_VALUES);
  });

  it('names a sheet part that does not inflate', async () => {
    const parts = workbookParts().map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? garbagePart(p.name) : p));
    await expect(readXlsxSource(buildZip(parts), 'Ops.xlsx')).rejects.toThrow(/^Ops\.xlsx is damaged: its part xl\/worksheets\/sheet1\.xml does not inflate \([^)]+\)\.$/);
  });

  it('names a sheet with more rows than Excel has, whether numbered or not', async () => {
    const unnumbered = `<worksheet xmlns="${MAIN}"><sheetData>${'<row><c><v>1</v></c></row>'.repeat(1_048_577)}</sheetData></worksheet>`;
    // Stored, not deflated: 26 MB of one repeated row would be refused as a zip bomb first.
    const parts = workbookParts().map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? storedPart(p.name, unnumbered) : p));
    await expect(readXlsxSource(buildZip(parts), 'Tall.xlsx')).rejects.toThrow(
      'Tall.xlsx is damaged: its sheet "Ops" has more rows than Excel\'s 1,048,576.',
    );
    const numbered = SHEET.replace('<row r="2">', '<row r="1048577">');
    await expect(readXlsxSource(buildZip(workbookParts(undefined, numbered)), 'Tall.xlsx')).rejects.toThrow(
      'Tall.xlsx is damaged: its sheet "Ops" has a row numbered "1048577", outside Excel\'s 1,048,576 rows.',
    );
  });

  it('names a cell that points at a shared string the workbook does not hold', async () => {
    const sheet = SHEET.replace('<v>0</v>', '<v>7</v>');
    await expect(readXlsxSource(buildZip(workbookParts(undefined, sheet)), 'Ops.xlsx')).rejects.toThrow(
      'Ops.xlsx is damaged: its sheet "Ops" has a cell that refers to shared string 7, which the workbook does not hold.',
    );
  });
});

describe('readXlsxSource: bytes counted while inflating, not as declared', () => {
  /** A sheet of `rows` rows of ten numbers, about 160 bytes a row. */
  const bigSheet = (rows: number): string => {
    const out: string[] = [`<worksheet xmlns="${MAIN}"><sheetData>`];
    for (let r = 1; r <= rows; r++) out.push(`<row r="${r}">${Array.from({ length: 10 }, (_, c) => `<c><v>${r * 10 + c}</v></c>`).join('')}</row>`);
    out.push('</sheetData></worksheet>');
    return out.join('');
  };

  it('refuses a sheet that declares 1 KB but inflates past the per-part limit, with one line', async () => {
    const parts = workbookParts(undefined, bigSheet(20_000)).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, uncompressedSize: 1024 } : p));
    const bytes = buildZip(parts);
    const limits = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 1 * MB };
    const error = await readXlsxSource(bytes, 'Liar.xlsx', { limits }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceReadError);
    expect((error as Error).message).toBe('Liar.xlsx has a part (xl/worksheets/sheet1.xml) that inflates to more than 1 MB, the limit per part.');
    // The same file within the limits reads whole: its 20,000 rows.
    expect((await readXlsxSource(bytes, 'Liar.xlsx')).sheets[0]!.values).toHaveLength(20_000);
  });

  it('refuses a workbook whose parts together inflate past the per-file limit', async () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 1 * MB };
    // The sheet declares 1 KB, so the directory's sizes add up to well under the limit.
    const parts = workbookParts(undefined, bigSheet(8_000)).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, uncompressedSize: 1024 } : p));
    await expect(readXlsxSource(buildZip(parts), 'Two.xlsx', { limits })).rejects.toThrow(
      'Two.xlsx inflates to more than 1 MB in the parts a workbook is read from, the limit per file.',
    );
  });
});

describe('readSourceFile: zip files that are not workbooks', () => {
  it('names an OpenDocument spreadsheet renamed .xlsx', async () => {
    const ods = buildZip([
      storedPart('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'),
      deflatedPart('content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
      deflatedPart('META-INF/manifest.xml', '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
    ]);
    await expect(readSourceFile(ods, 'Budget.xlsx')).rejects.toThrow(
      'Budget.xlsx is an OpenDocument spreadsheet (.ods), not an .xlsx workbook; open it in LibreOffice or Excel and save it as .xlsx.',
    );
  });

  it('names a zip that holds no workbook part', async () => {
    await expect(readSourceFile(buildZip([deflatedPart('notes/readme.txt', 'hello')]), 'Notes.xlsx')).rejects.toThrow(
      'Notes.xlsx is a zip archive but not an .xlsx workbook (it holds no workbook part).',
    );
  });
});
