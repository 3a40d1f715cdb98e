import { runPipeline } from '../../../src/core/pipeline';
import { buildReport, REPORT_SHEETS, sheetRows, STYLES } from '../../../src/core/report';
import { rowHeightOf } from '../../../src/core/report/sheet';
import { makeOptions, type CellValue, type ReportCell, type ReportSheet, type RunResult } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';
import { makeFixture } from './fixture';

/**
 * The Timeline's legend (row 3) against what its bars draw (src/core/report/timeline-sheet.ts):
 * a bar's fill is its effective status (red, amber, green, done; grey for not started, on hold,
 * cancelled and not given), the part done (by % complete) a darker shade, and a done bar is done
 * all through, so it is the darker shade from start to end; the critical path is a navy bottom
 * border; forecast slip past the due date is orange beside the bar; a zero-length item is a
 * diamond on the bar's colour; the as-of week is a yellow column with a line drawn over bars.
 */
const NOTE = 'Weeks start on Monday; bars in effective status. Other: not started, on hold, cancelled, not given.';
const t = (v: string, style: string): ReportCell => ({ value: { t: 'text', v }, style } as ReportCell);
const fill = (style: string | undefined): ReportCell => ({ value: null, style } as ReportCell);

const timelineOf = (result: RunResult): ReportSheet => buildReport(result).sheets.find((s) => s.name === REPORT_SHEETS.timeline)!;

/**
 * The legend laid out by hand. Week columns are 3.3 wide and a wrapped 10 pt label holds 1.3
 * characters per unit of width (the writers' row measure), one spared: 1 column holds 3 characters
 * a line, 2 hold 7, 3 hold 11, 4 hold 16, 7 hold 29. Each label takes the fewest columns that hold
 * it in three lines without splitting a word:
 * - "Part done (% complete)": 3 ("Part done" / "(%" / "complete)"); 2 cannot hold "complete)";
 * - "Critical path (underlined)": 4 ("Critical path" / "(underlined)"); 3 cannot hold "(underlined)";
 * - "Forecast slip past due": 3 ("Forecast" / "slip past" / "due"); 2 cannot hold "Forecast";
 * - "Milestone": 3, a word of 9;
 * - "Today (16 Mar 2026)": 2 ("Today" / "(16 Mar" / "2026)").
 * Columns: A Legend, B the note, C..G the status chips (over Effective .. Slack), then from H (7):
 * H swatch, I..K label; L swatch, M..P; Q swatch, R..T; U swatch, V..X; Y and Z swatches, AA..AB.
 */
function expectedLegend(today: string): (ReportCell | null)[] {
  return [
    t('Legend', 'muted'),
    t(NOTE, 'muted'),
    t('Red', 'gantt-red'),
    t('Amber', 'gantt-amber'),
    t('Green', 'gantt-green'),
    t('Done', 'gantt-done-progress'),
    t('Other', 'gantt-grey'),
    fill('gantt-green-progress'),
    t('Part done (% complete)', 'muted'),
    null,
    null,
    t('▁▁', 'gantt-grey-critical'),
    t('Critical path (underlined)', 'muted'),
    null,
    null,
    null,
    fill('gantt-slip'),
    t('Forecast slip past due', 'muted'),
    null,
    null,
    t('◆', 'gantt-grey'),
    t('Milestone', 'muted'),
    null,
    null,
    fill('gantt-today'),
    t('│', 'gantt-grey'),
    t(`Today (${today})`, 'muted'),
    null,
  ];
}
const LEGEND_MERGES = ['I3:K3', 'M3:P3', 'R3:T3', 'V3:X3', 'AA3:AB3'];

