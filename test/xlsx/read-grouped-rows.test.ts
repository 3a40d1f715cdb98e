/**
 * Grouped (outlined) Excel rows, `<row outlineLevel="2">`: how Smartsheet's and Microsoft
 * Project's Excel exports show the task hierarchy. The .xlsx reader carries each row's level
 * (RawSheet.rowOutlineLevels) and read-hierarchy nests a profile's rows by it. The workbooks are
 * built here with exceljs; each expected parent is the row named in the comments.
 */
import ExcelJS from 'exceljs';
import { ingestSources } from '../../src/core/ingest';
import { makeOptions, type CellValue, type IngestResult, type RawSource } from '../../src/core/types';
import { dayFromIso } from '../../src/core/util/days';
import { readSourceFile } from '../../src/xlsx/read-source';

const options = makeOptions(dayFromIso('2026-03-16')!);
const parents = (result: IngestResult): Array<[string, string | null]> => result.initiatives.map((r) => [r.id, r.parent ?? null]);
const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A one-sheet workbook: `rows[0]` is the header row at sheet row `firstRow` (1-based); levels[i] groups rows[i + 1]. */
async function workbook(sheet: string, rows: CellValue[][], levels: readonly number[], firstRow = 1): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((values, i) => {
    const row = ws.getRow(firstRow + i);
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = row.getCell(c + 1);
      cell.value = v as ExcelJS.CellValue;
      if (v instanceof Date) cell.numFmt = 'mm/dd/yy';
    });
    if (i > 0 && levels[i - 1]! > 0) row.outlineLevel = levels[i - 1]!;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function read(bytes: Uint8Array, name: string): Promise<RawSource> {
  return readSourceFile(bytes, name);
}

/**
 * The tree that outline levels 0, 1, 2, 2, 1, 2, 0 give, worked by hand: each row's parent is the
 * nearest row above it at a lower level (rows 1 and 7 are top-level).
 */
const TREE = [
  ['1', null],
  ['2', '1'],
  ['3', '2'],
  ['4', '2'],
  ['5', '1'],
  ['6', '5'],
  ['7', null],
];

describe('the .xlsx reader: grouped rows', () => {
  it('carries each row\'s outline level, aligned with the values rows (0 for rows in no group)', async () => {
    // Header at sheet row 3 (index 2): the used range starts there, so rowOutlineLevels[0] is row 3.
    const bytes = await workbook(
      'Plan',
      [
        ['Task Name', 'Start Date'],
        ['A', utc('2026-03-02')],
        ['B', utc('2026-03-03')],
        ['C', utc('2026-03-04')],
        ['D', utc('2026-03-05')],
      ],
      [0, 1, 2, 0],
      3,
    );
    const source = await read(bytes, 'Plan.xlsx');
    const sheet = source.sheets[0]!;
    expect(sheet.origin).toEqual({ row: 2, col: 0 });
    expect(sheet.values).toHaveLength(5);
    expect(sheet.rowOutlineLevels).toEqual([0, 0, 1, 2, 0]);
  });

  it('gives a sheet with no grouped rows no rowOutlineLevels', async () => {
    const bytes = await workbook('Plan', [['Task Name', 'Start Date'], ['A', utc('2026-03-02')], ['B', utc('2026-03-03')]], [0, 0]);
    const sheet = (await read(bytes, 'Plan.xlsx')).sheets[0]!;
    expect(sheet.values).toHaveLength(3);
    expect('rowOutlineLevels' in sheet).toBe(false);
  });
});

