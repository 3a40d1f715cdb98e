import { checkStatusCompleteMismatch } from '../../../src/core/rules/status-complete-mismatch';
import { checkStatusDoneWithOpenUpstream } from '../../../src/core/rules/status-done-with-open-upstream';
import { checkStatusGreenOverRisk } from '../../../src/core/rules/status-green-over-risk';
import { checkStatusMissing } from '../../../src/core/rules/status-missing';
import { checkStatusMissingUpdateDate } from '../../../src/core/rules/status-missing-update-date';
import { checkStatusStale } from '../../../src/core/rules/status-stale';
import { cell, makeContext, options } from '../../support/model-builders';

const eng = (address: string) => cell('Eng.xlsx', 'Initiatives', address);

describe('status.green-over-risk', () => {
  it('reports green initiatives whose direct upstream is amber/red, forecast late or overdue', () => {
    const found = checkStatusGreenOverRisk(
      makeContext(
        {
          initiatives: [
            { id: 'FIN-2', row: 2, status: 'red', due: '2026-04-01' },
            { id: 'IT-5', row: 3, status: 'green', due: '2026-04-01' },
            { id: 'OPS-1', row: 4, status: 'not-started', due: '2026-03-10' },
            { id: 'ENG-4', name: 'Claims API', row: 5, status: 'green', dependsOn: ['FIN-2', 'IT-5', ['FIN-2', 'SS', 0]] },
            { id: 'ENG-5', row: 6, status: 'green', dependsOn: ['OPS-1'] },
            { id: 'ENG-6', row: 7, status: 'amber', dependsOn: ['FIN-2'] }, // not reported green
            { id: 'DONE', row: 8, status: 'done', due: '2026-03-01' },
            { id: 'ENG-7', row: 9, status: 'green', dependsOn: ['DONE'] }, // a finished upstream is no risk
            { id: 'HOLD', row: 10, status: 'on-hold' },
            { id: 'ENG-8', row: 11, status: 'green', dependsOn: ['HOLD'] },
          ],
          dependencies: [{ from: 'OPS-1', to: 'ENG-4', row: 2 }],
        },
        { 'IT-5': { slipDays: 3 } },
      ),
    );
    expect(found).toEqual([
      {
        code: 'status.green-over-risk', severity: 'error', initiativeId: 'ENG-4', related: ['FIN-2', 'IT-5', 'OPS-1'],
        message: 'ENG-4 "Claims API" is reported green but depends on FIN-2 (red), IT-5 (forecast 3 working days late) and OPS-1 (overdue since 2026-03-10).',
        cells: [eng('E5'), eng('J5'), cell('Deps.xlsx', 'Dependencies', 'A2')],
      },
      {
        code: 'status.green-over-risk', severity: 'error', initiativeId: 'ENG-5', related: ['OPS-1'],
        message: 'ENG-5 is reported green but depends on OPS-1 (overdue since 2026-03-10).',
        cells: [eng('E6'), eng('J6')],
      },
      {
        code: 'status.green-over-risk', severity: 'error', initiativeId: 'ENG-8', related: ['HOLD'],
        message: 'ENG-8 is reported green but depends on HOLD (on hold).',
        cells: [eng('E11'), eng('J11')],
      },
    ]);
  });
});

describe('status.done-with-open-upstream', () => {
  it('reports done initiatives with an upstream that is neither done nor cancelled', () => {
    const found = checkStatusDoneWithOpenUpstream(
      makeContext({
        initiatives: [
          { id: 'FIN-2', row: 2, status: 'amber' },
          { id: 'IT-5', row: 3, status: 'not-started' },
          { id: 'OPS-1', row: 4, status: 'cancelled' },
          { id: 'ENG-4', name: 'Claims API', row: 5, status: 'done', dependsOn: ['FIN-2', 'IT-5', 'OPS-1'] },
          { id: 'ENG-5', row: 6, status: 'done', dependsOn: ['FIN-2'] },
          { id: 'ENG-6', row: 7, status: 'done', dependsOn: ['OPS-1'] },
        ],
      }),
    );
    expect(found).toEqual([
      {
        code: 'status.done-with-open-upstream', severity: 'warning', initiativeId: 'ENG-4', related: ['FIN-2', 'IT-5'],
        message: 'ENG-4 "Claims API" is reported done but depends on FIN-2 (amber) and IT-5 (not started), which are not done.',
        cells: [eng('E5'), eng('J5')],
      },
      {
        code: 'status.done-with-open-upstream', severity: 'warning', initiativeId: 'ENG-5', related: ['FIN-2'],
        message: 'ENG-5 is reported done but depends on FIN-2 (amber), which is not done.',
        cells: [eng('E6'), eng('J6')],
      },
    ]);
  });
});

