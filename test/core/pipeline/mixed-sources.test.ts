import { runPipeline } from '../../../src/core/pipeline';
import { checkJson } from '../../../src/core/report/check-json';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { readCsvSource } from '../../../src/xlsx/read-csv';
import { sheetSource } from '../../support/messy-table';

/**
 * A mixed run, as a PMO consolidates one: a Jira export (Payments), a Microsoft Project plan
 * saved as CSV (Claims), and a hand-made Operations tracker that waits on both, on the Jira
 * issue by its key and on the Project milestone by its name. Expected links and findings are
 * worked out by hand from the three tables below.
 */
const csv = (text: string[], name: string) => readCsvSource(new TextEncoder().encode(text.join('\n')), name);

const jira = csv(
  [
    'Summary,Issue key,Issue Type,Status,Project name,Assignee,Due date,Updated,Inward issue link (Blocks)',
    'Payments API,PAY-1,Epic,In Progress,Payments,Ann Bo,30/Nov/26 12:00 AM,20/Nov/26 4:15 PM,',
    'Claims refunds,PAY-2,Story,Blocked,Payments,Kim Lee,10/Dec/26 12:00 AM,21/Nov/26 9:00 AM,PAY-1',
  ],
  'Payments.csv',
);
const project = csv(
  [
    'ID,Name,Start_Date,Finish_Date,Predecessors,Outline_Level,Resource_Names,Percent_Comp',
    '1,Claims platform,2026-10-01,2026-12-21,,1,,50',
    '2,Design,2026-10-01,2026-10-30,,2,Ana Ruiz,100',
    '3,Build,2026-11-02,2026-12-18,2,2,Ben Okafor,40',
    '4,Go-live,2026-12-21,2026-12-21,3,1,,0',
  ],
  'Claims plan.csv',
);
const operations: CellValue[][] = [
  ['ID', 'Initiative', 'Owner', 'RAG', 'Due', 'Depends On', 'Last Updated'],
  ['OPS-1', 'Claims desk rota', 'Sam Oke', 'Green', '2027-01-15', 'PAY-2, Go-live', '2026-11-20'],
  ['OPS-2', 'Desk training', 'Lee Bo', 'Amber', '2027-02-01', 'OPS-1; PAY-9', '2026-11-20'],
];

describe('a Jira export, a Microsoft Project plan and a hand-made tracker in one run', () => {
  const result = runPipeline([jira, project, sheetSource(operations, { name: 'Operations.xlsx' })], makeOptions(dayFromIso('2026-11-23')!));

  it('reads each with its profile, or the general matcher', () => {
    expect(result.model.ingest.tables.map((t) => [t.source, t.kind, t.profile])).toEqual([
      ['Payments.csv', 'initiatives', 'Jira export'],
      ['Claims plan.csv', 'initiatives', 'Microsoft Project export'],
      ['Operations.xlsx', 'initiatives', undefined],
    ]);
    expect(result.model.initiatives.map((i) => [i.id, i.name, i.status, i.parent])).toEqual([
      ['PAY-1', 'Payments API', 'unknown', undefined],
      ['PAY-2', 'Claims refunds', 'red', undefined],
      // Project keeps no status column: its % complete says it (100 done, 50 and 40 in progress, unknown in colour; 0 not started).
      ['1', 'Claims platform', 'unknown', undefined],
      ['2', 'Design', 'done', '1'],
      ['3', 'Build', 'unknown', '1'],
      ['4', 'Go-live', 'not-started', undefined],
      ['OPS-1', 'Claims desk rota', 'green', undefined],
      ['OPS-2', 'Desk training', 'amber', undefined],
    ]);
  });

  it('says in check --json which profile read each table and each task\'s parent', () => {
    const json = checkJson(result);
    const plan = json.sources.find((s) => s.name === 'Claims plan.csv')!.tables[0]!;
    expect([plan.profile, plan.currency]).toEqual(['Microsoft Project export', null]);
    expect(plan.initiatives.map((r) => [r.id, r.parent])).toEqual([
      ['1', null],
      ['2', '1'],
      ['3', '1'],
      ['4', null],
    ]);
  });

  it('links across the three: by Jira key, by Project task name, inside the plan by task ID, and Jira\'s own Blocks link', () => {
    expect(result.model.dependencies.map((d) => [d.from, d.to])).toEqual([
      ['2', '3'],
      ['3', '4'],
      ['PAY-2', 'OPS-1'],
      ['4', 'OPS-1'],
      ['OPS-1', 'OPS-2'],
      ['PAY-1', 'PAY-2'],
    ]);
  });

  it('finds the green rota waiting on blocked refunds, and the id nobody defines', () => {
    const found = result.findings.filter((f) => ['status.green-over-risk', 'dependency.unknown'].includes(f.code));
    expect(found.map((f) => [f.code, f.initiativeId, f.cells[0]!.source, f.cells[0]!.address])).toEqual([
      ['dependency.unknown', 'OPS-2', 'Operations.xlsx', 'F3'],
      ['status.green-over-risk', 'OPS-1', 'Operations.xlsx', 'D2'],
    ]);
  });
});
