import { parseWeekdays } from '../../../../src/core/ingest/normalise/weekdays';

describe('parseWeekdays', () => {
  it('reads working weeks as people write them (0 = Sunday .. 6 = Saturday)', () => {
    expect(parseWeekdays('Mon-Fri')).toEqual([1, 2, 3, 4, 5]);
    expect(parseWeekdays('Sun–Thu')).toEqual([0, 1, 2, 3, 4]);
    expect(parseWeekdays('Monday to Friday')).toEqual([1, 2, 3, 4, 5]);
    // A range wraps round the week: Saturday, Sunday, Monday, Tuesday, Wednesday.
    expect(parseWeekdays('Sat - Wed')).toEqual([0, 1, 2, 3, 6]);
    expect(parseWeekdays('Mon, Tue, Thu')).toEqual([1, 2, 4]);
    expect(parseWeekdays('Mon-Thu, Sat')).toEqual([1, 2, 3, 4, 6]);
    expect(parseWeekdays('7 days')).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(parseWeekdays('Mon-Sun')).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('refuses what is not a list of weekdays', () => {
    for (const text of ['', 'Mon-Fry', '5', 'weekdays only', '2026-03-16']) expect(parseWeekdays(text)).toBeUndefined();
  });
});

describe('a text far longer than any list of weekdays', () => {
  it('is no list, and never reaches the patterns (a 4 MB name overflowed their backtracking stack in a test worker)', () => {
    expect(parseWeekdays(`Mon${' '.repeat(10)}- Fri`)).toEqual([1, 2, 3, 4, 5]);
    expect(parseWeekdays(`Mon${' '.repeat(200)}- Fri`)).toBeUndefined();
    expect(parseWeekdays('N'.repeat(4 * 1024 * 1024))).toBeUndefined();
  });
});
