/**
 * readHierarchy: a tool's parent/child structure read into InitiativeRecord.parent, from a parent
 * column (Jira's Parent) or an outline (MS Project's Outline Level or WBS, the indentation of the
 * name). Hand-written 2-D tables; each expected parent is the row named in the table's comments.
 */
import { ingestSources } from '../../../src/core/ingest';
import { indentOf, outlineLevel } from '../../../src/core/ingest/read-hierarchy';
import { makeOptions, type CellValue, type IngestResult } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(dayFromIso('2026-03-16')!);
const ingest = (rows: CellValue[][], name = 'Plan.xlsx', sheet = 'Tasks'): IngestResult => ingestSources([sheetSource([{ name: sheet, rows }], { name })], options);
const parents = (result: IngestResult): Array<[string, string | null]> => result.initiatives.map((r) => [r.id, r.parent ?? null]);

describe('a parent column (Jira Parent)', () => {
  it('names each row\'s parent by its key, in this file or not', () => {
    const result = ingest(
      [
        ['Issue key', 'Summary', 'Status', 'Issue Type', 'Parent'],
        ['CLM-1', 'Claims automation', 'In Progress', 'Epic', null],
        ['CLM-2', 'Intake form', 'To Do', 'Story', 'CLM-1'],
        ['CLM-3', 'Fraud rules', 'To Do', 'Story', 'clm-1'], // keys compare as ids
        ['CLM-4', 'Payments', 'To Do', 'Story', 'FIN-9'], // an epic of another project
        ['CLM-5', 'Self', 'To Do', 'Story', 'CLM-5'], // its own parent: none
      ],
      'Jira.csv',
    );
    expect(result.tables[0]!.profile).toBe('Jira export');
    expect(parents(result)).toEqual([
      ['CLM-1', null],
      ['CLM-2', 'CLM-1'],
      ['CLM-3', 'CLM-1'],
      ['CLM-4', 'FIN-9'],
      ['CLM-5', null],
    ]);
  });

  it('points at the parent\'s scoped id when the table\'s ids are local numbers another file uses too', () => {
    const numbers: CellValue[][] = [
      ['Issue key', 'Summary', 'Status', 'Parent'],
      [1, 'Epic', 'To Do', null],
      [2, 'Story', 'To Do', 1],
    ];
    const other: CellValue[][] = [['ID', 'Task'], [1, 'Survey']]; // numbered alike: both files' numbers are scoped
    const result = ingestSources([sheetSource([{ name: 'Tasks', rows: numbers }], { name: 'Numbers.csv' }), sheetSource(other, { name: 'Other.xlsx' })], options);
    expect(result.tables[0]!.profile).toBe('Jira export');
    expect(parents(result)).toEqual([
      ['Numbers.csv#1', null],
      ['Numbers.csv#2', 'Numbers.csv#1'],
      ['Other.xlsx#1', null],
    ]);
  });

  it('keeps the local numbers, parent included, when no other file uses them', () => {
    const result = ingest(
      [
        ['Issue key', 'Summary', 'Status', 'Parent'],
        [1, 'Epic', 'To Do', null],
        [2, 'Story', 'To Do', 1],
      ],
      'Numbers.csv',
    );
    expect(parents(result)).toEqual([
      ['1', null],
      ['2', '1'],
    ]);
  });
});

describe("a parent column that names the parent (Asana's Parent task)", () => {
  it("points at the row of that name, or keeps the name when no single row has it", () => {
    const header = ['Task ID', 'Created At', 'Completed At', 'Last Modified', 'Name', 'Section/Column', 'Assignee', 'Assignee Email', 'Start Date', 'Due Date', 'Tags', 'Notes', 'Projects', 'Parent task', 'Blocked By (Dependencies)', 'Blocking (Dependencies)'];
    const row = (gid: string, name: string, parent: string | null): CellValue[] => [gid, '2024-01-02', null, '2024-01-19', name, 'Doing', null, null, null, '2024-02-16', null, null, 'Website', parent, null, null];
    const result = ingest(
      [
        header,
        row('1200000000000001', 'Build prototype', null),
        row('1200000000000002', 'Draft copy', 'build  Prototype'), // names compare case and spacing aside
        row('1200000000000003', 'Review', 'Twice'), // two rows share the name: kept as written
        row('1200000000000004', 'Twice', null),
        row('1200000000000005', 'Twice', null),
      ],
      'asana.csv',
    );
    expect(result.tables[0]!.profile).toBe('Asana export');
    const id = (n: number) => `120000000000000${n}`;
    expect(parents(result)).toEqual([
      [id(1), null],
      [id(2), id(1)],
      [id(3), 'TWICE'],
      [id(4), null],
      [id(5), null],
    ]);
  });
});

