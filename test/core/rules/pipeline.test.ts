import { runPipeline } from '../../../src/core/pipeline';
import type { CellValue, Finding, RawSource } from '../../../src/core/types';
import { options } from '../../support/model-builders';

/** The analysis-driven rules through the real pipeline: sheets in, exact findings out. */

function source(name: string, sheets: Record<string, CellValue[][]>): RawSource {
  return {
    name,
    origin: 'file',
    dateSystem: 1900,
    sheets: Object.entries(sheets).map(([sheet, values]) => ({ name: sheet, origin: { row: 0, col: 0 }, values })),
  };
}

const engineering = source('Engineering.xlsx', {
  Roadmap: [
    ['ID', 'Name', 'Status', 'Start', 'Due', 'Depends On', 'Last Updated'],
    ['ENG-1', 'Data model', 'Red', '2026-03-02', '2026-03-13', '', '2026-03-13'],
    ['ENG-2', 'Claims API', 'Green', '2026-03-16', '2026-03-27', 'ENG-1', '2026-03-13'],
    ['ENG-3', 'Intake', 'Amber', '2026-04-01', '2026-04-10', 'ENG-4', '2026-03-13'],
    ['ENG-4', 'Triage', 'Amber', '2026-04-01', '2026-04-10', 'ENG-3', '2026-03-13'],
    ['ENG-5', 'Archive', 'Amber', '2026-04-01', '2026-04-30', '', '2026-02-20'],
  ],
  KPIs: [
    ['KPI', 'Name', 'Target', 'Actual', 'Initiatives'],
    ['K-1', 'Digital claims share', 40, 18, 'ENG-2'],
  ],
});

function show(f: Finding): string {
  return `${f.code} | ${f.initiativeId ?? '-'} | ${f.cells.map((c) => `${c.sheet}!${c.address}`).join(' ')} | ${f.message}`;
}

describe('analysis-driven rules through runPipeline', () => {
  const result = runPipeline([engineering], options());
  const codes = ['dependency.cycle', 'status.green-over-risk', 'schedule.forecast-slip', 'status.stale', 'kpi.off-target-blocked', 'schedule.overdue'];
  const found = result.findings.filter((f) => codes.includes(f.code)).map(show);

  it('reports the loop, the risk, the forecast slip, the stale update and the blocked KPI with their cells', () => {
    expect(found).toEqual([
      'dependency.cycle | ENG-3 | Roadmap!F5 Roadmap!F4 | ENG-3 → ENG-4 → ENG-3 is a dependency cycle: each initiative waits on the one before it.',
      'status.green-over-risk | ENG-2 | Roadmap!C3 Roadmap!F3 | ENG-2 "Claims API" is reported green but depends on ENG-1 (red).',
      'kpi.off-target-blocked | ENG-2 | KPIs!D2 Roadmap!A3 | KPI K-1 "Digital claims share" is off target (actual 18, target 40) and ENG-2 is blocked upstream by ENG-1 (ENG-2 ← ENG-1).',
      // ENG-1 is overdue, so it finishes no earlier than the as-of date (Mon 03-16); ENG-2 (10 working days) starts the next day.
      'schedule.forecast-slip | ENG-2 | Roadmap!E3 | ENG-2 "Claims API" is forecast to finish 2026-03-30, after its due date 2026-03-27 (1 working day late).',
      'schedule.overdue | ENG-1 | Roadmap!E2 | ENG-1 "Data model" was due 2026-03-13 and is not done as of 2026-03-16 (status red).',
      'status.stale | ENG-5 | Roadmap!G6 | ENG-5 "Archive" was last updated 2026-02-20, 24 days before 2026-03-16 (review cadence 7 days).',
    ]);
  });

  it('moves a waived finding aside by its key, and only that one', () => {
    const key = 'status.stale|ENG-5|Engineering.xlsx!Roadmap!G6';
    const waivedRun = runPipeline([engineering], options({ waivers: [{ key, reason: 'Archive owner on leave' }] }));
    expect(waivedRun.waived.map((w) => [w.finding.code, w.finding.initiativeId, w.waiver.reason])).toEqual([['status.stale', 'ENG-5', 'Archive owner on leave']]);
    expect(waivedRun.findings).toHaveLength(result.findings.length - 1);
    expect(waivedRun.findings.some((f) => f.code === 'status.stale')).toBe(false);
  });
});
