import { excelError } from './custom-functions-stub';
import { criticalPathFormula, effectiveStatusFormula, findingsFormula, forecastFinishFormula, slipFormula, totalSlackFormula } from '../../functions/functions';
import { clearRunCache } from '../../functions/table-run';
import { serial } from './table';

/**
 * Calendars per department in the custom functions: the departments column and the calendars
 * range (Department | Working weekdays | [Holiday] | [Working]), worked by hand. The Office works
 * Mon-Fri and is closed on Good Friday, Fri 3 Apr 2026; the Site works every day.
 *
 *   ID   Department  Start       Due         Depends on
 *   O-1  Office      Mon 09 Mar  Fri 20 Mar  -           10 Office days
 *   S-1  Site        Mon 23 Mar  Sun 29 Mar  O-1         7 Site days
 *   O-2  Office      Mon 30 Mar  Tue 07 Apr  S-1         6 Office days (Mon 30 .. Thu 02, Mon 06, Tue 07)
 *   Y-1  Office      Mon 30 Mar  Tue 31 Mar  -
 *   Z-1  Site        Mon 30 Mar  Tue 31 Mar  -
 *
 * March/April 2026: Mon 23, Sun 29, Mon 30, Wed 1 Apr, Fri 3 Apr (Good Friday), Mon 6 Apr.
 */
const ROWS = [
  ['O-1', 'Green', '2026-03-09', '2026-03-20', '', 'Office'],
  ['S-1', 'Green', '2026-03-23', '2026-03-29', 'O-1', 'Site'],
  ['O-2', 'Green', '2026-03-30', '2026-04-07', 'S-1', 'Office'],
  ['Y-1', 'Green', '2026-03-30', '2026-03-31', '', 'Office'],
  ['Z-1', 'Green', '2026-03-30', '2026-03-31', '', 'Site'],
] as const;
const col = (i: number, date = false): unknown[][] => ROWS.map((r) => [date && r[i] !== '' ? serial(r[i]!) : r[i]]);
const ids = col(0);
const statuses = col(1);
const starts = col(2, true);
const dues = col(3, true);
const dependsOn = col(4);
const departments = col(5);
/** ids, statuses, dues, starts, dependsOn, lastUpdated in the functions' order. */
const cols = [ids, statuses, dues, starts, dependsOn, undefined] as const;
const CALENDARS = [
  ['Site', 'Mon-Sun', ''],
  ['Office', 'Mon-Fri', serial('2026-04-03')],
];
const BEFORE = serial('2026-03-02');
const AS_OF = serial('2026-03-24');

beforeEach(() => clearRunCache());

