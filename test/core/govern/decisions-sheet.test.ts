import { analyseModel } from '../../../src/core/analyse';
import { buildReport, materialiseRows, readDecisions, REPORT_SHEETS } from '../../../src/core/report';
import type { CellValue, Decision, ReportRow, RunResult } from '../../../src/core/types';
import { readPreviousSnapshot } from '../../../src/xlsx/read-previous';
import { writeReportXlsx } from '../../../src/xlsx/write-report';
import { day, makeModel, options, type RecordSpec } from '../../support/model-builders';

/**
 * The Decisions sheet of a small chain and the decisions read back from it, as of 2026-03-16
 * (Mon-Fri). P (red) is overdue: due 03-13, not done, so it finishes no earlier than the as-of
 * day, 03-16: 1 working day late, and it cannot finish earlier. Q follows it, planned
 * 03-17..03-20 (4 days): it starts the working day after P's 03-16 finish, 03-17, as planned,
 * so Q's date holds with no day to spare (one more day on P starts Q on 03-18 and ends it
 * 03-23, past 03-20). Q feeds the KPI K-1.
 */
const ROWS: RecordSpec[] = [
  { id: 'P', name: 'Vendor onboarding', owner: 'Priya', department: 'Ops', status: 'red', start: '2026-03-02', due: '2026-03-13', budget: 10, lastUpdated: '2026-03-13' },
  { id: 'Q', name: 'Go-live', department: 'Ops', status: 'green', start: '2026-03-17', due: '2026-03-20', dependsOn: ['P'], kpis: ['K-1'], benefit: 90, lastUpdated: '2026-03-13' },
];

function result(decisions: readonly Decision[] = []): RunResult {
  const opts = options({ decisions });
  const model = makeModel({ initiatives: ROWS }, opts);
  return { options: opts, model, analysis: analyseModel(model, opts), findings: [], waived: [] };
}

const plain = (row: ReportRow): CellValue[] => row.map((c) => (c === null || c.value === null ? null : c.value.v));

function decisionsSheet(r: RunResult): ReportRow[] {
  const sheet = buildReport(r).sheets.find((s) => s.name === REPORT_SHEETS.decisions)!;
  return materialiseRows(sheet.rows);
}

describe('the Decisions sheet', () => {
  it("links each ID to that initiative's row on the Initiatives sheet, not to its place in the sources", () => {
    // The sources list O-1 (Ops), F-1 (Finance), then P and Q (Ops); Initiatives groups by
    // department in the order they first appear: O-1, P, Q, F-1. So P is on row 3, not row 4.
    const opts = options();
    const other = (id: string, department: string): RecordSpec => ({ id, name: `Work ${id}`, department, status: 'green', start: '2026-03-02', due: '2026-04-30', lastUpdated: '2026-03-13' });
    const model = makeModel({ initiatives: [other('O-1', 'Ops'), other('F-1', 'Finance'), ...ROWS] }, opts);
    const r: RunResult = { options: opts, model, analysis: analyseModel(model, opts), findings: [], waived: [] };
    const initiatives = materialiseRows(buildReport(r).sheets.find((s) => s.name === REPORT_SHEETS.initiatives)!.rows).map(plain);
    expect(initiatives.slice(1).map((row) => row[0])).toEqual(['O-1', 'P', 'Q', 'F-1']);
    const idCell = decisionsSheet(r)[1]![0]!;
    expect([idCell?.value?.v, idCell?.link]).toEqual(['P', { kind: 'internal', sheet: REPORT_SHEETS.initiatives, address: 'A3', report: true }]);
  });

  it('asks for a decision on P with the options worked out', () => {
    const rows = decisionsSheet(result());
    const header = plain(rows[0]!);
    const p = Object.fromEntries(header.map((h, k) => [String(h), plain(rows[1]!)[k]]));
    expect(rows).toHaveLength(2);
    expect(p['ID']).toBe('P');
    expect(p['Why it needs a decision']).toBe('Feeds K-1.');
    expect(p['What slips']).toBe('Forecast to finish 16 Mar 2026, 1 working day past its due date 13 Mar 2026.');
    expect(p['Slip (working days)']).toBe(1);
    expect(p['What it takes down']).toBe('KPIs K-1; 1 open initiative downstream.');
    expect(p['Budget at stake']).toBe(10);
    expect(p['Benefit at stake']).toBe(90);
    expect(p['Option: recover']).toBe('Recovering it alone cannot keep its due date 13 Mar 2026 (it cannot finish any earlier).');
    expect(p['Option: let slack absorb it']).toBe("Held by slack: Q's due date 20 Mar 2026 (no day to spare).");
    expect(p['Option: re-baseline']).toBe('Move its due date 13 Mar 2026 to 16 Mar 2026.');
    expect([p['Decision'], p['Decided by'], p['Decided on']]).toEqual(['', '', null]);
  });

  it('reads back what the user entered, wherever the columns went, and writes it again next run', () => {
    const rows = decisionsSheet(result()).map(plain);
    // The user moves Decision to the front and fills in the row; a date written as text is kept as written.
    const at = rows[0]!.indexOf('Decision');
    const edited = rows.map((r, k) => {
      const row = [...r];
      const [decision] = row.splice(at, 1);
      if (k === 1) {
        row[row.length - 2] = 'Steering committee';
        row[row.length - 1] = 'last Tuesday';
        return ['Re-baseline P to 16 Mar', ...row];
      }
      return [decision ?? null, ...row];
    });
    const decisions = readDecisions(edited);
    expect(decisions).toEqual([{ initiativeId: 'P', decision: 'Re-baseline P to 16 Mar', by: 'Steering committee', onText: 'last Tuesday' }]);
    const again = decisionsSheet(result(decisions)).map(plain);
    expect(again[1]!.slice(-3)).toEqual(['Re-baseline P to 16 Mar', 'Steering committee', 'last Tuesday']);
  });

  it('comes back through a summary file (--previous), and a decision whose item is no longer red stays listed', async () => {
    const decided: Decision[] = [
      { initiativeId: 'P', decision: 'Accept the slip', by: 'COO', on: day('2026-03-16') },
      { initiativeId: 'Q', decision: 'Hold the date' },
    ];
    const bytes = await writeReportXlsx(buildReport(result(decided)));
    const previous = await readPreviousSnapshot(bytes, 'summary.xlsx');
    expect(previous?.decisions).toEqual(decided);
    const rows = decisionsSheet(result(decided)).map(plain);
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ['ID', 'Why it needs a decision'],
      ['P', 'Feeds K-1.'],
      ['Q', 'No longer red on a KPI chain or the critical path'],
    ]);
  });
});
