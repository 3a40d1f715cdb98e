import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runPipeline } from '../../src/core/pipeline';
import { buildReport, REPORT_SHEETS } from '../../src/core/report';
import { makeOptions, type CellValue } from '../../src/core/types';
import { dayFromIso, isoFromDay } from '../../src/core/util/days';
import { writeReportXlsx } from '../../src/xlsx/write-report';
import { sheetSource } from '../support/messy-table';
import { findPhrase, pdfText, pdfWords } from '../support/pdf-pages';

/**
 * The Timeline printed by LibreOffice for plans of 30, 40 and 56 weeks (src/core/report/timeline-sheet.ts):
 * 30 weeks fit one page wide; 40 and 56 weeks print two pages wide, where the fit used to put the
 * first page's break at about 12 week columns and the last legend marks (slip, milestone, today)
 * on page 2. Every legend entry is on page 1, on the legend row.
 */
const MONDAY = dayFromIso('2026-01-05')!;
const WEEKS = [12, 30, 40, 56] as const;
const LEGEND = ['Legend', 'Red', 'Amber', 'Green', 'Done', 'Other', 'Part done (%', 'complete)', 'Critical path', '(underlined)', 'Forecast slip', 'past due', 'Milestone', 'Today'];

function planRows(weeks: number): CellValue[][] {
  const last = MONDAY + (weeks - 1) * 7 + 4;
  const rows: CellValue[][] = [['ID', 'Name', 'Department', 'Status', 'Start', 'Due']];
  for (let k = 0; k < 12; k++) {
    const start = MONDAY + Math.floor((k * (last - 30 - MONDAY)) / 11);
    rows.push([`P-${k + 1}`, `Initiative ${k + 1}`, k % 2 ? 'IT' : 'Ops', ['Green', 'Amber', 'Red', 'Not started'][k % 4]!, isoFromDay(start), isoFromDay(Math.min(start + 30, last))]);
  }
  return rows;
}

describe('the Timeline legend in LibreOffice', () => {
  let dir: string;
  const pdfs = new Map<number, string>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-lo-timeline-'));
    const files: string[] = [];
    for (const weeks of WEEKS) {
      const result = runPipeline([sheetSource(planRows(weeks), { name: 'Plan.xlsx' })], makeOptions(MONDAY + 21));
      const doc = buildReport(result);
      const file = path.join(dir, `weeks-${weeks}.xlsx`);
      fs.writeFileSync(file, await writeReportXlsx({ ...doc, sheets: doc.sheets.filter((s) => s.name === REPORT_SHEETS.timeline) }));
      files.push(file);
      pdfs.set(weeks, path.join(dir, `weeks-${weeks}.pdf`));
    }
    // One LibreOffice start for the three, with a fresh profile.
    execFileSync('libreoffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'pipe',
      timeout: 180_000,
    });
  }, 240_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const pagesOf = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

  // Widths at 7 pt a character (LibreOffice's measure here): the fixed columns are 92 characters
  // (644 pt), a week 3.3 (23.1 pt); at the 60% floor an A4 landscape page holds 784.3 / 0.6 x 0.96
  // = 1,254.9 pt, so about 26 weeks beside the fixed columns on page 1: 12 weeks fit, 30 do not.
  it.each([
    [12, 1],
    [30, 2],
    [40, 2],
    [56, 2],
  ] as const)('%i weeks print %i page(s) wide, every legend entry on page 1 above the column headers', (weeks, pages) => {
    const pdf = pdfs.get(weeks)!;
    // Twelve rows: one page tall.
    expect(pagesOf(pdf)).toBe(pages);
    const words = pdfWords(pdf, 1);
    const header = findPhrase(words, 'ID')!;
    expect(header).toBeDefined();
    for (const phrase of LEGEND) {
      const box = findPhrase(words, phrase);
      expect([phrase, box !== undefined]).toEqual([phrase, true]);
      expect(box!.yMax).toBeLessThan(header.yMin);
    }
    expect(pdfText(pdf, 1)).toContain('(26 Jan 2026)');
    if (pages === 2) {
      // Page 2 repeats the title rows and the id and name columns, and no legend mark.
      const second = pdfText(pdf, 2);
      expect(second).toContain('Initiative 12');
      for (const phrase of ['Part done', 'Critical path', 'Forecast slip', 'Milestone', 'Today']) expect(second).not.toContain(phrase);
    }
  });
});
