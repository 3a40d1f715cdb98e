import { durationUnitOfHeader, parseDuration, parseTaskDuration } from '../../../../src/core/ingest/normalise/duration';
import type { CellValue } from '../../../../src/core/types';

describe('parseDuration (working days, Project defaults: 8 h a day, 5 days a week, 20 a month)', () => {
  it.each<[CellValue, number]>([
    [2, 2],
    ['10d', 10],
    ['5 days', 5],
    ['1 day', 1],
    ['3w', 15],
    ['2 wks', 10],
    ['1 week', 5],
    ['16h', 2],
    ['4 hrs', 1],
    ['1.5 months', 30],
    ['2mo', 40],
    ['5d?', 5],
    [0, 0],
  ])('%p is %p working days', (value, days) => {
    expect(parseDuration(value)).toEqual({ kind: 'value', value: days });
  });

  it('a week is the calendar week: 2w on a six-day week is 12 days', () => {
    expect(parseDuration('2w', 6)).toEqual({ kind: 'value', value: 12 });
  });

  it.each<CellValue>(['soon', '5 ed', -3, '3 fortnights'])('%p cannot be read', (value) => {
    expect(parseDuration(value).kind).toBe('invalid');
  });

  it('blank and errors', () => {
    expect(parseDuration(null)).toEqual({ kind: 'blank' });
    expect(parseDuration('')).toEqual({ kind: 'blank' });
    expect(parseDuration({ error: '#N/A' })).toEqual({ kind: 'error', error: '#N/A' });
  });
});

describe('parseTaskDuration: working days, or calendar days for an elapsed duration', () => {
  it.each<[CellValue, number, boolean]>([
    ['5d', 5, false],
    ['3 days?', 3, false],
    ['0 days', 0, false],
    ['40h', 5, false],
    [7, 7, false],
    // Elapsed time runs 24 hours a day, 7 days a week: an elapsed week is 7 days, an elapsed month 30.
    ['5 edays', 5, true],
    ['1 eday', 1, true],
    ['2ew', 14, true],
    ['36 ehrs', 2, true],
    ['1 emo', 30, true],
  ])('%p is %p days (elapsed: %p)', (value, days, elapsed) => {
    expect(parseTaskDuration(value)).toEqual({ kind: 'value', value: { days, elapsed } });
  });

  it('an elapsed duration is no number of working days', () => {
    expect(parseDuration('5 edays').kind).toBe('invalid');
  });

  it.each<CellValue>(['soon', 'ed', '5 fortnights', -1])('%p cannot be read', (value) => {
    expect(parseTaskDuration(value).kind).toBe('invalid');
  });
});

describe("German Project's duration units", () => {
  it.each<[CellValue, number]>([
    ['10 Tage', 10],
    ['1 Tag', 1],
    ['0 Tage', 0],
    ['5t', 5],
    ['2 Wochen', 10],
    ['1 Woche', 5],
    ['16 Std.', 2],
    ['4 Stunden', 1], // 4 / 8 = 0.5: the part day takes its whole day
    ['1 Monat', 20],
    ['960 Minuten', 2],
    ['2,5 Tage', 3],
  ])('%p is %p working days', (value, days) => {
    expect(parseDuration(value)).toEqual({ kind: 'value', value: days });
  });
});

describe('a Duration column whose header names its unit', () => {
  it.each<[string, string | undefined]>([
    ['Original Duration(h)', 'h'],
    ['target_drtn_hr_cnt Original Duration(h)', 'h'],
    ['target_drtn_hr_cnt', 'h'],
    ['Duration (weeks)', 'weeks'],
    ['Dauer (Tage)', 'd'],
    ['Duration in days', 'days'],
    ['Duration', undefined],
    ['Original Duration', undefined],
  ])('%p: %p', (header, unit) => {
    expect(durationUnitOfHeader(header)).toBe(unit);
  });

  it('reads its bare numbers in that unit: 40 h is 5 days of 8 hours, 80 h 10, 4 h one (a part day takes its day); a unit written wins', () => {
    expect(parseTaskDuration(40, 5, 'h')).toEqual({ kind: 'value', value: { days: 5, elapsed: false } });
    expect(parseTaskDuration('80', 5, 'h')).toEqual({ kind: 'value', value: { days: 10, elapsed: false } });
    expect(parseTaskDuration(4, 5, 'h')).toEqual({ kind: 'value', value: { days: 1, elapsed: false } });
    expect(parseTaskDuration('3 days', 5, 'h')).toEqual({ kind: 'value', value: { days: 3, elapsed: false } });
    expect(parseTaskDuration(2, 5, 'weeks')).toEqual({ kind: 'value', value: { days: 10, elapsed: false } });
  });
});