describe('an outline (MS Project)', () => {
  const header = ['ID', 'Task Name', 'Duration', 'Start', 'Finish', 'Predecessors'];

  it('by Outline Level: the nearest row above at a lower level; a row without a level is left out', () => {
    const result = ingest([
      [...header, 'Outline Level'],
      [1, 'Programme', '20 days', '2026-03-02', '2026-03-27', null, 1], // top
      [2, 'Phase A', '5 days', '2026-03-02', '2026-03-06', null, 2], // under 1
      [3, 'Task A1', '2 days', '2026-03-02', '2026-03-03', null, 3], // under 2
      [4, 'Task A2', '3 days', '2026-03-04', '2026-03-06', null, 3], // under 2
      [5, 'Phase B', '5 days', '2026-03-09', '2026-03-13', null, 2], // under 1 (back up a level)
      [6, 'Loose', '1 day', '2026-03-09', '2026-03-09', null, null], // no level: no parent
      [7, 'Task B1', '5 days', '2026-03-09', '2026-03-13', null, 3], // under 5: row 6 does not break the nesting
      [8, 'Wrap-up', '1 day', '2026-03-27', '2026-03-27', null, 1], // top
    ]);
    const id = (n: number) => String(n);
    expect(parents(result)).toEqual([
      [id(1), null],
      [id(2), id(1)],
      [id(3), id(2)],
      [id(4), id(2)],
      [id(5), id(1)],
      [id(6), null],
      [id(7), id(5)],
      [id(8), null],
    ]);
  });

  it('by WBS codes when there is no Outline Level column (1, 1.1, 1.1.1 as text or a number)', () => {
    const result = ingest([
      [...header, 'WBS'],
      [1, 'Programme', '20 days', '2026-03-02', '2026-03-27', null, '1'],
      [2, 'Phase A', '5 days', '2026-03-02', '2026-03-06', null, 1.1], // typed as a number: depth 2
      [3, 'Task A1', '2 days', '2026-03-02', '2026-03-03', null, '1.1.1'],
      [4, 'Phase B', '5 days', '2026-03-09', '2026-03-13', null, '1.2'],
    ]);
    const id = (n: number) => String(n);
    expect(parents(result)).toEqual([
      [id(1), null],
      [id(2), id(1)],
      [id(3), id(2)],
      [id(4), id(1)],
    ]);
  });

  it('by WBS codes or an Outline Number where a bare 2 is the second top-level item, not level 2', () => {
    for (const column of ['WBS', 'Outline Number']) {
      const result = ingest([
        [...header, column],
        [1, 'Discovery', '5 days', '2026-03-02', '2026-03-06', null, '1'],
        [2, 'Interviews', '3 days', '2026-03-02', '2026-03-04', null, '1.1'],
        [3, 'Design', '5 days', '2026-03-09', '2026-03-13', null, '2'], // top, after 1.1
        [4, 'Build', '5 days', '2026-03-16', '2026-03-20', null, 3], // typed as a number: still top
        [5, 'Sprint 1', '5 days', '2026-03-16', '2026-03-20', null, '3.1'],
      ]);
      const id = (n: number) => String(n);
      expect(parents(result)).toEqual([
        [id(1), null],
        [id(2), id(1)],
        [id(3), null],
        [id(4), null],
        [id(5), id(4)],
      ]);
    }
  });

  it('by the indentation of the name when the export has no outline column', () => {
    const result = ingest([
      header,
      [1, 'Programme', '20 days', '2026-03-02', '2026-03-27', null],
      [2, '  Phase A', '5 days', '2026-03-02', '2026-03-06', null], // any width of indent: under 1
      [3, '\u00a0\u00a0\u00a0\u00a0Task A1', '2 days', '2026-03-02', '2026-03-03', null], // no-break spaces: under 2
      [4, '  Phase B', '5 days', '2026-03-09', '2026-03-13', null], // under 1
      [5, 'Wrap-up', '1 day', '2026-03-27', '2026-03-27', null], // top
    ]);
    const id = (n: number) => String(n);
    expect(result.initiatives.map((r) => r.name)).toEqual(['Programme', 'Phase A', 'Task A1', 'Phase B', 'Wrap-up']);
    expect(parents(result)).toEqual([
      [id(1), null],
      [id(2), id(1)],
      [id(3), id(2)],
      [id(4), id(1)],
      [id(5), null],
    ]);
  });

  it('sets no parent when nothing is indented; a table no profile knows nests by its Parent column', () => {
    expect(parents(ingest([header, [1, 'A', '1 day', '2026-03-02', '2026-03-02', null], [2, 'B', '1 day', '2026-03-03', '2026-03-03', '1']])).every(([, p]) => p === null)).toBe(true);
    const generic = ingest([
      ['ID', 'Name', 'Due', 'Parent'],
      ['FIN-1', 'Ledger', '2026-03-27', null],
      ['FIN-2', 'Close', '2026-03-27', 'FIN-1'],
    ]);
    expect(generic.tables[0]!.profile).toBeUndefined();
    // A Parent column says the hierarchy in any table (src/core/ingest/read-table-hierarchy.ts).
    expect(parents(generic)).toEqual([
      ['FIN-1', null],
      ['FIN-2', 'FIN-1'],
    ]);
  });
});

describe('outlineLevel and indentOf', () => {
  it.each<[CellValue, number | undefined]>([
    [1, 1],
    ['3', 3],
    ['1.2.3', 3],
    ['1.2.', 2],
    ['A.1', 2],
    [1.2, 2],
    ['', undefined],
    ['top', undefined],
    [null, undefined],
  ])('outlineLevel(%j) = %j', (value, level) => {
    expect(outlineLevel(value)).toBe(level);
  });

  it('counts leading spaces, tabs and no-break spaces of text; blank text and other values are 0', () => {
    expect(indentOf('    Task2')).toBe(4);
    expect(indentOf('\tTask')).toBe(1);
    expect(indentOf('Task')).toBe(0);
    expect(indentOf('   ')).toBe(0);
    expect(indentOf(42)).toBe(0);
  });
});
