import type { ReportCell, ReportSheet } from '../../src/core/types';
import { chunkAddresses, columnWidthPoints, planCell, planRows, RowBlockPlanner, rowBlocks, styleAreas } from '../../src/office/report-layout';
import { parseAreas, parseRange } from '../../src/office/addresses';
import { rowsFromArray } from '../../src/core/report/rows';

const cell = (style: ReportCell['style']): ReportCell => ({ value: { t: 'text', v: 'x' }, style });
const sheet = (rows: (ReportCell | null)[][]): ReportSheet => ({ name: 'S', rows: rowsFromArray(rows), columnWidths: [], merges: [], tables: [], conditionalFormats: [], charts: [] });

describe('report layout', () => {
  it('plans each cell type with its number format; text is Text-formatted', () => {
    expect(planCell({ value: { t: 'text', v: '=1+1' }, style: 'date' }, 1900)).toEqual({ value: '=1+1', format: '@' });
    expect(planCell({ value: { t: 'date', v: 0 } }, 1900)).toEqual({ value: 25_569, format: 'yyyy-mm-dd' });
    expect(planCell({ value: { t: 'date', v: 0 } }, 1904)).toEqual({ value: 24_107, format: 'yyyy-mm-dd' });
    expect(planCell({ value: { t: 'percent', v: 0.5 } }, 1900)).toEqual({ value: 0.5, format: '0%' });
    expect(planCell({ value: { t: 'number', v: 1234 }, style: 'money' }, 1900)).toEqual({ value: 1234, format: '#,##0' });
    expect(planCell({ value: { t: 'formula', f: 'SUM(A1:A3)', v: 6 } }, 1900)).toEqual({ value: '=SUM(A1:A3)', format: 'General' });
    expect(planCell(null, 1900)).toEqual({ value: '', format: 'General' });
  });

  it('groups styled cells into rectangles: row runs stacked over rows', () => {
    const rows = [
      [cell('header'), cell('header'), cell('header')],
      [cell('body'), cell('rag-red'), cell('body')],
      [cell('body'), cell('rag-green'), cell('body')],
      [cell('body'), cell('rag-red'), null],
    ];
    expect(styleAreas(sheet(rows))).toEqual([
      { style: 'header', addresses: ['A1:C1'] },
      { style: 'body', addresses: ['A2:A4', 'C2:C3'] },
      { style: 'rag-red', addresses: ['B2', 'B4'] },
      { style: 'rag-green', addresses: ['B3'] },
    ]);
  });

  it('cuts address lists and row blocks by size', () => {
    expect(chunkAddresses(['A1:B2', 'C3', 'D4:E5'], 10)).toEqual(['A1:B2,C3', 'D4:E5']);
    const s = sheet(Array.from({ length: 10 }, () => [cell('body')]));
    const blocks = rowBlocks(s, 1, 1900, 30);
    expect(blocks.map((b) => [b.from, b.to])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 8],
      [8, 10],
    ]);
    expect(columnWidthPoints(10)).toBe(56.25);
  });

  it('plans each row once: a block carries the values and formats planRows gives for its rows', () => {
    const s = sheet([[cell('header'), cell('header')], [{ value: { t: 'number', v: 7 }, style: 'integer' }], [null, cell('body')]]);
    const planner = new RowBlockPlanner(2, 1900, 40);
    const blocks = [...[0, 1, 2].map((r) => planner.add(r, s.rows.row(r))), planner.finish(3)].filter((b) => b !== undefined);
    expect(blocks.map((b) => [b.from, b.to, b.bytes])).toEqual([
      [0, 1, 20],
      [1, 2, 23],
      [2, 3, 25],
    ]);
    for (const b of blocks) {
      const { values, formats } = planRows(s, b.from, b.to, 2, 1900);
      expect([b.values, b.formats]).toEqual([values, formats]);
    }
    expect(blocks[1]!.values).toEqual([[7, '']]);
    expect(blocks[1]!.formats).toEqual([['0', 'General']]);
  });

  it('parses Office.js addresses, quoted sheet names included', () => {
    expect(parseRange("'Q3, plan'!C5:H20")).toEqual({ top: 4, left: 2, bottom: 19, right: 7 });
    expect(parseRange('Sheet1!B2')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseAreas("'Q3, plan'!A1:B2, 'Q3, plan'!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });
});