describe('status.complete-mismatch', () => {
  it('reports 100% but not done, and done below 100%', () => {
    const found = checkStatusCompleteMismatch(
      makeContext({
        initiatives: [
          { id: 'A', name: 'Depot', row: 2, status: 'amber', percentComplete: 1 },
          { id: 'B', row: 3, status: 'done', percentComplete: 0.6 },
          { id: 'C', row: 4, status: 'done', percentComplete: 1 },
          { id: 'D', row: 5, status: 'cancelled', percentComplete: 1 },
          { id: 'E', row: 6, status: 'green', percentComplete: 0.999 },
          { id: 'F', row: 7, status: 'not-started', percentComplete: 1 },
        ],
      }),
    );
    expect(found).toEqual([
      { code: 'status.complete-mismatch', severity: 'warning', initiativeId: 'A', message: 'A "Depot" is 100% complete but reported amber.', cells: [eng('E2'), eng('H2')] },
      { code: 'status.complete-mismatch', severity: 'warning', initiativeId: 'B', message: 'B is reported done but only 60% complete.', cells: [eng('E3'), eng('H3')] },
      { code: 'status.complete-mismatch', severity: 'warning', initiativeId: 'F', message: 'F is 100% complete but reported not started.', cells: [eng('E7'), eng('H7')] },
    ]);
  });
});

describe('status.stale', () => {
  it('reports open initiatives the analysis marks stale, last updated more than the cadence ago', () => {
    const spec = {
      initiatives: [
        { id: 'A', name: 'Depot', row: 2, status: 'green' as const, lastUpdated: '2026-03-01' },
        { id: 'B', row: 3, status: 'green' as const, lastUpdated: '2026-03-09' }, // exactly 7 days: fresh
        { id: 'C', row: 4, status: 'done' as const, lastUpdated: '2026-01-01' },
        { id: 'D', row: 5, status: 'amber' as const }, // no date: status.missing-update-date's
      ],
    };
    const stale = { A: { stale: true }, B: { stale: true }, C: { stale: true }, D: { stale: true } };
    expect(checkStatusStale(makeContext(spec, stale))).toEqual([
      {
        code: 'status.stale', severity: 'warning', initiativeId: 'A',
        message: 'A "Depot" was last updated 2026-03-01, 15 days before 2026-03-16 (review cadence 7 days).', cells: [eng('I2')],
      },
    ]);
    expect(checkStatusStale(makeContext(spec, stale, {}, options({ cadenceDays: 1 }))).map((f) => f.message)).toEqual([
      'A "Depot" was last updated 2026-03-01, 15 days before 2026-03-16 (review cadence 1 day).',
      'B was last updated 2026-03-09, 7 days before 2026-03-16 (review cadence 1 day).',
    ]);
    expect(checkStatusStale(makeContext(spec))).toEqual([]); // the analysis decides what is stale
  });
});

describe('status.missing-update-date', () => {
  it('reports open initiatives without a last-updated date', () => {
    const found = checkStatusMissingUpdateDate(
      makeContext({
        initiatives: [
          { id: 'A', row: 2, status: 'green' },
          { id: 'B', row: 3, status: 'done' },
          { id: 'C', row: 4, status: 'green', lastUpdated: '2026-03-10' },
        ],
      }),
    );
    expect(found).toEqual([
      { code: 'status.missing-update-date', severity: 'info', initiativeId: 'A', message: 'A has no last-updated date.', cells: [eng('A2')] },
    ]);
  });
});

describe('status.missing', () => {
  it('reports initiatives no source gives a status, at their id cell', () => {
    const found = checkStatusMissing(
      makeContext({ initiatives: [{ id: 'A', name: 'Depot', row: 2 }, { id: 'B', row: 3, status: 'green' }] }),
    );
    expect(found).toEqual([
      { code: 'status.missing', severity: 'info', initiativeId: 'A', message: 'A "Depot" has no reported status.', cells: [eng('A2')] },
    ]);
  });
});
