/**
 * Issue 17: a previous summary whose snapshot or Decisions rows reach column XFD (Excel's last,
 * the 16,384th) costs what its cells cost. The reader keeps each row's cells with holes between
 * them; read-previous used to spread each row into a new array, 16,384 slots for a row with a
 * cell in XFD: 5,000 such snapshot rows took 13.4 s and 920 MB of heap, 20,000 took 53 s and
 * 3.6 GB (measured before the fix; after it, 0.6 to 0.7 s and 10 to 33 MB). Workbooks are
 * hand-built XML; day numbers are days from 1970-01-01 (2026-11-30 is 20,787).
 */
import { readPreviousSnapshot } from '../../src/xlsx/read-previous';
import { buildZip, deflatedPart } from '../robustness/support/build-zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const rels = (items: ReadonlyArray<[string, string, string]>): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;
const text = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
const sheet = (rows: readonly string[]): string => `<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`;

/** A summary of the hidden snapshot sheet and, when given, a Decisions sheet. */
function previous(snapshotRows: readonly string[], decisionRows?: readonly string[]): Uint8Array {
  const decisions = decisionRows !== undefined;
  return buildZip([
    deflatedPart('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    deflatedPart('_rels/.rels', rels([['rId1', 'officeDocument', 'xl/workbook.xml']])),
    deflatedPart(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="_throughline" sheetId="2" state="hidden" r:id="rId2"/>${decisions ? '<sheet name="Decisions" sheetId="3" r:id="rId3"/>' : ''}</sheets></workbook>`,
    ),
    deflatedPart('xl/_rels/workbook.xml.rels', rels([['rId2', 'worksheet', 'worksheets/sheet2.xml'], ...(decisions ? [['rId3', 'worksheet', 'worksheets/sheet3.xml'] as [string, string, string]] : [])])),
    deflatedPart('xl/worksheets/sheet2.xml', sheet(snapshotRows)),
    ...(decisions ? [deflatedPart('xl/worksheets/sheet3.xml', sheet(decisionRows))] : []),
  ]);
}

const HEAD = `<row r="1">${text('A1', 'throughline-snapshot')}<c r="B1"><v>1</v></c>${text('C1', '2026-11-30')}</row>`;
/** Snapshot row r: initiative OPS-r, reported green, effectively amber, and a number in XFD. */
const initiativeRow = (r: number): string =>
  `<row r="${r}">${text(`A${r}`, 'initiative')}${text(`B${r}`, `OPS-${r}`)}${text(`E${r}`, 'green')}${text(`F${r}`, 'amber')}<c r="XFD${r}"><v>${r}</v></c></row>`;

describe('a previous summary with cells in column XFD', () => {
  it('reads 5,000 snapshot rows that each reach XFD in a few seconds, without 16,384 slots a row', async () => {
    const rows = [HEAD, ...Array.from({ length: 5_000 }, (_, k) => initiativeRow(k + 2))];
    const bytes = previous(rows);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const snapshot = await readPreviousSnapshot(bytes, 'Prev.xlsx');
    const ms = performance.now() - started;
    const grown = process.memoryUsage().heapUsed - heapBefore;
    expect(snapshot?.asOf).toBe(20787);
    expect(snapshot?.initiatives).toHaveLength(5_000);
    expect(snapshot?.initiatives[0]).toEqual({ id: 'OPS-2', reportedStatus: 'green', effectiveStatus: 'amber' });
    expect(snapshot?.initiatives[4_999]).toEqual({ id: 'OPS-5001', reportedStatus: 'green', effectiveStatus: 'amber' });
    // Before: 13.4 s and 920 MB (5,000 x 16,384 slots of 8 bytes is 655 MB alone). After: under a second, about 10 MB.
    expect(ms).toBeLessThan(5_000);
    expect(grown).toBeLessThan(300 * 1024 * 1024);
  });

  it('puts a Decisions sheet that starts in column C back at its place, each row by its cells, the XFD notes ignored', async () => {
    // Columns A and B empty: the used range starts at C, shifted back by two.
    const decisionRows = [
      `<row r="1">${text('C1', 'ID')}${text('D1', 'Decision')}${text('E1', 'Decided by')}${text('XFD1', 'Note')}</row>`,
      `<row r="2">${text('C2', 'OPS-2')}${text('D2', 'Recover: add a crew')}${text('E2', 'Ana Ruiz')}${text('XFD2', 'far away')}</row>`,
      `<row r="3">${text('C3', 'OPS-3')}<c r="XFD3"><v>3</v></c></row>`,
    ];
    const snapshot = await readPreviousSnapshot(previous([HEAD, initiativeRow(2)], decisionRows), 'Prev.xlsx');
    expect(snapshot?.decisions).toEqual([{ initiativeId: 'OPS-2', decision: 'Recover: add a crew', by: 'Ana Ruiz' }]);
    expect(snapshot?.initiatives).toEqual([{ id: 'OPS-2', reportedStatus: 'green', effectiveStatus: 'amber' }]);
  });
});