describe('the Timeline legend', () => {
  it('names every bar colour and mark, each label merged over the columns that hold it, all in one row as tall as its three-line note', () => {
    const s = timelineOf(makeFixture());
    expect(sheetRows(s)[2]).toEqual(expectedLegend('16 Mar 2026'));
    for (const m of LEGEND_MERGES) expect(s.merges).toContain(m);
    expect(s.merges.filter((m) => /^[A-Z]+3:/.test(m))).toEqual(LEGEND_MERGES);
    // The note in B (30 wide, 39 characters a line): "Weeks start on Monday; bars in" / "effective status. Other: not started," /
    // "on hold, cancelled, not given.": three lines of 10 pt, 3 x 13 + 4 = 43 points.
    expect(rowHeightOf(s)(2, sheetRows(s)[2])).toBe(43);
  });

  it("draws each swatch in the style's own look: the status fills, the darker part done, the navy underline, the slip, today's yellow", () => {
    expect(['gantt-red', 'gantt-amber', 'gantt-green', 'gantt-done-progress', 'gantt-grey'].map((k) => STYLES[k as 'gantt-red'].fill)).toEqual([
      'F4A6A6',
      'FFD591',
      'B6D7A8',
      '6D9EEB',
      'E0E0E0',
    ]);
    expect(STYLES['gantt-green-progress'].fill).toBe('6AA84F');
    // The critical swatch is a grey bar cell with the navy underline; on the legend row that border
    // meets the navy header below, so the swatch also draws the line (navy text).
    expect(STYLES['gantt-grey-critical']).toMatchObject({ fill: 'E0E0E0', borderBottom: '1F3864', color: '1F3864' });
    expect(STYLES['gantt-slip'].fill).toBe('F4B183');
    expect(STYLES['gantt-today'].fill).toBe('FFD966');
  });

  it('prints inside the print area, on page 1: the fixture plan is 43 weeks (H..AX), past the legend, two pages wide at a fixed scale, the break before April 2026 (AD: week 22 from 3 Nov 2025)', () => {
    // 3 Nov 2025 (OPS-2's start) to the week of 24 Aug 2026 (SAL-2 due 28 Aug): 294 / 7 + 1 = 43 weeks,
    // 92 + 43 x 3.3 = 233.9 wide, over the one-page 211.9: two pages wide, printed to 62 week columns
    // (H..BQ) so that page 1 holds the legend (see "on the first printed page" below).
    const s = timelineOf(makeFixture());
    // Widths at 7 pt a character: fixed 92 (644 pt), legend block to AB 1,129.1 pt; 43 weeks (to AX) are too
    // wide for one page at 60% (room 784.29 x 0.96 / 0.6 = 1,254.9 pt). At 66% (room 1,140.8) page 1 holds A..AB,
    // page 2 repeats A:B (280 pt) and holds the rest; at 67% (1,123.8) page 1 would not hold the legend block.
    expect(s.print).toMatchObject({ area: 'A1:AX17', fitToWidth: false, colBreaks: [29], repeatCols: 2 });
  });

  describe('on the first printed page, whatever the plan\'s length', () => {
    /**
     * Fitted to N pages wide, a program scales the print area so that its width and, on each page
     * after the first, the repeated columns fill N pages: page 1 holds (width + repeated) / N of
     * column width, ending at the last column that fits whole. Hand-worked: the fixed columns are
     * 10 + 30 + 10 + 11 + 11 + 11 + 9 = 92 wide, A and B (repeated) 40, a week 3.3; the legend runs
     * 21 week columns, H..AB (92 + 21 x 3.3 = 161.3). Two pages wide, page 1 must hold the legend and
     * two week columns to spare, 92 + 23 x 3.3 = 167.9, so the print area is at least 2 x 167.9 - 40
     * = 295.8 wide: 62 week columns (92 + 62 x 3.3 = 296.6; 61 make 293.3). One page wide while a
     * second page would hold less than half a page: width up to 1.5 x 167.9 - 40 = 211.9.
     * - 12 weeks: the legend's 21 columns are wider than the plan: 161.3 wide, one page, A..AB.
     * - 30 weeks: 92 + 99 = 191, one page, A..AK (7 + 30 - 1 = 36).
     * - 40 weeks: 92 + 132 = 224, two pages, printed to 62 weeks (A..BQ): page 1 holds (296.6 + 40) / 2
     *   = 168.3, 76.3 past the fixed columns = 23.1 weeks: H..AD.
     * - 56 weeks: 92 + 184.8 = 276.8, two pages, printed to 62 weeks as well: page 1 A..AD.
     * - 104 weeks: 92 + 343.2 = 435.2, two pages, no blank weeks (A..DG, 7 + 104 - 1 = 110): page 1
     *   holds (435.2 + 40) / 2 = 237.6, 145.6 / 3.3 = 44.1 weeks: H..AY.
     */
    const MONDAY = '2026-01-05';
    function planOf(weeks: number): ReportSheet {
      const first = dayFromIso(MONDAY)!;
      // Four items: the first starts on the first Monday, the last is due on the Friday of week `weeks`.
      const lastFriday = first + (weeks - 1) * 7 + 4;
      const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
      const rows: CellValue[][] = [
        ['ID', 'Name', 'Department', 'Status', 'Start', 'Due'],
        ['P-1', 'First', 'Ops', 'Green', MONDAY, iso(first + 25)],
        ['P-2', 'Second', 'Ops', 'Amber', iso(first + 14), iso(first + 60)],
        ['P-3', 'Third', 'IT', 'Red', iso(first + 28), iso(lastFriday - 28)],
        ['P-4', 'Last', 'IT', 'Not started', iso(lastFriday - 20), iso(lastFriday)],
      ];
      const result = runPipeline([sheetSource(rows, { name: 'Plan.xlsx' })], makeOptions(first + 21));
      return timelineOf(result);
    }
    const colIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    /** The last column printed on page 1, by the fit above, from the sheet's own widths and print settings. */
    function pageOneLastCol(s: ReportSheet): number {
      const last = colIndex(/^A1:([A-Z]+)\d+$/.exec(s.print!.area!)![1]!);
      const widths = s.columnWidths!.slice(0, last + 1);
      const total = widths.reduce((n, w) => n + w, 0);
      const repeated = widths.slice(0, s.print!.repeatCols ?? 0).reduce((n, w) => n + w, 0);
      const pages = s.print!.pagesWide ?? 1;
      const holds = pages === 1 ? total : (total + repeated * (pages - 1)) / pages;
      let used = 0;
      let col = -1;
      while (col + 1 <= last && used + widths[col + 1]! <= holds + 1e-9) used += widths[++col]!;
      return col;
    }
    const lastLegendCol = (s: ReportSheet): number => sheetRows(s)[2]!.length - 1;

    // Hand-worked at 7 pt a character (fixed 644 pt, A:B 280, a week 23.1, the legend block A..AB 1,129.1),
    // a page's room 75,291.8 / scale pt: 12 weeks fit one page at 60%; 30 to 56 weeks need one break, and
    // 66% is the largest scale whose page 1 holds the legend block (67%: 1,123.8 pt), the break before
    // June (AC); 104 weeks need two breaks at 60% (before July, AH, and April 2027, BU), and at 61%..66%
    // the pages after the first hold too few weeks for two.
    it.each([
      [12, 'AB', undefined, []],
      [30, 'AK', 66, [28]],
      [40, 'AU', 66, [28]],
      [56, 'BK', 66, [28]],
      [104, 'DG', 60, [33, 72]],
    ] as const)('%i weeks: printed to %s at scale %s, breaking before columns %j', (weeks, printedTo, scale, breaks) => {
      const s = planOf(weeks);
      expect(s.print!.area).toBe(`A1:${printedTo}${sheetRows(s).length}`);
      if (scale === undefined) expect(s.print).toMatchObject({ fitToWidth: true, pagesWide: 1 });
      else expect(s.print).toMatchObject({ fitToWidth: false, scale, colBreaks: breaks, repeatCols: 2 });
      expect(lastLegendCol(s)).toBe(colIndex('AB'));
    });
  });

  describe('beside the bars of a small plan drawn from a source', () => {
    // As of Monday 16 Mar 2026; weeks of 2, 9, 16, 23 and 30 Mar (H..L). No department: one heading row.
    const rows: CellValue[][] = [
      ['ID', 'Name', 'Status', 'Start', 'Due', '% Complete', 'Duration'],
      ['G-1', 'Half done', 'Green', '2026-03-09', '2026-03-20', '50%', null],
      ['R-1', 'Red this week', 'Red', '2026-03-16', '2026-03-20', null, null],
      ['A-1', 'Amber next week', 'Amber', '2026-03-23', '2026-03-27', null, null],
      ['D-1', 'Done', 'Done', '2026-03-02', '2026-03-06', null, null],
      ['H-1', 'On hold, last to finish', 'On hold', '2026-03-23', '2026-04-03', null, null],
      ['M-1', 'Sign-off', 'Not started', '2026-03-25', '2026-03-25', null, '0 days'],
      ['S-1', 'Late', 'Green', '2026-03-02', '2026-03-13', null, null],
      ['T-1', 'Walkthrough', 'Not started', '2026-03-25', '2026-03-25', null, '1 day'],
      ['N-1', 'Due only', 'Amber', null, '2026-03-27', null, null],
    ];
    const result = runPipeline([sheetSource(rows, { name: 'Plan.xlsx' })], makeOptions(dayFromIso('2026-03-16')!));
    const s = timelineOf(result);
    const legend = sheetRows(s)[2]!;
    const bars = (id: string): (ReportCell | null)[] => sheetRows(s).find((r) => r[0]?.value?.v === id)!.slice(7);
    const TODAY = fill('gantt-today');

    it('uses on the bars exactly the styles the legend shows for them', () => {
      // G-1: 9 .. 20 Mar, two weeks, half done: the first week the darker shade (the Part done swatch),
      // the second green (the Green chip) with the today line over it (the line swatch's glyph).
      expect(bars('G-1')).toEqual([null, legend[7], t('│', 'gantt-green'), null, null]);
      expect(legend[4]!.style).toBe('gantt-green');
      // the week of today, red (the Red chip's style), the line over it.
      expect(bars('R-1')).toEqual([null, null, t('│', legend[2]!.style!), null, null]);
      // amber (the Amber chip), the today column beside it yellow (the Today swatch).
      expect(bars('A-1')).toEqual([null, null, TODAY, fill(legend[3]!.style), null]);
      expect(bars('A-1')[2]).toEqual(legend[24]);
      // D-1: done, the darker blue all through (the Done chip).
      expect(bars('D-1')).toEqual([fill(legend[5]!.style), null, TODAY, null, null]);
      // H-1: on hold (grey, the Other chip), 23 Mar .. 3 Apr, finishing last: on the critical path (underlined).
      expect(result.analysis.byId.get('H-1')!.critical).toBe(true);
      expect(bars('H-1')).toEqual([null, null, TODAY, fill(legend[11]!.style), fill(legend[11]!.style)]);
      expect(legend[11]!.style).toBe(`${legend[6]!.style}-critical`);
      // M-1: not started, a zero-length task on 25 Mar: the milestone diamond on grey, exactly the Milestone swatch.
      expect(result.analysis.byId.get('M-1')!.critical).toBe(false);
      expect(bars('M-1')).toEqual([null, null, TODAY, legend[20], null]);
      // T-1: a one-day task on the same day is work, not a milestone: a grey bar in the week of 23 Mar.
      expect(bars('T-1')).toEqual([null, null, TODAY, fill(legend[6]!.style), null]);
      // N-1: due Fri 27 Mar with no start: no bar is made up, only the due mark in its week, in its amber.
      expect(bars('N-1')).toEqual([null, null, TODAY, t('▼', legend[3]!.style!), null]);
      expect(sheetRows(s)[1]![0]!.value).toEqual({ t: 'text', v: 'Week by week from 2 Mar 2026, grouped by department; the yellow column and the line over the bars are the as-of week. ▼ marks the due week of an item with no start date.' });
      // S-1: due Fri 13 Mar, open on Mon 16 Mar: forecast 16 Mar, red; its two planned weeks red, the week of
      // 16 Mar the slip (the slip swatch) with the today line over it.
      expect(bars('S-1')).toEqual([fill('gantt-red'), fill('gantt-red'), t('│', legend[16]!.style!), null, null]);
    });

    it('prints the legend with the grid: five weeks end at L, the legend at AB, one page wide', () => {
      // 7 fixed columns (92 characters) and 21 week columns to AB: 92 + 21 x 3.3 = 161.3, within a page.
      // Title, note, legend, months, days, the one heading row, nine items.
      expect(sheetRows(s).length).toBe(15);
      expect(s.print).toMatchObject({ area: 'A1:AB15', pagesWide: 1 });
      expect(s.columnWidths).toHaveLength(28);
      expect(legend).toEqual(expectedLegend('16 Mar 2026'));
    });
  });
});
