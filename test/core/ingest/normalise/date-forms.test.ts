import { ingestSources } from '../../../../src/core/ingest';
import { forcedDateOrder, parseDateValue, rangeStart, type DateContext } from '../../../../src/core/ingest/normalise/date';
import { cellOf } from '../../../../src/core/model/cells';
import { makeOptions, type CellValue } from '../../../../src/core/types';
import { dayFromParts } from '../../../../src/core/util/days';
import { sheetSource } from '../../../support/messy-table';

/** The day number of a calendar date (only to write the expected dates). */
const on = (year: number, month: number, day: number): number => dayFromParts(year, month, day)!;
const dmy: DateContext = { dateSystem: 1900, dateOrder: 'dmy' };
const mdy: DateContext = { dateSystem: 1900, dateOrder: 'mdy' };
const read = (text: string, context: DateContext = dmy) => parseDateValue(text, context);

describe('parseDateValue: date-times as tools write them', () => {
  it.each<[string, number]>([
    // Jira's default dd/MMM/yy h:mm a.
    ['18/Sep/25 12:00 AM', on(2025, 9, 18)],
    ['22/Sep/25 9:26 AM', on(2025, 9, 22)],
    ['04/Jul/01 12:08 PM', on(2001, 7, 4)],
    ['18/Sep/25 12:00:59 pm', on(2025, 9, 18)],
    // 22 is no month: month first whatever the setting.
    ['9/22/2025 3:05 PM', on(2025, 9, 22)],
    ['2024-01-01 14:30:00', on(2024, 1, 1)],
    ['Jan 3, 2026, 10:00 a.m.', on(2026, 1, 3)],
    ['3 April 2026 at 17:45', on(2026, 4, 3)],
  ])('%j -> its calendar date', (text, expected) => {
    expect(read(text)).toEqual({ kind: 'value', value: { day: expected } });
    expect(read(text, mdy)).toEqual({ kind: 'value', value: { day: expected } });
  });

  it.each<[string, number]>([
    ['2023-03-06 20:08:19 +0000 UTC', on(2023, 3, 6)],
    ['2024-01-01T10:00:00Z', on(2024, 1, 1)],
    ['2024-01-01T10:00:00.000+02:00', on(2024, 1, 1)],
    ['2023-03-06 20:08:19 UTC', on(2023, 3, 6)],
    // 23:30 five hours behind UTC is 2 Jan in UTC: the date is the one written, not shifted.
    ['2024-01-01T23:30:00-05:00', on(2024, 1, 1)],
    ['2024-01-01 00:30 CET', on(2024, 1, 1)],
    ['Thu Jun 04 2026 10:00:00 GMT+0100 (British Summer Time)', on(2026, 6, 4)],
  ])('zone %j -> the date as written', (text, expected) => {
    expect(read(text)).toEqual({ kind: 'value', value: { day: expected } });
  });

  it.each<[string, number]>([
    // 8 June 2000 was a Thursday, 6 August 2000 a Sunday: the weekday says month first.
    [' Thu 6/08/00', on(2000, 6, 8)],
    // 1 January 2000 either way (a Saturday).
    ['Sat 01.01.00 08:00', on(2000, 1, 1)],
    // 3 February 2025 was a Monday, 2 March 2025 a Sunday: day first.
    ['Mon 03/02/2025', on(2025, 2, 3)],
    ['Thursday, 4 June 2026', on(2026, 6, 4)],
    ['jeu. 4 juin 2026', on(2026, 6, 4)],
    ['Do., 4. Juni 2026', on(2026, 6, 4)],
    ['jueves, 4 de junio de 2026', on(2026, 6, 4)],
    ['quinta-feira, 4 de junho de 2026', on(2026, 6, 4)],
    // "Mar" is mardi/martes and March: with the weekday taken off nothing is left to read, so it is the month.
    ['Mar 3 2026', on(2026, 3, 3)],
  ])('weekday first: %j', (text, expected) => {
    expect(read(text)).toEqual({ kind: 'value', value: { day: expected } });
    expect(read(text, mdy)).toEqual({ kind: 'value', value: { day: expected } });
  });

  it('lets the weekday settle day and month only when exactly one reading falls on it', () => {
    // 3 April 2026 is a Friday and 4 March 2026 a Wednesday.
    expect(read('Fri 03/04/2026', mdy)).toEqual({ kind: 'value', value: { day: on(2026, 4, 3) } });
    expect(read('Wed 03/04/2026', dmy)).toEqual({ kind: 'value', value: { day: on(2026, 3, 4) } });
    // A Tuesday is neither: still ambiguous, read by the setting.
    const ambiguous = { dayFirst: on(2026, 4, 3), monthFirst: on(2026, 3, 4) };
    expect(read('Tue 03/04/2026', dmy)).toEqual({ kind: 'value', value: { day: on(2026, 4, 3), ambiguous } });
    expect(read('03/04/2026 10:00', mdy)).toEqual({ kind: 'value', value: { day: on(2026, 3, 4), ambiguous } });
    // A wrong weekday does not veto a date that reads one way only (25 April 2026 was a Saturday).
    expect(read('Fri 25.04.26')).toEqual({ kind: 'value', value: { day: on(2026, 4, 25) } });
  });
});

