import { checkScheduleForecastSlip } from '../../../src/core/rules/schedule-forecast-slip';
import { checkScheduleOverdue } from '../../../src/core/rules/schedule-overdue';
import { checkScheduleSuccessorBeforePredecessor } from '../../../src/core/rules/schedule-successor-before-predecessor';
import { cell, day, makeContext, options } from '../../support/model-builders';
import type { RecordSpec } from '../../support/model-builders';

const eng = (address: string) => cell('Eng.xlsx', 'Initiatives', address);

describe('schedule.successor-before-predecessor (working days Mon-Fri, inclusive, FS lag 0 = next working day)', () => {
  // P1 occupies Mon 2026-03-02 .. Fri 2026-03-06; P2 Wed 2026-03-04 .. Sat 2026-03-07 (finish rolls back to Fri).
  const preds: RecordSpec[] = [
    { id: 'P1', row: 2, start: '2026-03-02', due: '2026-03-06' },
    { id: 'P2', row: 3, start: '2026-03-04', due: '2026-03-07' },
    { id: 'P3', row: 4, start: '2026-03-09', due: '2026-03-13' },
  ];
  const cases: Array<[string, RecordSpec, string | undefined]> = [
    ['FS starting on the finish day', { id: 'S', start: '2026-03-06', due: '2026-03-20', dependsOn: ['P1'] },
      'S starts 2026-03-06, but its FS predecessor P1 finishes 2026-03-06, so it can start 2026-03-09 at the earliest.'],
    ['FS starting the next working day', { id: 'S', start: '2026-03-09', due: '2026-03-20', dependsOn: ['P1'] }, undefined],
    ['FS after a weekend finish, starting on Sunday', { id: 'S', start: '2026-03-08', due: '2026-03-20', dependsOn: ['P2'] }, undefined],
    ['FS+2d', { id: 'S', name: 'Rollout', start: '2026-03-10', due: '2026-03-20', dependsOn: [['P1', 'FS', 2]] },
      'S "Rollout" starts 2026-03-10, but its FS+2d predecessor P1 finishes 2026-03-06, so it can start 2026-03-11 at the earliest.'],
    ['FS-1d lead', { id: 'S', start: '2026-03-06', due: '2026-03-20', dependsOn: [['P1', 'FS', -1]] }, undefined],
    ['SS-1d', { id: 'S', start: '2026-03-02', due: '2026-03-20', dependsOn: [['P2', 'SS', -1]] },
      'S starts 2026-03-02, but its SS-1d predecessor P2 starts 2026-03-04, so it can start 2026-03-03 at the earliest.'],
    ['SS same day', { id: 'S', start: '2026-03-04', due: '2026-03-20', dependsOn: [['P2', 'SS', 0]] }, undefined],
    ['FF', { id: 'S', start: '2026-03-02', due: '2026-03-05', dependsOn: [['P1', 'FF', 0]] },
      'S finishes 2026-03-05, but its FF predecessor P1 finishes 2026-03-06, so it can finish 2026-03-06 at the earliest.'],
    ['FF same day', { id: 'S', start: '2026-03-02', due: '2026-03-06', dependsOn: [['P1', 'FF', 0]] }, undefined],
    ['SF finishing the working day before the predecessor starts', { id: 'S', start: '2026-03-02', due: '2026-03-06', dependsOn: [['P3', 'SF', 0]] }, undefined],
    ['SF+1d', { id: 'S', start: '2026-03-02', due: '2026-03-06', dependsOn: [['P3', 'SF', 1]] },
      'S finishes 2026-03-06, but its SF+1d predecessor P3 starts 2026-03-09, so it can finish 2026-03-09 at the earliest.'],
    // A successor with a due date and no start (a milestone list) takes no time it is not given: it may finish the day its FS predecessor does, not before.
    ['FS, no start, due before the predecessor finishes', { id: 'S', due: '2026-03-05', dependsOn: ['P1'] },
      'S finishes 2026-03-05, but its FS predecessor P1 finishes 2026-03-06, so it can finish 2026-03-06 at the earliest.'],
    ['FS, no start, due the day the predecessor finishes', { id: 'S', due: '2026-03-06', dependsOn: ['P1'] }, undefined],
    // P1 finishes Fri 03-06; FS+3d asks a start on Thu 03-12, so a due-only successor finishes Wed 03-11 at the earliest.
    ['FS+3d, no start, due two working days after', { id: 'S', due: '2026-03-10', dependsOn: [['P1', 'FS', 3]] },
      'S finishes 2026-03-10, but its FS+3d predecessor P1 finishes 2026-03-06, so it can finish 2026-03-11 at the earliest.'],
    ['FS+3d, no start, due three working days after', { id: 'S', due: '2026-03-11', dependsOn: [['P1', 'FS', 3]] }, undefined],
    // SS: it cannot finish before its predecessor starts (P2 starts Wed 03-04).
    ['SS, no start, due before the predecessor starts', { id: 'S', due: '2026-03-03', dependsOn: [['P2', 'SS', 0]] },
      'S finishes 2026-03-03, but its SS predecessor P2 starts 2026-03-04, so it can finish 2026-03-04 at the earliest.'],
    ['FS, no start and no due', { id: 'S', dependsOn: ['P1'] }, undefined],
  ];

  const predOf = (s: RecordSpec): string => {
    const first = s.dependsOn![0]!;
    return typeof first === 'string' ? first : 'name' in first ? first.name : first[0];
  };

  it.each(cases)('%s', (_name, succ, message) => {
    const found = checkScheduleSuccessorBeforePredecessor(makeContext({ initiatives: [...preds, { ...succ, row: 5 }] }));
    expect(found).toEqual(
      message === undefined
        ? []
        : [{ code: 'schedule.successor-before-predecessor', severity: 'error', initiativeId: 'S', related: [predOf(succ)], message, cells: [eng('J5')] }],
    );
  });

  it('follows the configured working week (Sun-Thu)', () => {
    const opts = options({ workingWeekdays: [0, 1, 2, 3, 4] });
    const spec = {
      initiatives: [
        { id: 'P', row: 2, start: '2026-03-02', due: '2026-03-05' }, // Mon..Thu
        { id: 'OK', row: 3, start: '2026-03-06', due: '2026-03-12', dependsOn: ['P'] }, // Fri rolls to Sun 03-08
        { id: 'BAD', row: 4, start: '2026-03-05', due: '2026-03-12', dependsOn: ['P'] },
      ],
    };
    const found = checkScheduleSuccessorBeforePredecessor(makeContext(spec, {}, {}, opts));
    expect(found.map((f) => [f.initiativeId, f.message])).toEqual([
      ['BAD', 'BAD starts 2026-03-05, but its FS predecessor P finishes 2026-03-05, so it can start 2026-03-08 at the earliest.'],
    ]);
  });

  it('skips links with a cancelled end or a missing date', () => {
    const found = checkScheduleSuccessorBeforePredecessor(
      makeContext({
        initiatives: [
          { id: 'P', row: 2, status: 'cancelled', start: '2026-03-02', due: '2026-03-06' },
          { id: 'Q', row: 3, start: '2026-03-02' },
          { id: 'S', row: 4, start: '2026-03-02', due: '2026-03-03', dependsOn: ['P', 'Q'] },
        ],
      }),
    );
    expect(found).toEqual([]);
  });
});

