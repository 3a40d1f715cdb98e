import { readXlsxSource } from '../../src/xlsx/read-workbook';
import { buildZip, deflatedPart, minimalXlsxParts } from '../robustness/support/build-zip';

/**
 * A sheet's Excel tables, found through its <tableParts> and its relationships: in the order the
 * sheet names them, each once, at a cost per table part (not table parts times relationships).
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const is = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
const ROWS = `<row r="1">${is('A1', 'ID')}${is('B1', 'Name')}${is('D1', 'KPI')}${is('E1', 'Target')}</row><row r="2">${is('A2', 'T-1')}${is('B2', 'One')}${is('D2', 'K-1')}${is('E2', '5')}</row>`;

function workbook(tablePartIds: readonly string[], rels: ReadonlyArray<[id: string, target: string]>, tables: ReadonlyArray<[path: string, name: string, ref: string]>): Uint8Array {
  const sheet = `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${ROWS}</sheetData><tableParts count="${tablePartIds.length}">${tablePartIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts></worksheet>`;
  const relsXml = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(([id, target]) => `<Relationship Id="${id}" Type="${R}/table" Target="${target}"/>`).join('')}</Relationships>`;
  return buildZip([
    ...minimalXlsxParts(sheet),
    deflatedPart('xl/worksheets/_rels/sheet1.xml.rels', relsXml),
    ...tables.map(([path, name, ref]) => deflatedPart(path, `<table xmlns="${MAIN}" id="1" name="${name}" displayName="${name}" ref="${ref}"/>`)),
  ]);
}

describe('Excel tables of a sheet', () => {
  it('reads them in the order the sheet names them, each once', async () => {
    const bytes = workbook(
      ['rId2', 'rId1', 'rId2'],
      [['rId1', '../tables/table1.xml'], ['rId2', '../tables/table2.xml']],
      [['xl/tables/table1.xml', 'Plan', 'A1:B2'], ['xl/tables/table2.xml', 'Kpis', 'D1:E2']],
    );
    const sheet = (await readXlsxSource(bytes, 'Tables.xlsx')).sheets[0]!;
    expect(sheet.tables).toEqual([
      { name: 'Kpis', range: { top: 0, left: 3, bottom: 1, right: 4 } },
      { name: 'Plan', range: { top: 0, left: 0, bottom: 1, right: 1 } },
    ]);
  });

  it('50,000 table parts named against 50,000 relationships (none of them present) read in seconds', async () => {
    const n = 50_000;
    const rels = Array.from({ length: n }, (_, i): [string, string] => [`rId${i + 1}`, `../tables/table${i + 1}.xml`]);
    const bytes = workbook(Array.from({ length: n }, () => `rId${n}`), rels, []);
    const t0 = performance.now();
    const sheet = (await readXlsxSource(bytes, 'Tables.xlsx')).sheets[0]!;
    const ms = performance.now() - t0;
    expect(sheet.tables).toBeUndefined();
    expect(Array.from(sheet.values[1]!, (v) => v ?? null)).toEqual(['T-1', 'One', null, 'K-1', '5']);
    // A search of every relationship per table part: 2.5 billion comparisons, 89 s when measured.
    expect(ms).toBeLessThan(5_000);
  });
});

describe('sheets that are one part', () => {
  it('a workbook listing 200,000 sheets of one part is named as damaged, not read 200,000 times', async () => {
    const sheetXml = `<worksheet xmlns="${MAIN}"><sheetData>${ROWS}</sheetData></worksheet>`;
    const parts = minimalXlsxParts(sheetXml).map((p) =>
      p.name === 'xl/workbook.xml'
        ? deflatedPart(p.name, `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>${Array.from({ length: 200_000 }, (_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId1"/>`).join('')}</sheets></workbook>`)
        : p,
    );
    const t0 = performance.now();
    await expect(readXlsxSource(buildZip(parts), 'Copies.xlsx')).rejects.toThrow('Copies.xlsx is damaged: its sheets "S1" and "S2" are the same part (xl/worksheets/sheet1.xml).');
    // Read once per sheet, then 200,000 sheets through the core: over 8 minutes when measured.
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('names longer than Excel writes', () => {
  const workbookXml = (sheetName: string): string =>
    `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const withSheetName = (name: string): Uint8Array =>
    buildZip(minimalXlsxParts(`<worksheet xmlns="${MAIN}"><sheetData>${ROWS}</sheetData></worksheet>`).map((p) => (p.name === 'xl/workbook.xml' ? deflatedPart(p.name, workbookXml(name)) : p)));

  it('a sheet name of 255 characters is read; one of 1 MB names the file as damaged, in one short line', async () => {
    const long = 'L'.repeat(255);
    expect((await readXlsxSource(withSheetName(long), 'Long.xlsx')).sheets.map((s) => s.name)).toEqual([long]);
    await expect(readXlsxSource(withSheetName('S'.repeat(1024 * 1024)), 'Huge.xlsx')).rejects.toThrow(
      "Huge.xlsx is damaged: it names a sheet with 1,048,576 characters (Excel's sheet names have at most 31).",
    );
  });

  it('a table name of 1 MB names the file as damaged', async () => {
    const bytes = workbook(['rId1'], [['rId1', '../tables/table1.xml']], [['xl/tables/table1.xml', 'T'.repeat(1024 * 1024), 'A1:B2']]);
    await expect(readXlsxSource(bytes, 'Huge.xlsx')).rejects.toThrow("Huge.xlsx is damaged: it names a table with 1,048,576 characters (Excel's table names have at most 255).");
  });
});
