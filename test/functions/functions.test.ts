import { excelError } from './custom-functions-stub';
import {
  blockersFormula,
  criticalPathFormula,
  effectiveStatusFormula,
  findingsFormula,
  forecastFinishFormula,
  impactFormula,
  isStaleFormula,
  slipFormula,
  statusFormula,
  totalSlackFormula,
} from '../../functions/functions';
import { clearRunCache } from '../../functions/table-run';
import * as analyse from '../../src/core/analyse';
import { AS_OF, serial, table } from './table';

const t = table();
/** The shared table arguments, in the documented order after the id. */
const cols = [t.ids, t.statuses, t.dues, t.starts, t.dependsOn, t.lastUpdated] as const;

beforeEach(() => clearRunCache());

describe('EFFECTIVESTATUS', () => {
  it('answers one id, a range of ids, and every row when the id is omitted', () => {
    expect(effectiveStatusFormula([['OPS-1']], ...cols, AS_OF)).toEqual([['amber']]);
    expect(effectiveStatusFormula([[' fin-1 ']], ...cols, AS_OF)).toEqual([['red']]);
    expect(effectiveStatusFormula([['IT-2'], ['HR-1']], ...cols, AS_OF)).toEqual([['red'], ['done']]);
    const everyRow = [['red'], ['amber'], ['amber'], ['red'], ['red'], ['done']];
    expect(effectiveStatusFormula(null as unknown as unknown[][], ...cols, AS_OF)).toEqual(everyRow);
    // Passing the id column itself is the same whole-column form.
    expect(effectiveStatusFormula(t.ids, ...cols, AS_OF)).toEqual(everyRow);
  });

  it('gives #N/A for an unknown id and a blank for a blank id', () => {
    expect(effectiveStatusFormula([['XX-9']], ...cols, AS_OF)).toEqual([[excelError('#N/A', 'No initiative "XX-9" in ids.')]]);
    expect(effectiveStatusFormula([['']], ...cols, AS_OF)).toEqual([['']]);
  });

  it('finds numeric ids typed as numbers or text', () => {
    const ids = [[101], [102]];
    const statuses = [['Red'], ['Green']];
    const dues = [[serial('2026-05-01')], [serial('2026-06-01')]];
    expect(effectiveStatusFormula([[101], ['102']], ids, statuses, dues, undefined, [[''], ['101']], undefined, AS_OF)).toEqual([['red'], ['amber']]);
  });

  it('works with only the required columns', () => {
    expect(effectiveStatusFormula([['FIN-1'], ['OPS-1']], t.ids, t.statuses, t.dues, undefined, undefined, undefined, AS_OF)).toEqual([['red'], ['green']]);
  });
});

describe('TOTALSLACK, FORECASTFINISH, SLIP', () => {
  it('returns working-day slack, forecast finish serials and slip days', () => {
    expect(totalSlackFormula([['FIN-1'], ['IT-1'], ['HR-1']], ...cols, AS_OF)).toEqual([[0], [30], [70]]);
    expect(forecastFinishFormula([['IT-1'], ['IT-2'], ['OPS-2']], ...cols, AS_OF)).toEqual([[serial('2026-04-01')], [serial('2026-04-29')], [serial('2026-06-05')]]);
    expect(slipFormula(null as unknown as unknown[][], ...cols, AS_OF)).toEqual([[0], [0], [0], [3], [3], [0]]);
  });

  it('measures slack against a deadline column: negative past it', () => {
    // OPS-1 runs Mon 04-13 .. Fri 05-08 after FIN-1; OPS-2 Mon 05-11 .. Fri 06-05 after it. A deadline
    // of Fri 05-29 on OPS-2 is 5 working days before its early finish (Mon 06-01 .. Fri 06-05): slack -5
    // for OPS-2 and for the chain that drives it (OPS-1, FIN-1), where without it they had none.
    const deadlines = [[''], [''], [serial('2026-05-29')], [''], [''], ['']];
    const ids = [['FIN-1'], ['OPS-1'], ['OPS-2']];
    expect(totalSlackFormula(ids, ...cols, AS_OF)).toEqual([[0], [0], [0]]);
    expect(totalSlackFormula(ids, ...cols, AS_OF, deadlines)).toEqual([[-5], [-5], [-5]]);
  });

  it('gives #N/A with the reason when an initiative has no dates', () => {
    const noDates = [['FIN-1'], ['OPS-1']];
    const dues = [[''], [serial('2026-05-08')]];
    expect(totalSlackFormula([['FIN-1']], noDates, [['Green'], ['Green']], dues, undefined, undefined, undefined, AS_OF)).toEqual([
      [excelError('#N/A', 'FIN-1 has no slack: it needs start and due dates and must not be in a dependency cycle.')],
    ]);
    expect(forecastFinishFormula([['FIN-1']], noDates, [['Green'], ['Green']], dues, undefined, undefined, undefined, AS_OF)).toEqual([
      [excelError('#N/A', 'FIN-1 has no forecast finish: it needs a due date.')],
    ]);
  });
});

