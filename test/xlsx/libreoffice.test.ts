import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { dayFromIso, makeOptions, runPipeline, type RunResult } from '../../src/core';
import { buildReport, headline } from '../../src/core/report';
import { readSourceFile } from '../../src/xlsx/read-source';
import { writeReportXlsx } from '../../src/xlsx/write-report';
import { SAMPLE_AS_OF, SAMPLE_FILES } from '../fixtures/planted-findings';

/**
 * Opens the written summary in a real spreadsheet program: LibreOffice (Debian's libreoffice-calc,
 * installed by .ci/run) converts it to PDF, and pdftotext reads the pages back.
 */
const SAMPLES = path.join(__dirname, '..', '..', 'assets', 'samples');

function pdfText(pdf: string, page: number): string {
  const out = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return out.replace(/\s+/g, ' ').trim();
}

describe('the summary workbook in LibreOffice', () => {
  let dir: string;
  let pdf: string;
  let result: RunResult;

  beforeAll(async () => {
    const sources = await Promise.all(
      SAMPLE_FILES.map((file) => readSourceFile(new Uint8Array(fs.readFileSync(path.join(SAMPLES, file))), file)),
    );
    result = runPipeline(sources, makeOptions(dayFromIso(SAMPLE_AS_OF)!));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-lo-'));
    const xlsx = path.join(dir, 'summary.xlsx');
    fs.writeFileSync(xlsx, await writeReportXlsx(buildReport(result)));
    // A fresh profile per run: no shared state with a desktop session or another test.
    execFileSync(
      'libreoffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx],
      { stdio: 'pipe', timeout: 120_000 },
    );
    pdf = path.join(dir, 'summary.pdf');
  }, 180_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the Summary, headline sentence included, on the first page', () => {
    const page1 = pdfText(pdf, 1);
    expect(page1.startsWith('Throughline summary As of 16 Nov 2026')).toBe(true);
    expect(page1).toContain(headline(result));
    for (const block of ['Status: reported vs effective', 'Value at risk by department', 'Top bottlenecks: what waits on them', 'Off-target KPIs and their blocking chain', 'Sources and freshness']) {
      expect(page1).toContain(block);
    }
    expect(page1).toMatch(/Page 1 of \d+$/);
  });

  it('fits the Summary on one page: the second page is the Initiatives table', () => {
    const page2 = pdfText(pdf, 2);
    expect(page2).not.toContain('Value at risk by department');
    expect(page2).toMatch(/Page 2 of \d+$/);
    // pdftotext orders wrapped table cells by layout, so check the pieces, not their sequence.
    for (const header of ['Why effective differs', 'Forecast finish', 'Department', 'Owner', 'Reported', 'Effective']) expect(page2).toContain(header);
    expect(page2).toContain(result.model.initiatives[0]!.id);
    expect(page2).toContain(result.model.initiatives[0]!.name!);
  });
});
