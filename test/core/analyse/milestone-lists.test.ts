/**
 * Milestone lists and deadline trackers: rows with a due date and no start, often a baseline
 * date beside the owner's forecast date. The schedule engine needs a start to place work, but an
 * analyst still reads the slips and the links that cannot hold. Worked by hand on Mon-Fri, as of
 * Mon 2026-11-16.
 */
import { runPipeline } from '../../../src/core/pipeline';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';
import { day } from '../../support/read-export';
import { isoFromDay } from '../../../src/core/util/days';

function source(rows: CellValue[][]): RawSource {
  return { name: 'Programme.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Milestones', origin: { row: 0, col: 0 }, values: rows }] };
}

const result = runPipeline(
  [
    source([
      ['ID', 'Milestone', 'Owner', 'Baseline date', 'Forecast date', 'Status', 'Predecessor', 'As at'],
      ['M-1', 'Data model signed off', 'Pat Green', '2026-10-30', '2026-11-20', 'Amber', null, '2026-11-13'],
      ['M-2', 'Migration dry run', 'Pat Green', '2026-12-11', '2027-01-08', 'Amber', 'M-1', '2026-11-13'],
      ['M-3', 'UAT complete', 'Raj Shah', '2026-12-04', null, 'Green', 'M-2', '2026-11-13'],
      ['M-4', 'Cutover', 'Raj Shah', '2027-01-08', null, 'Green', 'M-2', '2026-11-13'],
    ]),
  ],
  makeOptions(day('2026-11-16')),
);
const messages = (code: string) => result.findings.filter((f) => f.code === code).map((f) => f.message);

describe('a milestone list with baseline and forecast dates and no starts', () => {
  it('reads the baseline date as the due date and the forecast date as the owner\u2019s forecast', () => {
    const table = result.model.ingest.tables[0]!;
    expect(Object.fromEntries(table.mapping.map((m) => [m.field, m.header]))).toMatchObject({ due: 'Baseline date', reportedFinish: 'Forecast date' });
  });

  it('forecasts each milestone as its owner reports, with its slip in working days', () => {
    // 2026-10-30 (Fri) -> 2026-11-20 (Fri): 15 working days; 2026-12-11 (Fri) -> 2027-01-08 (Fri): 20.
    expect([...result.analysis.byId.values()].map((a) => [a.id, a.forecastFinish === undefined ? null : isoFromDay(a.forecastFinish), a.slipDays])).toEqual([
      ['M-1', '2026-11-20', 15],
      ['M-2', '2027-01-08', 20],
      ['M-3', null, 0],
      ['M-4', null, 0],
    ]);
  });

  it('says the reported slip of work not yet due, and leaves the overdue one to schedule.overdue', () => {
    expect(messages('schedule.forecast-slip')).toEqual([
      'M-2 "Migration dry run" is forecast to finish 2027-01-08, after its due date 2026-12-11 (20 working days late); its owner reports this forecast.',
    ]);
    expect(messages('schedule.overdue')).toEqual(['M-1 "Data model signed off" was due 2026-10-30 and is not done as of 2026-11-16 (status amber).']);
  });

  it('flags a milestone due before the one it waits on can finish, and not one due the same day', () => {
    expect(messages('schedule.successor-before-predecessor')).toEqual([
      'M-3 "UAT complete" finishes 2026-12-04, but its FS predecessor M-2 "Migration dry run" is forecast by its owner to finish 2027-01-08, so it can finish 2027-01-08 at the earliest.',
    ]);
  });
});
