/**
 * Issue 14 item 3: where a tool's parent/child structure exists the model keeps it: a child's slip
 * shows on its parent (and on what follows the parent), parents are not counted twice in the
 * Summary's status counts or the value at risk, and the Initiatives sheet shows each parent.
 *
 * The plan (a Microsoft Project task table, as of Monday 2026-03-16, Mon-Fri working days):
 *   1 Programme  02 Mar - 20 Mar  level 1  On Schedule  baseline 100,000
 *   2   Design   02 Mar - 06 Mar  level 2  Late          baseline  20,000  (overdue, 50% done)
 *   3   Build    09 Mar - 20 Mar  level 2  On Schedule   baseline  50,000  after 2 (FS)
 *   4 Launch     23 Mar          level 1  On Schedule   baseline  30,000  after 1 (FS)
 * Worked by hand: Design is open past its due date, so it finishes no earlier than 16 Mar (6
 * working days late: 9-13, 16 Mar). Build starts the next working day, 17 Mar, and takes its 10
 * working days: 17-20, 23-27, 30 Mar, 6 late. Programme, due 20 Mar, finishes with its latest
 * child on 30 Mar: 6 late. Launch follows Programme: 31 Mar, 6 working days after 23 Mar.
 */
import { ingestSources } from '../../../src/core/ingest';
import { runPipeline } from '../../../src/core/pipeline';
import { buildReport, headline, sheetRows, REPORT_SHEETS } from '../../../src/core/report';
import { makeOptions, type CellValue, type ReportCell, type ReportSheet, type RunResult } from '../../../src/core/types';
import { buildModel } from '../../../src/core/model';
import { dayFromIso, isoFromDay } from '../../../src/core/util/days';
import { readCsvSource } from '../../../src/xlsx/read-csv';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(dayFromIso('2026-03-16')!);
const csv = [
  'ID,Name,Duration,Start,Finish,Predecessors,Outline Level,Status,% Complete,Baseline Cost',
  '1,Programme,15 days,2026-03-02,2026-03-20,,1,On Schedule,30%,100000',
  '2,Design,5 days,2026-03-02,2026-03-06,,2,Late,50%,20000',
  '3,Build,10 days,2026-03-09,2026-03-20,2,2,On Schedule,0%,50000',
  '4,Launch,1 day,2026-03-23,2026-03-23,1,1,On Schedule,0%,30000',
].join('\n');
const result: RunResult = runPipeline([readCsvSource(new TextEncoder().encode(csv), 'Plan.csv')], options);
const id = (n: number): string => String(n);
const show = (c: ReportCell | null | undefined): string | number | boolean | null => (c?.value ? c.value.v : null);
const values = (sheet: ReportSheet, row: number) => sheetRows(sheet)[row]!.map(show);

describe('the model keeps the hierarchy', () => {
  it('gives each child its parent and marks the parent', () => {
    expect(result.model.initiatives.map((i) => [i.id, i.parent ?? null, i.isParent ?? false])).toEqual([
      [id(1), null, true],
      [id(2), id(1), false],
      [id(3), id(1), false],
      [id(4), null, false],
    ]);
  });

  it("merges a parent across sources: the owner's, else the next record's", () => {
    const jira = sheetSource([{ name: 'Issues', rows: [['Issue key', 'Summary', 'Status', 'Parent'], ['CLM-1', 'Claims automation', 'In Progress', null], ['CLM-2', 'Intake form', 'To Do', 'CLM-1']] }], { name: 'Jira.csv' });
    const tracker = sheetSource([{ name: 'Initiatives', rows: [['ID', 'Name', 'Status'], ['CLM-2', 'Intake form', 'Green']] }], { name: 'Ops.xlsx' });
    const model = buildModel(ingestSources([tracker, jira], options), options);
    expect(model.initiatives.map((i) => [i.id, i.sources, i.parent ?? null, i.isParent ?? false])).toEqual([
      ['CLM-2', ['Ops.xlsx', 'Jira.csv'], 'CLM-1', false],
      ['CLM-1', ['Jira.csv'], null, true],
    ]);
  });
});

describe("a child's slip shows on its parent", () => {
  const at = (n: number) => {
    const a = result.analysis.byId.get(id(n))!;
    return [isoFromDay(a.forecastFinish!), a.slipDays, a.effectiveStatus];
  };

  it('rolls the latest child finish up to the parent, and moves what follows the parent', () => {
    expect(at(2)).toEqual(['2026-03-16', 6, 'red']);
    expect(at(3)).toEqual(['2026-03-30', 6, 'red']);
    expect(at(1)).toEqual(['2026-03-30', 6, 'red']);
    expect(result.analysis.byId.get(id(1))!.effectiveReason).toBe('Forecast finish 2026-03-30 is 6 working days after due 2026-03-20.');
    expect(at(4)).toEqual(['2026-03-31', 6, 'red']);
  });

  it('leaves a parent alone when its children finish in time', () => {
    const onTime = runPipeline([readCsvSource(new TextEncoder().encode(csv), 'Plan.csv')], makeOptions(dayFromIso('2026-03-05')!));
    expect(isoFromDay(onTime.analysis.byId.get(id(1))!.forecastFinish!)).toBe('2026-03-20');
    expect(onTime.analysis.byId.get(id(1))!.slipDays).toBe(0);
  });
});

describe('parents are not counted twice', () => {
  it('value at risk leaves the parent out: Design, Build and Launch only', () => {
    expect(result.analysis.valueAtRisk.total).toEqual({
      key: 'Total',
      budgetAtRisk: 100000, // 20,000 + 50,000 + 30,000, not Programme's 100,000 again
      benefitAtRisk: 0,
      reportedBudgetAtRisk: 20000, // Design, reported Late (red)
      reportedBenefitAtRisk: 0,
      initiativesAtRisk: 3,
    });
  });

  it("the Summary's status counts and headline leave the parent out", () => {
    const summary = buildReport(result).sheets.find((s) => s.name === REPORT_SHEETS.summary)!;
    const rows = sheetRows(summary).map((r) => r.map(show));
    const status = (label: string) => rows.find((r) => r[0] === label)!.slice(0, 4);
    expect(status('Green')).toEqual(['Green', 2, 0, '2 fewer than reported']);
    expect(status('Red')).toEqual(['Red', 1, 3, '2 more than reported']);
    expect(headline(result)).toMatch(/^3 initiatives are effectively red against 1 reported red: /);
  });
});

describe('the Initiatives sheet shows the hierarchy', () => {
  const sheet = buildReport(result).sheets.find((s) => s.name === REPORT_SHEETS.initiatives)!;

  it('has a Parent column after Name, with each child\'s parent', () => {
    expect(values(sheet, 0).slice(0, 4)).toEqual(['ID', 'Name', 'Parent', 'Department']);
    expect([1, 2, 3, 4].map((r) => values(sheet, r).slice(0, 3))).toEqual([
      [id(1), 'Programme', ''],
      [id(2), 'Design', id(1)],
      [id(3), 'Build', id(1)],
      [id(4), 'Launch', ''],
    ]);
    expect(sheet.tables).toEqual([{ name: 'tlInitiatives', range: 'A1:X5', style: 'TableStyleLight9', showFilter: true }]);
  });

  it('has no Parent column when nothing has a parent', () => {
    const rows: CellValue[][] = [['ID', 'Name', 'Due'], ['FIN-1', 'Ledger', '2026-03-27']];
    const flat = buildReport(runPipeline([sheetSource([{ rows }])], options)).sheets.find((s) => s.name === REPORT_SHEETS.initiatives)!;
    expect(values(flat, 0)).not.toContain('Parent');
  });
});
