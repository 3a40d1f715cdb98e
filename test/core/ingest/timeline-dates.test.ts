/**
 * The start and due a hand-made Gantt draws rather than writes (timeline-dates.ts). Expected days
 * are worked out on a calendar by hand: 2026-11-02 is a Monday; Excel serial 46328 is 2026-11-02
 * (45658 is 2025-01-01, 2025 has 365 days, and 1 Jan to 2 Nov 2026 is 305 days).
 */
import { ingestSources } from '../../../src/core/ingest';
import { bandPeriods } from '../../../src/core/ingest/timeline-dates';
import { makeOptions, type CellValue, type IngestResult, type RawSheet, type RawSource } from '../../../src/core/types';
import { isoFromDay } from '../../../src/core/util/days';
import { day, ingestExports, readCsvText } from '../../support/read-export';

const iso = (periods: ReadonlyArray<{ first: number; last: number }> | undefined): Array<[string, string]> | undefined =>
  periods?.map((p) => [isoFromDay(p.first), isoFromDay(p.last)]);

describe('bandPeriods', () => {
  it('runs each week to the day before the next, the last as long as the one before', () => {
    expect(iso(bandPeriods([['2026-11-02'], ['2026-11-09'], ['2026-11-16'], ['2026-11-23']], 'dmy'))).toEqual([
      ['2026-11-02', '2026-11-08'],
      ['2026-11-09', '2026-11-15'],
      ['2026-11-16', '2026-11-22'],
      ['2026-11-23', '2026-11-29'],
    ]);
  });

  it('reads numeric days in the order that makes them rise, whatever the run order', () => {
    const weeks: Array<[CellValue]> = [['02/11/2026'], ['09/11/2026'], ['16/11/2026'], ['23/11/2026']];
    // Month-first, 02/11 and 09/11 would be 11 Feb and 11 Sep and 16/11 no date: only day-first rises.
    expect(iso(bandPeriods(weeks, 'mdy'))?.[0]).toEqual(['2026-11-02', '2026-11-08']);
    expect(iso(bandPeriods([['11/02/2026'], ['11/09/2026'], ['11/16/2026'], ['11/23/2026']], 'dmy'))?.[3]).toEqual(['2026-11-23', '2026-11-29']);
  });

  it('reads months with their year as whole months', () => {
    expect(iso(bandPeriods([['Nov-26'], ['Dec-26'], ['Jan-27'], ['Feb 2027']], 'dmy'))).toEqual([
      ['2026-11-01', '2026-11-30'],
      ['2026-12-01', '2026-12-31'],
      ['2027-01-01', '2027-01-31'],
      ['2027-02-01', '2027-02-28'],
    ]);
  });

  it('reads quarters with their year as whole quarters', () => {
    expect(iso(bandPeriods([['Q1 2027'], ['Q2 2027'], ['Q3 2027'], ['Q4 2027']], 'dmy'))).toEqual([
      ['2027-01-01', '2027-03-31'],
      ['2027-04-01', '2027-06-30'],
      ['2027-07-01', '2027-09-30'],
      ['2027-10-01', '2027-12-31'],
    ]);
  });

  it('reads date serials in a date format, as Office.js gives date cells', () => {
    expect(iso(bandPeriods([[46328, 'dd/mm/yyyy'], [46335, 'dd/mm/yyyy'], [46342, 'dd/mm/yyyy'], [46349, 'dd/mm/yyyy']], 'dmy'))?.[0]).toEqual(['2026-11-02', '2026-11-08']);
    // The same numbers in a number format are figures, not days.
    expect(bandPeriods([[46328, '0'], [46335, '0'], [46342, '0'], [46349, '0']], 'dmy')).toBeUndefined();
  });

  it('gives nothing for labels without a date, months without a year, or falling days', () => {
    expect(bandPeriods([['W1'], ['W2'], ['W3'], ['W4']], 'dmy')).toBeUndefined();
    expect(bandPeriods([['Nov'], ['Dec'], ['Jan'], ['Feb']], 'dmy')).toBeUndefined();
    expect(bandPeriods([['2026-11-16'], ['2026-11-09'], ['2026-11-23'], ['2026-11-30']], 'dmy')).toBeUndefined();
  });
});

