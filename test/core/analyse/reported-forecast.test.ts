import { ingestSources } from '../../../src/core/ingest';
import { runPipeline } from '../../../src/core/pipeline';
import { buildReport } from '../../../src/core/report';
import { checkJson } from '../../../src/core/report/check-json';
import { materialiseRows } from '../../../src/core/report/rows';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { day as dayFromIso } from '../../support/model-builders';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(dayFromIso('2026-03-16'));

describe('a reported forecast finish beside the baseline (reportedFinish)', () => {
  it.each(['Forecast End', 'Current finish', 'Expected completion', 'Revised date', 'ETA', 'Latest estimate', 'Forecast completion date'])(
    '%j beside "Baseline End" is the reported forecast; the baseline is the due date',
    (header) => {
      const source = sheetSource([
        ['ID', 'Name', 'Status', 'Baseline End', header],
        ['A1', 'Portal', 'Green', '2026-04-30', '2026-05-14'],
      ]);
      const result = ingestSources([source], options);
      const fields = Object.fromEntries(result.tables[0]!.mapping.map((m) => [m.field, m.header]));
      expect([fields.due, fields.reportedFinish]).toEqual(['Baseline End', header]);
      expect([result.initiatives[0]!.due, result.initiatives[0]!.reportedFinish]).toEqual([dayFromIso('2026-04-30'), dayFromIso('2026-05-14')]);
      expect(result.findings.map((f) => f.code)).not.toContain('ingest.unmapped-columns');
    },
  );

  it('a table whose only finish date is an estimate ("Expected completion") reads it as the due date', () => {
    const result = ingestSources([sheetSource([['ID', 'Name', 'Status', 'Expected completion'], ['A1', 'Portal', 'Green', '2026-05-14']])], options);
    expect(result.tables[0]!.mapping.filter((m) => m.field === 'due' || m.field === 'reportedFinish').map((m) => [m.field, m.header])).toEqual([['due', 'Expected completion']]);
  });

  const ROWS: CellValue[][] = [
    ['ID', 'Name', 'Status', 'Start', 'Baseline End', 'Forecast End', 'Depends On', 'Last Updated'],
    ['A', 'Data platform', 'Green', '2026-03-02', '2026-04-30', '2026-05-14', '', '2026-03-13'],
    ['B', 'Reporting', 'Green', '2026-05-01', '2026-05-29', '', 'A', '2026-03-13'],
    ['C', 'Dashboards', 'Green', '2026-05-04', '2026-05-29', '', 'A', '2026-03-13'],
  ];

  it("is the owner's claim: a reported slip, carried to the successors by the forecast", () => {
    const result = runPipeline([sheetSource(ROWS, { name: 'IT.xlsx' })], options);
    const a = result.analysis.byId.get('A')!;
    // 1 May to 14 May 2026 on Mon-Fri: 1, 4-8, 11-14 = 10 working days after the baseline.
    expect([a.forecastFinish, a.slipDays, a.reportedSlipDays]).toEqual([dayFromIso('2026-05-14'), 10, 10]);
    const b = result.analysis.byId.get('B')!;
    // B's 21 working days (1-29 May) from 15 May, the day after A's reported finish: to 12 June, 10 working days late.
    expect([b.forecastStart, b.forecastFinish, b.slipDays, b.reportedSlipDays]).toEqual([dayFromIso('2026-05-15'), dayFromIso('2026-06-12'), 10, undefined]);
    const slip = result.findings.find((f) => f.code === 'schedule.forecast-slip' && f.initiativeId === 'A')!;
    expect(slip.message).toBe('A "Data platform" is forecast to finish 2026-05-14, after its due date 2026-04-30 (10 working days late); its owner reports this forecast.');
    expect(slip.cells.map((c) => c.address)).toEqual(['E2', 'F2']);
    const json = checkJson(result).initiatives.find((i) => i.id === 'A')!;
    expect([json.due, json.reportedFinish, json.reportedSlipDays, json.forecastFinish, json.slipDays]).toEqual(['2026-04-30', '2026-05-14', 10, '2026-05-14', 10]);
  });

  it('successors planned before their predecessor finishes are checked against the later of its due date and its reported forecast', () => {
    const result = runPipeline([sheetSource(ROWS, { name: 'IT.xlsx' })], options);
    const broken = result.findings.filter((f) => f.code === 'schedule.successor-before-predecessor').map((f) => f.message);
    // B starts 1 May, the day after A's baseline but before its reported 14 May; so does C (4 May).
    expect(broken).toEqual([
      'B "Reporting" starts 2026-05-01, but its FS predecessor A "Data platform" is forecast by its owner to finish 2026-05-14, so it can start 2026-05-15 at the earliest.',
      'C "Dashboards" starts 2026-05-04, but its FS predecessor A "Data platform" is forecast by its owner to finish 2026-05-14, so it can start 2026-05-15 at the earliest.',
    ]);
    // Without the reported forecast, the plan holds: no broken link.
    const planned = runPipeline([sheetSource(ROWS.map((r) => r.slice(0, 5).concat(r.slice(6))), { name: 'IT.xlsx' })], options);
    expect(planned.findings.filter((f) => f.code === 'schedule.successor-before-predecessor')).toEqual([]);
  });

  it('is shown on the Initiatives sheet after Due', () => {
    const report = buildReport(runPipeline([sheetSource(ROWS, { name: 'IT.xlsx' })], options));
    const sheet = report.sheets.find((s) => s.name === 'Initiatives')!;
    const rows = materialiseRows(sheet.rows);
    const header = rows[0]!.map((c) => (c?.value?.t === 'text' ? c.value.v : ''));
    const at = header.indexOf('Reported forecast');
    expect(header.slice(at - 1, at + 2)).toEqual(['Due', 'Reported forecast', 'Forecast finish']);
    const a = rows.find((r) => r[0]?.value?.t === 'text' && r[0].value.v === 'A')!;
    expect(a[at]?.value).toEqual({ t: 'date', v: dayFromIso('2026-05-14') });
  });
});
