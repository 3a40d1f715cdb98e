import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { dayFromIso, makeOptions, runPipeline, type RawSource, type RunResult } from '../../src/core';
import { buildReport, compareRuns, headline, takeSnapshot } from '../../src/core/report';
import { displayDates } from '../../src/core/report/cells';
import { cellOf } from '../../src/core/model';
import { catalogEntry, type CellValue, type FindingCode } from '../../src/core/types';
import { parseA1 } from '../../src/core/util/a1';
import { dateFromDay, isoFromDay } from '../../src/core/util/days';
import { readPreviousSnapshot } from '../../src/xlsx/read-previous';
import { readSourceFile } from '../../src/xlsx/read-source';
import { writeReportXlsx } from '../../src/xlsx/write-report';
import { SAMPLE_AS_OF, SAMPLE_FILES } from '../fixtures/planted-findings';
import { loadWorkbook } from '../support/xlsx-parts';

const SAMPLES = path.join(__dirname, '..', '..', 'assets', 'samples');

async function readSamples(): Promise<RawSource[]> {
  return Promise.all(SAMPLE_FILES.map((file) => readSourceFile(new Uint8Array(fs.readFileSync(path.join(SAMPLES, file))), file)));
}

function run(sources: readonly RawSource[]): RunResult {
  return runPipeline(sources, makeOptions(dayFromIso(SAMPLE_AS_OF)!));
}

/** A copy of the sources with some cells replaced, addressed as findings address them. */
function editCells(sources: readonly RawSource[], edits: ReadonlyArray<{ source: string; sheet: string; address: string; value: CellValue }>): RawSource[] {
  return sources.map((src) => ({
    ...src,
    sheets: src.sheets.map((sheet) => {
      const mine = edits.filter((e) => e.source === src.name && e.sheet === sheet.name);
      if (mine.length === 0) return sheet;
      const values = sheet.values.map((row) => [...row]);
      for (const e of mine) {
        const at = parseA1(e.address)!;
        const r = at.row - sheet.origin.row;
        const c = at.col - sheet.origin.col;
        while (values.length <= r) values.push([]);
        values[r]![c] = e.value;
      }
      return { ...sheet, values };
    }),
  }));
}

describe('the summary workbook of the sample programme', () => {
  let sources: RawSource[];
  let result: RunResult;
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    sources = await readSamples();
    result = run(sources);
    bytes = await writeReportXlsx(buildReport(result));
    wb = await loadWorkbook(bytes);
  });

  it('opens with the headline over the samples and one row per initiative and finding', () => {
    const summary = wb.getWorksheet('Summary')!;
    expect(summary.getCell('A1').value).toBe('Throughline summary');
    expect(summary.getCell('A3').value).toBe(headline(result));
    // The sample's planted news: three effectively red, none reported red.
    expect(String(summary.getCell('A3').value)).toMatch(/^3 initiatives are effectively red though none is reported red: CS-03, MKT-04, MKT-06\. /);
    expect(summary.getCell('A2').value).toBe(
      `As of 16 Nov 2026 · ${result.model.initiatives.length} initiatives in 6 departments from 6 sources · ${result.findings.length} findings (${result.findings.filter((f) => f.severity === 'error').length} errors)`,
    );
    expect(wb.getWorksheet('Initiatives')!.rowCount).toBe(result.model.initiatives.length + 1);
    expect(wb.getWorksheet('Findings')!.rowCount).toBe(result.findings.length + result.waived.length + 1);
  });

  it('links every finding to its exact cell in the departmental file', () => {
    const ws = wb.getWorksheet('Findings')!;
    result.findings.forEach((f, k) => {
      const row = ws.getRow(k + 2);
      // The rule by its catalog name; its code in the last column.
      expect(row.getCell(2).value).toBe(catalogEntry(f.code as FindingCode).title);
      expect(row.getCell(13).value).toBe(f.code);
      expect(row.getCell(3).value).toBe(f.message);
      const cell = f.cells[0];
      if (!cell) return;
      const p = parseA1(cell.address)!;
      const abs = `$${cell.address.replace(/\d+$/, '')}$${p.row + 1}`;
      expect(row.getCell(5).value).toEqual({
        text: `${cell.source} › ${cell.sheet}!${cell.address}`,
        hyperlink: `${encodeURI(cell.source)}#'${cell.sheet.replace(/'/g, "''")}'!${abs}`,
      });
    });
  });

  it('computes Changes against a modified copy of the samples', async () => {
    const target = result.model.initiatives.find(
      (i) => i.status === 'green' && /^(green|g)$/i.test(i.statusText ?? '') && result.analysis.byId.get(i.id)?.effectiveStatus === 'green' && cellOf(i.cells, 'status') && cellOf(i.cells, 'due') && i.due !== undefined,
    )!;
    expect(target).toBeDefined();
    const modifiedSources = editCells(sources, [
      { ...cellOf(target.cells, 'status')!, value: 'Red' },
      { ...cellOf(target.cells, 'due')!, value: dateFromDay(target.due! + 14) },
    ]);
    const modified = run(modifiedSources);
    const previous = await readPreviousSnapshot(bytes);
    expect(previous).toEqual(takeSnapshot(result));

    const changesWb = await loadWorkbook(await writeReportXlsx(buildReport(modified, { previous: previous! })));
    const ws = changesWb.getWorksheet('Changes')!;
    const rows = Array.from({ length: ws.rowCount - 4 }, (_, k) => (ws.getRow(k + 5).values as unknown[]).slice(1));
    const expected = compareRuns(previous!, modified);
    expect(rows).toHaveLength(expected.length);
    const idOf = (v: unknown): unknown => (typeof v === 'object' && v !== null && 'text' in v ? (v as { text: string }).text : v);
    // Written "Green" (or "G"), now "Red": our names say all the words do.
    expect(rows[0]!.map(idOf)).toEqual(['Green to red', target.id, target.name, 'Green', 'Red', 'Green → Red', displayDates(modified.analysis.byId.get(target.id)?.effectiveReason ?? 'Now effectively red.')]);
    // The due date moved two weeks: a re-plan of 10 working days, listed once (no slip row besides).
    const due = rows.filter((r) => idOf(r[1]) === target.id && r[0] !== 'Green to red' && r[0] !== 'Status change' && r[0] !== 'New finding' && r[0] !== 'Resolved finding');
    expect(due.map((r) => r.slice(0, 5).map(idOf))).toEqual([['Re-planned', target.id, target.name, dateFromDay(target.due!), dateFromDay(target.due! + 14)]]);
    expect(String(due[0]![6])).toMatch(/^Due date moved 10 working days later in the plan\./);
    expect(rows.map((r) => `${String(r[0])} ${String(idOf(r[1]))}`)).toEqual(expected.map((c) => `${c.change} ${c.initiativeId}`));
    expect(isoFromDay(previous!.asOf)).toBe(SAMPLE_AS_OF);
  });
});
