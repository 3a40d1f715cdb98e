/**
 * A weekly or monthly RAG history read as the status of a table with no status column
 * (status-history.ts). Expected periods are worked out on a calendar by hand: "w/e 13/11/2026"
 * is the week 2026-11-07 (the day after the previous header's 2026-11-06) to 2026-11-13; the last
 * header "w/e 20/11/2026" runs 2026-11-14 to 2026-11-20, so on 2026-11-16 it has begun and on
 * 2026-11-10 it has not.
 */
import { runPipeline } from '../../../src/core/pipeline';
import { checkJson } from '../../../src/core/report/check-json';
import { makeOptions, type IngestResult } from '../../../src/core/types';
import { isoFromDay } from '../../../src/core/util/days';
import { day, ingestExports, readCsvText } from '../../support/read-export';

const weekly = [
  'ID,Project,Owner,Due,w/e 23/10/2026,w/e 30/10/2026,w/e 06/11/2026,w/e 13/11/2026,w/e 20/11/2026',
  'IO-01,Network refresh,Ravi Menon,2027-03-31,G,A,A,R,',
  'IO-02,Backup move,Ellie Ford,2027-01-29,G,G,,,',
  'IO-03,Patch cycle,Ellie Ford,2026-12-18,A,A,G,G,R',
  'IO-04,Cloud desk,Ann Lee,2026-12-18,,,,,',
].join('\n');

type Read = [id: string, status: string | undefined, text: string | undefined, from: string | undefined, updated: string | undefined, cell: string | undefined];

function statuses(result: IngestResult): Read[] {
  return result.initiatives.map((r) => [
    r.id,
    r.status,
    r.statusText,
    r.statusFrom,
    r.lastUpdated === undefined ? undefined : isoFromDay(r.lastUpdated),
    r.cells.elsewhere?.status?.address,
  ]);
}

