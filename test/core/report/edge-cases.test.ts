import { buildReport, headline, sheetRows } from '../../../src/core/report';
import { MAX_TIMELINE_ROWS, MAX_WEEKS } from '../../../src/core/report/timeline-sheet';
import type { ReportCell } from '../../../src/core/types';
import { BASE_SPECS, makeFixture } from './fixture';

const show = (c: ReportCell | null | undefined): string | number | boolean | null => (c?.value ? c.value.v : null);

describe('report edge cases', () => {
  it('builds every sheet for a run with no initiatives and no findings', () => {
    const empty = makeFixture({ specs: () => [], findings: () => [] });
    const doc = buildReport({ ...empty, waived: [], analysis: { ...empty.analysis, bottlenecks: [], kpiTraces: [] } });
    expect(doc.sheets.map((s) => s.name)).toEqual(['Summary', 'Initiatives', 'Findings', 'Dependencies', 'Timeline', 'Departments', 'Value at risk', 'Sources', 'Actions', 'Decisions', '_throughline']);
    expect(doc.sheets.flatMap((s) => s.tables)).toEqual([]);
    const summary = doc.sheets[0]!;
    expect(show(sheetRows(summary)[2]![0])).toBe('No initiatives were read from the sources: nothing to report yet.');
    const texts = sheetRows(summary).flat().map(show);
    expect(texts).toContain('No initiative holds up another.');
    expect(texts).toContain('Every KPI with a target is on target.');
    expect(texts).toContain('No findings: every check passed.');
    expect(texts).toContain('Nothing open is red, amber or forecast late: no decision is waiting.');
    expect(texts).toContain('value at risk: no budget or benefit in the sources');
  });

  it('leaves done initiatives out of the bottlenecks: they hold nothing up', () => {
    const result = makeFixture({ specs: (specs) => specs.map((s) => (s.id === 'IT-1' ? { ...s, status: 'done', effective: 'done' } : s)) });
    // IT-1 done: FIN-2 is the one red (reported green), with OPS-1 (Operations) and, through it, K2 waiting, and its own K1.
    expect(headline(result)).toBe(
      '1 initiative is effectively red though none is reported red: FIN-2. 4 are effectively amber (2 reported amber). 1.25m of budget and 2.2m of benefit at risk. ' +
        'Most consequential: FIN-2 (Rolling forecast), red, owner Ana Ruiz; 1 initiative in 1 other department and KPIs K1, K2 wait on it.',
    );
    const texts = sheetRows(buildReport(result).sheets[0]!).flat().map(show);
    expect(texts).not.toContain('IT-1 Data platform');
  });

  it('clips a very long plan to two years of weeks and says so', () => {
    const result = makeFixture({ specs: (specs) => specs.map((s) => (s.id === 'SAL-2' ? { ...s, due: '2031-12-31', forecast: '2031-12-31' } : s)) });
    const timeline = buildReport(result).sheets.find((s) => s.name === 'Timeline')!;
    expect(show(sheetRows(timeline)[1]![0])).toBe(`Week by week from 3 Nov 2025, grouped by department; the yellow column and the line over the bars are the as-of week. Showing the first ${MAX_WEEKS} of 322 weeks.`);
    expect(sheetRows(timeline)[4]!.length).toBe(7 + MAX_WEEKS);
  });

  it('draws at most MAX_TIMELINE_ROWS bars, the most pressing first, and says so', () => {
    // The 8 base initiatives plus 1,000 green ones with slack: the cap keeps the 7 open base
    // initiatives (critical, red, amber) and drops the done OPS-2 and the last 7 generated ones (GEN-993 on).
    const filler = (k: number) => ({ ...BASE_SPECS[0]!, id: `GEN-${k}`, name: `Generated ${k}`, row: 10 + k });
    const result = makeFixture({ specs: (specs) => [...specs, ...Array.from({ length: 1000 }, (_, k) => filler(k))] });
    const timeline = buildReport(result).sheets.find((s) => s.name === 'Timeline')!;
    expect(MAX_TIMELINE_ROWS).toBe(1000);
    expect(show(sheetRows(timeline)[1]![0])).toBe(
      'Week by week from 5 Jan 2026, grouped by department; the yellow column and the line over the bars are the as-of week. Showing the 1,000 most pressing of 1,008 initiatives (critical, slipping, red, then amber first); all are on the Initiatives sheet.',
    );
    // Department headings apart, one row per initiative drawn.
    const ids = sheetRows(timeline).slice(5).filter((r) => r[0]?.style !== 'gantt-group').map((r) => show(r[0]));
    expect(ids.length).toBe(1000);
    expect(ids).toEqual(expect.arrayContaining(['FIN-2', 'IT-1', 'IT-2', 'OPS-1', 'SAL-1', 'SAL-2', 'FIN-1', 'GEN-0', 'GEN-992']));
    expect(ids).not.toContain('OPS-2');
    expect(ids).not.toContain('GEN-993');
  });

  it('groups initiatives without a department under one heading', () => {
    const result = makeFixture({ specs: (specs) => specs.map((s) => (s.id === 'OPS-2' ? { ...s, department: undefined as unknown as string } : s)) });
    const departments = buildReport(result).sheets.find((s) => s.name === 'Departments')!;
    expect(sheetRows(departments).slice(4, 9).map((r) => show(r[0]))).toEqual(['Finance', 'IT', 'Operations', 'Sales', '(department not given)']);
  });
});
