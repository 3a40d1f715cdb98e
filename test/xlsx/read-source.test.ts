import { readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readSourceFile, SourceReadError } from '../../src/xlsx/read-source';
import { sharedData } from '../support/shared-data';

const TRACKERS = sharedData('trackers');

describe('readSourceFile', () => {
  it('reads a legacy .xls workbook (real GanttProject export, BIFF8) as LibreOffice shows it', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(TRACKERS, 'ganttproject_issue2519_export.xls')));
    const source = await readSourceFile(bytes, 'ganttproject_issue2519_export.xls');
    expect(source.dateSystem).toBe(1900);
    expect(source.sheets.map((s) => [s.name, s.hidden === true, s.origin])).toEqual([['Sheet0', false, { row: 0, col: 0 }]]);
    const [header, ...rows] = source.sheets[0]!.values;
    expect(header).toEqual([
      'ID', 'Nome', 'Data de início', 'Data de fim', 'Duração', 'Conclusão', 'Cost', 'Prioridade', 'Coordenador', 'Antecessores',
      'Outline number', 'Recursos', 'Assignments', 'Nova tarefa', 'Notas', 'Atalho Web',
    ]);
    // As LibreOffice 7 shows the file (converted to CSV and .xlsx): start dates are date-formatted serials, end dates blank,
    // Prioridade is text, Outline number text in the rows GanttProject wrote and numbers in those typed over in Excel.
    const blank = (v: unknown): boolean => v === undefined || v === null || v === '';
    const read = rows.map((r) => [r[0], r[1], (r[2] as Date).toISOString().slice(0, 10), blank(r[3]), r[4], r[5], r[6], r[7], blank(r[8]), blank(r[9]), r[10]]);
    expect(read).toEqual([
      [9, 'Working 1-Original Task Exported', '2024-08-05', true, 2, 1, 0, '1', true, true, '1'],
      [10, 'Working 2-Original Task Exported', '2024-08-06', true, 4, 1, 0, '1', true, true, '2'],
      [15, 'Not Working 3 - With explain notes', '2024-08-05', true, 5, 1, 0, '1', true, true, 7],
      [11, 'Working 3-Original Task Exported (outplaced, see notes from task Not Working 3)', '2024-08-07', true, 6, 1, 0, '1', true, true, '3'],
      [12, 'Working 4-Original Task Exported', '2024-08-08', true, 1, 1, 0, '1', true, true, '4'],
      [13, 'Not Working 1 - With explain notes', '2024-08-06', true, 2, 1, 0, '1', true, true, 5],
      [14, 'Not Working 2 - With explain notes', '2024-08-04', true, 3, 1, 0, '1', true, true, 6],
      [16, 'Not Working 4 - With explain notes', '2024-08-06', true, 4, 1, 0, '2', true, true, 8],
    ]);
    expect(rows[2]![14]).toBe(
      "3 Not Working - Moved task: This task was moved 4 lines up, using cut and paste - This task was copied from another file with the formatation cleaned, and was pasted in this file using 'paste only values'",
    );
    // Built-in format 14, the short date.
    expect(source.sheets[0]!.numberFormats![1]![2]).toBe('mm-dd-yy');
  });

  it('dispatches on content, not on the extension', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').addRow(['ID', 'Name']);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    expect((await readSourceFile(xlsx, 'named-like.csv')).sheets.map((s) => s.name)).toEqual(['Plan']);
    const csv = new TextEncoder().encode('ID,Name\nA-1,One\n');
    expect((await readSourceFile(csv, 'export.txt')).sheets[0]!.values).toEqual([
      ['ID', 'Name'],
      ['A-1', 'One'],
    ]);
    await expect(readSourceFile(csv, 'Notes.xlsx')).rejects.toThrow(
      new SourceReadError('Notes.xlsx', 'Notes.xlsx is not an .xlsx workbook: it holds plain text; if it is a CSV file, name it .csv.'),
    );
  });

  it('refuses truncated zips, binary files and empty files with one line naming the file', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').addRow(['ID', 'Name']);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const truncated = await readSourceFile(xlsx.subarray(0, Math.floor(xlsx.length / 2)), 'Half.xlsx').catch((e: unknown) => e);
    expect(truncated).toBeInstanceOf(SourceReadError);
    expect((truncated as Error).message).toMatch(/^Half\.xlsx [^\n]+\.$/);
    await expect(readSourceFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'logo.png')).rejects.toThrow(
      new SourceReadError('logo.png', 'logo.png is neither an Excel workbook (.xlsx, .xls) nor a CSV file.'),
    );
    await expect(readSourceFile(new Uint8Array(0), 'empty.csv')).rejects.toThrow('empty.csv is empty.');
  });
});