describe('TOTALSLACK on a 7-day Site calendar beside a 5-day Office one', () => {
  it('counts each initiative’s slack in its own department’s working days, the Office holiday crossed', () => {
    // The plan ends with O-2 on Tue 7 Apr. Y-1 (Office) may end as late as then: Wed 1, Thu 2, (Good Friday
    // off), Mon 6, Tue 7 = 4 Office days. Z-1 (Site): Wed 1 .. Tue 7 = 7 Site days. The chain has none: O-2 starts
    // the Office day after S-1 ends (Sun 29 -> Mon 30), S-1 the Site day after O-1 (its own planned Mon 23, the
    // latest O-1 may end being Fri 20: ending Mon 23 would put S-1 to Tue 24).
    expect(totalSlackFormula(ids, ...cols, BEFORE, undefined, undefined, undefined, departments, CALENDARS)).toEqual([[0], [0], [0], [4], [7]]);
    // Without the calendars, every row works Mon-Fri and no holiday: Wed 1 .. Tue 7 is 5 working days for both.
    expect(totalSlackFormula(ids, ...cols, BEFORE, undefined, undefined, undefined, departments)).toEqual([[0], [0], [0], [5], [5]]);
  });

  it('reads the week as a list, a WORKDAY.INTL weekend, or blank for the weekend argument’s; department names as the column writes them, any case', () => {
    const z1 = (calendars: unknown[][]): unknown => totalSlackFormula([['Z-1']], ...cols, BEFORE, undefined, undefined, undefined, departments, calendars);
    // Seven 0s: no day off, the Site's seven days.
    expect(z1([['site', '0000000', '']])).toEqual([[7]]);
    // Weekend 11, Sunday only: Wed 1 .. Tue 7 less Sun 5 = 6.
    expect(z1([['SITE', 11, '']])).toEqual([[6]]);
    expect(z1([['Site', 'Mon-Sat', '']])).toEqual([[6]]);
    // A blank week keeps the table's (weekend 1: Mon-Fri), its holiday still taken: Wed 1 .. Tue 7 less Fri 3 = 4.
    expect(z1([['Site', '', serial('2026-04-03')]])).toEqual([[4]]);
  });

  it('takes several holidays a department, one a row, and a date marked Working as a day worked (a Saturday)', () => {
    // Y-1: with Easter Monday off too, Wed 1, Thu 2, Tue 7 = 3. With Sat 4 Apr worked instead, Wed 1, Thu 2, Sat 4, Mon 6, Tue 7 = 5.
    const y1 = (calendars: unknown[][]): unknown => totalSlackFormula([['Y-1'], ['Z-1']], ...cols, BEFORE, undefined, undefined, undefined, departments, calendars);
    expect(y1([...CALENDARS, ['Office', '', serial('2026-04-06')]])).toEqual([[3], [7]]);
    expect(y1([['Site', 'Mon-Sun', '', ''], ['Office', 'Mon-Fri', serial('2026-04-03'), ''], ['Office', '', serial('2026-04-04'), true]])).toEqual([[5], [7]]);
    expect(y1([['Site', 'Mon-Sun', '', 0], ['Office', 'Mon-Fri', serial('2026-04-03'), 'No'], ['Office', '', serial('2026-04-04'), 'Yes']])).toEqual([[5], [7]]);
  });

  it('skips a header row (Calendars[#All]) and blank rows (desktop blanks are 0)', () => {
    const withHeader = [['Department', 'Working days', 'Holiday'], ...CALENDARS, [0, 0, 0], ['', '', '']];
    expect(totalSlackFormula(ids, ...cols, BEFORE, undefined, undefined, undefined, departments, withHeader)).toEqual([[0], [0], [0], [4], [7]]);
  });

  it('keeps the holidays argument for every calendar: a table-wide day off is the Site’s too', () => {
    // Thu 2 Apr off for everyone (the holidays argument): Z-1 has 6 Site days (Wed 1, Fri 3 .. Tue 7), Y-1 3 Office
    // days (Wed 1, Mon 6, Tue 7: Good Friday is the Office's own). The plan still ends with O-2 on Tue 7.
    expect(totalSlackFormula([['Y-1'], ['Z-1']], ...cols, BEFORE, undefined, undefined, [[serial('2026-04-02')]], departments, CALENDARS)).toEqual([[3], [6]]);
  });
});

