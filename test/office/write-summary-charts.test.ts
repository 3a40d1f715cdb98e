import { buildReport } from '../../src/core/report';
import { writeReport } from '../../src/office/write-report';
import { makeFixture } from '../core/report/fixture';
import { FakeWorkbook } from './fake-excel';

/**
 * The Summary's native charts and page breaks through Office.js (worksheet.charts.add with the
 * series and point fills, horizontalPageBreaks.add), as the .xlsx writer draws them
 * (test/xlsx/write-report-charts.test.ts). Verified against the fake only: Excel is not run here.
 */
describe('the Summary written by the Office writer', () => {
  it('adds the four charts over their own data, in their colours, and the two page breaks', async () => {
    const wb = new FakeWorkbook();
    const doc = buildReport(makeFixture());
    await writeReport(wb.context(), doc, { dateSystem: true, notes: true });
    const summary = wb.sheet('Summary')!;
    const spec = doc.sheets[0]!;
    expect(summary.charts.map((c) => [c.type, c.title, c.source, c.seriesBy])).toEqual(
      spec.charts.map((c) => [c.kind === 'bar' ? 'BarClustered' : 'ColumnClustered', c.title, c.dataRange, 'Columns']),
    );
    expect(summary.charts.map((c) => c.type)).toEqual(['ColumnClustered', 'BarClustered', 'BarClustered', 'ColumnClustered']);
    // Reported grey and effective navy; budget navy, benefit light blue; one series coloured by severity without a legend.
    expect(summary.charts[0]!.seriesFills).toEqual(['#A6A6A6', '#1F3864']);
    expect(summary.charts[1]!.seriesFills).toEqual(['#1F3864', '#8EA9DB']);
    expect(summary.charts[3]!.pointFills).toEqual(['#C00000', '#FFC000', '#5B9BD5']);
    expect(summary.charts[3]!.legend).toBe(false);
    // A chart 5 columns wide and 15 rows tall from its anchor.
    const [start, end] = summary.charts[0]!.position!;
    expect(start).toBe(spec.charts[0]!.anchor);
    expect(end).toBe(`E${Number(start.slice(1)) + 14}`);
    expect(summary.pageBreaks).toEqual(spec.print!.rowBreaks!.map((r) => `A${r + 1}`));
  });
});

describe('the Timeline written by the Office writer', () => {
  it('prints at its fixed scale with its column break and the task columns repeated, as the .xlsx writer does', async () => {
    const wb = new FakeWorkbook();
    await writeReport(wb.context(), buildReport(makeFixture()), { dateSystem: true, notes: true });
    const timeline = wb.sheet('Timeline')!;
    // The fixture's 43 weeks print two pages wide at 65%, page 2 starting at column AD (0-based 29)
    // with A:B repeated (the figures are worked out in test/xlsx/write-report.test.ts).
    expect(timeline.page.zoom).toEqual({ scale: 65 });
    expect(timeline.columnBreaks).toEqual(['AD1']);
    expect(timeline.page.titleColumns).toBe('$A:$B');
    expect(timeline.page.printArea).toBe('A1:AX17');
  });
});