describe('parseDateValue: dotted dates', () => {
  it.each<[string, number]>([
    // Germany, Austria, Switzerland, Scandinavia, Poland, Czechia, Russia write d.m.y: never ambiguous.
    ['12.11.2026', on(2026, 11, 12)],
    ['02.03.26', on(2026, 3, 2)],
    ['1.2.2027', on(2027, 2, 1)],
    // No thirteenth month: month first, as the rare US writer with dots means.
    ['11.13.2026', on(2026, 11, 13)],
  ])('%j reads day first whatever the setting, with no second reading', (text, expected) => {
    expect(read(text)).toEqual({ kind: 'value', value: { day: expected } });
    expect(read(text, mdy)).toEqual({ kind: 'value', value: { day: expected } });
  });
});

describe('parseDateValue: month names in seven languages', () => {
  it.each<[string, number]>([
    ['3 févr. 2026', on(2026, 2, 3)],
    ['3 fevr 2026', on(2026, 2, 3)],
    ['3. März 2026', on(2026, 3, 3)],
    ['3. Marz 2026', on(2026, 3, 3)],
    ['3 mrt. 2026', on(2026, 3, 3)],
    ['12 de marzo de 2026', on(2026, 3, 12)],
    ['5 de março de 2026', on(2026, 3, 5)],
    ['5 marco 2026', on(2026, 3, 5)],
    ['1 giugno 2026', on(2026, 6, 1)],
    ['1° giugno 2026', on(2026, 6, 1)],
    ['1er janvier 2026', on(2026, 1, 1)],
    ['15 janv 2026', on(2026, 1, 15)],
    ['20 gen 2026', on(2026, 1, 20)],
    ['20 ene. 2026', on(2026, 1, 20)],
    ['3 mei 2026', on(2026, 5, 3)],
    ['9 juil. 2026', on(2026, 7, 9)],
    ['7 août 2026', on(2026, 8, 7)],
    ['2 agosto 2026', on(2026, 8, 2)],
    ['3 okt 2026', on(2026, 10, 3)],
    ['10 ottobre 2026', on(2026, 10, 10)],
    ['11 outubro 2026', on(2026, 10, 11)],
    ['24 dez. 2026', on(2026, 12, 24)],
    ['12 diciembre 2026', on(2026, 12, 12)],
    ['marzo 12, 2026', on(2026, 3, 12)],
    ['Sept. 3rd, 2026', on(2026, 9, 3)],
    ['3rd of April 2026', on(2026, 4, 3)],
    ['03APR2026', on(2026, 4, 3)],
    ['2026-Apr-03', on(2026, 4, 3)],
    ['2026 april 3', on(2026, 4, 3)],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual({ kind: 'value', value: { day: expected } });
  });

  it.each([
    '32/13/2025', // neither reading is a date
    'Foo 3 2026', // no month word
    '12:00 AM', // a time with no date
    '3 jui 2026', // juin or juillet
    'April 26', // no day, and 26 is no four-digit year (a month alone is a period: test/core/ingest/unseen-forms.test.ts)
    '3 Apx 2026',
    '2026-04-03 25:00', // no such hour
    '18/Sep/25 13:00 PM', // no such hour on a 12-hour clock
    '31/02/2026 10:00',
    'Monkey 3 Apr 2026', // no weekday, no month
    'Thursday',
  ])('%j cannot be read', (text) => {
    expect(read(text)).toEqual({ kind: 'invalid', expected: 'a date such as 2026-04-03, 3 Apr 2026 or an Excel date' });
  });
});

