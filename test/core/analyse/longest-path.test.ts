import { analyseModel } from '../../../src/core/analyse';
import { ingestSources } from '../../../src/core/ingest';
import { buildModel } from '../../../src/core/model';
import { runPipeline } from '../../../src/core/pipeline';
import { buildReport, checkJson, REPORT_SHEETS, sheetRows } from '../../../src/core/report';
import { makeOptions, type CellValue, type SourceCalendar } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/**
 * Primavera P6's Longest Path on a mixed-calendar chain, worked by hand. P6 defines critical
 * activities by "Total Float less than or equal to" a limit or as those on the "Longest Path"
 * (Schedule Options, General tab; the P6 EPPM web services' ScheduleOptions.CriticalActivityPathType
 * is 'Critical Float' or 'Longest Path'); the longest path is traced back from the last finish
 * through driving relationships, those whose relationship free float is 0: the link sets its
 * successor's early date. The Office works Mon-Fri, the Site every day. March 2026: Mon 16 ..
 * Sun 22, Mon 23 .. Sun 29, Mon 30. The chain (dates from test/core/analyse/two-calendars.test.ts):
 * - O-1 Office Mon 16 .. Wed 18;
 * - S-1 Site FS after O-1: Thu 19 .. Fri 20 (Thu 19 is the first Site day after O-1: driving);
 * - O-2 Office FS+2 (Site days Sat 21, Sun 22) after S-1: Mon 23 (the first Office day after: driving);
 * - S-2 Site FS after O-2: Tue 24 .. Sat 28 (driving);
 * - O-3 Office FS after S-2: Mon 30 (the first Office day after Sat 28: driving). O-3 finishes last.
 * Total float: O-1, S-1, O-2, S-2 have 1 day each (S-2 could end Sun 29 without moving O-3's
 * Monday start, and so back up the chain): by float only O-3 is critical, though every one of
 * them drives the finish.
 * Off the path: X-1 Office Mon 16 .. Tue 17, FS before O-3: it would let O-3 start Wed 18; its
 * relationship free float is 8 Office days (Wed 18 .. Fri 27), so it does not drive. Y-1 Office
 * planned Wed 25, FS after S-1 (which would let it start Mon 23): its own planned start drives it,
 * and it ends Wed 25, before the last finish.
 */
const d = (iso: string): number => dayFromIso(iso)!;
const rows: CellValue[][] = [
  ['ID', 'Name', 'Department', 'Status', 'Start', 'Due', 'Depends On'],
  ['O-1', 'Order steel', 'Office', 'Green', '2026-03-16', '2026-03-18', null],
  ['S-1', 'Clear site', 'Site', 'Green', '2026-03-16', '2026-03-17', 'O-1'],
  ['O-2', 'Sign permit', 'Office', 'Green', '2026-03-16', '2026-03-16', 'S-1FS+2d'],
  ['S-2', 'Erect frame', 'Site', 'Green', '2026-03-16', '2026-03-20', 'O-2'],
  ['O-3', 'Invoice', 'Office', 'Green', '2026-03-16', '2026-03-16', 'S-2, X-1'],
  ['X-1', 'Book crane', 'Office', 'Green', '2026-03-16', '2026-03-17', null],
  ['Y-1', 'Brief neighbours', 'Office', 'Green', '2026-03-25', '2026-03-25', 'S-1'],
];
const SITE: SourceCalendar = { source: 'Plan.xlsx', department: 'Site', weekdays: [0, 1, 2, 3, 4, 5, 6], holidays: [] };
const PATH = ['O-1', 'S-1', 'O-2', 'S-2', 'O-3'];

describe("P6's Longest Path on two calendars", () => {
  const options = makeOptions(d('2026-03-02'));
  const ingest = ingestSources([sheetSource(rows, { name: 'Plan.xlsx' })], options);
  const analysis = analyseModel(buildModel({ ...ingest, calendars: [SITE] }, options), options);
  const a = (id: string) => analysis.byId.get(id)!;

  it('traces the driving links back from the last finish, where total float shows a day of slack across each weekend', () => {
    expect(['O-1', 'S-1', 'O-2', 'S-2', 'O-3', 'X-1', 'Y-1'].map((id) => a(id).totalSlackDays)).toEqual([1, 1, 1, 1, 0, 8, 3]);
    expect(analysis.longestPath).toEqual(PATH);
    expect(analysis.criticalBy).toBe('longest-path');
    expect(analysis.criticalPath).toEqual(PATH);
    expect(['O-1', 'S-1', 'O-2', 'S-2', 'O-3', 'X-1', 'Y-1'].map((id) => a(id).critical)).toEqual([true, true, true, true, true, false, false]);
  });

  it('keeps total float as the test on one calendar, where the longest path is the same chain', () => {
    // Without the Site calendar everything is Mon-Fri: S-1 Thu 19 .. Fri 20, O-2 (lag Mon 23, Tue 24) Wed 25,
    // S-2 Thu 26 .. Wed 01, O-3 Thu 02: the chain has no float and is critical either way.
    const one = analyseModel(buildModel(ingest, options), options);
    expect(one.criticalBy).toBeUndefined();
    expect(one.longestPath).toEqual(PATH);
    expect(one.criticalPath).toEqual(PATH);
  });

  it('is what the Initiatives sheet, the Timeline and check --json show as critical', () => {
    const source = sheetSource([{ name: 'Plan', rows }, { name: 'Calendars', rows: [['Department', 'Working days'], ['Site', 'Mon-Sun']] }], { name: 'Plan.xlsx' });
    const result = runPipeline([source], options);
    const json = checkJson(result);
    expect(json.initiatives.filter((i) => i.critical).map((i) => i.id)).toEqual(PATH);
    expect([json.criticalPathBy, json.criticalPath]).toEqual(['longest path', PATH]);
    const report = buildReport(result);
    const sheet = report.sheets.find((s) => s.name === REPORT_SHEETS.initiatives)!;
    const values = sheetRows(sheet).map((r) => r.map((c) => (c?.value ? c.value.v : null)));
    const col = values[0]!.indexOf('Critical');
    // The sheet lists initiatives by department: Office, then Site.
    expect(values.slice(1).filter((r) => r[col] === 'Yes').map((r) => r[0])).toEqual(['O-1', 'O-2', 'O-3', 'S-1', 'S-2']);
    const timelineSheet = report.sheets.find((s) => s.name === REPORT_SHEETS.timeline)!;
    // The legend's swatch (L) and its label, which holds in three lines over 7 week columns (29 characters a line:
    // "Longest path (underlined):" / "the links that drive the last" / "finish"), M..S.
    const legend = sheetRows(timelineSheet)[2]!;
    expect(legend[11]).toEqual({ value: { t: 'text', v: '▁▁' }, style: 'gantt-grey-critical' });
    expect(legend[12]).toEqual({ value: { t: 'text', v: 'Longest path (underlined): the links that drive the last finish' }, style: 'muted' });
    expect(timelineSheet.merges).toContain('M3:S3');
  });
});
