import { detectTables, ingestSources } from '../../../src/core/ingest';
import { finishFromDuration } from '../../../src/core/ingest/due-from-duration';
import { findTables } from '../../../src/core/ingest/find-tables';
import { profileColumns } from '../../../src/core/ingest/match/column-profile';
import { valueFit } from '../../../src/core/ingest/match/value-fit';
import { cellOf } from '../../../src/core/model';
import { runPipeline } from '../../../src/core/pipeline';
import { checkJson } from '../../../src/core/report';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';
import { makeCalendar } from '../../../src/core/util/calendar';
import { dayFromIso, isoFromDay } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/**
 * A due worked out from Start + Duration where no due is written. Expected dates worked by hand
 * on a wall calendar: 2026-03-02 is a Monday; Good Friday 2026-04-03 and Easter Monday 2026-04-06.
 * Microsoft Project counts a task's start and finish days both: 1 day from Monday ends Monday,
 * 5 days end Friday, 0 days is a milestone on its start.
 */
const d = (iso: string): number => dayFromIso(iso)!;
const iso = (day: number | undefined): string | null => (day === undefined ? null : isoFromDay(day));
const EASTER = [d('2026-04-03'), d('2026-04-06')];
const options = makeOptions(d('2026-03-16'));

describe('finishFromDuration', () => {
  const monFri = makeCalendar();
  it.each<[string, number, string]>([
    ['2026-03-02', 1, '2026-03-02'], // Mon, 1 day: Mon
    ['2026-03-02', 5, '2026-03-06'], // Mon, 5 days: Fri
    ['2026-03-05', 5, '2026-03-11'], // Thu, Fri, (weekend), Mon, Tue, Wed
    ['2026-03-06', 2, '2026-03-09'], // Fri, Mon
    ['2026-03-07', 2, '2026-03-10'], // a Saturday start counts from Monday: Mon, Tue
    ['2026-03-02', 10, '2026-03-13'], // two weeks
  ])('from %s, %p working days end on %s', (start, days, finish) => {
    expect(isoFromDay(finishFromDuration(monFri, d(start), days, false))).toBe(finish);
  });

  it('skips holidays: 3 days from Wed 1 Apr 2026 over Easter end Tue 7 Apr', () => {
    // Wed 1, Thu 2, (Good Friday, weekend, Easter Monday), Tue 7.
    expect(isoFromDay(finishFromDuration(makeCalendar([1, 2, 3, 4, 5], EASTER), d('2026-04-01'), 3, false))).toBe('2026-04-07');
  });

  it('counts the calendar week: 2 days from Thu 5 Mar 2026 on a Sun-Thu week end Sun 8 Mar', () => {
    expect(isoFromDay(finishFromDuration(makeCalendar([0, 1, 2, 3, 4]), d('2026-03-05'), 2, false))).toBe('2026-03-08');
  });

  it('a 0-day task is a milestone on its start, even on a day off', () => {
    expect(isoFromDay(finishFromDuration(monFri, d('2026-04-02'), 0, false))).toBe('2026-04-02');
    expect(isoFromDay(finishFromDuration(monFri, d('2026-04-04'), 0, false))).toBe('2026-04-04');
  });

  it('an elapsed duration runs through weekends and holidays', () => {
    // Thu 5, Fri 6, Sat 7, Sun 8, Mon 9.
    expect(isoFromDay(finishFromDuration(monFri, d('2026-03-05'), 5, true))).toBe('2026-03-09');
    // Thu 2, Good Friday 3, Sat 4.
    expect(isoFromDay(finishFromDuration(makeCalendar([1, 2, 3, 4, 5], EASTER), d('2026-04-02'), 3, true))).toBe('2026-04-04');
  });
});

