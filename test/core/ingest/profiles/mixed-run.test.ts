import { runPipeline } from '../../../../src/core/pipeline';
import { makeOptions, type RunResult } from '../../../../src/core/types';
import { dayFromIso } from '../../../../src/core/util/days';
import { readCsvSource } from '../../../../src/xlsx/read-csv';

/**
 * A mixed run: a Jira export, a Microsoft Project plan (its CSV map) and a hand-made finance sheet
 * that depend on one another. Finance's FIN-1 waits on the Jira epic PAY-1 by key and FIN-2 on the
 * Project task "Data migration" by name; inside Jira, PAY-1 blocks PAY-2; inside Project, task 2
 * follows task 1 with two days' lag. Every expectation is read off the three texts below.
 */
const jira = [
  'Summary,Issue key,Issue id,Issue Type,Status,Status Category,Project name,Assignee,Due date,Updated,Outward issue link (Blocks),Inward issue link (Relates)',
  'Payments API,PAY-1,10001,Epic,In Progress,In Progress,Payments,Ann Bo,30/Nov/26 12:00 AM,20/Nov/26 4:15 PM,PAY-2,',
  'Checkout form,PAY-2,10002,Story,To Do,To Do,Payments,Kim Lee,15/Dec/26 12:00 AM,18/Nov/26 9:00 AM,,PAY-1',
].join('\n');
const project = [
  'ID,Unique_ID,Name,Duration,Start_Date,Finish_Date,Predecessors,Outline_Level,Resource_Names,Percent_Comp',
  '1,11,Platform build,10 days,2026-10-12,2026-10-23,,1,Ana Ruiz,100',
  '2,12,Data migration,10 days,2026-10-28,2026-11-10,1FS+2 days,1,Ben Okafor,40',
].join('\n');
const finance = [
  'ID,Initiative,Department,Owner,Status,Start,Due,Last Updated,Depends On',
  'FIN-1,Budget model,Finance,Cleo Park,Green,2026-11-16,2026-12-18,2026-11-20,PAY-1',
  'FIN-2,Cost report,Finance,Dev Rao,Green,2026-11-30,2026-12-11,2026-11-20,Data migration',
].join('\n');

const asOf = '2026-11-23';
const csv = (text: string, name: string) => readCsvSource(new TextEncoder().encode(text), name);
const result: RunResult = runPipeline([csv(jira, 'Payments.csv'), csv(project, 'Plan.csv'), csv(finance, 'Finance.csv')], makeOptions(dayFromIso(asOf)!));
const codes = (initiativeId: string) => result.findings.filter((f) => f.initiativeId === initiativeId).map((f) => f.code);

describe('a Jira export, a Project plan and a hand-made sheet in one run', () => {
  it('reads each source with its profile, or the general matcher for the hand-made sheet', () => {
    expect(result.model.sources.flatMap((s) => s.tables).map((t) => [t.source, t.kind, t.profile, t.rowCount])).toEqual([
      ['Payments.csv', 'initiatives', 'Jira export', 2],
      ['Plan.csv', 'initiatives', 'Microsoft Project export', 2],
      ['Finance.csv', 'initiatives', undefined, 2],
    ]);
    // Project's task numbers are its own, but no other source numbers its rows, so they stay 1 and 2.
    expect(result.model.initiatives.map((i) => i.id)).toEqual(['PAY-1', 'PAY-2', '1', '2', 'FIN-1', 'FIN-2']);
  });

  it('links across the sources by key and by name, and inside each tool as it writes links', () => {
    const links = result.model.dependencies.map((d) => `${d.from} -> ${d.to} ${d.type}+${d.lagDays} ${d.cell.source}!${d.cell.address}`);
    expect([...links].sort()).toEqual([
      // PAY-1's Outward issue link (Blocks) names PAY-2 (column K of row 2): PAY-2 waits on PAY-1. Relates is no dependency.
      'PAY-1 -> PAY-2 FS+0 Payments.csv!K2',
      // Task 2's Predecessors "1FS+2 days" (column G of row 3).
      '1 -> 2 FS+2 Plan.csv!G3',
      // FIN-1 names the Jira key; FIN-2 names the Project task by its name (column I).
      'PAY-1 -> FIN-1 FS+0 Finance.csv!I2',
      '2 -> FIN-2 FS+0 Finance.csv!I3',
    ].sort());
  });

  it('raises the cross-source findings a PMO would want', () => {
    // FIN-1 starts 16 Nov 2026, before PAY-1 is due to finish (30 Nov 2026).
    expect(codes('FIN-1')).toContain('schedule.successor-before-predecessor');
    // Task 2 was due 10 Nov 2026, is 40% done at the as-of date 23 Nov 2026: overdue.
    expect(codes('2')).toContain('schedule.overdue');
    // FIN-2 is reported Green while the Project task it waits on is overdue.
    expect(codes('FIN-2')).toContain('status.green-over-risk');
    expect(result.findings.filter((f) => f.code === 'dependency.unknown' || f.code === 'dependency.ambiguous')).toEqual([]);
  });
});