describe('bandPeriods of headers with no year', () => {
  const asOf = day('2026-11-16');

  it('dates week-commencing days by the as-of year, rolling into the next year after December', () => {
    const weeks: Array<[CellValue]> = [['w/c 14/12'], ['w/c 21/12'], ['w/c 28/12'], ['w/c 04/01']];
    expect(iso(bandPeriods(weeks, 'dmy', 1900, asOf))).toEqual([
      ['2026-12-14', '2026-12-20'],
      ['2026-12-21', '2026-12-27'],
      ['2026-12-28', '2027-01-03'],
      ['2027-01-04', '2027-01-10'],
    ]);
    expect(bandPeriods(weeks, 'dmy', 1900, asOf)?.yearless).toBe(true);
  });

  it('takes the year that puts the band nearest the as-of day: January to April before a May as-of is that year', () => {
    // As of 2027-05-10, Jan..Apr 2027 (middle mid-February 2027) is nearer than Jan..Apr 2026 or 2028.
    expect(iso(bandPeriods([['Jan'], ['Feb'], ['Mar'], ['Apr']], 'dmy', 1900, day('2027-05-10')))?.[0]).toEqual(['2027-01-01', '2027-01-31']);
    // As of 2026-11-16, "Nov, Dec, Jan, Feb" runs Nov 2026 to Feb 2027 (Feb 2027: 28 days).
    expect(iso(bandPeriods([['Nov'], ['Dec'], ['Jan'], ['Feb']], 'dmy', 1900, asOf))?.[3]).toEqual(['2027-02-01', '2027-02-28']);
  });

  it('runs a week-ending day back to the day after the one before', () => {
    // Fridays 6, 13, 20 and 27 Nov 2026; the first week is as long as the second: Sat 31 Oct to Fri 6 Nov.
    expect(iso(bandPeriods([['w/e 06/11'], ['w/e 13/11'], ['w/e 20/11'], ['w/e 27/11']], 'dmy', 1900, asOf))).toEqual([
      ['2026-10-31', '2026-11-06'],
      ['2026-11-07', '2026-11-13'],
      ['2026-11-14', '2026-11-20'],
      ['2026-11-21', '2026-11-27'],
    ]);
  });

  it('reads figures in the order that makes them rise, and gives nothing for a day no year has', () => {
    // Month-first, 11/02 11/09 11/16 11/23 are the November Mondays; day-first they would not all be days.
    expect(iso(bandPeriods([['11/02'], ['11/09'], ['11/16'], ['11/23']], 'dmy', 1900, asOf))?.[0]).toEqual(['2026-11-02', '2026-11-08']);
    expect(bandPeriods([['w/c 23/11'], ['w/c 30/11'], ['w/c 31/11'], ['w/c 07/12']], 'dmy', 1900, asOf)).toBeUndefined();
  });
});

const byName = (result: IngestResult, name: string) => result.initiatives.find((r) => r.name === name);
const dates = (result: IngestResult, name: string): [string | undefined, string | undefined] => {
  const r = byName(result, name);
  return [r?.start === undefined ? undefined : isoFromDay(r.start), r?.due === undefined ? undefined : isoFromDay(r.due)];
};

