/**
 * Recurring calendar exceptions of Microsoft Project XML (Project 2007 and later): the Exception's
 * Type, Period, DaysOfWeek, Month, MonthDay, MonthItem, MonthPosition and Occurrences say which
 * days inside its TimePeriod are meant. The first four cases are the examples of Microsoft's MSPDI
 * schema reference (Exception, MonthItem, DaysOfWeek and Period element pages); every expected day
 * was counted by hand on a calendar.
 */
import { runPipeline } from '../../src/core/pipeline';
import { makeOptions } from '../../src/core/types';
import { dayFromIso, isoFromDay, weekdayOf } from '../../src/core/util/days';
import { exceptionDays, type MspdiExceptionRule } from '../../src/xlsx/read-mspdi-exceptions';
import { MSPDI_CALENDAR_SHEET, readMspdiSource } from '../../src/xlsx/read-mspdi-source';

const day = (iso: string) => dayFromIso(iso)!;
const days = (rule: Omit<MspdiExceptionRule, 'from' | 'to'> & { from: string; to: string }): string[] =>
  exceptionDays({ ...rule, from: day(rule.from), to: day(rule.to) }).map(isoFromDay);

describe('exceptionDays', () => {
  it("yearly by day (Type 2): New Year's Day 2007-2026 is 20 days, one each 1 January", () => {
    const got = days({ from: '2007-01-01', to: '2026-01-01', type: 2, occurrences: 20, month: 0, monthDay: 1 });
    expect(got).toHaveLength(20);
    expect(got.slice(0, 2)).toEqual(['2007-01-01', '2008-01-01']);
    expect(got.every((d) => d.endsWith('-01-01'))).toBe(true);
    expect(got[19]).toBe('2026-01-01');
  });

  it('yearly by position (Type 3): Thanksgiving, the fourth Thursday of November', () => {
    // 1 Nov 2007 a Thursday: 1, 8, 15, 22. 1 Nov 2008 a Saturday: 6, 13, 20, 27. 1 Nov 2026 a Sunday: 5, 12, 19, 26.
    const got = days({ from: '2007-11-22', to: '2026-11-30', type: 3, occurrences: 20, month: 10, monthItem: 7, monthPosition: 3 });
    expect(got).toHaveLength(20);
    expect([got[0], got[1], got[19]]).toEqual(['2007-11-22', '2008-11-27', '2026-11-26']);
  });

  it('weekly (Type 6): DaysOfWeek 20 is Tuesdays and Thursdays, 52 of each in 2007', () => {
    const got = days({ from: '2007-01-01', to: '2007-12-28', type: 6, occurrences: 104, period: 1, daysOfWeek: 20 });
    expect(got).toHaveLength(104);
    expect([got[0], got[1], got[102], got[103]]).toEqual(['2007-01-02', '2007-01-04', '2007-12-25', '2007-12-27']);
    expect(new Set(got.map((d) => weekdayOf(day(d))))).toEqual(new Set([2, 4]));
  });

  it('weekly every 2 weeks (Period 2): Wednesdays 3 January .. 19 December 2007, the ToDate before the 52 occurrences', () => {
    // 2007-01-03 + 14 k days up to 2007-12-26: k = 0 .. 25 (357 days = 25.5 fortnights).
    const got = days({ from: '2007-01-01', to: '2007-12-26', type: 6, occurrences: 52, period: 2, daysOfWeek: 8 });
    expect(got).toHaveLength(26);
    expect([got[0], got[1], got[25]]).toEqual(['2007-01-03', '2007-01-17', '2007-12-19']);
  });

  it('weekly Fridays off (DaysOfWeek 32) for six weeks is six Fridays, not the days between', () => {
    expect(days({ from: '2026-11-20', to: '2026-12-25', type: 6, occurrences: 6, period: 1, daysOfWeek: 32 })).toEqual([
      '2026-11-20',
      '2026-11-27',
      '2026-12-04',
      '2026-12-11',
      '2026-12-18',
      '2026-12-25',
    ]);
  });

  it('yearly Christmas 2026-2030 is five days', () => {
    expect(days({ from: '2026-12-25', to: '2030-12-25', type: 2, occurrences: 5, month: 11, monthDay: 25 })).toEqual([
      '2026-12-25',
      '2027-12-25',
      '2028-12-25',
      '2029-12-25',
      '2030-12-25',
    ]);
  });

  it('monthly by day (Type 4): the 31st is the last day of a shorter month', () => {
    expect(days({ from: '2027-01-15', to: '2027-04-30', type: 4, period: 1, monthDay: 31 })).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
  });

  it('monthly by position (Type 5): the last weekday of each month', () => {
    // 31 Jan 2026 and 28 Feb 2026 are Saturdays; 31 Mar 2026 a Tuesday.
    expect(days({ from: '2026-01-01', to: '2026-03-31', type: 5, period: 1, monthItem: 1, monthPosition: 4 })).toEqual(['2026-01-30', '2026-02-27', '2026-03-31']);
  });

  it('daily (Type 1) every 3 days, three occurrences; a one-off range without a Type is every day of it', () => {
    expect(days({ from: '2026-11-02', to: '2026-11-30', type: 1, period: 3, occurrences: 3 })).toEqual(['2026-11-02', '2026-11-05', '2026-11-08']);
    expect(days({ from: '2026-04-06', to: '2026-04-08' })).toEqual(['2026-04-06', '2026-04-07', '2026-04-08']);
  });

  it('a bound before its start, or a day of the month that is no day, names no day', () => {
    expect(days({ from: '2026-04-08', to: '2026-04-06', type: 6, daysOfWeek: 62 })).toEqual([]);
    expect(days({ from: '2026-01-01', to: '2026-12-31', type: 4, monthDay: 0 })).toEqual([]);
    expect(days({ from: '2026-01-01', to: '2026-12-31', type: 5, monthItem: 12, monthPosition: 0 })).toEqual([]);
  });
});

