import ExcelJS from 'exceljs';
import { readXlsxSource } from '../../src/xlsx/read-workbook';
import { readSourceFile, SourceReadError } from '../../src/xlsx/read-source';
import { ingestSources } from '../../src/core/ingest';
import { makeOptions } from '../../src/core/types';
import { dayFromIso } from '../../src/core/util/days';

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function buildWorkbook(date1904 = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Finance');
  ws.getCell('B2').value = 'Finance initiatives';
  ws.mergeCells('B2:E2');
  ws.getCell('B4').value = 'ID';
  ws.getCell('C4').value = { richText: [{ text: 'Na', font: { bold: true } }, { text: 'me' }] };
  ws.getCell('D4').value = 'Due';
  ws.getCell('E4').value = '% Complete';
  ws.getCell('F4').value = 'Link';
  ws.getCell('B5').value = 'FIN-1';
  ws.getCell('C5').value = 'Ledger';
  ws.getCell('D5').value = new Date(Date.UTC(2026, 3, 3));
  ws.getCell('D5').numFmt = 'dd/mm/yyyy';
  ws.getCell('E5').value = 0.5;
  ws.getCell('E5').numFmt = '0%';
  ws.getCell('F5').value = { text: 'Board paper', hyperlink: 'https://example.com/paper' };
  ws.getCell('B6').value = { formula: 'UPPER("fin-2")', result: 'FIN-2' };
  ws.getCell('C6').value = { formula: 'VLOOKUP(1,X:Y,2,0)', result: { error: '#N/A' } };
  ws.getCell('D6').value = { formula: 'DATE(2026,5,1)', result: new Date(Date.UTC(2026, 4, 1)) };
  ws.getCell('D6').numFmt = 'd-mmm-yy';
  const hidden = wb.addWorksheet('Lists', { state: 'hidden' });
  hidden.getCell('A1').value = 'Colour';
  const ops = wb.addWorksheet('Ops');
  ops.addTable({
    name: 'tblOps',
    ref: 'C3',
    headerRow: true,
    columns: [{ name: 'Ref' }, { name: 'Title' }, { name: 'RAG' }],
    rows: [
      ['OPS-1', 'Depot', 'Amber'],
      ['OPS-2', 'Fleet', 'G'],
    ],
  });
  return toBytes(wb);
}

describe('readXlsxSource', () => {
  it('reads values, formats, merges, formulas, rich text, hyperlinks and errors from the used range', async () => {
    const source = await readXlsxSource(await buildWorkbook(), 'Finance.xlsx');
    expect(source.name).toBe('Finance.xlsx');
    expect(source.origin).toBe('file');
    expect(source.dateSystem).toBe(1900);
    const sheet = source.sheets[0]!;
    expect(sheet.name).toBe('Finance');
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.values).toEqual([
      ['Finance initiatives'],
      [],
      ['ID', 'Name', 'Due', '% Complete', 'Link'],
      ['FIN-1', 'Ledger', new Date(Date.UTC(2026, 3, 3)), 0.5, 'Board paper'],
      ['FIN-2', { error: '#N/A' }, new Date(Date.UTC(2026, 4, 1))],
    ]);
    expect(sheet.numberFormats![3]).toEqual([null, null, 'dd/mm/yyyy', '0%', null]);
    expect(sheet.numberFormats![4]![2]).toBe('d-mmm-yy');
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect(sheet.hidden).toBeUndefined();
  });

  it('reads hidden sheets as hidden and Excel tables by their range', async () => {
    const source = await readXlsxSource(await buildWorkbook(), 'Finance.xlsx');
    expect(source.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['Finance', false],
      ['Lists', true],
      ['Ops', false],
    ]);
    expect(source.sheets[2]!.tables).toEqual([{ name: 'tblOps', range: { top: 2, left: 2, bottom: 4, right: 4 } }]);
  });

  it('reads the 1904 date system', async () => {
    const source = await readXlsxSource(await buildWorkbook(true), 'Mac.xlsx');
    expect(source.dateSystem).toBe(1904);
    expect(source.sheets[0]!.values[3]![2]).toEqual(new Date(Date.UTC(2026, 3, 3)));
  });

  it('feeds ingest end to end', async () => {
    const result = ingestSources([await readXlsxSource(await buildWorkbook(), 'Finance.xlsx')], makeOptions(0));
    expect(result.initiatives.map((r) => [r.id, r.name, r.due, r.percentComplete, r.status, r.department])).toEqual([
      ['FIN-1', 'Ledger', dayFromIso('2026-04-03'), 0.5, undefined, 'Finance'],
      ['FIN-2', undefined, dayFromIso('2026-05-01'), undefined, undefined, 'Finance'],
      ['OPS-1', 'Depot', undefined, undefined, 'amber', 'Finance'],
      ['OPS-2', 'Fleet', undefined, undefined, 'green', 'Finance'],
    ]);
    expect(result.tables.map((t) => t.key)).toEqual(['Finance.xlsx|Finance|[id,name,due,% complete,link]', 'Finance.xlsx|Lists|[colour]', 'Finance.xlsx|Ops|tblOps']);
    expect(result.findings.map((f) => [f.code, f.cells[0]!.sheet, f.cells[0]!.address])).toEqual([
      ['value.excel-error', 'Finance', 'C6'],
      ['ingest.table-ignored', 'Lists', 'A1'],
      ['ingest.unmapped-columns', 'Finance', 'F4'],
      // Finance has no status column, Ops no due column, and neither an update-date or dependency column.
      ['ingest.fields-missing', 'Finance', 'B4'],
      ['ingest.fields-missing', 'Ops', 'C3'],
    ]);
    expect(result.findings.filter((f) => f.code === 'ingest.fields-missing').map((f) => f.message)).toEqual([
      'Finance.xlsx, sheet "Finance": no column was found for status, last updated and depends on, so the report gives its 2 initiatives no reported statuses (no status checks), update dates (no staleness check) and dependencies; they are shown as not given.',
      'Finance.xlsx, sheet "Ops": no column was found for due, last updated and depends on, so the report gives its 2 initiatives no due dates (no overdue, slip, slack or critical-path checks), update dates (no staleness check) and dependencies; they are shown as not given.',
    ]);
  });

  it('throws SourceReadError naming the file for bytes that are not a workbook', async () => {
    const bytes = await buildWorkbook();
    await expect(readXlsxSource(bytes.subarray(0, 200), 'Broken.xlsx')).rejects.toBeInstanceOf(SourceReadError);
    await expect(readSourceFile(bytes.subarray(0, 200), 'Broken.xlsx')).rejects.toThrow(/^Broken\.xlsx /);
  });
});
