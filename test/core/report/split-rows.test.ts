import { buildReport } from '../../../src/core/report';
import { materialiseRows } from '../../../src/core/report/rows';
import { distinguishedName, partName, REPORT_SHEET_NAMES, reportSheetOf } from '../../../src/core/report/sheet-names';
import { cutRange, EXCEL_MAX_ROWS, splitPastRowLimit } from '../../../src/core/report/split-rows';
import type { ReportCell, ReportDocument, ReportRow, ReportSheet } from '../../../src/core/types';
import { parseA1 } from '../../../src/core/util/a1';
import { makeFixture } from './fixture';

const text = (v: string, link?: ReportCell['link']): ReportCell => ({ value: { t: 'text', v }, ...(link ? { link } : {}) });

function sheet(name: string, rows: ReportRow[], rest: Partial<ReportSheet> = {}): ReportSheet {
  return { name, rows: { count: rows.length, width: Math.max(0, ...rows.map((r) => r.length)), row: (i) => rows[i]! }, columnWidths: [], merges: [], tables: [], conditionalFormats: [], charts: [], ...rest };
}

/** "Deps": a header and 24 body rows D1..D24; "Front" links to the header and to D19's row (row 20 of the sheet). */
function smallDoc(): ReportDocument {
  const body = Array.from({ length: 24 }, (_, k) => [text(`D${k + 1}`), text(`x${k + 1}`)]);
  return {
    title: 't',
    asOf: '2026-03-16',
    sheets: [
      sheet('Front', [
        [
          text('all', { kind: 'internal', sheet: 'Deps', address: 'A1', report: true }),
          text('D19', { kind: 'internal', sheet: 'Deps', address: 'A20', report: true }),
          // A user's sheet of the same name (no report mark): never re-pointed.
          text('theirs', { kind: 'internal', sheet: 'Deps', address: 'A20' }),
        ],
      ]),
      sheet('Deps', [[text('ID'), text('What')], ...body], {
        freeze: { rows: 1, cols: 1 },
        tables: [{ name: 'tlDeps', range: 'A1:B25', style: 'TableStyleLight9', showFilter: true }],
        conditionalFormats: [{ kind: 'greater-than', range: 'B2:B25', value: 0, style: 'rag-red' }],
        rowHeights: { 0: 30, 12: 40 },
        print: { orientation: 'landscape', fitToWidth: true, area: 'A1:B25', rowBreaks: [10, 12] },
      }),
    ],
  };
}

