import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMain } from './run-main';

/**
 * A Microsoft Project task list exported with an export map that has Duration but no Finish
 * (ID, Task Name, Duration, Start, Predecessors, Resource Names, % Complete), as people trim maps.
 * Each due is the last day of its duration from its start, on Mon-Fri, worked by hand:
 * 2026-03-02 is a Monday. With --holidays, Good Friday 2026-04-03 and Easter Monday 2026-04-06 are off.
 */
interface Json {
  initiatives: Array<{ id: string; start: string | null; due: string | null }>;
  findings: Array<{ code: string; message: string; cells: Array<{ sheet: string; address: string }> }>;
  sources: Array<{ tables: Array<{ fields: Array<{ field: string; header: string }>; initiatives: Array<{ id: string; due: string | null; dueFrom: string | null; duration: { days: number; elapsed: boolean } | null }> }> }>;
}

describe('check on a Project export with Duration and no Finish', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-duration-'));
    fs.writeFileSync(
      path.join(dir, 'tasks.csv'),
      [
        'ID,Task Name,Duration,Start,Predecessors,Resource Names,% Complete',
        '1,Design,5 days,2026-03-02,,Ana Ruiz,100',
        '2,Build,2 wks,2026-03-09,1,Ben Okafor,40',
        '3,Review,3 days?,2026-03-19,,Chen Li,0',
        '4,Sign-off,0 days,2026-03-23,,Chen Li,0',
        '5,Cure,16 hrs,2026-03-20,,Ben Okafor,0',
        '6,Soak,10 edays,2026-03-20,,Ben Okafor,0',
        '7,Cut-over,3 days,2026-04-01,,Ana Ruiz,0',
      ].join('\n') + '\n',
    );
    fs.writeFileSync(path.join(dir, 'holidays.csv'), 'Date,Holiday\n2026-04-03,Good Friday\n2026-04-06,Easter Monday\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('maps Duration and works out every due from Start + Duration, said once at the first Duration cell', async () => {
    const run = await runMain(['check', 'tasks.csv', '--as-of', '2026-03-16', '--json'], dir);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as Json;
    expect(json.initiatives.map((i) => [i.id, i.start, i.due])).toEqual([
      ['1', '2026-03-02', '2026-03-06'], // Mon..Fri
      ['2', '2026-03-09', '2026-03-20'], // 2 weeks = 10 days: Mon 9 .. Fri 20
      ['3', '2026-03-19', '2026-03-23'], // an estimate, "?" dropped: Thu, Fri, Mon
      ['4', '2026-03-23', '2026-03-23'], // a milestone
      ['5', '2026-03-20', '2026-03-23'], // 16 hrs = 2 days of 8 h: Fri, Mon
      ['6', '2026-03-20', '2026-03-29'], // 10 elapsed days: Fri 20 .. Sun 29
      ['7', '2026-04-01', '2026-04-03'], // Wed, Thu, Fri
    ]);
    const [table] = json.sources[0]!.tables;
    expect(table!.fields.find((f) => f.field === 'duration')?.header).toBe('Duration');
    expect(table!.initiatives.map((r) => [r.id, r.dueFrom, r.duration])).toEqual([
      ['1', 'duration', { days: 5, elapsed: false }],
      ['2', 'duration', { days: 10, elapsed: false }],
      ['3', 'duration', { days: 3, elapsed: false }],
      ['4', 'duration', { days: 0, elapsed: false }],
      ['5', 'duration', { days: 2, elapsed: false }],
      ['6', 'duration', { days: 10, elapsed: true }],
      ['7', 'duration', { days: 3, elapsed: false }],
    ]);
    const said = json.findings.filter((f) => f.code === 'ingest.due-from-duration');
    expect(said.map((f) => [f.cells.map((c) => `${c.sheet}!${c.address}`), f.message])).toEqual([
      [
        ['tasks!C2'],
        'tasks.csv, sheet "tasks": 7 dues were worked out from Start + Duration ("Start" and "Duration"), no due date being written: ' +
          '1 "Design" starts 2026-03-02 and runs 5 working days, so is due 2026-03-06 (its start and due days both count, as in Microsoft Project). A due written in the row would win over its duration.',
      ],
    ]);
    expect(json.findings.filter((f) => f.code === 'ingest.fields-missing').map((f) => f.message)).not.toContainEqual(expect.stringContaining('due'));
  });

  it('skips the --holidays days off: 3 days from Wed 1 Apr 2026 end Tue 7 Apr', async () => {
    const run = await runMain(['check', 'tasks.csv', '--as-of', '2026-03-16', '--holidays', 'holidays.csv', '--json'], dir);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as Json;
    expect(json.initiatives.find((i) => i.id === '7')?.due).toBe('2026-04-07');
  });
});