describe('an MSPDI source with recurring exceptions', () => {
  const xml = `<Project xmlns="http://schemas.microsoft.com/project"><CalendarUID>1</CalendarUID><Calendars>
      <Calendar><UID>1</UID><Name>Standard</Name><WeekDays>
        <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay><WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
      </WeekDays><Exceptions>
        <Exception><EnteredByOccurrences>1</EnteredByOccurrences><TimePeriod><FromDate>2026-12-25T00:00:00</FromDate><ToDate>2030-12-25T23:59:00</ToDate></TimePeriod>
          <Occurrences>5</Occurrences><Name>Christmas Day</Name><Type>2</Type><Month>11</Month><MonthDay>25</MonthDay><DayWorking>0</DayWorking></Exception>
        <Exception><EnteredByOccurrences>1</EnteredByOccurrences><TimePeriod><FromDate>2026-11-20T00:00:00</FromDate><ToDate>2026-12-25T23:59:00</ToDate></TimePeriod>
          <Occurrences>6</Occurrences><Name>Site closed Fridays</Name><Type>6</Type><Period>1</Period><DaysOfWeek>32</DaysOfWeek><DayWorking>0</DayWorking></Exception>
      </Exceptions></Calendar></Calendars><Tasks>
      <Task><UID>1</UID><ID>1</ID><Name>Strip out</Name><OutlineLevel>1</OutlineLevel><Start>2026-11-16T08:00:00</Start><Finish>2026-11-23T17:00:00</Finish></Task>
      <Task><UID>2</UID><ID>2</ID><Name>First fix</Name><OutlineLevel>1</OutlineLevel><Start>2026-11-24T08:00:00</Start><Finish>2026-11-26T17:00:00</Finish>
        <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task>
      <Task><UID>3</UID><ID>3</ID><Name>Plaster</Name><OutlineLevel>1</OutlineLevel><Start>2026-11-30T08:00:00</Start><Finish>2026-12-01T17:00:00</Finish>
        <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type></PredecessorLink></Task>
    </Tasks></Project>`;

  it('lists each exception day once, in date order, and schedules around the Fridays only', () => {
    const source = readMspdiSource(xml, 'depot.xml');
    const rows = source.sheets.find((s) => s.name === MSPDI_CALENDAR_SHEET)!.values.slice(3);
    // Six Fridays and five Christmases; 2026-12-25 is both, listed once.
    expect(rows.map((r) => (r[0] as Date).toISOString().slice(0, 10))).toEqual([
      '2026-11-20',
      '2026-11-27',
      '2026-12-04',
      '2026-12-11',
      '2026-12-18',
      '2026-12-25',
      '2027-12-25',
      '2028-12-25',
      '2029-12-25',
      '2030-12-25',
    ]);
    const result = runPipeline([source], makeOptions(day('2026-11-02')));
    const dates = (id: string) => {
      const a = result.analysis.byId.get(id)!;
      return [isoFromDay(a.earlyStart!), isoFromDay(a.earlyFinish!)];
    };
    // Strip out: Mon 16 .. Thu 19, (Fri 20 off) Mon 23 = 5 days. First fix, 3 days: Tue 24 .. Thu 26.
    // Plaster, 2 days: (Fri 27 off) Mon 30, Tue 1 December.
    expect(dates('1')).toEqual(['2026-11-16', '2026-11-23']);
    expect(dates('2')).toEqual(['2026-11-24', '2026-11-26']);
    expect(dates('3')).toEqual(['2026-11-30', '2026-12-01']);
  });
});