describe('the working calendar: weekend and holidays, as WORKDAY.INTL takes them', () => {
  const ids = [['FIN-1'], ['OPS-1'], ['OPS-2'], ['IT-1'], ['HR-1']];
  it('counts slack without the holidays given', () => {
    // Mon 2026-05-25 off (Spring bank holiday). The plan ends with OPS-2 on Fri 06-05. IT-1's chain ends
    // with IT-2 on Fri 04-24: Mon-Fri working days after it to 06-05 are Apr 27-30 (4) + May (21) +
    // Jun 1-5 (5) = 30, less the holiday 29. HR-1 (done Fri 02-27): Mar 22 + Apr 22 + May 21 + Jun 5 = 70, less 1.
    const holidays = [[serial('2026-05-25')], ['']];
    expect(totalSlackFormula(ids, ...cols, AS_OF)).toEqual([[0], [0], [0], [30], [70]]);
    expect(totalSlackFormula(ids, ...cols, AS_OF, undefined, undefined, holidays)).toEqual([[0], [0], [0], [29], [69]]);
    // A desktop blank (0) in the range is no date; the same holidays in a row read the same.
    expect(totalSlackFormula(ids, ...cols, AS_OF, undefined, 1, [[serial('2026-05-25'), 0]])).toEqual([[0], [0], [0], [29], [69]]);
  });

  it('works Saturdays on weekend 11 (Sunday only): the Saturday between a finish and the next planned start is slack', () => {
    // FIN-1 ends Fri 04-10, OPS-1 is planned to start Mon 04-13: Sat 04-11 is now a working day
    // OPS-1 could start on, so FIN-1 may slip to it; OPS-1 ends Fri 05-08 before OPS-2's Mon 05-11
    // start: one Saturday of slack for OPS-1 and, through it, a second for FIN-1.
    expect(totalSlackFormula(ids.slice(0, 3), ...cols, AS_OF, undefined, 11)).toEqual([[2], [1], [0]]);
    expect(totalSlackFormula(ids.slice(0, 3), ...cols, AS_OF, undefined, '0000001')).toEqual([[2], [1], [0]]);
    expect(totalSlackFormula(ids.slice(0, 3), ...cols, AS_OF, undefined, '0000011')).toEqual([[0], [0], [0]]);
    expect(criticalPathFormula(...cols, AS_OF, 11)).toEqual([['OPS-2']]);
  });

  it('answers #VALUE! for a weekend or a holiday Excel would not take, saying why', () => {
    const weekendHelp = 'weekend must be a weekend number (1-7, 11-17) or seven 0s and 1s from Monday to Sunday (1 a day off, e.g. "0000011"), as in WORKDAY.INTL.';
    expect(slipFormula([['FIN-1']], ...cols, AS_OF, 8)).toEqual([[excelError('#VALUE!', weekendHelp)]]);
    expect(slipFormula([['FIN-1']], ...cols, AS_OF, '1111111')).toEqual([[excelError('#VALUE!', weekendHelp)]]);
    expect(slipFormula([['FIN-1']], ...cols, AS_OF, undefined, [['Holiday'], [serial('2026-05-25')]])).toEqual([
      [excelError('#VALUE!', 'holidays must be dates; cell 1 of the range holds "Holiday".')],
    ]);
    expect(findingsFormula(...cols, AS_OF, 7, undefined, [[{ code: '#N/A' }]])).toEqual([[excelError('#N/A', 'holidays is the error #N/A.')]]);
  });
});