describe('the duration field in the matcher', () => {
  const mapping = (rows: CellValue[][]) => detectTables(sheetSource(rows), options)[0]!.mapping.map((m) => [m.field, m.header]);
  const durationOf = (rows: CellValue[][]) => mapping(rows).find(([field]) => field === 'duration')?.[1];

  it.each(['Duration', 'Dur.', 'Length', 'Days', 'Work days', 'Planned duration', 'Est. days', 'Duration (days)', 'Durée'])('maps "%s" over durations', (header) => {
    expect(durationOf([['ID', 'Task', 'Start', header], ['T-1', 'Design', '2026-03-02', '5d'], ['T-2', 'Build', '2026-03-09', '2 wks'], ['T-3', 'Test', '2026-03-23', 3]])).toBe(header);
  });

  it('maps a Duration column of bare numbers of days (GanttProject, Airtable)', () => {
    expect(durationOf([['ID', 'Task', 'Start', 'Duration'], ['T-1', 'Design', '2026-03-02', 5], ['T-2', 'Build', '2026-03-09', 10], ['T-3', 'Test', '2026-03-23', 0]])).toBe('Duration');
  });

  it('never reads counts of days of something else, what remains, what it took or the baseline as the plan duration', () => {
    const rows: CellValue[][] = [
      ['ID', 'Task', 'Start', 'Due', 'Days late', 'Days overdue', 'Days open', 'Days since update', 'Age (days)', 'Remaining duration', 'Actual duration', 'Baseline duration'],
      ['T-1', 'Design', '2026-03-02', '2026-03-06', 3, 2, 14, 1, 20, '2d', '5d', '5d'],
      ['T-2', 'Build', '2026-03-09', '2026-03-20', 0, 0, 7, 6, 9, '10d', '3d', '10d'],
    ];
    expect(durationOf(rows)).toBeUndefined();
    expect(mapping(rows)).toEqual([
      ['id', 'ID'],
      ['name', 'Task'],
      ['start', 'Start'],
      ['due', 'Due'],
    ]);
  });

  it('takes Duration beside Days late for the duration, and leaves Days late unread', () => {
    const rows: CellValue[][] = [
      ['ID', 'Task', 'Start', 'Days late', 'Duration'],
      ['T-1', 'Design', '2026-03-02', 3, '5 days'],
      ['T-2', 'Build', '2026-03-09', 0, '10 days'],
    ];
    expect(mapping(rows)).toEqual([
      ['id', 'ID'],
      ['name', 'Task'],
      ['start', 'Start'],
      ['duration', 'Duration'],
    ]);
  });

  it('fits durations written with units best, bare numbers next, dates and words not at all', () => {
    const block = findTables(
      sheetSource([
        ['Units', 'Numbers', 'Dates', 'Words'],
        ['5d', 5, '2026-03-02', 'Design'],
        ['2 wks', 10, '2026-03-09', 'Build'],
        ['3 days?', 3, '2026-03-16', 'Test'],
      ]).sheets[0]!,
    )[0]!;
    const fits = profileColumns(block, [1, 2, 3]).map((p) => valueFit(p, 'duration'));
    expect(fits[0]!).toBeGreaterThan(fits[1]!);
    expect(fits[1]!).toBeGreaterThanOrEqual(0.9);
    expect(fits[2]!).toBeLessThan(0.1);
    expect(fits[3]!).toBeLessThan(0.1);
  });
});