describe('Smartsheet export with grouped rows', () => {
  const header = ['Task Name', 'Start Date', 'End Date', 'Predecessors'];
  const rows: CellValue[][] = [
    header,
    ['Programme', utc('2026-03-02'), utc('2026-03-27'), null], // row 1, level 0: top
    ['Discovery', utc('2026-03-02'), utc('2026-03-06'), null], // row 2, level 1: under 1
    ['Interviews', utc('2026-03-02'), utc('2026-03-04'), null], // row 3, level 2: under 2
    ['Survey', utc('2026-03-05'), utc('2026-03-06'), '3'], // row 4, level 2: under 2
    ['Build', utc('2026-03-09'), utc('2026-03-20'), '2'], // row 5, level 1: under 1 (back up a level)
    ['Sprint 1', utc('2026-03-09'), utc('2026-03-13'), null], // row 6, level 2: under 5
    ['Launch', utc('2026-03-27'), utc('2026-03-27'), '5'], // row 7, level 0: top
  ];
  const levels = [0, 1, 2, 2, 1, 2, 0];

  it('nests each row under the nearest row above it at a lower level', async () => {
    const source = await read(await workbook('Project Plan', rows, levels), 'Smartsheet.xlsx');
    expect(source.sheets[0]!.rowOutlineLevels).toEqual([0, ...levels]);
    const result = ingestSources([source], options);
    expect(result.tables[0]!.profile).toBe('Smartsheet export');
    expect(result.initiatives.map((r) => r.name)).toEqual(['Programme', 'Discovery', 'Interviews', 'Survey', 'Build', 'Sprint 1', 'Launch']);
    // Smartsheet ids are row positions under the header.
    expect(parents(result)).toEqual(TREE);
    // The predecessors still read as row numbers.
    expect(result.dependencies.map((d) => `${d.from} -> ${d.to}`)).toEqual(['3 -> 4', '2 -> 5', '5 -> 7']);
  });

  it('lets a level column win over the grouping', async () => {
    // The Level column says flat (every row level 1); the grouping says nested.
    const withLevel = rows.map((r, i) => [...r, i === 0 ? 'Level' : 1]);
    const result = ingestSources([await read(await workbook('Project Plan', withLevel, levels), 'Smartsheet.xlsx')], options);
    expect(result.tables[0]!.profile).toBe('Smartsheet export');
    expect(parents(result).every(([, p]) => p === null)).toBe(true);
  });
});

describe('Microsoft Project Task_Table with grouped rows', () => {
  const header = ['ID', 'Task Name', 'Duration', 'Start', 'Finish', 'Predecessors'];
  const rows: CellValue[][] = [
    header,
    [1, 'Programme', '20 days', utc('2026-03-02'), utc('2026-03-27'), null], // level 0: top
    [2, 'Phase A', '5 days', utc('2026-03-02'), utc('2026-03-06'), null], // level 1: under 1
    [3, 'Task A1', '2 days', utc('2026-03-02'), utc('2026-03-03'), null], // level 2: under 2
    [4, 'Task A2', '3 days', utc('2026-03-04'), utc('2026-03-06'), '3'], // level 2: under 2
    [5, 'Phase B', '5 days', utc('2026-03-09'), utc('2026-03-13'), '2'], // level 1: under 1
    [6, 'Task B1', '5 days', utc('2026-03-09'), utc('2026-03-13'), null], // level 2: under 5
    [7, 'Wrap-up', '1 day', utc('2026-03-27'), utc('2026-03-27'), '5'], // level 0: top
  ];
  const levels = [0, 1, 2, 2, 1, 2, 0];

  it('nests each task under the nearest task above it at a lower level', async () => {
    const result = ingestSources([await read(await workbook('Task_Table', rows, levels), 'Project.xlsx')], options);
    expect(result.tables[0]!.profile).toBe('Microsoft Project export');
    expect(parents(result)).toEqual(TREE);
  });

  it('falls back to the indentation of the name when the sheet groups none of the rows', async () => {
    const indented = rows.map((r, i) => (i === 0 ? r : [r[0]!, ' '.repeat(2 * levels[i - 1]!) + String(r[1]), ...r.slice(2)]));
    const source = await read(await workbook('Task_Table', indented, [0, 0, 0, 0, 0, 0, 0]), 'Project.xlsx');
    expect(source.sheets[0]!.rowOutlineLevels).toBeUndefined();
    expect(parents(ingestSources([source], options))).toEqual(TREE);
  });
});

describe('a table no outline profile knows', () => {
  it('reads no parents from grouped rows', async () => {
    const bytes = await workbook(
      'Finance',
      [
        ['ID', 'Name', 'Due'],
        ['FIN-1', 'Ledger', utc('2026-03-27')],
        ['FIN-2', 'Close', utc('2026-03-27')],
      ],
      [0, 1],
    );
    const result = ingestSources([await read(bytes, 'Finance.xlsx')], options);
    expect(result.tables[0]!.profile).toBeUndefined();
    expect(parents(result)).toEqual([
      ['FIN-1', null],
      ['FIN-2', null],
    ]);
  });
});