describe('schedule.overdue', () => {
  it('reports open initiatives due before the as-of date at their due cell', () => {
    const found = checkScheduleOverdue(
      makeContext({
        initiatives: [
          { id: 'ENG-4', name: 'Claims API', row: 2, status: 'amber', due: '2026-03-01' },
          { id: 'ENG-5', row: 3, status: 'done', due: '2026-03-01' },
          { id: 'ENG-6', row: 4, status: 'cancelled', due: '2026-03-01' },
          { id: 'ENG-7', row: 5, status: 'green', due: '2026-03-16' },
          { id: 'ENG-8', row: 6, due: '2026-03-13' },
          { id: 'ENG-9', row: 7, status: 'on-hold', due: '2026-03-13' },
          // A workflow word with no colour: what was reported is said, not "no status".
          { id: 'ENG-10', row: 8, status: 'unknown', statusText: 'In Testing', due: '2026-03-13' },
        ],
      }),
    );
    expect(found).toEqual([
      {
        code: 'schedule.overdue', severity: 'warning', initiativeId: 'ENG-4',
        message: 'ENG-4 "Claims API" was due 2026-03-01 and is not done as of 2026-03-16 (status amber).', cells: [eng('G2')],
      },
      {
        code: 'schedule.overdue', severity: 'warning', initiativeId: 'ENG-8',
        message: 'ENG-8 was due 2026-03-13 and is not done as of 2026-03-16 (no status reported).', cells: [eng('G6')],
      },
      {
        code: 'schedule.overdue', severity: 'warning', initiativeId: 'ENG-9',
        message: 'ENG-9 was due 2026-03-13 and is not done as of 2026-03-16 (status on hold).', cells: [eng('G7')],
      },
      {
        code: 'schedule.overdue', severity: 'warning', initiativeId: 'ENG-10',
        message: 'ENG-10 was due 2026-03-13 and is not done as of 2026-03-16 (reported "In Testing").', cells: [eng('G8')],
      },
    ]);
  });
});

describe('schedule.forecast-slip', () => {
  it("reports the analysis' forecast finish after due for open, not yet overdue initiatives", () => {
    const found = checkScheduleForecastSlip(
      makeContext(
        {
          initiatives: [
            { id: 'FIN-2', row: 2, status: 'red', due: '2026-03-20' },
            { id: 'ENG-4', name: 'Claims API', row: 3, status: 'green', due: '2026-04-01', dependsOn: ['FIN-2'] },
            { id: 'ENG-5', row: 4, status: 'done', due: '2026-04-01' },
            { id: 'ENG-6', row: 5, status: 'amber', due: '2026-03-02' },
          ],
        },
        {
          'ENG-4': { forecastFinish: day('2026-04-10'), slipDays: 7 },
          'ENG-5': { forecastFinish: day('2026-04-10'), slipDays: 7 },
          'ENG-6': { forecastFinish: day('2026-03-16'), slipDays: 10 }, // overdue: schedule.overdue's
        },
      ),
    );
    expect(found).toEqual([
      {
        code: 'schedule.forecast-slip', severity: 'warning', initiativeId: 'ENG-4', related: ['FIN-2'],
        message: 'ENG-4 "Claims API" is forecast to finish 2026-04-10, after its due date 2026-04-01 (7 working days late).',
        cells: [eng('G3')],
      },
    ]);
  });
});
