import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensurePortfolio, BENCH_AS_OF_ISO } from '../../bench/portfolio';
import { dayFromIso, makeOptions, runPipeline, type ReportDocument, type RunResult } from '../../src/core';
import { buildReport, headline, takeSnapshot } from '../../src/core/report';
import { readSourceFile } from '../../src/xlsx/read-source';
import { writeReportXlsx } from '../../src/xlsx/write-report';
import { SAMPLE_AS_OF, SAMPLE_FILES } from '../fixtures/planted-findings';
import { countColour, findPhrase, pdfText, pdfWords, renderPage, type Raster } from '../support/pdf-pages';

/**
 * Opens the written summary in a real spreadsheet program: LibreOffice (Debian's libreoffice-calc,
 * installed by .ci/run) converts it to PDF; pdftotext reads the pages back and pdftoppm renders
 * them, so the native charts are checked where they are drawn, by their colours.
 */
const SAMPLES = path.join(__dirname, '..', '..', 'assets', 'samples');
/** The charts' fills (src/core/report/summary-charts.ts): effective navy, reported grey, benefit blue. */
const NAVY = '1F3864';
const GREY = 'A6A6A6';
const BENEFIT = '8EA9DB';

function toPdf(dir: string, name: string, bytes: Uint8Array): string {
  const xlsx = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(xlsx, bytes);
  // A fresh profile per run: no shared state with a desktop session or another test.
  execFileSync('libreoffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return path.join(dir, `${name}.pdf`);
}

/** The two charts of page 1 sit below the decisions table, left and right, each drawing its series colours. */
function expectStoryCharts(pdf: string, dir: string): void {
  const words = pdfWords(pdf, 1);
  const decisions = findPhrase(words, 'What needs a decision this week');
  const status = findPhrase(words, 'Initiatives by status: reported vs effective');
  // "Value at risk by department" or, with many, "Value at risk by department: the 8 most at risk of 20".
  const value = findPhrase(words, 'Value at risk by') ?? findPhrase(words, 'Initiatives at risk by');
  expect(decisions && status && value).toBeTruthy();
  expect(status!.yMin).toBeGreaterThan(decisions!.yMax);
  expect(status!.xMax).toBeLessThan(words.width / 2);
  expect(value!.xMin).toBeGreaterThan(words.width / 2);
  expect(Math.abs(value!.yMin - status!.yMin)).toBeLessThan(5);
  const page: Raster = renderPage(pdf, 1, 50, dir);
  const below = status!.yMax / words.height;
  const left = { x0: 0, y0: below, x1: 0.5, y1: 0.95 };
  const right = { x0: 0.5, y0: below, x1: 1, y1: 0.95 };
  // Bars, not a stray pixel: each series fills hundreds of pixels at 50 dpi.
  expect(countColour(page, NAVY, left)).toBeGreaterThan(200);
  expect(countColour(page, GREY, left)).toBeGreaterThan(200);
  expect(countColour(page, NAVY, right)).toBeGreaterThan(100);
}

/**
 * The Timeline's legend (row 3, src/core/report/timeline-sheet.ts) printed on a page: every entry
 * above the column headers, the status chips in their order, left to right.
 */
function expectTimelineLegend(pdf: string, page: number, today: string): void {
  const words = pdfWords(pdf, page);
  const header = findPhrase(words, 'ID');
  expect(header).toBeDefined();
  const boxes = ['Legend', 'Red', 'Amber', 'Green', 'Done', 'Other', 'Part done (%', 'complete)', 'Critical path', '(underlined)', 'Forecast slip', 'past due', 'Milestone', 'Today'].map((phrase) => {
    const box = findPhrase(words, phrase);
    expect([phrase, box !== undefined]).toEqual([phrase, true]);
    // On the legend row: below the subtitle, above the month and column headers.
    expect(box!.yMax).toBeLessThan(header!.yMin);
    return box!;
  });
  const chips = boxes.slice(1, 6).map((b) => b.xMin);
  expect([...chips].sort((a, b) => a - b)).toEqual(chips);
  // The as-of date, wrapped under "Today" in its label.
  const text = pdfText(pdf, page);
  for (const part of today.split(' ')) expect(text).toContain(part);
}

describe('the summary workbook in LibreOffice', () => {
  let dir: string;
  let pdf: string;
  let result: RunResult;

  beforeAll(async () => {
    const sources = await Promise.all(SAMPLE_FILES.map((file) => readSourceFile(new Uint8Array(fs.readFileSync(path.join(SAMPLES, file))), file)));
    const asOf = dayFromIso(SAMPLE_AS_OF)!;
    result = runPipeline(sources, makeOptions(asOf));
    // The summary of four weeks before as the previous one: the same render shows the Changes sheet.
    const previous = takeSnapshot(runPipeline(sources, makeOptions(asOf - 28)));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-lo-'));
    pdf = toPdf(dir, 'summary', await writeReportXlsx(buildReport(result, { previous })));
  }, 180_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('tells the story on page 1: headline naming the red, tiles, what needs a decision, two charts', () => {
    const page1 = pdfText(pdf, 1);
    expect(page1.startsWith('Throughline summary As of 16 Nov 2026')).toBe(true);
    expect(page1).toContain(headline(result));
    expect(page1).toContain('3 initiatives are effectively red though none is reported red: CS-03, MKT-04, MKT-06.');
    for (const block of ['effectively red (0 reported red)', 'What needs a decision this week', 'What it puts at risk', 'Source cell']) expect(page1).toContain(block);
    // The first decision: a red initiative with its owner, and the file and cell of its row.
    expect(page1).toMatch(/CS-03 Knowledge base articles/);
    expect(page1).toContain('Customer-Support.xlsx');
    expect(page1).toMatch(/Page 1 of \d+$/);
    expectStoryCharts(pdf, dir);
  });

  it('holds the detail on page 2 and the slip and findings charts on page 3; the Initiatives table follows', () => {
    const page2 = pdfText(pdf, 2);
    for (const block of ['Status: reported vs effective', 'Value at risk by department', 'Bottlenecks at risk first', 'Off-target KPIs and their blocking chain', 'Sources and freshness', 'Oldest update', 'Median update']) {
      expect(page2).toContain(block);
    }
    const page3 = pdfText(pdf, 3);
    for (const block of ['Forecast slip by department', 'Findings by severity', 'Value at risk by pillar', 'Value at risk by KPI']) expect(page3).toContain(block);
    // Page 4 is Changes (after Summary); the Initiatives table follows.
    const page4 = pdfText(pdf, 5);
    expect(page4).not.toContain('Value at risk by department');
    // pdftotext orders wrapped table cells by layout, so check the pieces, not their sequence.
    for (const header of ['Why effective differs', 'Forecast finish', 'Department', 'Owner', 'Reported', 'Effective']) expect(page4).toContain(header);
    expect(page4).toContain(result.model.initiatives[0]!.id);
  });
  it('tells on Changes what moved in four weeks, in working days and with statuses as the sources wrote them', () => {
    const page = pdfText(pdf, 4);
    expect(page.startsWith('Changes Since the summary as of 19 Oct 2026:')).toBe(true);
    expect(page).toContain('working days later; the due date');
    // The reported status as the sources wrote it has its own column beside Was and Now.
    expect(page).toContain('Was and Now are effective statuses; beside them, the reported status as the source wrote it.');
    expect(page).toContain('Reported, as written');
    // Never an internal status name nor an ISO date in a sentence.
    expect(page).not.toMatch(/not-started|on-hold|\d{4}-\d{2}-\d{2}/);
    expect(page).toMatch(/Page 4 of \d+$/);
  });

  it('prints the Timeline legend on its first page (a 57-week plan: about 21 weeks on page 1)', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const first = Array.from({ length: pages }, (_, k) => k + 1).find((p) => pdfText(pdf, p).startsWith('Timeline Week by week'));
    expect(first).toBeDefined();
    expectTimelineLegend(pdf, first!, '16 Nov 2026');
  });
});

describe('the summary of a 300-initiative, 20-department portfolio in LibreOffice', () => {
  let dir: string;
  let pdf: string;
  let result: RunResult;
  let pages: number;
  /** Page numbers of a sheet: its title starts each of its pages (the print titles repeat it). */
  const pagesOf = (sheet: string): number[] => Array.from({ length: pages }, (_, k) => k + 1).filter((p) => pdfText(pdf, p).startsWith(`${sheet} `));

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-lo-300-'));
    const files = await ensurePortfolio(300, path.join(dir, 'portfolio'));
    const sources = await Promise.all(files.files.map((f) => readSourceFile(new Uint8Array(fs.readFileSync(f)), path.basename(f))));
    const asOf = dayFromIso(BENCH_AS_OF_ISO)!;
    result = runPipeline(sources, makeOptions(asOf));
    const doc = buildReport(result, { previous: takeSnapshot(runPipeline(sources, makeOptions(asOf - 28))) });
    // The pages under test (Summary, Changes, Timeline), without printing every table of 300 rows.
    const shown: ReportDocument = { ...doc, sheets: doc.sheets.filter((s) => ['Summary', 'Changes', 'Timeline'].includes(s.name)) };
    pdf = toPdf(dir, 'portfolio', await writeReportXlsx(shown));
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  }, 240_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('tells the same story on page 1, with its charts in place', () => {
    expect(new Set(result.model.initiatives.map((i) => i.department)).size).toBe(20);
    const page1 = pdfText(pdf, 1);
    expect(page1).toContain(headline(result));
    expect(page1).toContain('What needs a decision this week');
    expectStoryCharts(pdf, dir);
  });

  it('fits the Summary on its three pages (story, detail, charts) however many departments, sources and KPIs, linking to the full lists', () => {
    // The Summary is the first sheet, Changes the next: 20 departments and sources and 40 KPIs ran it to 5 pages.
    expect(pagesOf('Changes')[0]).toBe(4);
    const page2 = pdfText(pdf, 2);
    expect(page2).toMatch(/and 12 more departments, [\d.]+m of budget at risk — see Value at risk/);
    expect(page2).toMatch(/and 12 more sources, \d+ stale rows — see Sources/);
    expect(pdfText(pdf, 3)).toMatch(/and 30 more KPIs, [\d.]+m of budget at risk — see Value at risk/);
  });

  it('rolls up Changes: the many findings of one rule are one row naming them, so the page stays short', () => {
    const changes = pagesOf('Changes');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.length).toBeLessThanOrEqual(2);
    const text = changes.map((p) => pdfText(pdf, p)).join(' ');
    expect(text).toMatch(/\d+ findings An open initiative whose last update is older than the review cadence/);
    expect(text).toMatch(/New for \d+ initiatives: /);
  });

  it('prints the Timeline three pages wide, each page repeating the header rows and the id and name columns, in readable type', () => {
    const timeline = pagesOf('Timeline');
    expectTimelineLegend(pdf, timeline[0]!, '2 Mar 2026');
    // 104 weeks at the 60% floor: page 1 holds about 26 weeks beside the fixed columns (644 of
    // 1,254.9 pt), each later page about 42 beside the repeated ID and Name (280 pt), whole months
    // each: three pages wide. 300 rows and 20 department headings make it a few pages tall.
    expect(timeline.length % 3).toBe(0);
    expect(timeline.length).toBeGreaterThanOrEqual(6);
    expect(timeline.length).toBeLessThanOrEqual(24);
    for (const p of timeline) {
      const words = pdfWords(pdf, p);
      expect(findPhrase(words, 'Timeline')).toBeDefined();
      expect(words.words.some((w) => w.word === 'ID')).toBe(true);
      expect(words.words.some((w) => w.word === 'Name')).toBe(true);
      // The ids are in print at no less than 5 pt (one page wide, two years of weeks shrank them to about 3 pt).
      const ids = words.words.filter((w) => /^[A-Z]{2,4}-\d+$/.test(w.word));
      expect(ids.length).toBeGreaterThan(20);
      const heights = ids.map((w) => w.yMax - w.yMin).sort((a, b) => a - b);
      expect(heights[Math.floor(heights.length / 2)]!).toBeGreaterThanOrEqual(5);
    }
  });
});
