import { readXlsxSource } from '../../src/xlsx/read-workbook';
import { buildZip, deflatedPart, minimalXlsxParts } from '../robustness/support/build-zip';

/**
 * Number formats: read per style as before (a date format makes a number a date), a format code
 * longer than Excel's 255 characters names the file as damaged (a 3 KB file of 2,000 styles over
 * one 1 MB format took 7 s to read), and many styles over a few formats cost a test per format.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const is = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
const SHEET = `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${is('A1', 'ID')}${is('B1', 'Due')}${is('C1', 'Budget')}</row><row r="2">${is('A2', 'F-1')}<c r="B2" s="1"><v>46023</v></c><c r="C2" s="2"><v>1500</v></c></row></sheetData></worksheet>`;

function withStyles(styles: string): Uint8Array {
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`;
  const parts = minimalXlsxParts(SHEET).map((p) => (p.name === 'xl/_rels/workbook.xml.rels' ? deflatedPart(p.name, rels) : p));
  return buildZip([...parts, deflatedPart('xl/styles.xml', styles)]);
}

const styleSheet = (formatCode: string, extraXfs = 0): string =>
  `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="${formatCode}"/><numFmt numFmtId="165" formatCode="#,##0"/></numFmts><cellXfs count="${3 + extraXfs}"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/>${'<xf numFmtId="164"/>'.repeat(extraXfs)}</cellXfs></styleSheet>`;

describe('number formats', () => {
  it('a date format makes its number a date, another format keeps a number, each cell with its format', async () => {
    const sheet = (await readXlsxSource(withStyles(styleSheet('dd/mm/yyyy')), 'Styles.xlsx')).sheets[0]!;
    // Serial 46023 is 2026-01-01 (25,569 is 1970-01-01; 46,023 - 25,569 = 20,454 days).
    expect(sheet.values[1]).toEqual(['F-1', new Date(Date.UTC(2026, 0, 1)), 1500]);
    expect(sheet.numberFormats![1]).toEqual([null, 'dd/mm/yyyy', '#,##0']);
  });

  it('200,000 styles of one date format are read as dates, in well under a few seconds', async () => {
    const bytes = withStyles(styleSheet('yyyy-mm-dd', 200_000));
    const t0 = performance.now();
    const sheet = (await readXlsxSource(bytes, 'Styles.xlsx')).sheets[0]!;
    expect(sheet.values[1]![1]).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('a format code of 255 characters is read; one of 1 MB names the file as damaged', async () => {
    const long = `#,##0.${'0'.repeat(249)}`;
    expect(long).toHaveLength(255);
    expect((await readXlsxSource(withStyles(styleSheet(long)), 'Styles.xlsx')).sheets[0]!.numberFormats![1]![1]).toBe(long);
    await expect(readXlsxSource(withStyles(styleSheet('0'.repeat(1024 * 1024), 2_000)), 'Huge.xlsx')).rejects.toThrow(
      "Huge.xlsx is damaged: its styles hold a number format of 1,048,576 characters (Excel's have at most 255).",
    );
  });
});
