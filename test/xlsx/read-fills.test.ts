import ExcelJS from 'exceljs';
import { readXlsxSource } from '../../src/xlsx/read-workbook';
import { applyTint } from '../../src/xlsx/read-xlsx-styles';
import { buildZip, deflatedPart, minimalXlsxParts } from '../robustness/support/build-zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('the .xlsx reader reads solid cell fills', () => {
  it('as exceljs writes them: ARGB and indexed colours, empty cells too; pattern fills and unfilled cells are not fills', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tracker');
    ws.addRow(['ID', 'Name', 'Status']);
    ws.addRow(['T-1', 'Alpha', null]);
    ws.addRow(['T-2', 'Beta', 'Green']);
    ws.addRow(['T-3', 'Gamma', null]);
    ws.addRow(['T-4', 'Delta', 'Amber']);
    ws.addRow(['T-5', 'Epsilon', null]);
    const solid = (fgColor: Partial<ExcelJS.Color>): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor });
    ws.getCell('C2').fill = solid({ argb: 'FFFF0000' });
    ws.getCell('C3').fill = solid({ argb: 'FFC00000' });
    // Indexed 13 is yellow (FFFF00) in the legacy palette.
    ws.getCell('C4').fill = solid({ indexed: 13 } as Partial<ExcelJS.Color>);
    ws.getCell('C6').fill = { type: 'pattern', pattern: 'darkGray', fgColor: { argb: 'FF00B050' } };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const sheet = (await readXlsxSource(bytes, 'Tracker.xlsx')).sheets[0]!;
    expect(sheet.values[1]).toEqual(['T-1', 'Alpha']);
    expect(sheet.fills).toBeDefined();
    const fills = sheet.fills!;
    expect(fills[0]).toBeUndefined();
    expect(fills[1]?.[2]).toBe('FF0000');
    expect(fills[2]?.[2]).toBe('C00000');
    expect(fills[3]?.[2]).toBe('FFFF00');
    expect(fills[4]).toBeUndefined();
    expect(fills[5]).toBeUndefined();
    expect(fills[1]?.[0]).toBeUndefined();
  });

  it('gives a sheet with no fills no fills field', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plain').addRow(['ID', 'Status']);
    const sheet = (await readXlsxSource(new Uint8Array(await wb.xlsx.writeBuffer()), 'Plain.xlsx')).sheets[0]!;
    expect(sheet.fills).toBeUndefined();
  });

  /** A workbook with hand-written styles and theme parts. */
  function themed(withTheme: boolean): Uint8Array {
    const is = (ref: string, v: string, s?: number): string => `<c r="${ref}" t="inlineStr"${s === undefined ? '' : ` s="${s}"`}><is><t>${v}</t></is></c>`;
    const empty = (ref: string, s: number): string => `<c r="${ref}" s="${s}"/>`;
    const sheet =
      `<worksheet xmlns="${MAIN}"><sheetData>` +
      `<row r="1">${is('A1', 'ID')}${is('B1', 'Status')}</row>` +
      `<row r="2">${is('A2', 'A-1')}${empty('B2', 1)}</row>` +
      `<row r="3">${is('A3', 'A-2')}${is('B3', 'Red', 2)}</row>` +
      `<row r="4">${is('A4', 'A-3')}${empty('B4', 3)}</row>` +
      `<row r="5">${is('A5', 'A-4')}${empty('B5', 4)}</row>` +
      `<row r="6">${is('A6', 'A-5')}${empty('B6', 5)}</row>` +
      `<row r="7">${is('A7', 'A-6')}${empty('B7', 6)}</row>` +
      `<row r="8">${empty('C8', 1)}</row>` +
      `</sheetData></worksheet>`;
    const solid = (colour: string): string => `<fill><patternFill patternType="solid"><fgColor ${colour}/><bgColor indexed="64"/></patternFill></fill>`;
    const styles =
      `<styleSheet xmlns="${MAIN}"><fills count="7"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
      `${solid('theme="5" tint="0.4"')}${solid('theme="9"')}${solid('indexed="10"')}${solid('theme="0"')}${solid('theme="4" tint="-0.25"')}</fills>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fillId="3"/></cellStyleXfs>` +
      `<cellXfs count="7"><xf numFmtId="0" fillId="0"/><xf numFmtId="0" fillId="2"/><xf numFmtId="0" fillId="3"/><xf numFmtId="0" fillId="4"/><xf numFmtId="0" fillId="5"/><xf numFmtId="0" fillId="1"/><xf numFmtId="0" fillId="6"/></cellXfs>` +
      `<dxfs count="1"><dxf><fill><patternFill patternType="solid"><fgColor rgb="FF00FF00"/></patternFill></fill></dxf></dxfs></styleSheet>`;
    const srgb = (name: string, v: string): string => `<a:${name}><a:srgbClr val="${v}"/></a:${name}>`;
    const theme =
      `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office">` +
      `<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
      `${srgb('dk2', '44546A')}${srgb('lt2', 'E7E6E6')}${srgb('accent1', '4472C4')}${srgb('accent2', 'ED7D31')}${srgb('accent3', 'A5A5A5')}` +
      `${srgb('accent4', 'FFC000')}${srgb('accent5', '5B9BD5')}${srgb('accent6', '70AD47')}${srgb('hlink', '0563C1')}${srgb('folHlink', '954F72')}` +
      `</a:clrScheme></a:themeElements></a:theme>`;
    const parts = minimalXlsxParts(sheet).filter((p) => p.name !== 'xl/_rels/workbook.xml.rels');
    const rels =
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>${withTheme ? `<Relationship Id="rId3" Type="${REL}/theme" Target="theme/theme1.xml"/>` : ''}</Relationships>`;
    return buildZip([...parts, deflatedPart('xl/_rels/workbook.xml.rels', rels), deflatedPart('xl/styles.xml', styles), ...(withTheme ? [deflatedPart('xl/theme/theme1.xml', theme)] : [])]);
  }

  it('resolves theme colours from the theme part, with their tints (index 0 is lt1), and indexed colours from the palette', async () => {
    const sheet = (await readXlsxSource(themed(true), 'Themed.xlsx')).sheets[0]!;
    const fills = sheet.fills!;
    // theme 5 = accent2 ED7D31, lighter 40%: Excel's "Orange, Accent 2, Lighter 40%" F4B183 (worked in HLS: L 0.561 -> 0.736).
    expect(fills[1]?.[1]).toBe('F4B183');
    // theme 9 = accent6, no tint.
    expect(fills[2]?.[1]).toBe('70AD47');
    // indexed 10 = FF0000.
    expect(fills[3]?.[1]).toBe('FF0000');
    // theme 0 = lt1, the window colour.
    expect(fills[4]?.[1]).toBe('FFFFFF');
    // gray125 is a pattern, not a solid fill.
    expect(fills[5]).toBeUndefined();
    // theme 4 = accent1 4472C4, darker 25%: Excel's "Blue, Accent 1, Darker 25%" 2F5597.
    expect(fills[6]?.[1]).toBe('2F5597');
    // Row 8 holds only a filled empty cell outside the values' columns: not in the sheet.
    expect(sheet.values).toHaveLength(7);
    expect(fills).toHaveLength(7);
  });

  it('leaves a theme colour unresolved when the workbook has no theme part', async () => {
    const sheet = (await readXlsxSource(themed(false), 'NoTheme.xlsx')).sheets[0]!;
    expect(sheet.fills![1]?.[1]).toBeUndefined();
    expect(sheet.fills![3]?.[1]).toBe('FF0000');
  });

  it('applies tints as Excel does', () => {
    expect(applyTint('ED7D31', 0.4)).toBe('F4B183');
    expect(applyTint('4472C4', -0.25)).toBe('2F5597');
    // Lighter 100% is white, darker 100% black.
    expect(applyTint('70AD47', 1)).toBe('FFFFFF');
    expect(applyTint('70AD47', -1)).toBe('000000');
  });
});
