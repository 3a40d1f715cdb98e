import { readSourceFile } from '../../src/xlsx/read-source';
import { buildZip, minimalXlsxParts } from '../robustness/support/build-zip';

/** A part that is not well-formed XML is named, with what is wrong, in one sentence. */
describe('damaged XML in a workbook', () => {
  it.each([
    ['<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c><v>1</v></row></sheetData></worksheet>', 'unexpected close tag'],
    ['<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"r="2"/></sheetData></worksheet>', 'no whitespace between attributes'],
  ])('%j', async (xml, what) => {
    await expect(readSourceFile(buildZip(minimalXlsxParts(xml)), 'Bad.xlsx')).rejects.toThrow(
      new Error(`Bad.xlsx is damaged: its part xl/worksheets/sheet1.xml is not well-formed XML (${what}).`),
    );
  });
});