describe('BLOCKERS', () => {
  it('spills the at-risk upstream ids nearest first, or one list per row for a range', () => {
    expect(blockersFormula([['OPS-2']], ...cols, AS_OF)).toEqual([['OPS-1'], ['FIN-1']]);
    expect(blockersFormula([['FIN-1']], ...cols, AS_OF)).toEqual([['']]);
    expect(blockersFormula(null as unknown as unknown[][], ...cols, AS_OF)).toEqual([[''], ['FIN-1'], ['OPS-1, FIN-1'], [''], ['IT-1'], ['']]);
    expect(blockersFormula([['NOPE']], ...cols, AS_OF)).toEqual([[excelError('#N/A', 'No initiative "NOPE" in ids.')]]);
  });
});

describe('IMPACT', () => {
  it('spills every initiative that moves, with slip days and the new finish', () => {
    expect(impactFormula('FIN-1', 5, ...cols, AS_OF)).toEqual([
      ['ID', 'Slip days', 'New finish'],
      ['OPS-1', 5, serial('2026-05-15')],
      ['OPS-2', 5, serial('2026-06-12')],
    ]);
    expect(impactFormula('HR-1', 5, ...cols, AS_OF)).toEqual([['ID', 'Slip days', 'New finish']]);
  });

  it('rejects bad days and unknown ids with a message', () => {
    expect(impactFormula('FIN-1', -2, ...cols, AS_OF)).toEqual([[excelError('#VALUE!', 'days must be a whole number of working days, 0 or more.')]]);
    expect(impactFormula('FIN-1', 2.5, ...cols, AS_OF)).toEqual([[excelError('#VALUE!', 'days must be a whole number of working days, 0 or more.')]]);
    expect(impactFormula('', 2, ...cols, AS_OF)).toEqual([[excelError('#VALUE!', 'id is blank: name the initiative to delay.')]]);
    expect(impactFormula('ZZ-1', 2, ...cols, AS_OF)).toEqual([[excelError('#N/A', 'No initiative "ZZ-1" in ids.')]]);
  });
});

describe('CRITICALPATH and FINDINGS', () => {
  it('spills the critical path in schedule order', () => {
    expect(criticalPathFormula(...cols, AS_OF)).toEqual([['FIN-1'], ['OPS-1'], ['OPS-2']]);
  });

  it('gives #N/A when nothing has dates', () => {
    expect(criticalPathFormula([['FIN-1']], [['Green']], [['']], undefined, undefined, undefined, AS_OF)).toEqual([
      [excelError('#N/A', 'No critical path: initiatives need start and due dates.')],
    ]);
  });

  it('spills every finding under a header, errors first; the cadence changes what is stale', () => {
    expect(findingsFormula(...cols, AS_OF)).toEqual([
      ['Code', 'Severity', 'Initiative', 'Message'],
      ['status.green-over-risk', 'error', 'OPS-1', 'OPS-1 is reported green but depends on FIN-1 (red).'],
      ['status.green-over-risk', 'error', 'IT-2', 'IT-2 is reported green but depends on IT-1 (amber).'],
      ['schedule.forecast-slip', 'warning', 'IT-2', 'IT-2 is forecast to finish 2026-04-29, after its due date 2026-04-24 (3 working days late).'],
      ['schedule.overdue', 'warning', 'IT-1', 'IT-1 was due 2026-03-27 and is not done as of 2026-04-01 (status amber).'],
      ['status.stale', 'warning', 'OPS-1', 'OPS-1 was last updated 2026-03-20, 12 days before 2026-04-01 (review cadence 7 days).'],
    ]);
    expect(findingsFormula(...cols, AS_OF, 14).map((row) => row[0])).toEqual(['Code', 'status.green-over-risk', 'status.green-over-risk', 'schedule.forecast-slip', 'schedule.overdue']);
  });
});

