/**
 * The Smartsheet profile on test/fixtures/exports/smartsheet-project-export.csv, a project sheet
 * written by hand from Smartsheet's documented export (see SOURCES.md there): predecessors by row
 * number ("2FS +2d 4h"), children indented under their parent rows, a blank row that keeps its
 * number. Expected values are worked out from the fixture's text (the table in SOURCES.md).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { ingestSources } from '../../../../src/core/ingest';
import { PROFILES } from '../../../../src/core/ingest/profiles';
import { parsePredecessorRows, SMARTSHEET } from '../../../../src/core/ingest/profiles/smartsheet';
import { makeOptions, type CellValue, type DependencyRecord } from '../../../../src/core/types';
import { dayFromIso, isoFromDay } from '../../../../src/core/util/days';
import { readCsvSource } from '../../../../src/xlsx/read-csv';
import { sheetSource } from '../../../support/messy-table';

const FILE = 'smartsheet-project-export.csv';
const bytes = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', '..', 'fixtures', 'exports', FILE)));
const result = ingestSources([readCsvSource(bytes, FILE)], makeOptions(dayFromIso('2026-02-24')!));
const id = (row: number): string => String(row);
const iso = (day: number | undefined): string | undefined => (day === undefined ? undefined : isoFromDay(day));
const edge = (d: DependencyRecord) => `${d.from} -> ${d.to} ${d.type}${d.lagDays === 0 ? '' : d.lagDays > 0 ? `+${d.lagDays}` : d.lagDays} @${d.cells.from!.address} via ${d.via}`;

describe('the Smartsheet profile', () => {
  it('is in PROFILES', () => {
    expect(PROFILES).toContain(SMARTSHEET);
  });

  it('recognises a Task Name / Start Date / End Date sheet with a project column, not Project or Planner exports', () => {
    const table = (headers: string[]) => ({ headers, sheet: 'Plan', source: 'x.xlsx' });
    expect(SMARTSHEET.recognise(table(['task name', 'start date', 'end date', 'duration', 'predecessors']))).toBe(true);
    expect(SMARTSHEET.recognise(table(['task name', 'start date', 'end date', 'assigned to']))).toBe(true);
    expect(SMARTSHEET.recognise(table(['id', 'task name', 'duration', 'start', 'finish', 'predecessors']))).toBe(false);
    expect(SMARTSHEET.recognise(table(['task id', 'task name', 'start date', 'due date', 'assigned to']))).toBe(false);
  });
});

describe(`a Smartsheet project export (${FILE})`, () => {
  it('reads one table of nine rows (the blank row is not a task) with the profile', () => {
    expect(result.tables.map((t) => [t.sheet, t.kind, t.profile, t.rowCount])).toEqual([['smartsheet-project-export', 'initiatives', 'Smartsheet export', 9]]);
  });

  it('maps each field to its column; no id column, so Predecessors are read as row numbers', () => {
    const table = result.tables[0]!;
    expect(Object.fromEntries(table.mapping.map((m) => [m.field, `${String.fromCharCode(65 + m.column)} ${m.header}`]))).toEqual({
      name: 'A Task Name',
      start: 'B Start Date',
      due: 'C End Date',
      duration: 'D Duration',
      percentComplete: 'E % Complete',
      owner: 'F Assigned To',
      status: 'H Status',
      lastUpdated: 'I Modified',
    });
    // Keyed by row number, not by name: no ingest.no-id-column notice.
    expect(result.findings.filter((f) => f.code === 'ingest.no-id-column')).toEqual([]);
  });

  it('gives each row its position under the header as id, the blank row 8 counted', () => {
    expect(result.initiatives.map((r) => [r.id, r.name, r.ref.row])).toEqual([
      [id(1), 'Discovery', 2],
      [id(2), 'Stakeholder interviews', 3],
      [id(3), 'Requirements sign-off', 4],
      [id(4), 'Build', 5],
      [id(5), 'Data model', 6],
      [id(6), 'API', 7],
      [id(7), 'UI', 8],
      [id(9), 'Launch', 10],
      [id(10), 'Post-launch review', 11],
    ]);
  });

  it('reads dates, % complete, the assignee, status and the Modified date of the rows', () => {
    const row = (n: number) => {
      const r = result.initiatives.find((i) => i.id === id(n))!;
      return [iso(r.start), iso(r.due), r.percentComplete, r.owner, r.statusText, iso(r.lastUpdated)];
    };
    expect(row(1)).toEqual(['2026-01-05', '2026-01-16', 1, 'Ana Ruiz', 'Complete', '2026-01-16']);
    expect(row(4)).toEqual(['2026-01-19', '2026-02-27', 0.4, 'Chen Li', 'In Progress', '2026-02-23']);
    expect(row(6)).toEqual(['2026-02-05', '2026-02-25', 0.2, 'Dev Patel', 'In Progress', '2026-02-23']);
    expect(row(10)).toEqual(['2026-03-10', '2026-03-11', 0, 'Ben Okafor', 'Not Started', '2026-02-02']);
    expect(result.initiatives.find((i) => i.id === id(1))!.status).toBe('done');
    expect(result.initiatives.find((i) => i.id === id(7))!.status).toBe('not-started');
  });

  it('reads every predecessor as a link from the row it names, with its type and lag', () => {
    expect(result.dependencies.map(edge)).toEqual([
      `${id(2)} -> ${id(3)} FS @G4 via Predecessors`,
      `${id(3)} -> ${id(5)} FS @G6 via Predecessors`,
      `${id(5)} -> ${id(6)} FS+3 @G7 via Predecessors`, // 2d 4h = 2.5 working days
      `${id(5)} -> ${id(7)} FS @G8 via Predecessors`,
      `${id(6)} -> ${id(7)} SS+1 @G8 via Predecessors`,
      `${id(7)} -> ${id(9)} FS @G10 via Predecessors`,
      `${id(9)} -> ${id(10)} FS+5 @G11 via Predecessors`, // 1w = 5 working days
    ]);
    expect(result.initiatives.every((r) => r.dependsOn.length === 0)).toBe(true);
  });

  it('nests the indented rows under the row above them at a lower indent', () => {
    expect(result.initiatives.map((r) => [r.id, r.parent ?? null])).toEqual([
      [id(1), null],
      [id(2), id(1)],
      [id(3), id(1)],
      [id(4), null],
      [id(5), id(4)],
      [id(6), id(4)],
      [id(7), id(4)],
      [id(9), null],
      [id(10), null],
    ]);
  });

  it('raises no value finding', () => {
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });
});

describe('a Smartsheet sheet with a Row column', () => {
  const rows: CellValue[][] = [
    ['Row', 'Task Name', 'Start Date', 'End Date', 'Predecessors', 'Level'],
    [1, 'Plan', '2026-03-02', '2026-03-13', null, 1],
    [2, 'Draft', '2026-03-02', '2026-03-06', null, 2],
    [3, 'Review', '2026-03-09', '2026-03-13', '2FS', 2],
  ];
  // Another file numbered alike, so that the row numbers are scoped to their file.
  const other: CellValue[][] = [['ID', 'Task'], [1, 'Survey']];
  const read = ingestSources([sheetSource([{ name: 'Plan', rows }], { name: 'Ops.xlsx' }), sheetSource(other, { name: 'Other.xlsx' })], makeOptions(dayFromIso('2026-03-02')!));

  it('takes the ids from it, scoped to the file where another file uses the same numbers, and nests by the Level column', () => {
    expect(read.tables[0]!.mapping.find((m) => m.field === 'id')).toMatchObject({ column: 0, header: 'Row' });
    expect(read.initiatives.map((r) => [r.id, r.parent ?? null])).toEqual([
      ['Ops.xlsx#1', null],
      ['Ops.xlsx#2', 'Ops.xlsx#1'],
      ['Ops.xlsx#3', 'Ops.xlsx#1'],
      ['Other.xlsx#1', null],
    ]);
    expect(read.dependencies.map(edge)).toEqual(['Ops.xlsx#2 -> Ops.xlsx#3 FS @E4 via Predecessors']);
  });
});

describe('parsePredecessorRows', () => {
  it.each<[CellValue, ReturnType<typeof parsePredecessorRows>]>([
    ['2', [{ row: '2', type: 'FS', lagDays: 0 }]],
    [4, [{ row: '4', type: 'FS', lagDays: 0 }]],
    ['2FS +2d 4h', [{ row: '2', type: 'FS', lagDays: 3 }]], // 2.5 days rounds to 3
    ['3SS', [{ row: '3', type: 'SS', lagDays: 0 }]],
    ['4FF -1d', [{ row: '4', type: 'FF', lagDays: -1 }]],
    ['5SF+1w', [{ row: '5', type: 'SF', lagDays: 5 }]],
    ['6FS +4h', [{ row: '6', type: 'FS', lagDays: 1 }]], // half a day rounds up
    ['7FS +7ed', [{ row: '7', type: 'FS', lagDays: 5 }]], // 7 elapsed days = 5 working days
    ['2, 3SS +1d,4', [{ row: '2', type: 'FS', lagDays: 0 }, { row: '3', type: 'SS', lagDays: 1 }, { row: '4', type: 'FS', lagDays: 0 }]],
    ['2; 3', [{ row: '2', type: 'FS', lagDays: 0 }, { row: '3', type: 'FS', lagDays: 0 }]],
    // Not a row number with a lag: kept as written, so that dependency.unknown names it.
    ['2FS +2x', [{ row: '2FS +2X', type: 'FS', lagDays: 0 }]],
    ['', []],
    [null, []],
  ])('%j', (value, expected) => {
    expect(parsePredecessorRows(value)).toEqual(expected);
  });
});

describe("a Smartsheet sheet rated with the Red/Yellow/Green/Gray balls", () => {
  const rows: CellValue[][] = [
    ['Task Name', 'Start Date', 'End Date', 'Status', '% Complete'],
    ['Survey', '2026-03-02', '2026-03-06', 'Green', 0.5],
    ['Design', '2026-03-09', '2026-03-13', 'Yellow', 0.2],
    ['Build', '2026-03-16', '2026-03-27', 'Red', 0.1],
    ['Handover', '2026-03-30', '2026-04-03', 'Gray', 0],
  ];
  const read = ingestSources([sheetSource([{ name: 'Plan', rows }], { name: 'Site.xlsx' })], makeOptions(dayFromIso('2026-03-02')!));

  it('reads Gray as a live item given no colour, with no unknown-vocabulary warning', () => {
    expect(read.tables[0]!.profile).toBe('Smartsheet export');
    expect(read.initiatives.map((r) => [r.name, r.status])).toEqual([
      ['Survey', 'green'],
      ['Design', 'amber'],
      ['Build', 'red'],
      ['Handover', 'unknown'],
    ]);
    expect(read.findings.filter((f) => f.code === 'value.unknown-status')).toEqual([]);
  });
});