describe('FORECASTFINISH, SLIP and EFFECTIVESTATUS across the two calendars', () => {
  it('moves an overdue Office task’s successors in their own days: the Site’s seven, then the Office’s five less Good Friday', () => {
    // As of Tue 24 Mar O-1 (due Fri 20) is not done: it finishes no earlier than Tue 24, 2 Office days late
    // (Mon 23, Tue 24). S-1 starts the next Site day, Wed 25, and takes its 7: Wed 25 .. Tue 31, 2 Site days
    // past its Sunday due date (Mon 30, Tue 31). O-2 starts the next Office day, Wed 1 Apr, and takes its 6:
    // Wed 1, Thu 2, Mon 6, Tue 7, Wed 8, Thu 9 (Good Friday off), 2 Office days late (Wed 8, Thu 9).
    const finish = forecastFinishFormula(ids, ...cols, AS_OF, undefined, undefined, departments, CALENDARS);
    expect(finish).toEqual([[serial('2026-03-24')], [serial('2026-03-31')], [serial('2026-04-09')], [serial('2026-03-31')], [serial('2026-03-31')]]);
    expect(slipFormula(ids, ...cols, AS_OF, undefined, undefined, departments, CALENDARS)).toEqual([[2], [2], [2], [0], [0]]);
    expect(effectiveStatusFormula([['O-2'], ['Y-1']], ...cols, AS_OF, undefined, undefined, departments, CALENDARS)).toEqual([['red'], ['green']]);
    // On one Mon-Fri calendar, S-1 is five days (Mon 23 .. Fri 27, its Sunday due read as it falls): Wed 25 ..
    // Tue 31; O-2's seven Office days (Good Friday worked) from Wed 1: Wed 1 .. Thu 9.
    expect(forecastFinishFormula([['S-1'], ['O-2']], ...cols, AS_OF, undefined, undefined, departments)).toEqual([[serial('2026-03-31')], [serial('2026-04-09')]]);
  });

  it('traces the longest path through both calendars: S-1 (from its own planned start) then O-2', () => {
    expect(criticalPathFormula(...cols, BEFORE, undefined, undefined, departments, CALENDARS)).toEqual([['S-1'], ['O-2']]);
  });
});

describe('the calendars argument, read strictly', () => {
  const slack = (calendars: unknown): unknown => totalSlackFormula([['Y-1']], ...cols, BEFORE, undefined, undefined, undefined, departments, calendars as unknown[][]);

  it('answers #VALUE! saying what is wrong', () => {
    expect(totalSlackFormula([['Y-1']], ...cols, BEFORE, undefined, undefined, undefined, undefined, CALENDARS)).toEqual([[excelError('#VALUE!', 'calendars needs departments (the department column of the initiative table) to know whose calendar schedules each row.')]]);
    const shape =
      'calendars must be a range of 2 to 4 columns: Department, Working weekdays (Mon-Fri, Mon-Sun, Sun-Thu, or a WORKDAY.INTL weekend), and optionally Holiday (a date) and Working (TRUE when that date is worked).';
    expect(slack([['Site'], ['Office']])).toEqual([[excelError('#VALUE!', shape)]]);
    expect(slack([['Site', 'Mon-Sun', '', '', '']])).toEqual([[excelError('#VALUE!', shape)]]);
    expect(slack([['Site', 'Mon-Sunday-ish', '']])).toEqual([[excelError('#VALUE!', 'calendars row 1: "Mon-Sunday-ish" is not a list of working weekdays (Mon-Fri, Mon-Sun, Sun-Thu) nor a WORKDAY.INTL weekend.')]]);
    expect(slack([...CALENDARS, ['', 'Mon-Sat', '']])).toEqual([[excelError('#VALUE!', "calendars row 3 names no department; the whole table's calendar is the weekend and holidays arguments.")]]);
    expect(slack([...CALENDARS, ['Office', '', 'Good Friday']])).toEqual([[excelError('#VALUE!', 'calendars row 3: the holiday "Good Friday" is not a date.')]]);
    expect(slack([...CALENDARS, ['office', 'Mon-Sat', '']])).toEqual([[excelError('#VALUE!', 'calendars rows 2 and 3 give office two weeks ("Mon-Fri", "Mon-Sat"); one week per department.')]]);
    expect(slack([['Site', { code: '#N/A' }, '']])).toEqual([[excelError('#N/A', 'calendars row 1 is the error #N/A.')]]);
  });

  it('names, through FINDINGS, a calendar for a department the table does not have (its days off schedule nothing)', () => {
    const rows = findingsFormula(...cols, BEFORE, 7, undefined, undefined, departments, [...CALENDARS, ['Warehouse', 'Mon-Sat', '']]) as unknown[][];
    const found = rows.filter((r) => r[0] === 'calendar.unknown-department');
    expect(found).toEqual([
      [
        'calendar.unknown-department',
        'warning',
        '',
        'Formula arguments, sheet "calendars" A3: the calendar for "Warehouse" names no department of the trackers (the trackers\' departments are "Office", "Site"); its days off schedule nothing.',
      ],
    ]);
  });
});
