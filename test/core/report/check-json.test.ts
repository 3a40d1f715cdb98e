import { checkJson } from '../../../src/core/report/check-json';
import { makeFixture } from './fixture';

describe('checkJson (throughline check --json)', () => {
  const json = checkJson(makeFixture());

  it('has the as-of date and one entry per initiative with ISO dates and nulls for unknowns', () => {
    expect(Object.keys(json)).toEqual(['asOf', 'initiatives', 'findings', 'waived']);
    expect(json.asOf).toBe('2026-03-16');
    expect(json.initiatives.map((i) => i.id)).toEqual(['FIN-1', 'FIN-2', 'IT-1', 'IT-2', 'OPS-1', 'OPS-2', 'SAL-1', 'SAL-2']);
    expect(json.initiatives[1]).toEqual({
      id: 'FIN-2',
      name: 'Rolling forecast',
      department: 'Finance',
      owner: 'Ana Ruiz',
      reportedStatus: 'green',
      effectiveStatus: 'red',
      effectiveReason: 'Upstream IT-1 is red and 10 working days late; own forecast finish 2026-05-14 passes due 2026-04-30.',
      start: '2026-03-09',
      due: '2026-04-30',
      forecastFinish: '2026-05-14',
      slipDays: 10,
      totalSlackDays: 0,
      critical: true,
      stale: false,
      daysSinceUpdate: 3,
      sources: ['Finance.xlsx'],
    });
    expect(json.initiatives[7]).toEqual({
      id: 'SAL-2',
      name: 'Pricing engine',
      department: 'Sales',
      owner: 'Eve Marsh',
      reportedStatus: 'green',
      effectiveStatus: 'amber',
      effectiveReason: 'In a dependency cycle with SAL-1, which is amber.',
      start: '2026-05-04',
      due: '2026-08-28',
      forecastFinish: '2026-08-28',
      slipDays: 0,
      totalSlackDays: null,
      critical: false,
      stale: false,
      daysSinceUpdate: null,
      sources: ['This workbook'],
    });
  });

  it('lists active findings in order with their cells, and waived ones with the waiver', () => {
    expect(json.findings.map((f) => `${f.severity} ${f.code} ${f.initiativeId}`)).toEqual([
      'error dependency.cycle SAL-1',
      'error status.green-over-risk FIN-2',
      'error status.green-over-risk OPS-1',
      'warning finance.cost-overrun IT-1',
      'warning kpi.off-target-blocked FIN-2',
      'warning schedule.forecast-slip FIN-2',
      'warning schedule.overdue IT-1',
      'warning status.stale IT-1',
      'info status.missing-update-date SAL-2',
    ]);
    expect(json.findings[0]).toEqual({
      code: 'dependency.cycle',
      severity: 'error',
      message: 'SAL-1 and SAL-2 depend on each other: SAL-1 → SAL-2 → SAL-1.',
      initiativeId: 'SAL-1',
      related: ['SAL-2'],
      cells: [
        { source: 'This workbook', sheet: 'Sales', address: 'H2' },
        { source: 'This workbook', sheet: 'Sales', address: 'H3' },
      ],
    });
    expect(json.findings[6]!.related).toEqual([]);
    expect(json.waived).toEqual([
      {
        code: 'value.ambiguous-date',
        severity: 'warning',
        message: 'Ops!F4 "03/04/2026" reads as 3 April or 4 March; read as 3 April.',
        initiativeId: 'OPS-2',
        related: [],
        cells: [{ source: 'This workbook', sheet: 'Ops', address: 'F4' }],
        waiver: { key: 'value.ambiguous-date|OPS-2|This workbook!Ops!F4', reason: 'Confirmed with the Ops PMO: 3 April.', by: 'J. Smith', on: '2026-03-10' },
      },
    ]);
  });

  it('survives JSON.stringify unchanged (no Maps, no undefined)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
