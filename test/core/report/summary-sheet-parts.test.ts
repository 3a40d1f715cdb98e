/**
 * Issues 15 and 18: a detail sheet past Excel's rows is written in parts ("Findings",
 * "Findings 2", "Findings 3": splitPastRowLimit), and the Summary's "More detail" row links to
 * every part, not only the first. The limit is lowered to 100 rows (the fixture's Summary is 80
 * rows, so it stays whole) and the Findings, Dependencies and snapshot sheets are made long.
 */
import { buildReport } from '../../../src/core/report';
import { materialiseRows } from '../../../src/core/report/rows';
import { splitPastRowLimit } from '../../../src/core/report/split-rows';
import type { ReportCell, ReportDocument, ReportRow, ReportSheet } from '../../../src/core/types';
import { writeReportXlsx } from '../../../src/xlsx/write-report';
import { unzipText } from '../../support/xlsx-parts';
import { makeFixture } from './fixture';

const link = (sheet: string): ReportCell => ({ value: { t: 'text', v: sheet }, style: 'link', link: { kind: 'internal', sheet, address: 'A1', report: true } });

/** `body` rows under a one-row frozen header. */
function long(sheet: ReportSheet, body: number, freeze = true): ReportSheet {
  const rows = Array.from({ length: body + 1 }, (_, i): ReportRow => [{ value: { t: 'text', v: i === 0 ? 'ID' : `X-${i}` } }]);
  const { freeze: _, ...rest } = sheet;
  return { ...rest, rows: { count: rows.length, width: 1, row: (i) => rows[i]! }, tables: [], conditionalFormats: [], merges: [], charts: [], ...(freeze ? { freeze: { rows: 1, cols: 0 } } : {}) };
}

function withLong(doc: ReportDocument, lengths: Readonly<Record<string, number>>): ReportDocument {
  return { ...doc, sheets: doc.sheets.map((s) => (lengths[s.name] === undefined ? s : long(s, lengths[s.name]!, s.name !== '_throughline'))) };
}

const summaryOf = (doc: ReportDocument): ReportSheet => doc.sheets.find((s) => s.name === 'Summary')!;

describe('the Summary\'s "More detail" links to the parts of a sheet cut past the row limit', () => {
  const whole = buildReport(makeFixture());
  // The fixture's Summary: 80 rows, its last (row 80) the "More detail" row, printed A1:K80.
  const before = summaryOf(whole);

  it('links every further part under its first part\'s link, headed "Continued on:", and prints the new rows', () => {
    expect(before.rows.count).toBe(80);
    // 250 body rows in runs of 99: Findings, Findings 2, Findings 3; 120: Dependencies, Dependencies 2;
    // the hidden snapshot (not linked from the Summary) is cut too and gets no link.
    const split = splitPastRowLimit(withLong(whole, { Findings: 250, Dependencies: 120, _throughline: 150 }), 100);
    expect(split.sheets.map((s) => s.name).filter((n) => /^(Findings|Dependencies|_throughline)/.test(n))).toEqual([
      'Findings',
      'Findings 2',
      'Findings 3',
      'Dependencies',
      'Dependencies 2',
      '_throughline',
      '_throughline 2',
    ]);
    const summary = summaryOf(split);
    const rows = materialiseRows(summary.rows);
    expect(rows).toHaveLength(82);
    // The "More detail" row as it was: its links go to the first parts.
    expect(rows[79]).toEqual(materialiseRows(before.rows)[79]);
    expect(rows[79]![2]).toEqual(link('Findings'));
    expect(rows[79]![4]).toEqual(link('Dependencies'));
    // Under Findings (column C) and Dependencies (column E), their further parts, in order.
    expect(rows[80]).toEqual([{ value: { t: 'text', v: 'Continued on:' }, style: 'muted' }, null, link('Findings 2'), null, link('Dependencies 2')]);
    expect(rows[81]).toEqual([null, null, link('Findings 3')]);
    expect(summary.print).toEqual({ ...before.print, area: 'A1:K82' });
    expect(before.print?.area).toBe('A1:K80');
    // Every link on the Summary to a report sheet leads to a sheet of the split report.
    const names = new Set(split.sheets.map((s) => s.name));
    const targets = rows.flatMap((r) => r.flatMap((c) => (c?.link?.kind === 'internal' && c.link.report === true ? [c.link.sheet] : [])));
    expect(targets.filter((t) => !names.has(t))).toEqual([]);
  });

  it('leaves the Summary as it is when no sheet it links to is cut', () => {
    const split = splitPastRowLimit(withLong(whole, { _throughline: 150 }), 100);
    const summary = summaryOf(split);
    expect(summary.rows.count).toBe(80);
    expect(summary.print?.area).toBe('A1:K80');
    expect(materialiseRows(summary.rows)).toEqual(materialiseRows(before.rows));
  });

  it('writes those links into the .xlsx: C81 and C82 to Findings 2 and 3, E81 to Dependencies 2', async () => {
    const files = unzipText(await writeReportXlsx(withLong(whole, { Findings: 250, Dependencies: 120 }), undefined, 100));
    // The Summary is the first sheet; its hyperlinks' targets are in its relationships (XML-escaped there).
    const targets = new Map([...files.get('xl/worksheets/_rels/sheet1.xml.rels')!.matchAll(/Id="(rId\d+)"[^>]* Target="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&apos;/g, "'")]));
    const links = new Map([...files.get('xl/worksheets/sheet1.xml')!.matchAll(/<hyperlink ref="([A-Z]+\d+)" r:id="(rId\d+)"/g)].map((m) => [m[1]!, targets.get(m[2]!)]));
    expect(['C80', 'E80', 'C81', 'E81', 'C82'].map((ref) => [ref, links.get(ref)])).toEqual([
      ['C80', "#'Findings'!$A$1"],
      ['E80', "#'Dependencies'!$A$1"],
      ['C81', "#'Findings 2'!$A$1"],
      ['E81', "#'Dependencies 2'!$A$1"],
      ['C82', "#'Findings 3'!$A$1"],
    ]);
    expect(files.get('xl/workbook.xml')).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Summary&apos;!$A$1:$K$82</definedName>');
  });
});