describe('forcedDateOrder with times and weekdays', () => {
  it.each<[CellValue, 'dmy' | 'mdy' | undefined]>([
    ['9/22/2025 3:05 PM', 'mdy'],
    ['22/09/2025 15:05', 'dmy'],
    [' Thu 6/08/00', 'mdy'],
    ['Mon 03/02/2025', 'dmy'],
    // Dotted: day first by convention, whatever the numbers.
    ['Sat 01.01.00 08:00', 'dmy'],
    ['Fr 13.11.2026', 'dmy'],
    ['02.03.2026', 'dmy'],
    ['03/04/2026 10:00', undefined],
    ['Tue 03/04/2026', undefined],
    ['18/Sep/25 12:00 AM', undefined],
    ['12:00 AM', undefined],
    ['25/04/2026 25:00', undefined],
  ])('%j -> %s', (value, order) => {
    expect(forcedDateOrder(value)).toBe(order);
  });

  it("reads a column's ambiguous dates the way its weekday-dated cells are written, with no finding", () => {
    const rows: CellValue[][] = [
      ['ID', 'Due'],
      ['A-1', ' Thu 6/08/00'],
      ['A-2', '05/06/2000 9:00 AM'],
    ];
    const result = ingestSources([sheetSource(rows)], makeOptions(0, { dateOrder: 'dmy' }));
    expect(result.initiatives.map((r) => r.due)).toEqual([on(2000, 6, 8), on(2000, 5, 6)]);
    // Thursday 8 June 2000 settles the column month first, so its 05/06 is no question.
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });

  it('reads a Jira column of dd/MMM/yy h:mm a dates with no finding', () => {
    const rows: CellValue[][] = [
      ['Issue key', 'Summary', 'Due date'],
      ['PRJ-1', 'One', '18/Sep/25 12:00 AM'],
      ['PRJ-2', 'Two', '04/Jul/01 12:08 PM'],
    ];
    const result = ingestSources([sheetSource(rows)], makeOptions(0));
    expect(result.initiatives.map((r) => [r.id, r.due])).toEqual([
      ['PRJ-1', on(2025, 9, 18)],
      ['PRJ-2', on(2001, 7, 4)],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });
});

describe('a range of dates in one cell (a Timeline or Dates column)', () => {
  const range = (first: number, last: number) => ({ kind: 'value', value: { day: last, period: { first, last }, range: true } });

  it.each<[string, number, number]>([
    // monday.com's Timeline column as its Excel export writes it.
    ['2026-09-01 - 2026-10-15', on(2026, 9, 1), on(2026, 10, 15)],
    ['1 Sep – 15 Oct 2026', on(2026, 9, 1), on(2026, 10, 15)],
    ['Sep 1 to Oct 15, 2026', on(2026, 9, 1), on(2026, 10, 15)],
    // 15 is no month: the whole cell is day first, whatever the setting.
    ['from 01/09/2026 until 15/10/2026', on(2026, 9, 1), on(2026, 10, 15)],
    ['between 3 Mar 2027 and 9 Apr 2027', on(2027, 3, 3), on(2027, 4, 9)],
    ['Q3 2026 - Q1 2027', on(2026, 7, 1), on(2027, 3, 31)],
    // The start's year is the end's, or the year before when it would fall after the end.
    ['Dec – Feb 2027', on(2026, 12, 1), on(2027, 2, 28)],
  ])('%j runs from its first day to its last', (text, first, last) => {
    expect(read(text)).toEqual(range(first, last));
    expect(read(text, mdy)).toEqual(range(first, last));
    expect(rangeStart(text)).toBe(first);
  });

  it('reads no range that runs backwards, of things that are not dates, or a single period as a start', () => {
    expect(read('2026-10-15 - 2026-09-01').kind).toBe('invalid');
    expect(read('FIN-2 - OPS-3').kind).toBe('invalid');
    expect(read('R&D - phase 2').kind).toBe('invalid');
    expect(rangeStart('Q3 2026')).toBeUndefined();
    expect(rangeStart('2026-09-01')).toBeUndefined();
  });

  it('gives no start where day and month could swap in it; the end, the same either way, is read', () => {
    // 1 Sep or 9 Jan; 10 Oct either way.
    expect(read('01/09/2026 - 10/10/2026')).toEqual(range(on(2026, 9, 1), on(2026, 10, 10)));
    expect(rangeStart('01/09/2026 - 10/10/2026')).toBeUndefined();
  });

  it('fills start and due of a table with a Timeline column and no start column, the start pointing at the range cell', () => {
    const rows: CellValue[][] = [
      ['Name', 'Owner', 'Status', 'Timeline', 'Dependent On'],
      ['Journey mapping', 'Lena Fox', 'Done', '2026-09-01 - 2026-10-15', null],
      ['Portal redesign', 'Omar Haddad', 'Working on it', '16 Oct – 20 Dec 2026', 'Journey mapping'],
      ['KYC automation', 'Omar Haddad', 'Stuck', 'Q1 2027', 'Portal redesign'],
    ];
    const result = ingestSources([sheetSource(rows)], makeOptions(0));
    expect(result.initiatives.map((r) => [r.name, r.start, r.due])).toEqual([
      ['Journey mapping', on(2026, 9, 1), on(2026, 10, 15)],
      ['Portal redesign', on(2026, 10, 16), on(2026, 12, 20)],
      // A quarter is when it is due by, not when it starts.
      ['KYC automation', undefined, on(2027, 3, 31)],
    ]);
    const portal = result.initiatives[1]!;
    expect(cellOf(portal.cells, 'start')?.address).toBe('D3');
    expect(cellOf(result.initiatives[2]!.cells, 'start')).toBeUndefined();
    expect(result.findings.filter((f) => f.code === 'value.unparseable')).toEqual([]);
  });
});

describe('a text far longer than any date', () => {
  it('is no date, and never reaches the patterns (a 4 MB name overflowed their backtracking stack in a test worker)', () => {
    // Short, it reads; padded past any date's length, the same parts are not read.
    expect(read(`3${' '.repeat(10)}Apr 2026`)).toEqual({ kind: 'value', value: { day: on(2026, 4, 3) } });
    expect(read(`3${' '.repeat(200)}Apr 2026`).kind).toBe('invalid');
    expect(forcedDateOrder(`25/04/2026${' '.repeat(200)}x`)).toBeUndefined();
    expect(read('N'.repeat(4 * 1024 * 1024)).kind).toBe('invalid');
  });
});

describe('a day and month written with no year', () => {
  const asOf = on(2026, 11, 16);
  const withAsOf: DateContext = { ...dmy, asOf };
  it.each<[string, number]>([
    ['12-Nov', on(2026, 11, 12)],
    ['12 Nov', on(2026, 11, 12)],
    ['3rd December', on(2026, 12, 3)],
    ['Nov 12', on(2026, 11, 12)],
    ['9 mars', on(2027, 3, 9)],
    // Nearest the as-of day: 20 May 2026 is 180 days back, 20 May 2027 185 days ahead.
    ['20-May', on(2026, 5, 20)],
    ['15-Jan', on(2027, 1, 15)],
    // A period's last day for a due date.
    ['end of Jan', on(2027, 1, 31)],
    ['end Dec', on(2026, 12, 31)],
  ])('%j on 16 Nov 2026 -> %s', (text, expected) => {
    const got = read(text, withAsOf);
    expect(got.kind === 'value' ? [got.value.day, got.value.yearless] : got).toEqual([expected, true]);
  });

  it('takes last December for "20-Dec" seen on 5 January, and a leap year for 29 Feb', () => {
    expect(read('20-Dec', { ...dmy, asOf: on(2027, 1, 5) })).toMatchObject({ value: { day: on(2026, 12, 20) } });
    expect(read('29 Feb', { ...dmy, asOf: on(2027, 11, 16) })).toMatchObject({ value: { day: on(2028, 2, 29) } });
  });

  it('reads no year-less date without an as-of day, nor words that are no month ("Phase 2", "Wave 12")', () => {
    expect(read('12-Nov').kind).toBe('invalid');
    expect(read('Phase 2', withAsOf).kind).toBe('invalid');
    expect(read('Wave 12', withAsOf).kind).toBe('invalid');
    expect(read('32 Nov', withAsOf).kind).toBe('invalid');
  });

  it('reads a tracker column of "12-Nov" update dates in the as-of year, with one info finding for the column', () => {
    const rows: CellValue[][] = [
      ['ID', 'Initiative', 'Updated'],
      ['C-1', 'Intake', '12-Nov'],
      ['C-2', 'Triage', '02-Nov'],
    ];
    const result = ingestSources([sheetSource(rows)], makeOptions(asOf));
    expect(result.initiatives.map((r) => [r.id, r.lastUpdated])).toEqual([
      ['C-1', on(2026, 11, 12)],
      ['C-2', on(2026, 11, 2)],
    ]);
    const findings = result.findings.filter((f) => f.code.startsWith('value.'));
    expect(findings.map((f) => [f.code, f.severity, f.cells.map((c) => c.address)])).toEqual([['value.date-without-year', 'info', ['C2', 'C3']]]);
    expect(findings[0]!.message).toContain('C2 "12-Nov" read as 2026-11-12');
  });
});

describe('fiscal quarters, halves and years', () => {
  const fiscal = (text: string, fiscalYearStart?: number) => {
    const got = read(text, fiscalYearStart === undefined ? dmy : { ...dmy, fiscalYearStart });
    return got.kind === 'value' ? [got.value.period?.first, got.value.day, got.value.fiscal] : got.kind;
  };
  // Worked by hand: with years starting in April, FY27 runs 1 Apr 2026 to 31 Mar 2027 and its Q2 is Jul-Sep 2026.
  it.each<[string, number | undefined, number, number, number, boolean, boolean]>([
    ['Q2 FY27', 4, on(2026, 7, 1), on(2026, 9, 30), 4, false, false],
    ['FY27 Q2', 7, on(2026, 10, 1), on(2026, 12, 31), 7, false, false],
    ['FY27-Q4', 10, on(2027, 7, 1), on(2027, 9, 30), 10, false, false],
    ['q1 fy2027', 1, on(2027, 1, 1), on(2027, 3, 31), 1, false, false],
    ["Q3 FY'27", 4, on(2026, 10, 1), on(2026, 12, 31), 4, false, false],
    ['H2 FY27', 4, on(2026, 10, 1), on(2027, 3, 31), 4, false, false],
    ['FY27', 4, on(2026, 4, 1), on(2027, 3, 31), 4, false, false],
    ['end of Q2 FY27', 4, on(2026, 7, 1), on(2026, 9, 30), 4, false, false],
    // None given: a single fiscal year is the calendar year, a split year starts in April.
    ['Q2 FY27', undefined, on(2027, 4, 1), on(2027, 6, 30), 1, true, false],
    ['FY27', undefined, on(2027, 1, 1), on(2027, 12, 31), 1, true, false],
    ['H1 FY2026/27', undefined, on(2026, 4, 1), on(2026, 9, 30), 4, true, true],
    ['Q3 2026/27', undefined, on(2026, 10, 1), on(2026, 12, 31), 4, true, true],
    ['2026/27 Q4', undefined, on(2027, 1, 1), on(2027, 3, 31), 4, true, true],
    ['FY2026-27', undefined, on(2026, 4, 1), on(2027, 3, 31), 4, true, true],
  ])('%s with the year starting in month %s', (text, start, first, last, startMonth, assumed, splitYear) => {
    expect(fiscal(text, start)).toEqual([first, last, { startMonth, assumed, splitYear }]);
  });

  it('reads a range of fiscal quarters from the first day of one to the last of the other', () => {
    expect(fiscal('Q1 FY27 - Q2 FY27', 4)).toEqual([on(2026, 4, 1), on(2026, 9, 30), { startMonth: 4, assumed: false, splitYear: false }]);
  });

  it.each(['2026/28 Q1', 'H3 FY27', 'Q5 FY27', 'FY', 'FY27 Q2 extra', '2026/27'])('does not read "%s"', (text) => {
    expect(fiscal(text, 4)).toBe('invalid');
  });

  it('a calendar quarter is no fiscal one', () => {
    expect(fiscal('Q3 2026', 4)).toEqual([on(2026, 7, 1), on(2026, 9, 30), undefined]);
  });

  it('says once per column which fiscal year start it read by', () => {
    const rows: CellValue[][] = [
      ['ID', 'Initiative', 'Target'],
      ['F-1', 'Ledger', 'Q2 FY27'],
      ['F-2', 'Payroll', 'Q3 FY27'],
      ['F-3', 'Close', '2026-12-18'],
    ];
    const given = ingestSources([sheetSource(rows)], makeOptions(on(2026, 11, 16), { fiscalYearStart: 4 }));
    expect(given.initiatives.map((r) => [r.id, r.due])).toEqual([
      ['F-1', on(2026, 9, 30)],
      ['F-2', on(2026, 12, 31)],
      ['F-3', on(2026, 12, 18)],
    ]);
    const notes = given.findings.filter((f) => f.code.startsWith('value.'));
    expect(notes.map((f) => [f.code, f.severity, f.cells.map((c) => c.address)])).toEqual([['value.fiscal-period', 'info', ['C2', 'C3']]]);
    expect(notes[0]!.message).toBe(
      'Finance.xlsx, sheet "Initiatives": the due column "Target" has 2 fiscal periods, the first C2 "Q2 FY27" read as 2026-07-01 to 2026-09-30: fiscal years starting in April, as set, and "FY27" as the year ending in 2027.',
    );
    const assumed = ingestSources([sheetSource(rows)], makeOptions(on(2026, 11, 16)));
    expect(assumed.initiatives[0]!.due).toBe(on(2027, 6, 30));
    expect(assumed.findings.find((f) => f.code === 'value.fiscal-period')!.message).toContain('fiscal years taken to start in January (the calendar year)');
  });
});

describe('parseDateValue: a short note after the date', () => {
  it.each<[string, number]>([
    ['15/09/2026 (A)', on(2026, 9, 15)],
    ['30/06/2027 (TBC)', on(2027, 6, 30)],
    ['2026-12-18 [revised]', on(2026, 12, 18)],
  ])('%j reads as the date before the note', (text, expected) => {
    expect(read(text)).toEqual({ kind: 'value', value: { day: expected } });
  });

  it('leaves a note with figures in it unread, as it may say another date', () => {
    expect(read('30/06/2027 (was 31/03)').kind).toBe('invalid');
  });
});