describe('a due from Start + Duration when no due is written', () => {
  const plan = (rows: CellValue[][], name = 'Plan.xlsx', extra: RawSource['sheets'] = []): RawSource => {
    const source = sheetSource(rows, { name });
    return { ...source, sheets: [{ ...source.sheets[0]!, name: 'Plan' }, ...extra] };
  };
  const dues = (source: RawSource, opts = options) =>
    ingestSources([source], opts).initiatives.map((r) => [r.id, iso(r.due), r.dueFrom ?? null]);

  it('with no due column: each row due on the last working day of its duration, the due pointing at the Duration cell, said once', () => {
    const source = plan([
      ['ID', 'Task', 'Start', 'Duration', 'Status', 'Last updated', 'Depends on'],
      ['T-1', 'Design', '2026-03-02', '5 days', 'Green', '2026-03-13', null],
      ['T-2', 'Build', '2026-03-05', '5d', 'Green', '2026-03-13', null],
      ['T-3', 'Sign-off', '2026-03-12', '0 days', 'Green', '2026-03-13', null],
      ['T-4', 'Soak', '2026-03-05', '5 edays', 'Green', '2026-03-13', null],
      ['T-5', 'Cure', '2026-03-06', '16 hrs', 'Green', '2026-03-13', null],
    ]);
    const result = ingestSources([source], options);
    expect(result.initiatives.map((r) => [r.id, iso(r.start), iso(r.due), r.duration, r.durationElapsed ?? false, r.dueFrom])).toEqual([
      ['T-1', '2026-03-02', '2026-03-06', 5, false, 'duration'], // Mon..Fri
      ['T-2', '2026-03-05', '2026-03-11', 5, false, 'duration'], // Thu, Fri, Mon, Tue, Wed
      ['T-3', '2026-03-12', '2026-03-12', 0, false, 'duration'], // a milestone on its start
      ['T-4', '2026-03-05', '2026-03-09', 5, true, 'duration'], // Thu..Mon, weekend included
      ['T-5', '2026-03-06', '2026-03-09', 2, false, 'duration'], // 16 h = 2 days: Fri, Mon
    ]);
    expect(result.initiatives.map((r) => cellOf(r.cells, 'due')?.address)).toEqual(['D2', 'D3', 'D4', 'D5', 'D6']);
    const said = result.findings.filter((f) => f.code === 'ingest.due-from-duration');
    expect(said).toEqual([
      {
        code: 'ingest.due-from-duration',
        severity: 'info',
        message:
          'Plan.xlsx, sheet "Plan": 5 dues were worked out from Start + Duration ("Start" and "Duration"), no due date being written: ' +
          'T-1 "Design" starts 2026-03-02 and runs 5 working days, so is due 2026-03-06 (its start and due days both count, as in Microsoft Project). A due written in the row would win over its duration.',
        cells: [{ source: 'Plan.xlsx', sheet: 'Plan', address: 'D2' }],
      },
    ]);
    // The table gives a due by its start and duration: no "no column for due" warning.
    expect(result.findings.filter((f) => f.code === 'ingest.fields-missing')).toEqual([]);
  });

  it('with a due column: only blank or "TBC" due cells are worked out; a written due wins, and an unreadable one is reported, not replaced', () => {
    const source = plan([
      ['ID', 'Task', 'Start', 'Finish', 'Duration'],
      ['T-1', 'Design', '2026-03-02', '2026-03-20', '5 days'], // written: wins over the 5 days
      ['T-2', 'Build', '2026-03-09', null, '2 wks'], // Mon 9 + 10 days: Fri 20
      ['T-3', 'Test', '2026-03-19', 'TBC', '3 days?'], // Thu, Fri, Mon 23
      ['T-4', 'Launch', '2026-03-23', 'soon', '1 day'],
      ['T-5', 'Review', null, null, '5 days'], // no start: nothing to count from
    ]);
    const result = ingestSources([source], options);
    expect(result.initiatives.map((r) => [r.id, iso(r.due), r.dueFrom ?? null])).toEqual([
      ['T-1', '2026-03-20', null],
      ['T-2', '2026-03-20', 'duration'],
      ['T-3', '2026-03-23', 'duration'],
      ['T-4', null, null],
      ['T-5', null, null],
    ]);
    expect(result.findings.filter((f) => f.code === 'value.unparseable').map((f) => f.cells[0]!.address)).toEqual(['D5']);
    const said = result.findings.filter((f) => f.code === 'ingest.due-from-duration');
    expect(said.map((f) => [f.message.slice(0, 98), f.cells])).toEqual([
      ['Plan.xlsx, sheet "Plan": 2 dues were worked out from Start + Duration ("Start" and "Duration"), no', [{ source: 'Plan.xlsx', sheet: 'Plan', address: 'E3' }]],
    ]);
  });

  it('says nothing when every row writes its due, or no row has a start', () => {
    const written = plan([['ID', 'Task', 'Start', 'Due', 'Duration'], ['T-1', 'Design', '2026-03-02', '2026-03-06', '5d']]);
    const unstarted = plan([['ID', 'Task', 'Duration'], ['T-1', 'Design', '5d']]);
    for (const source of [written, unstarted]) {
      expect(ingestSources([source], options).findings.filter((f) => f.code === 'ingest.due-from-duration')).toEqual([]);
    }
    expect(dues(unstarted)).toEqual([['T-1', null, null]]);
  });

  it('counts on the run calendar: its holidays (--holidays) and working weekdays', () => {
    const source = plan([['ID', 'Task', 'Start', 'Duration'], ['T-1', 'Order parts', '2026-04-01', '3 days'], ['T-2', 'Fit parts', '2026-03-05', '2 days']]);
    expect(dues(source)).toEqual([
      ['T-1', '2026-04-03', 'duration'], // Wed, Thu, Fri
      ['T-2', '2026-03-06', 'duration'], // Thu, Fri
    ]);
    expect(dues(source, makeOptions(d('2026-03-16'), { holidays: EASTER }))).toEqual([
      ['T-1', '2026-04-07', 'duration'], // Wed, Thu, (Good Friday to Easter Monday), Tue
      ['T-2', '2026-03-06', 'duration'],
    ]);
    expect(dues(source, makeOptions(d('2026-03-16'), { workingWeekdays: [0, 1, 2, 3, 4] }))).toEqual([
      ['T-1', '2026-04-05', 'duration'], // Sun-Thu: Wed 1, Thu 2, Sun 5
      ['T-2', '2026-03-08', 'duration'], // Thu 5, Sun 8
    ]);
  });

  it("counts on the source's own Holidays sheet, and on a calendar workbook given beside the trackers", () => {
    const rows: CellValue[][] = [['ID', 'Task', 'Start', 'Duration'], ['T-1', 'Order parts', '2026-04-01', '3 days']];
    const holidays = { name: 'Holidays', origin: { row: 0, col: 0 }, values: [['Date', 'Holiday'], ['2026-04-03', 'Good Friday'], ['2026-04-06', 'Easter Monday']] };
    expect(dues(plan(rows, 'Plan.xlsx', [holidays]))).toEqual([['T-1', '2026-04-07', 'duration']]);
    const calendar: RawSource = { name: 'Calendar.xlsx', origin: 'file', dateSystem: 1900, sheets: [holidays] };
    const result = ingestSources([plan(rows), calendar], options);
    expect(result.initiatives.map((r) => [r.id, iso(r.due)])).toEqual([['T-1', '2026-04-07']]);
  });

  it('the schedule, the report and check --json read the worked-out due as any due', () => {
    const source = plan([
      ['ID', 'Task', 'Start', 'Duration', 'Status', 'Last updated', 'Depends on'],
      ['T-1', 'Design', '2026-03-02', '5 days', 'Green', '2026-03-13', null],
      ['T-2', 'Build', '2026-03-09', '10 days', 'Green', '2026-03-13', 'T-1'],
    ]);
    const result = runPipeline([source], options);
    expect(result.model.initiatives.map((i) => [i.id, iso(i.due)])).toEqual([
      ['T-1', '2026-03-06'],
      ['T-2', '2026-03-20'], // Mon 9 .. Fri 20
    ]);
    const json = checkJson(result);
    const records = json.sources[0]!.tables[0]!.initiatives;
    expect(records.map((r) => [r.id, r.due, r.dueFrom, r.duration])).toEqual([
      ['T-1', '2026-03-06', 'duration', { days: 5, elapsed: false }],
      ['T-2', '2026-03-20', 'duration', { days: 10, elapsed: false }],
    ]);
    // As of Mon 16 Mar, T-1 (due Fri 6 Mar) is overdue, its finding at the Duration cell that gave the due; so T-2 starts
    // Tue 17 Mar at the earliest and its 10 days end Mon 30 Mar, 6 working days after its due (23-27 and 30 Mar).
    expect(result.findings.filter((f) => f.code.startsWith('schedule.') || f.code.startsWith('dates.')).map((f) => [f.code, f.initiativeId, f.cells[0]!.address, f.message])).toEqual([
      ['schedule.forecast-slip', 'T-2', 'D3', 'T-2 "Build" is forecast to finish 2026-03-30, after its due date 2026-03-20 (6 working days late).'],
      ['schedule.overdue', 'T-1', 'D2', 'T-1 "Design" was due 2026-03-06 and is not done as of 2026-03-16 (status green).'],
    ]);
  });
});
