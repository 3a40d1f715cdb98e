import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMain } from './run-main';

/**
 * --holidays FILE: days off the schedule skips. The plan: A-1 Mon 2026-03-30 .. Thu 04-02, then
 * A-2 (2 working days) after it. Easter 2026 in England: Good Friday Fri 04-03, Easter Monday
 * Mon 04-06. Without them A-2 runs Fri 04-03 .. Mon 04-06; with them Tue 04-07 .. Wed 04-08.
 */
describe('throughline check --holidays', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-holidays-'));
    fs.writeFileSync(
      path.join(dir, 'plan.csv'),
      'ID,Name,Status,Start,Due,Depends On,Last Updated\nA-1,Order parts,Green,2026-03-30,2026-04-02,,2026-03-13\nA-2,Fit parts,Green,2026-03-30,2026-03-31,A-1,2026-03-13\n',
    );
    fs.writeFileSync(path.join(dir, 'holidays.csv'), 'Date,Holiday\n2026-04-03,Good Friday\n2026-04-06,Easter Monday\n');
    fs.writeFileSync(path.join(dir, 'bad-holidays.csv'), 'Date,Holiday\n2026-04-03,Good Friday\nEaster?,Easter Monday\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const finishOfA2 = (stdout: string): string | undefined =>
    (JSON.parse(stdout) as { initiatives: Array<{ id: string; forecastFinish: string }> }).initiatives.find((i) => i.id === 'A-2')?.forecastFinish;

  it('schedules no work on the days the file lists', async () => {
    const without = await runMain(['check', 'plan.csv', '--as-of', '2026-03-16', '--json'], dir);
    const withHolidays = await runMain(['check', 'plan.csv', '--as-of', '2026-03-16', '--holidays', 'holidays.csv', '--json'], dir);
    expect(withHolidays.stderr).toBe('');
    expect([finishOfA2(without.stdout), finishOfA2(withHolidays.stdout)]).toEqual(['2026-04-06', '2026-04-08']);
  });

  it('names a cell of the list that is not a date, uses the others, and exits 2', async () => {
    const run = await runMain(['check', 'plan.csv', '--as-of', '2026-03-16', '--holidays', 'bad-holidays.csv', '--json'], dir);
    expect(run.stderr).toBe('throughline: --holidays bad-holidays.csv: bad-holidays!A3 "Easter?" is not a date; the other days off are used without it.\n');
    expect(run.code).toBe(2);
    // Good Friday alone: A-2 runs Mon 04-06 .. Tue 04-07.
    expect(finishOfA2(run.stdout)).toBe('2026-04-07');
  });

  it('refuses a list with no date and a file that is not there', async () => {
    fs.writeFileSync(path.join(dir, 'empty.csv'), 'Date,Holiday\n');
    expect((await runMain(['check', 'plan.csv', '--as-of', '2026-03-16', '--holidays', 'empty.csv'], dir)).stderr).toContain('--holidays empty.csv lists no date.');
    const missing = await runMain(['check', 'plan.csv', '--as-of', '2026-03-16', '--holidays', 'nope.csv'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv/);
  });
});