describe('splitPastRowLimit', () => {
  it('cuts a sheet past the limit into parts that repeat its header, with tables, formats, heights and print setup cut to each part', () => {
    // 10 rows a sheet: the header and 9 body rows; 24 body rows make parts of 9, 9 and 6.
    const doc = splitPastRowLimit(smallDoc(), 10);
    expect(doc.sheets.map((s) => [s.name, s.rows.count])).toEqual([
      ['Front', 1],
      ['Deps', 10],
      ['Deps 2', 10],
      ['Deps 3', 7],
    ]);
    const ids = (s: ReportSheet) => materialiseRows(s.rows).map((r) => (r[0]?.value as { v: string }).v);
    expect(ids(doc.sheets[1]!)).toEqual(['ID', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9']);
    expect(ids(doc.sheets[2]!)).toEqual(['ID', 'D10', 'D11', 'D12', 'D13', 'D14', 'D15', 'D16', 'D17', 'D18']);
    expect(ids(doc.sheets[3]!)).toEqual(['ID', 'D19', 'D20', 'D21', 'D22', 'D23', 'D24']);
    expect(doc.sheets.slice(1).map((s) => s.tables.map((t) => [t.name, t.range]))).toEqual([[['tlDeps', 'A1:B10']], [['tlDeps_2', 'A1:B10']], [['tlDeps_3', 'A1:B7']]]);
    expect(doc.sheets.slice(1).map((s) => s.conditionalFormats.map((c) => c.range))).toEqual([['B2:B10'], ['B2:B10'], ['B2:B7']]);
    expect(doc.sheets.slice(1).map((s) => s.freeze)).toEqual([{ rows: 1, cols: 1 }, { rows: 1, cols: 1 }, { rows: 1, cols: 1 }]);
    // Row 12 of the sheet (D12) is row 3 of the second part; the header's height is on every part.
    expect(doc.sheets.slice(1).map((s) => s.rowHeights)).toEqual([{ 0: 30 }, { 0: 30, 3: 40 }, { 0: 30 }]);
    // Breaks before D10 (the second part's first body row: left out) and before D12 (its row 3).
    expect(doc.sheets.slice(1).map((s) => s.print)).toEqual([
      { orientation: 'landscape', fitToWidth: true, area: 'A1:B10', rowBreaks: [] },
      { orientation: 'landscape', fitToWidth: true, area: 'A1:B10', rowBreaks: [3] },
      { orientation: 'landscape', fitToWidth: true, area: 'A1:B7', rowBreaks: [] },
    ]);
    // The link to D19's row goes to the third part's row 2; the header link stays on the first part.
    expect(doc.sheets[0]!.rows.row(0).map((c) => c?.link)).toEqual([
      { kind: 'internal', sheet: 'Deps', address: 'A1', report: true },
      { kind: 'internal', sheet: 'Deps 3', address: 'A2', report: true },
      { kind: 'internal', sheet: 'Deps', address: 'A20' },
    ]);
  });

  it('cuts a sheet without a frozen header (the snapshot) into plain runs of rows, and leaves a report that fits as it is', () => {
    const rows = Array.from({ length: 7 }, (_, k) => [text(`r${k + 1}`)]);
    const doc: ReportDocument = { title: 't', asOf: '2026-03-16', sheets: [sheet('_throughline', rows, { hidden: true })] };
    const split = splitPastRowLimit(doc, 3);
    expect(split.sheets.map((s) => [s.name, s.hidden, materialiseRows(s.rows).map((r) => (r[0]?.value as { v: string }).v)])).toEqual([
      ['_throughline', true, ['r1', 'r2', 'r3']],
      ['_throughline 2', true, ['r4', 'r5', 'r6']],
      ['_throughline 3', true, ['r7']],
    ]);
    expect(splitPastRowLimit(doc, 7)).toBe(doc);
    const small = smallDoc();
    expect(splitPastRowLimit(small)).toBe(small);
    expect(splitPastRowLimit(small, EXCEL_MAX_ROWS)).toBe(small);
  });

  it('at Excel\'s own limit, a sheet of 1,048,577 rows is the header and 1,048,575 rows, then one more part (rows made only when asked)', () => {
    const rows = { count: EXCEL_MAX_ROWS + 1, width: 1, row: (i: number): ReportRow => [text(i === 0 ? 'ID' : `D${i}`)] };
    const doc: ReportDocument = { title: 't', asOf: '2026-03-16', sheets: [{ ...sheet('Dependencies', []), rows, freeze: { rows: 1, cols: 0 } }] };
    const split = splitPastRowLimit(doc);
    expect(split.sheets.map((s) => [s.name, s.rows.count])).toEqual([
      ['Dependencies', 1_048_576],
      ['Dependencies 2', 2],
    ]);
    expect(split.sheets[1]!.rows.row(1)[0]?.value).toEqual({ t: 'text', v: 'D1048576' });
  });

  it('cuts ranges to a part: header rows stay, body rows follow the header, ranges with no row on the part go', () => {
    // Header of 1 row; the part holds rows 10-18 of the sheet (0-based), shown as rows 1-9.
    expect(cutRange('A1:N25', 1, 10, 19)).toBe('A1:N10');
    expect(cutRange('A1:B1', 1, 10, 19)).toBe('A1:B1');
    expect(cutRange('C12', 1, 10, 19)).toBe('C3');
    expect(cutRange('C12:D14', 1, 10, 19)).toBe('C3:D5');
    expect(cutRange('C2:C5', 1, 10, 19)).toBeUndefined();
    expect(cutRange('C20:C25', 1, 10, 19)).toBeUndefined();
  });

  it('keeps every row of a real report, in order, within the limit, and every link to a row lands on the initiative it names', () => {
    const whole = buildReport(makeFixture());
    const split = splitPastRowLimit(whole, 6);
    for (const s of split.sheets) {
      expect(s.rows.count).toBeLessThanOrEqual(6);
      expect(s.name.length).toBeLessThanOrEqual(31);
    }
    // The parts' body rows, put back together after their header, are the whole sheet's rows.
    for (const original of whole.sheets) {
      const parts = split.sheets.filter((s) => reportSheetOf(s.name)?.base === original.name);
      const header = parts.length > 1 ? (original.freeze?.rows ?? 0) : 0;
      const rows = [...materialiseRows(parts[0]!.rows).slice(0, header), ...parts.flatMap((p) => materialiseRows(p.rows).slice(header))];
      expect(rows.map((r) => r.map((c) => c?.value ?? null))).toEqual(materialiseRows(original.rows).map((r) => r.map((c) => c?.value ?? null)));
      expect(parts.map((p) => p.name)).toEqual(parts.map((_, k) => partName(original.name, k + 1)));
    }
    expect(split.sheets.filter((s) => s.name.startsWith('Initiatives')).map((s) => s.name)).toEqual(['Initiatives', 'Initiatives 2']);
    // Findings, Actions and Decisions link an initiative's ID to its row on Initiatives: after the cut,
    // the cell a link points at holds that ID (the ID column is A).
    const rowLinks = (d: ReportDocument) => {
      const byName = new Map(d.sheets.map((s) => [s.name, s]));
      const found: Array<{ text: unknown; target: unknown }> = [];
      for (const s of d.sheets) {
        for (const row of materialiseRows(s.rows)) {
          for (const cell of row) {
            const link = cell?.link;
            if (link?.kind !== 'internal' || !link.report || reportSheetOf(link.sheet)?.base !== 'Initiatives') continue;
            const at = parseA1(link.address)!;
            if (at.row > 0) found.push({ text: cell!.value, target: byName.get(link.sheet)!.rows.row(at.row)[at.col]?.value });
          }
        }
      }
      return found;
    };
    const links = rowLinks(split);
    for (const l of links) expect(l.target).toEqual(l.text);
    // As many links to initiatives' rows as before the cut, some of them to the second part.
    expect(links.length).toBe(rowLinks(whole).length);
    expect(links.length).toBeGreaterThan(0);
    expect(split.sheets.some((s) => s.name === 'Initiatives 2' && materialiseRows(s.rows).length > 1)).toBe(true);
  });
});

describe('report sheet names and parts', () => {
  it('reads a part from a name, distinguished or not, in any case; a copy of a sheet as Excel names it is not ours', () => {
    expect(reportSheetOf('Dependencies')).toEqual({ base: 'Dependencies', part: 1 });
    expect(reportSheetOf('Dependencies 2')).toEqual({ base: 'Dependencies', part: 2 });
    expect(reportSheetOf('dependencies 12')).toEqual({ base: 'Dependencies', part: 12 });
    expect(reportSheetOf('Dependencies 2 (Throughline)')).toEqual({ base: 'Dependencies', part: 2 });
    expect(reportSheetOf('Dependencies 2 (Throughline)-3')).toEqual({ base: 'Dependencies', part: 2 });
    expect(reportSheetOf('Actions (Throughline)-2')).toEqual({ base: 'Actions', part: 1 });
    expect(reportSheetOf('_throughline 3')).toEqual({ base: '_throughline', part: 3 });
    for (const other of ['Dependencies (2)', 'Dependencies 1', 'Dependencies 02', 'Dependencies 2a', 'Dependencies2', 'Plan 2']) expect(reportSheetOf(other)).toBeUndefined();
    // Every report sheet's ninth part, distinguished beside a user sheet and again beside another, fits Excel's 31 characters.
    for (const base of REPORT_SHEET_NAMES) expect(`${distinguishedName(partName(base, 9))}-9`.length).toBeLessThanOrEqual(31);
    expect(partName('Dependencies', 1)).toBe('Dependencies');
    expect(partName('Dependencies', 3)).toBe('Dependencies 3');
  });
});
