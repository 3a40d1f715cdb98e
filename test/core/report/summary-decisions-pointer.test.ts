import { analyseModel } from '../../../src/core/analyse';
import { buildReport, REPORT_SHEETS, sheetRows } from '../../../src/core/report';
import type { Decision, ReportCell, RunResult } from '../../../src/core/types';
import { makeModel, options, type RecordSpec } from '../../support/model-builders';

/**
 * The Summary's one line pointing at the Decisions sheet. P (red, due 2026-03-13, not done as of
 * 03-16) feeds the KPI K-1 through Q: a trade-off to decide (test/core/govern/decisions-sheet.test.ts
 * works its options out). A alone, green with slack, needs none.
 */
const ROWS: RecordSpec[] = [
  { id: 'P', name: 'Vendor onboarding', owner: 'Priya', department: 'Ops', status: 'red', start: '2026-03-02', due: '2026-03-13', budget: 10, lastUpdated: '2026-03-13' },
  { id: 'Q', name: 'Go-live', department: 'Ops', status: 'green', start: '2026-03-17', due: '2026-03-20', dependsOn: ['P'], kpis: ['K-1'], benefit: 90, lastUpdated: '2026-03-13' },
];
const CALM: RecordSpec[] = [{ id: 'A', name: 'Tidy', department: 'Ops', status: 'green', start: '2026-03-02', due: '2026-04-30', lastUpdated: '2026-03-13' }];

function run(specs: RecordSpec[], decisions: readonly Decision[] = []): RunResult {
  const opts = options({ decisions });
  const model = makeModel({ initiatives: specs }, opts);
  return { options: opts, model, analysis: analyseModel(model, opts), findings: [], waived: [] };
}

const summaryRows = (r: RunResult): (ReportCell | null)[][] => sheetRows(buildReport(r).sheets.find((s) => s.name === REPORT_SHEETS.summary)!).map((row) => [...row]);

describe('the Summary points to the decisions waiting', () => {
  it('says how many decisions are needed in one line under the headline, linked to the Decisions sheet', () => {
    const rows = summaryRows(run(ROWS));
    const line = rows[4]![0]!;
    expect(line.value).toEqual({ t: 'text', v: '1 decision needed: red work on a KPI chain or the critical path to a committed date — see Decisions' });
    expect(line.link).toEqual({ kind: 'internal', sheet: 'Decisions', address: 'A1', report: true });
    // The tiles still follow on row 6.
    expect(rows[5]![0]!.value).toEqual({ t: 'text', v: '1' });
  });

  it('says nothing of decisions once the one needed is recorded, nor when none is needed', () => {
    const decided = summaryRows(run(ROWS, [{ initiativeId: 'P', decision: 'Re-baseline to 16 Mar' }]));
    const calm = summaryRows(run(CALM));
    for (const rows of [decided, calm]) {
      // The printed columns A:K (the charts' data lies right of them).
      expect(rows[4]!.slice(0, 11).filter((c) => c !== null && c !== undefined && c.value !== null && c.value.t === 'text' && c.value.v.length > 0)).toEqual([]);
      expect(rows.flat().some((c) => c?.value?.t === 'text' && /decisions? needed/.test(c.value.v))).toBe(false);
    }
  });
});
