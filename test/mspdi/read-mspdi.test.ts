import { readFileSync } from 'fs';
import { isoFromDay } from '../../src/core/util/days';
import {
  MspdiFormatError,
  finishDayOf,
  lagInWorkingDays,
  readMspdi,
  slackInWorkingDays,
  startDayOf,
} from '../../src/xlsx/read-mspdi';
import { sharedData } from '../support/shared-data';

const SMALL = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>small.xml</Name>
  <SaveVersion>14</SaveVersion>
  <StartDate>2026-03-02T09:00:00</StartDate>
  <MinutesPerDay>450</MinutesPerDay>
  <DefaultStartTime>09:00:00</DefaultStartTime>
  <DefaultFinishTime>17:30:00</DefaultFinishTime>
  <Tasks>
    <Task><UID>0</UID><Name>small</Name><Summary>1</Summary><OutlineLevel>0</OutlineLevel></Task>
    <Task>
      <UID>1</UID><ID>1</ID><Name>Design &amp; build</Name><Summary>0</Summary><Milestone>0</Milestone>
      <Start>2026-03-02T09:00:00</Start><Finish>2026-03-04T17:30:00</Finish>
      <TotalSlack>9000</TotalSlack><Critical>0</Critical>
      <ConstraintType>4</ConstraintType><ConstraintDate>2026-03-02T09:00:00</ConstraintDate>
    </Task>
    <Task>
      <UID>2</UID><ID>2</ID><Name>Test</Name><Summary>0</Summary><Critical>1</Critical>
      <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>3</Type><LinkLag>-4500</LinkLag><LagFormat>7</LagFormat></PredecessorLink>
      <PredecessorLink><PredecessorUID>9</PredecessorUID><Type>0</Type><LinkLag>28800</LinkLag><LagFormat>8</LagFormat><CrossProject>1</CrossProject></PredecessorLink>
    </Task>
    <Task><UID>3</UID><ID>3</ID><IsNull>1</IsNull></Task>
  </Tasks>
</Project>`;

describe('readMspdi', () => {
  const project = readMspdi(SMALL);

  it('reads project settings, with defaults for what the file leaves out', () => {
    expect(project).toMatchObject({
      name: 'small.xml',
      saveVersion: 14,
      startDate: '2026-03-02T09:00:00',
      minutesPerDay: 450,
      defaultStartTime: '09:00:00',
      defaultFinishTime: '17:30:00',
    });
    expect(readMspdi('<Project xmlns="http://schemas.microsoft.com/project"/>')).toEqual({
      minutesPerDay: 480,
      defaultStartTime: '08:00:00',
      defaultFinishTime: '17:00:00',
      tasks: [],
      calendars: [],
    });
  });

  it('reads tasks, flags, constraints and predecessor links with their MSPDI type codes', () => {
    expect(project.tasks.map((t) => [t.uid, t.name, t.summary, t.isNull])).toEqual([
      [0, 'small', true, false],
      [1, 'Design & build', false, false],
      [2, 'Test', false, false],
      [3, undefined, false, true],
    ]);
    expect(project.tasks[1]).toMatchObject({ totalSlack: 9000, critical: false, constraintType: 4, constraintDate: '2026-03-02T09:00:00' });
    expect(project.tasks[2]!.critical).toBe(true);
    expect(project.tasks[2]!.predecessors).toEqual([
      { predecessorUid: 1, type: 'SS', lag: -4500, lagFormat: 7, crossProject: false },
      { predecessorUid: 9, type: 'FF', lag: 28800, lagFormat: 8, crossProject: true },
    ]);
  });

  it('converts lags and slack to working days with the project day length', () => {
    const [ss, ff] = project.tasks[2]!.predecessors;
    expect(lagInWorkingDays(ss!, project)).toBe(-1);
    // 28800 tenths of a minute = 2 elapsed days, about 2 * 5/7 working days.
    expect(lagInWorkingDays(ff!, project)).toBeCloseTo(10 / 7, 10);
    expect(slackInWorkingDays(9000, project)).toBe(2);
  });

  it('reads a finish at the start of the working day as the end of the day before', () => {
    expect(isoFromDay(finishDayOf('2026-03-05T09:00:00', project)!)).toBe('2026-03-04');
    expect(isoFromDay(finishDayOf('2026-03-05T12:00:00', project)!)).toBe('2026-03-05');
    expect(isoFromDay(startDayOf('2026-03-05T17:30:00', project)!)).toBe('2026-03-06');
    expect(isoFromDay(startDayOf('2026-03-05T09:00:00', project)!)).toBe('2026-03-05');
    expect(startDayOf('yesterday', project)).toBeUndefined();
  });

  it('rejects text that is not MSPDI with a typed error', () => {
    expect(() => readMspdi('<Project><Tasks>')).toThrow(MspdiFormatError);
    expect(() => readMspdi('<Workbook/>')).toThrow('No <Project> root element');
  });

  it('reads a real Project 2019 file: 17 tasks, the summary first, 8 links of all four types', () => {
    const real = readMspdi(readFileSync(sharedData('mspdi', 'mpxj_task-links-project2019-mspdi.xml'), 'utf8'));
    expect(real.tasks).toHaveLength(17);
    expect(real.tasks[0]).toMatchObject({ uid: 0, summary: true });
    const links = real.tasks.flatMap((t) => t.predecessors.map((l) => `${l.predecessorUid}->${t.uid} ${l.type} ${l.lag}/${l.lagFormat}`));
    expect(links).toEqual([
      '1->2 FS 0/7',
      '3->4 FS 4800/7',
      '5->6 FS 9600/7',
      '7->8 FS 24000/9',
      '9->10 FS 48000/9',
      '11->12 SF 9600/7',
      '13->14 SS 9600/7',
      '15->16 FF 9600/7',
    ]);
  });
});
