import { detectTables } from '../../../src/core/ingest';
import { departmentFromName } from '../../../src/core/ingest/department';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/** A department's workbook cut into tabs of its parts, and tabs kept as history: read as an analyst reads them. */
const options = makeOptions(dayFromIso('2026-11-16')!);
const region = (title: string, ids: readonly string[]): CellValue[][] => [
  [title],
  [],
  ['ID', 'Initiative', 'Owner', 'RAG'],
  ...ids.map((id, k): CellValue[] => [id, `Depot work ${id}`, 'Sam Oke', k % 2 === 0 ? 'Green' : 'Amber']),
];

describe("a department's regions on tabs", () => {
  it('keeps the department whose name every tab title gives, not the tab names', () => {
    const source = sheetSource(
      [
        { name: 'North', rows: region('Operations - North region depot programme', ['OPS-N-1', 'OPS-N-2']) },
        { name: 'South', rows: region('Operations - South region depot programme', ['OPS-S-1', 'OPS-S-2']) },
      ],
      { name: 'Operations_Regions.xlsx' },
    );
    expect(detectTables(source, options).map((t) => [t.sheet, t.department])).toEqual([
      ['North', 'Operations'],
      ['South', 'Operations'],
    ]);
  });

  it('still reads tabs named by departments, with titles of their own, as those departments', () => {
    const source = sheetSource(
      [
        { name: 'Finance', rows: region('Finance - change portfolio', ['FIN-1', 'FIN-2']) },
        { name: 'HR', rows: region('HR - change portfolio', ['HR-1', 'HR-2']) },
      ],
      { name: 'Portfolio.xlsx' },
    );
    expect(detectTables(source, options).map((t) => [t.sheet, t.department])).toEqual([
      ['Finance', 'Finance'],
      ['HR', 'HR'],
    ]);
  });

  it('names a department from a file name without a connective left at its end', () => {
    expect(['Legal_Matters_and_Dependencies.xlsx', 'Operations_Regions.xlsx', 'Plan for IT.xlsx'].map((n) => departmentFromName(n))).toEqual(['Legal Matters', 'Operations', 'IT']);
  });
});

describe('a tab its name calls out of date', () => {
  it('is history, not read, where a current tab of the same template holds most of its ids', () => {
    const source = sheetSource(
      [
        { name: 'North', rows: region('Operations - North region', ['OPS-N-1', 'OPS-N-2', 'OPS-N-3']) },
        { name: 'Old - do not use', rows: region('Updated: 3 Sep 2026', ['OPS-N-1', 'OPS-N-2', 'OPS-N-9']) },
      ],
      { name: 'Operations.xlsx' },
    );
    expect(detectTables(source, options).map((t) => [t.sheet, t.kind, t.ignoredReason])).toEqual([
      ['North', 'initiatives', undefined],
      ['Old - do not use', null, 'its sheet\'s name ("Old - do not use") says it is out of date, and 2 of its 3 ids are on sheet "North", which is read; its rows are history, not read'],
    ]);
  });
});
