import { runPipeline } from '../../../src/core/pipeline';
import { buildReport, sheetRows } from '../../../src/core/report';
import { makeOptions, type ReportCell } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { readCsvSource } from '../../../src/xlsx/read-csv';

/** A parent in a tool's hierarchy is a roll-up: the Departments rollup counts its children, not it as well. */
const show = (c: ReportCell | null | undefined) => (c?.value ? c.value.v : null);

it('counts a Project plan of one summary task and two tasks as two initiatives, budgets of the tasks only', () => {
  const csv = [
    'ID,Name,Start_Date,Finish_Date,Predecessors,Outline_Level,Resource_Names,Percent_Comp',
    '1,Claims platform,2026-10-01,2026-12-18,,1,,50',
    '2,Design,2026-10-01,2026-10-30,,2,Ana Ruiz,100',
    '3,Build,2026-11-02,2026-12-18,2,2,Ben Okafor,40',
  ].join('\n');
  const result = runPipeline([readCsvSource(new TextEncoder().encode(csv), 'Claims.csv')], makeOptions(dayFromIso('2026-11-23')!, { sourceDepartments: { 'Claims.csv': 'Claims' } }));
  expect(result.model.initiatives.map((i) => [i.id, i.isParent === true])).toEqual([
    ['1', true],
    ['2', false],
    ['3', false],
  ]);
  const rows = sheetRows(buildReport(result).sheets.find((s) => s.name === 'Departments')!).map((r) => r.map(show));
  const claims = rows.find((r) => r[0] === 'Claims')!;
  // Column G is the department's initiative count: Design and Build, not the summary task above them.
  expect(claims[6]).toBe(2);
});