describe('ISSTALE', () => {
  it('compares calendar days since the update with the cadence; blank is stale', () => {
    expect(isStaleFormula([[serial('2026-03-20')]], 7, AS_OF)).toEqual([[true]]);
    expect(isStaleFormula([[serial('2026-03-25')]], 7, AS_OF)).toEqual([[false]]);
    expect(isStaleFormula([[serial('2026-03-24')], [''], [serial('2026-03-31')]], 7, AS_OF)).toEqual([[true], [true], [false]]);
  });

  it('rejects a text date, a negative cadence and a bad as-of date', () => {
    expect(isStaleFormula([['last week']], 7, AS_OF)).toEqual([[excelError('#VALUE!', 'lastUpdated must be a date, not "last week".')]]);
    expect(isStaleFormula([[serial('2026-03-24')]], -1, AS_OF)).toEqual([[excelError('#VALUE!', 'cadence must be a number of days, 0 or more.')]]);
    expect(isStaleFormula([[serial('2026-03-24')]], 7, 'soon' as unknown as number)).toEqual([[excelError('#VALUE!', 'asOf must be a date.')]]);
  });
});

describe('STATUS', () => {
  it('normalises status words, letters and emoji, cell by cell', () => {
    expect(statusFormula([['At risk'], ['R'], ['🟢'], ['Complete'], ['On hold'], ['']])).toEqual([['amber'], ['red'], ['green'], ['done'], ['on-hold'], ['unknown']]);
  });

  it('gives #VALUE! with a hint for a word it cannot read', () => {
    expect(statusFormula([['banana']])).toEqual([[excelError('#VALUE!', '"banana" is not a status Throughline can read (try Green, Amber, Red, Done, On hold).')]]);
  });
});

/** The table with its blank cells as Excel passes them on the desktop (0) or on the web (null). */
function blanksAs(blank: 0 | null): typeof cols {
  const swap = (m: unknown[][]): unknown[][] => m.map((row) => row.map((v) => (v === '' ? blank : v)));
  return cols.map(swap) as unknown as typeof cols;
}

/** An error cell as Excel passes it when allowErrorForDataTypeAny is set. */
const naCell = { code: '#N/A' };