describe('a Gantt with no start or due column', () => {
  const weekly = [
    'Task,Owner,Status,02/11/2026,09/11/2026,16/11/2026,23/11/2026,30/11/2026,07/12/2026',
    'Survey,Ann Lee,Green,x,x,,,,',
    'Design,Bo Chan,Amber,,,x,x,x,',
    'Build,Cy Oduya,Red,,,,,,x',
    'Review,Di Ford,Green,,,,,,',
  ].join('\n');

  it("reads each row's start and due from its first and last marked week, Monday to Friday", async () => {
    const result = ingestExports([await readCsvText(weekly, 'gantt.csv')], '2026-11-16');
    expect(dates(result, 'Survey')).toEqual(['2026-11-02', '2026-11-13']);
    expect(dates(result, 'Design')).toEqual(['2026-11-16', '2026-12-04']);
    // The last week runs as long as the one before it: 7 to 13 Dec, its last working day Friday 11 Dec.
    expect(dates(result, 'Build')).toEqual(['2026-12-07', '2026-12-11']);
    // An unmarked row has no dates: nothing is made up.
    expect(dates(result, 'Review')).toEqual([undefined, undefined]);
  });

  it('says so once, at the timeline and the first mark of each dated row, and lists the weeks as used', async () => {
    const result = ingestExports([await readCsvText(weekly, 'gantt.csv')], '2026-11-16');
    const notice = result.findings.filter((f) => f.code === 'ingest.dates-from-timeline');
    expect(notice.map((f) => f.message)).toEqual([
      'gantt.csv, sheet "gantt": the table has no start or due column, so the start and due of 3 rows were read from the timeline D1:I1 ("02/11/2026" to "07/12/2026"): each row\'s first and last marked period, from its first working day to its last.',
    ]);
    expect(notice[0]!.cells.map((c) => c.address)).toEqual(['D1', 'D2', 'F3', 'I4']);
    expect(result.findings.filter((f) => f.code === 'ingest.unmapped-columns')).toEqual([]);
    // Dues were read, so they are not said to be missing; the update dates and dependencies are.
    const missing = result.findings.filter((f) => f.code === 'ingest.fields-missing').map((f) => f.message);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toContain('no column was found for last updated and depends on,');
  });

  it('skips holidays and a working week of the run', async () => {
    const options = makeOptions(day('2026-11-16'), { holidays: [day('2026-11-13')] });
    const result = ingestSources([await readCsvText(weekly, 'gantt.csv')], options);
    expect(dates(result, 'Survey')).toEqual(['2026-11-02', '2026-11-12']);
  });

  it('reads a month timeline: first working day of the first month to the last of the last', async () => {
    const months = ['Project,Lead,RAG,Nov-26,Dec-26,Jan-27,Feb-27,Mar-27', 'Depot move,Sam Dee,Green,,■,■,■,', 'Fleet refit,Ola Ben,Amber,■,,,,'].join('\n');
    const result = ingestExports([await readCsvText(months, 'months.csv')], '2026-11-16');
    // 1 Dec 2026 is a Tuesday; 28 Feb 2027 a Sunday, so the last working day is Friday 26 Feb.
    expect(dates(result, 'Depot move')).toEqual(['2026-12-01', '2027-02-26']);
    // 1 Nov 2026 is a Sunday: the first working day is Monday 2 Nov; 30 Nov is a Monday.
    expect(dates(result, 'Fleet refit')).toEqual(['2026-11-02', '2026-11-30']);
  });

  it('gives only the field the table lacks: a written start stands, the due is drawn', async () => {
    const text = ['Task,Start,Status,2026-11-02,2026-11-09,2026-11-16,2026-11-23', 'Pilot,2026-11-04,Green,x,x,x,'].join('\n');
    const result = ingestExports([await readCsvText(text, 'pilot.csv')], '2026-11-16');
    expect(dates(result, 'Pilot')).toEqual(['2026-11-04', '2026-11-20']);
    expect(result.findings.find((f) => f.code === 'ingest.dates-from-timeline')?.message).toContain('the table has no due column, so the due of 1 row was read');
  });

  it('reads a week-commencing timeline with no year, dated nearest the as-of day, and says which year it took', async () => {
    const text = ['Task,Owner,RAG,w/c 14/12,w/c 21/12,w/c 28/12,w/c 04/01,w/c 11/01', 'Cutover,Ann Lee,Green,,x,x,x,', 'Hypercare,Bo Chan,Amber,,,,,x'].join('\n');
    const result = ingestExports([await readCsvText(text, 'cutover.csv')], '2026-11-16');
    // Mon 21 Dec 2026 to Fri 8 Jan 2027 (the week of Mon 4 Jan); Mon 11 Jan to Fri 15 Jan 2027.
    expect(dates(result, 'Cutover')).toEqual(['2026-12-21', '2027-01-08']);
    expect(dates(result, 'Hypercare')).toEqual(['2027-01-11', '2027-01-15']);
    expect(result.findings.find((f) => f.code === 'ingest.dates-from-timeline')?.message).toContain(
      'The headers give no year: the timeline was read as 2026-12-14 to 2027-01-17, the years nearest the as-of date; write the year in the first header if that is wrong.',
    );
  });

  it('reads no dates from a band of figures (money phased by month) or from week labels', async () => {
    const phasing = ['Project,Owner,Status,Apr-26,May-26,Jun-26,Jul-26', 'Roof repair,Sam Dee,Green,3000,3000,3000,3000'].join('\n');
    const phased = ingestExports([await readCsvText(phasing, 'phasing.csv')], '2026-11-16');
    expect(dates(phased, 'Roof repair')).toEqual([undefined, undefined]);
    expect(phased.findings.some((f) => f.code === 'ingest.dates-from-timeline')).toBe(false);
    const labels = ['Task,Owner,Status,W1,W2,W3,W4', 'Survey,Ann Lee,Green,x,x,,'].join('\n');
    const labelled = ingestExports([await readCsvText(labels, 'labels.csv')], '2026-11-16');
    expect(dates(labelled, 'Survey')).toEqual([undefined, undefined]);
  });
});

