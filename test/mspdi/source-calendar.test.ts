/**
 * A Microsoft Project XML file read as a source is scheduled in its own project calendar: the
 * reader lays the calendar out as a Calendar sheet (working weekdays, exception days) that
 * ingest reads like any Calendar sheet. The files in ../shared/data/mspdi all use Project's
 * Standard calendar (Mon-Fri, no exceptions), so through the source route too the tool's dates
 * must be Project's own saved EarlyStart / EarlyFinish.
 */
import * as fs from 'fs';
import { runPipeline } from '../../src/core/pipeline';
import { makeOptions } from '../../src/core/types';
import { dayFromIso, isoFromDay } from '../../src/core/util/days';
import { makeCalendar, rollBackward, rollForward } from '../../src/core/util/calendar';
import { readMspdi } from '../../src/xlsx/read-mspdi';
import { MSPDI_CALENDAR_SHEET, readMspdiSource } from '../../src/xlsx/read-mspdi-source';
import { sharedData } from '../support/shared-data';
import { EASTER_2026_CALENDARS, finishDay, startDay, workTasks } from './feed';

const MON_FRI = makeCalendar([1, 2, 3, 4, 5]);
const asOf = (iso: string) => makeOptions(dayFromIso(iso)!);

describe('an MSPDI source in its project calendar', () => {
  it('lays out the calendar exceptions as a Calendar sheet and schedules the tasks around them', () => {
    // Project 2003 writes an exception as a WeekDay with DayType 0, 2007 and later as Exceptions/Exception.
    // Good Friday Fri 2026-04-03 and Easter Monday Mon 2026-04-06 off; Sat 2026-04-11 worked.
    const xml = `<Project xmlns="http://schemas.microsoft.com/project"><CalendarUID>1</CalendarUID>${EASTER_2026_CALENDARS}<Tasks>
        <Task><UID>1</UID><ID>1</ID><Name>Survey</Name><OutlineLevel>1</OutlineLevel><Start>2026-04-01T08:00:00</Start><Finish>2026-04-01T17:00:00</Finish></Task>
        <Task><UID>2</UID><ID>2</ID><Name>Dig</Name><OutlineLevel>1</OutlineLevel><Start>2026-03-30T08:00:00</Start><Finish>2026-04-01T17:00:00</Finish>
          <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task>
        <Task><UID>3</UID><ID>3</ID><Name>Pour</Name><OutlineLevel>1</OutlineLevel><Start>2026-03-30T08:00:00</Start><Finish>2026-04-02T17:00:00</Finish>
          <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type></PredecessorLink></Task>
      </Tasks></Project>`;
    const source = readMspdiSource(xml, 'site.xml');
    expect(source.sheets.find((s) => s.name === MSPDI_CALENDAR_SHEET)!.values.map((r) => r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)))).toEqual([
      ['Working days', 'Mon, Tue, Wed, Thu, Fri'],
      [null, null, null],
      ['Date', 'Exception', 'Working'],
      ['2026-04-03', 'Day off', 'No'],
      ['2026-04-06', 'Day off', 'No'],
      ['2026-04-11', 'Working day', 'Yes'],
    ]);
    const result = runPipeline([source], asOf('2026-03-02'));
    expect(result.findings.filter((f) => f.code.startsWith('ingest.table-ignored'))).toEqual([]);
    const dates = (id: string) => {
      const a = result.analysis.byId.get(id)!;
      return [isoFromDay(a.earlyStart!), isoFromDay(a.earlyFinish!), a.calendar];
    };
    // Survey Wed 04-01. Dig, 3 days (Mon 03-30 .. Wed 04-01), after it: Thu 04-02, (Fri 3, Mon 6
    // off) Tue 04-07, Wed 04-08. Pour, 4 days (Mon 03-30 .. Thu 04-02), after it: Thu 04-09,
    // Fri 04-10, Sat 04-11 (worked), Mon 04-13.
    expect(dates('1')).toEqual(['2026-04-01', '2026-04-01', 'site.xml']);
    expect(dates('2')).toEqual(['2026-04-02', '2026-04-08', 'site.xml']);
    expect(dates('3')).toEqual(['2026-04-09', '2026-04-13', 'site.xml']);
  });

  it.each(['mpxj_task-links-project2003-mspdi.xml', 'mpxj_task-links-project2019-mspdi.xml', 'mpxj_mspdirelations.xml', 'mpxj_legacy_sample.xml'])(
    '%s: read as a source, every work task starts and finishes on the dates Project saved',
    (file) => {
      const xml = fs.readFileSync(sharedData('mspdi', file), 'utf8');
      const project = readMspdi(xml);
      const source = readMspdiSource(xml, file);
      // Standard Mon-Fri, no exceptions: no Calendar sheet, the run's calendar.
      expect(source.sheets.map((s) => s.name)).toEqual(['Task_Table']);
      const result = runPipeline([source], makeOptions(dayFromIso('1990-01-01')!));
      const expected: Record<string, [string, string]> = {};
      const actual: Record<string, [string, string]> = {};
      for (const t of workTasks(project)) {
        const id = String(t.id ?? t.uid);
        const start = rollForward(MON_FRI, startDay(project, t.earlyStart, 'EarlyStart'));
        const finish = rollBackward(MON_FRI, finishDay(project, t.earlyFinish, 'EarlyFinish'));
        // A zero-length milestone (legacy sample's "Third task", 08:00 to 08:00 on 2003-01-07)
        // becomes a task on its day: a source row's finish is never before its start.
        expected[id] = [isoFromDay(start), isoFromDay(Math.max(start, finish))];
        const a = result.analysis.byId.get(id)!;
        actual[id] = [isoFromDay(a.earlyStart!), isoFromDay(a.earlyFinish!)];
      }
      expect(actual).toEqual(expected);
    },
  );
});