describe('blank cells and error cells as Excel really passes them', () => {
  it('reads blank Depends On cells passed as 0 (desktop) or null (web) as blank: the same findings as empty text', () => {
    const expected = findingsFormula(...cols, AS_OF);
    clearRunCache();
    expect(findingsFormula(...blanksAs(0), AS_OF)).toEqual(expected);
    clearRunCache();
    expect(findingsFormula(...blanksAs(null), AS_OF)).toEqual(expected);
    expect(expected.some((row) => row[0] === 'dependency.unknown')).toBe(false);
  });

  it('answers the whole-column form the same with desktop and web blanks', () => {
    const blankRow = (m: unknown[][], v: unknown): unknown[][] => [...m, [v]];
    const [ids, statuses, dues, starts, dependsOn, lastUpdated] = cols;
    const desktop = effectiveStatusFormula(blankRow(ids, 0), blankRow(ids, 0), blankRow(statuses, 0), blankRow(dues, 0), blankRow(starts, 0), blankRow(dependsOn, 0), blankRow(lastUpdated, 0), AS_OF);
    expect(desktop).toEqual([['red'], ['amber'], ['amber'], ['red'], ['red'], ['done'], ['']]);
  });

  it('counts a blank last-updated date as stale whether Excel passes it as 0 or null', () => {
    expect(isStaleFormula([[0], [null], [serial('2026-03-31')]], 7, AS_OF)).toEqual([[true], [true], [false]]);
  });

  it('answers for error cells in the table (a #N/A due date is a finding, the other rows still answer)', () => {
    const [ids, statuses, dues, starts, dependsOn, lastUpdated] = cols;
    const withError = dues.map((row, r) => (r === 3 ? [naCell] : row));
    const findings = findingsFormula(ids, statuses, withError, starts, dependsOn, lastUpdated, AS_OF);
    expect(findings).toContainEqual(['value.excel-error', 'warning', 'IT-1', expect.stringContaining('#N/A')]);
    expect(effectiveStatusFormula([['OPS-1']], ids, statuses, withError, starts, dependsOn, lastUpdated, AS_OF)).toEqual([['amber']]);
  });

  it('gives an error cell passed as a value back as an error of its kind, naming the argument', () => {
    expect(effectiveStatusFormula([[naCell]], ...cols, AS_OF)).toEqual([[excelError('#N/A', 'The id is the error #N/A.')]]);
    expect(isStaleFormula([[{ code: '#REF!' }]], 7, AS_OF)).toEqual([[excelError('#VALUE!', 'lastUpdated is the error #REF!.')]]);
    expect(statusFormula([[naCell]])).toEqual([[excelError('#N/A', 'The status is the error #N/A.')]]);
    expect(effectiveStatusFormula([['OPS-1']], ...cols, naCell as unknown as number)).toEqual([[excelError('#N/A', 'asOf is the error #N/A.')]]);
  });
});

describe('bad table arguments', () => {
  it('names the argument and the problem, never throws', () => {
    expect(effectiveStatusFormula([['FIN-1']], t.ids, t.statuses.slice(0, 5), t.dues, undefined, undefined, undefined, AS_OF)).toEqual([
      [excelError('#VALUE!', 'statuses has 5 rows but ids has 6; pass columns of the same table.')],
    ]);
    const twoColumns = t.ids.map((row, i) => [...row, ...t.statuses[i]!]);
    expect(slipFormula([['FIN-1']], twoColumns, t.statuses, t.dues, undefined, undefined, undefined, AS_OF)).toEqual([
      [excelError('#VALUE!', 'ids must be a single column (or row) of the initiative table.')],
    ]);
    expect(slipFormula([['FIN-1']], null as unknown as unknown[][], t.statuses, t.dues, undefined, undefined, undefined, AS_OF)).toEqual([
      [excelError('#VALUE!', 'ids is required (a column of the initiative table).')],
    ]);
    expect(slipFormula([['FIN-1']], ...cols, 'tomorrow' as unknown as number)).toEqual([[excelError('#VALUE!', 'asOf must be a date.')]]);
  });

  it('reads a one-row range of a column like a column', () => {
    const row = (c: unknown[][]): unknown[][] => [c.map((r) => r[0])];
    expect(effectiveStatusFormula([['OPS-1']], row(t.ids), row(t.statuses), row(t.dues), row(t.starts), row(t.dependsOn), row(t.lastUpdated), AS_OF)).toEqual([['amber']]);
  });
});

describe('a bug of ours', () => {
  it('shows as #VALUE! with its message in the cell, never as a thrown exception', () => {
    const spy = jest.spyOn(analyse, 'analyseModel').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      expect(effectiveStatusFormula([['FIN-1']], ...cols, AS_OF)).toEqual([[excelError('#VALUE!', 'Throughline could not compute this: boom')]]);
    } finally {
      spy.mockRestore();
    }
  });
});
