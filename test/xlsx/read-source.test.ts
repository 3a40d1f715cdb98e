import { readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readSourceFile, SourceReadError } from '../../src/xlsx/read-source';
import { sharedData } from '../support/shared-data';

const TRACKERS = sharedData('trackers');

describe('readSourceFile', () => {
  it('refuses a legacy .xls workbook (real GanttProject export) with advice', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(TRACKERS, 'ganttproject_issue2519_export.xls')));
    const error = await readSourceFile(bytes, 'ganttproject_issue2519_export.xls').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceReadError);
    expect((error as SourceReadError).message).toBe('ganttproject_issue2519_export.xls is a legacy .xls workbook; save it as .xlsx in Excel and try again.');
    expect((error as SourceReadError).fileName).toBe('ganttproject_issue2519_export.xls');
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
      new SourceReadError('logo.png', 'logo.png is neither an .xlsx workbook nor a CSV file.'),
    );
    await expect(readSourceFile(new Uint8Array(0), 'empty.csv')).rejects.toThrow('empty.csv is empty.');
  });
});