describe('a RAG history under week columns, in a table with no status column', () => {
  it('reads each row its latest rating in a week begun by the as-of day, updated on that week\'s last day or the as-of day', async () => {
    const result = ingestExports([await readCsvText(weekly, 'weekly.csv')], '2026-11-16');
    expect(statuses(result)).toEqual([
      ['IO-01', 'red', 'R', 'history', '2026-11-13', 'H2'],
      ['IO-02', 'green', 'G', 'history', '2026-10-30', 'F3'],
      // The week ending 20/11 runs from 14/11: begun, rated on the as-of day at the latest.
      ['IO-03', 'red', 'R', 'history', '2026-11-16', 'I4'],
      ['IO-04', undefined, undefined, undefined, undefined, undefined],
    ]);
    const notice = result.findings.filter((f) => f.code === 'ingest.status-from-history');
    expect(notice).toHaveLength(1);
    expect(notice[0]!.cells.map((c) => c.address)).toEqual(['E1', 'H2', 'F3', 'I4']);
    expect(notice[0]!.message).toContain('the statuses of 3 rows were read from its rating history E1:I1 ("w/e 23/10/2026" to "w/e 20/11/2026")');
    // The band is read, so neither a missing status column nor unread columns are reported.
    expect(result.findings.filter((f) => f.code === 'ingest.fields-missing').map((f) => f.message).join(' ')).not.toContain('status');
    expect(result.findings.filter((f) => f.code === 'ingest.unmapped-columns')).toEqual([]);
  });

  it('leaves out ratings written against a week that has not begun', async () => {
    const result = ingestExports([await readCsvText(weekly, 'weekly.csv')], '2026-11-10');
    expect(statuses(result).slice(0, 3)).toEqual([
      // The week ending 13/11 began on 07/11: its R is the latest, given by 10/11 at the latest.
      ['IO-01', 'red', 'R', 'history', '2026-11-10', 'H2'],
      ['IO-02', 'green', 'G', 'history', '2026-10-30', 'F3'],
      ['IO-03', 'green', 'G', 'history', '2026-11-10', 'H4'],
    ]);
    const notice = result.findings.find((f) => f.code === 'ingest.status-from-history')!;
    expect(notice.message).toContain('Periods from "w/e 20/11/2026" on begin after 2026-11-10: their ratings were not read.');
  });

  it('gives the stale-status rule each row\'s last rating day', async () => {
    const run = runPipeline([await readCsvText(weekly, 'weekly.csv')], makeOptions(day('2026-11-16')));
    const stale = run.findings.filter((f) => f.code === 'status.stale').map((f) => [f.initiativeId, f.cells[0]?.address]);
    // Cadence 7 days: IO-02 last rated 30/10 (17 days); IO-01 on 13/11 (3 days) and IO-03 this week are fresh.
    expect(stale).toEqual([['IO-02', 'F3']]);
  });

  it('says in check --json that the week columns gave the status, and where each row\'s came from', async () => {
    const json = checkJson(runPipeline([await readCsvText(weekly, 'weekly.csv')], makeOptions(day('2026-11-16'))));
    const table = json.sources[0]!.tables[0]!;
    expect(table.timeline).toEqual({ range: 'E1:I1', first: 'w/e 23/10/2026', last: 'w/e 20/11/2026', readsDates: false, readsStatus: true });
    expect(table.initiatives.map((r) => [r.id, r.status, r.statusFrom, r.lastUpdated])).toEqual([
      ['IO-01', 'red', 'history', '2026-11-13'],
      ['IO-02', 'green', 'history', '2026-10-30'],
      ['IO-03', 'red', 'history', '2026-11-16'],
      ['IO-04', null, null, null],
    ]);
  });

  it('keeps a table\'s own update dates, and reads words as well as letters', async () => {
    const text = [
      'Ref,Workstream,Last update,Nov-26,Dec-26,Jan-27,Feb-27',
      'WS1,Payroll,2026-11-12,Green,Amber,,',
      'WS2,Pensions,2026-10-02,Red,Red,,',
      'WS3,Benefits,2026-11-13,Amber,,,',
    ].join('\n');
    const result = ingestExports([await readCsvText(text, 'months.csv')], '2026-11-16');
    // December has not begun on 16 November: November's rating is each row's latest.
    expect(statuses(result)).toEqual([
      ['WS1', 'green', 'Green', 'history', '2026-11-12', 'D2'],
      ['WS2', 'red', 'Red', 'history', '2026-10-02', 'D3'],
      ['WS3', 'amber', 'Amber', 'history', '2026-11-13', 'D4'],
    ]);
    expect(result.findings.find((f) => f.code === 'ingest.status-from-history')!.message).not.toContain('last-updated');
  });

  it('reads the rightmost rating under week labels that give no days, with no update date made up', async () => {
    const text = ['Ref,Item,Lead,W1,W2,W3,W4,W5', 'D-1,Data hub,Kim Roe,G,G,A,,', 'D-2,Portal,Lee Fox,A,R,R,G,'].join('\n');
    const result = ingestExports([await readCsvText(text, 'labels.csv')], '2026-11-16');
    expect(statuses(result)).toEqual([
      ['D-1', 'amber', 'A', 'history', undefined, 'F2'],
      ['D-2', 'green', 'G', 'history', undefined, 'G3'],
    ]);
  });

  it('finds the header of a table that names only its items and leads beside the ratings, and reads it', async () => {
    // Two known headers and five period columns: a header row because the cells under the periods are ratings.
    const text = ['Item,Lead,W1,W2,W3,W4,W5', 'Data hub,Kim Roe,G,G,A,,', 'Portal,Lee Fox,A,R,R,G,'].join('\n');
    const result = ingestExports([await readCsvText(text, 'labels.csv')], '2026-11-16');
    expect(statuses(result)).toEqual([
      ['Data hub', 'amber', 'A', 'history', undefined, 'E2'],
      ['Portal', 'green', 'G', 'history', undefined, 'F3'],
    ]);
    // A resource plan's figures under the months are no ratings: still not a table of work.
    const plan = ['Resource,Team,Nov-26,Dec-26,Jan-27,Feb-27', 'Ann Lee,Ops,5,5,3,', 'Bo Chan,IT,2,2,2,2'].join('\n');
    expect(ingestExports([await readCsvText(plan, 'plan.csv')], '2026-11-16').initiatives).toEqual([]);
  });

  it('leaves the status to a Status column when the table has one', async () => {
    const text = ['ID,Project,RAG,w/e 23/10/2026,w/e 30/10/2026,w/e 06/11/2026,w/e 13/11/2026', 'IO-01,Network refresh,Amber,G,G,G,R'].join('\n');
    const result = ingestExports([await readCsvText(text, 'both.csv')], '2026-11-16');
    expect(statuses(result)).toEqual([['IO-01', 'amber', 'Amber', undefined, undefined, undefined]]);
    expect(result.findings.filter((f) => f.code === 'ingest.status-from-history')).toEqual([]);
  });

  it('reads no status from a band of figures (hours by week)', async () => {
    const text = ['ID,Project,w/c 02/11/2026,w/c 09/11/2026,w/c 16/11/2026,w/c 23/11/2026', 'P-1,Survey,4,6,8,', 'P-2,Design,,2,2,2'].join('\n');
    const result = ingestExports([await readCsvText(text, 'hours.csv')], '2026-11-16');
    expect(result.initiatives.map((r) => r.status)).toEqual([undefined, undefined]);
    expect(result.findings.filter((f) => f.code === 'ingest.status-from-history')).toEqual([]);
  });
});
