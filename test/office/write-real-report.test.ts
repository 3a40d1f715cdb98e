import { runPipeline } from '../../src/core/pipeline';
import { buildReport } from '../../src/core/report';
import { makeOptions, type RawSource } from '../../src/core/types';
import { dayFromIso, serialFromDay } from '../../src/core/util/days';
import { readWorkbook } from '../../src/office/read-workbook';
import { writeReport } from '../../src/office/write-report';
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES } from './fake-excel';

const AS_OF = dayFromIso('2026-04-01')!;
const HEADERS = ['ID', 'Name', 'Department', 'Owner', 'Status', 'Start', 'Due', 'Depends On', 'Last Updated'];

/** A departmental sheet as a user keeps it, in the fake workbook; row 2 has a formula-like name. */
function sourceWorkbook(rows: number): FakeWorkbook {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet('Plan');
  HEADERS.forEach((h, c) => sheet.put(0, c, h));
  for (let i = 1; i <= rows; i++) {
    const dept = ['FIN', 'OPS', 'IT'][i % 3]!;
    const start = AS_OF - 60 + (i % 90);
    sheet.put(i, 0, `${dept}-${i}`);
    sheet.put(i, 1, i === 1 ? '=HYPERLINK("http://x.example","Pay")' : `Initiative ${i}`);
    sheet.put(i, 2, ['Finance', 'Operations', 'IT'][i % 3]!);
    sheet.put(i, 3, '@owner');
    sheet.put(i, 4, ['Green', 'Amber', 'Red', 'Done'][i % 4]!);
    sheet.put(i, 5, serialFromDay(start), 'yyyy-mm-dd');
    sheet.put(i, 6, serialFromDay(start + 30), 'yyyy-mm-dd');
    if (i > 3) sheet.put(i, 7, `${dept}-${i - 3}`);
    sheet.put(i, 8, serialFromDay(AS_OF - (i % 20)), 'yyyy-mm-dd');
  }
  return wb;
}

async function readRunWrite(rows: number): Promise<{ wb: FakeWorkbook; source: RawSource; syncs: number }> {
  const wb = sourceWorkbook(rows);
  const source = await readWorkbook(wb.context(), { merges: true, dateSystem: true, fallbackName: 'This workbook' });
  const doc = buildReport(runPipeline([source], makeOptions(AS_OF)));
  const before = wb.syncs;
  const summary = await writeReport(wb.context(), doc, { dateSystem: true, notes: true });
  expect(wb.syncs - before).toBe(summary.syncs);
  return { wb, source, syncs: summary.syncs };
}

describe('a real report (read -> core -> buildReport -> writeReport)', () => {
  it('writes every report sheet, user text as text, and leaves the source sheet as it was', async () => {
    const { wb } = await readRunWrite(30);
    const plan = sourceWorkbook(30).sheet('Plan')!.snapshot();
    expect(wb.sheet('Plan')!.snapshot()).toEqual(plan);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Plan', 'Summary', 'Initiatives', 'Findings', 'Dependencies', 'Timeline', 'Departments', 'Value at risk', 'Sources', 'Actions', 'Decisions', '_throughline']);
    for (const sheet of wb.sheets.slice(1)) {
      for (const [, cell] of sheet.cells) {
        if (cell.formula) expect(cell.formula).not.toContain('x.example');
        if (typeof cell.value === 'string' && cell.value.startsWith('=HYPERLINK')) expect(cell.format).toBe('@');
      }
    }
    const named = [...wb.sheet('Initiatives')!.cells.values()].filter((c) => c.value === '=HYPERLINK("http://x.example","Pay")');
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((c) => c.format === '@' && c.formula === undefined)).toBe(true);
    // Reading the workbook again gives the same source: report sheets are not read as sources.
    const again = await readWorkbook(wb.context(), { merges: true, dateSystem: true, fallbackName: 'This workbook' });
    expect(again.sheets.map((s) => s.name)).toEqual(['Plan']);
  });

  it('at 10,000 initiatives: every sync under the payload limit, the count set by bytes', async () => {
    const { wb, syncs } = await readRunWrite(10_000);
    const writes = wb.syncLog.slice(wb.syncLog.length - syncs);
    const bytes = writes.reduce((sum, s) => sum + s.bytes, 0);
    expect(Math.max(...writes.map((s) => s.bytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // One listing sync, about one sync per 4 MB (never one per row or per request), one to name the sheets.
    expect(syncs).toBeLessThanOrEqual(3 + Math.ceil(bytes / 3_000_000));
    expect(wb.sheet('Initiatives')!.usedRect()!.bottom).toBeGreaterThanOrEqual(10_000);
  });
});