describe('a Gantt drawn in fills, as the open workbook gives it', () => {
  // Header dates as Office.js gives them: serials in a date format. Bars as solid fills; the cells
  // around them are shaded pale grey (F2F2F2), grid banding, not a mark.
  const F = 'dd/mm/yyyy';
  const values: CellValue[][] = [
    ['ID', 'Task', 'Status', 46328, 46335, 46342, 46349],
    ['T-1', 'Survey', 'Green', null, null, null, null],
    ['T-2', 'Design', 'Amber', null, null, null, null],
    ['T-3', 'Build', 'Red', null, null, null, null],
  ];
  const formats = values.map((row, r) => row.map((_, c) => (r === 0 && c >= 3 ? F : null)));
  const grey = 'F2F2F2';
  const fills: Array<Array<string | undefined>> = [
    [],
    [undefined, undefined, undefined, '4472C4', '4472C4', grey, grey],
    [undefined, undefined, undefined, grey, '4472C4', '4472C4', '4472C4'],
    [undefined, undefined, undefined, grey, grey, grey, grey],
  ];
  const sheet: RawSheet = { name: 'Plan', origin: { row: 0, col: 0 }, values, numberFormats: formats, fills };
  const source: RawSource = { name: 'This workbook', origin: 'workbook', dateSystem: 1900, sheets: [sheet] };

  it('reads the bars as the dates, and the unbarred row as none', () => {
    const result = ingestSources([source], makeOptions(day('2026-11-16')));
    expect(dates(result, 'Survey')).toEqual(['2026-11-02', '2026-11-13']);
    expect(dates(result, 'Design')).toEqual(['2026-11-09', '2026-11-27']);
    expect(dates(result, 'Build')).toEqual([undefined, undefined]);
  });

  it('reads bars that cover most of the grid, and leaves out a background painted under bars of another colour', () => {
    const blue = '4472C4';
    const yellow = 'FFF2CC';
    // Bars covering 7 of 8 cells, in one colour: they are the bars, not a background.
    const long: RawSheet = { ...sheet, fills: [[], [undefined, undefined, undefined, blue, blue, blue, blue], [undefined, undefined, undefined, undefined, blue, blue, blue], []] };
    const longRead = ingestSources([{ ...source, sheets: [long] }], makeOptions(day('2026-11-16')));
    expect(dates(longRead, 'Survey')).toEqual(['2026-11-02', '2026-11-27']);
    expect(dates(longRead, 'Design')).toEqual(['2026-11-09', '2026-11-27']);
    // A light yellow grid (11 of 12 cells, FFF2CC is no pale grey) under one blue bar: the yellow is background.
    const painted: RawSheet = {
      ...sheet,
      fills: [[], [undefined, undefined, undefined, yellow, blue, yellow, yellow], [undefined, undefined, undefined, yellow, yellow, yellow, yellow], [undefined, undefined, undefined, yellow, yellow, yellow, yellow]],
    };
    const paintedRead = ingestSources([{ ...source, sheets: [painted] }], makeOptions(day('2026-11-16')));
    expect(dates(paintedRead, 'Survey')).toEqual(['2026-11-09', '2026-11-13']);
    expect(dates(paintedRead, 'Design')).toEqual([undefined, undefined]);
  });
});

describe('a weekly RAG history under week columns', () => {
  const history = [
    'ID,Project,Owner,Due,w/e 23/10,w/e 30/10,w/e 06/11,w/e 13/11',
    'IO-01,Network refresh,Ravi Menon,2027-03-31,G,A,A,R',
    'IO-02,Backup move,Ellie Ford,2027-01-29,G,G,G,G',
    'IO-03,Patch cycle,Ellie Ford,2026-12-18,A,A,G,G',
  ].join('\n');

  it('reads no start or due from the ratings: they rate each week, they are no bars of work', async () => {
    const result = ingestExports([await readCsvText(history, 'weekly.csv')], '2026-11-16');
    expect(result.initiatives.map((r) => [r.id, r.start === undefined ? undefined : isoFromDay(r.start)])).toEqual([
      ['IO-01', undefined],
      ['IO-02', undefined],
      ['IO-03', undefined],
    ]);
    expect(result.findings.filter((f) => f.code === 'ingest.dates-from-timeline')).toEqual([]);
  });
});
