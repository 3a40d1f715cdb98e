import { readSourceFile } from '../../src/xlsx/read-source';
import { readXlsxSource } from '../../src/xlsx/read-workbook';
import { readWorkbookWaivers } from '../../src/xlsx/read-workbook-waivers';
import { DEFAULT_ZIP_LIMITS } from '../../src/xlsx/zip-guard';
import { buildZip, deflatedPart, minimalXlsxParts, type ZipPart } from '../robustness/support/build-zip';

/**
 * Parts the reader never inflates (media, embedded files, docProps) do not count against the
 * size limits: a workbook holding a big video or image reads like any other, and so do the
 * waivers it holds. A sheet part over the limits is still refused from the zip directory.
 */

const MB = 1024 * 1024;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const is = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
const SHEET = `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${is('A1', 'ID')}${is('B1', 'Name')}</row><row r="2">${is('A2', 'V-1')}${is('B2', 'Video wall')}</row></sheetData></worksheet>`;

/** A part stored as is (method 0) of `bytes` zero bytes. */
function storedZeros(name: string, bytes: number): ZipPart {
  return { name, data: Buffer.alloc(bytes), method: 0, uncompressedSize: bytes };
}

describe('parts the reader never inflates', () => {
  it('do not count against the per-part and per-file limits (1 MB here, a 2 MB video and 2 MB of docProps)', async () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 1 * MB, maxTotalBytes: 1 * MB };
    const bytes = buildZip([...minimalXlsxParts(SHEET), storedZeros('xl/media/video1.mp4', 2 * MB), storedZeros('docProps/thumbnail.xml', 2 * MB)]);
    const source = await readXlsxSource(bytes, 'Media.xlsx', { limits });
    expect(source.sheets[0]!.values).toEqual([['ID', 'Name'], ['V-1', 'Video wall']]);
    // A sheet part over the limit is refused before it inflates, as before.
    const big = buildZip(minimalXlsxParts(SHEET.replace('Video wall', 'x'.repeat(2 * MB))));
    await expect(readXlsxSource(big, 'Big.xlsx', { limits })).rejects.toThrow('Big.xlsx has a part (xl/worksheets/sheet1.xml) of 2.0 MB uncompressed, over the 1 MB limit per part.');
  });

  it('a workbook holding a 161 MB video (over the 160 MB limits) is read, with its waivers', async () => {
    const settings = { version: 1, mappings: [], waivers: [{ key: 'status.missing|V-1|Media.xlsx!Sheet1!A2', reason: 'Reported in person', by: 'Ana', on: '2026-02-20' }], sourceDepartments: {}, excludedTables: [] };
    const value = JSON.stringify(JSON.stringify(settings)).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const webExtension = `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:properties><we:property name="throughline.settings" value="${value}"/></we:properties></we:webextension>`;
    const bytes = buildZip([...minimalXlsxParts(SHEET), deflatedPart('xl/webextensions/webextension1.xml', webExtension), storedZeros('xl/media/video1.mp4', 161 * MB)]);
    const source = await readSourceFile(bytes, 'Media.xlsx');
    expect(source.sheets[0]!.values).toEqual([['ID', 'Name'], ['V-1', 'Video wall']]);
    expect(readWorkbookWaivers(bytes).map((w) => [w.key, w.reason])).toEqual([['status.missing|V-1|Media.xlsx!Sheet1!A2', 'Reported in person']]);
  }, 30_000);
});
