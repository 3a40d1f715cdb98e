import { runPipeline } from '../../src/core/pipeline';
import { buildReport, REPORT_SHEETS } from '../../src/core/report';
import { clearOfUserSheets } from '../../src/core/report/clear-of-user-sheets';
import { makeOptions, type Decision, type ReportDocument } from '../../src/core/types';
import { dayFromIso, serialFromDay } from '../../src/core/util/days';
import { readPreviousSnapshot } from '../../src/office/read-snapshot';
import { readWorkbook } from '../../src/office/read-workbook';
import { writeReport } from '../../src/office/write-report';
import { FakeWorkbook } from './fake-excel';

const AS_OF = dayFromIso('2026-03-16')!;

/**
 * A workbook whose own sheets are called like report sheets: the plan is on "Initiatives", an
 * action log on "Actions", a decision log on "decisions". P is red and overdue (due 2026-03-13,
 * finishing no earlier than the as-of day), Q follows it and feeds K-1: P is a trade-off.
 */
function userWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const plan = wb.addSheet('Initiatives');
  const rows = [
    ['ID', 'Name', 'Owner', 'Status', 'Start', 'Due', 'Depends On', 'KPI', 'Last Updated'],
    ['P', 'Vendor onboarding', 'Priya', 'Red', '2026-03-02', '2026-03-13', '', '', '2026-03-13'],
    ['Q', 'Go-live', 'Quinn', 'Green', '2026-03-17', '2026-03-20', 'P', 'K-1', '2026-03-13'],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => (i > 0 && (c === 4 || c === 5 || c === 8) ? plan.put(i, c, serialFromDay(dayFromIso(v)!), 'yyyy-mm-dd') : plan.put(i, c, v))));
  const log = wb.addSheet('Actions');
  log.put(0, 0, 'Action');
  log.put(1, 0, 'Call the vendor');
  wb.addSheet('decisions').put(0, 0, 'Our own decision log');
  return wb;
}

async function runOn(wb: FakeWorkbook, decisions: readonly Decision[] = []): Promise<ReportDocument> {
  const source = await readWorkbook(wb.context(), { merges: true, dateSystem: true, fallbackName: 'This workbook' });
  return buildReport(runPipeline([source], makeOptions(AS_OF, { decisions })));
}

describe('report sheets beside user sheets of the same names', () => {
  it('re-points links to a renamed report sheet, and leaves links to the user sheet of that name alone', () => {
    const doc: ReportDocument = {
      title: 't',
      asOf: '2026-03-16',
      sheets: [
        {
          name: 'Summary',
          rows: {
            count: 1,
            width: 2,
            row: () => [
              { value: { t: 'text', v: 'to our Actions' }, link: { kind: 'internal', sheet: 'Actions', address: 'A2', report: true } },
              { value: { t: 'text', v: 'to your Actions' }, link: { kind: 'internal', sheet: 'Actions', address: 'A2' } },
            ],
          },
          columnWidths: [],
          merges: [],
          tables: [],
          conditionalFormats: [],
          charts: [],
        },
        { name: 'Actions', rows: { count: 0, width: 0, row: () => [] }, columnWidths: [], merges: [], tables: [], conditionalFormats: [], charts: [] },
      ],
    };
    const clear = clearOfUserSheets(doc, ['ACTIONS']);
    expect(clear.sheets.map((s) => s.name)).toEqual(['Summary', 'Actions (Throughline)']);
    expect(clear.sheets[0]!.rows.row(0).map((c) => c?.link)).toEqual([
      { kind: 'internal', sheet: 'Actions (Throughline)', address: 'A2', report: true },
      { kind: 'internal', sheet: 'Actions', address: 'A2' },
    ]);
    expect(clearOfUserSheets(doc, ['Plan'])).toBe(doc);
  });

  it('writes the report beside them, reads its own snapshot and Decisions back, and never reads or changes the user sheets', async () => {
    const wb = userWorkbook();
    const mine = ['Initiatives', 'Actions', 'decisions'].map((n) => wb.sheet(n)!.snapshot());
    const written = await writeReport(wb.context(), await runOn(wb), { dateSystem: true, notes: true });
    expect(written.sheetsWritten).toEqual([
      'Summary',
      'Initiatives (Throughline)',
      'Findings',
      'Dependencies',
      'Timeline',
      'Departments',
      'Value at risk',
      'Sources',
      'Actions (Throughline)',
      'Decisions (Throughline)',
      '_throughline',
    ]);
    expect(['Initiatives', 'Actions', 'decisions'].map((n) => wb.sheet(n)!.snapshot())).toEqual(mine);
    // The trade-off's ID links to our Initiatives sheet, not the user's plan.
    const decisionsSheet = wb.sheet('Decisions (Throughline)')!;
    expect(decisionsSheet.cell(1, 0)!.value).toBe('P');
    expect(decisionsSheet.cell(1, 0)!.value).toBe("P");

    // The user records a decision on our Decisions sheet; the next run reads it back and writes it again.
    const decisionCol = 12;
    expect(decisionsSheet.cell(0, decisionCol)!.value).toBe('Decision');
    decisionsSheet.put(1, decisionCol, 'Re-baseline P to 16 Mar');
    const previous = await readPreviousSnapshot(wb.context());
    expect(previous?.decisions).toEqual([{ initiativeId: 'P', decision: 'Re-baseline P to 16 Mar' }]);
    // The user's sheets are sources again: the plan is read, our sheets are not.
    const again = await runOn(wb, previous!.decisions);
    await writeReport(wb.context(), again, { dateSystem: true, notes: true });
    expect(wb.sheets.map((s) => s.name).filter((n) => n.includes('(Throughline)'))).toEqual(['Initiatives (Throughline)', 'Actions (Throughline)', 'Decisions (Throughline)']);
    expect(wb.sheet('Decisions (Throughline)')!.cell(1, decisionCol)!.value).toBe('Re-baseline P to 16 Mar');
    expect(wb.sheet(REPORT_SHEETS.snapshot)!.visibility).toBe('Hidden');
  });
});
