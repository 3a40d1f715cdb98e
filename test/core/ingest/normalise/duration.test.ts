import { parseDuration } from '../../../../src/core/ingest/normalise/duration';
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
