import { buildReport } from '../../../src/core/report';
import { countCells, materialiseRows, rowsFromArray, sheetRows, tableRows } from '../../../src/core/report/rows';
import { factsOf } from '../../../src/core/report/run-facts';
import type { InitiativeAnalysis, ReportCell, RunResult } from '../../../src/core/types';
import { makeFixture } from './fixture';

const t = (v: string): ReportCell => ({ value: { t: 'text', v } });

describe('report row sources', () => {
  it('rowsFromArray: count, widest row, rows by index', () => {
    const rows = rowsFromArray([[t('a')], [], [t('b'), null, t('c')]]);
    expect([rows.count, rows.width]).toEqual([3, 3]);
    expect(rows.row(2)).toEqual([t('b'), null, t('c')]);
    expect(rows.row(1)).toEqual([]);
    expect(rowsFromArray([])).toMatchObject({ count: 0, width: 0 });
  });

  it('tableRows: the header, then body rows made from their index; materialise and count them', () => {
    const made: number[] = [];
    const rows = tableRows([t('H1'), t('H2')], 3, 2, (k) => {
      made.push(k);
      return [t(`r${k}`)];
    });
    expect(made).toEqual([]); // nothing is made until asked for
    expect(rows.count).toBe(4);
    expect(materialiseRows(rows)).toEqual([[t('H1'), t('H2')], [t('r0')], [t('r1')], [t('r2')]]);
    expect(made).toEqual([0, 1, 2]);
    expect(countCells(rows)).toBe(5);
  });

  it('every sheet streams the same rows as its materialised copy, however often and in whatever order they are asked', () => {
    const doc = buildReport(makeFixture(), { generatedAt: '2026-03-16T09:30:00Z' });
    for (const sheet of doc.sheets) {
      const copy = sheetRows(sheet);
      expect(copy).toHaveLength(sheet.rows.count);
      expect(sheet.rows.width).toBe(Math.max(0, ...copy.map((r) => r.length)));
      for (let r = sheet.rows.count - 1; r >= 0; r--) expect(sheet.rows.row(r)).toEqual(copy[r]);
      expect(sheetRows(sheet)).toEqual(copy);
    }
    expect(doc.sheets.map((s) => [s.name, s.rows.count, countCells(s.rows)])).toEqual([
      // + Value at risk, Sources and Decisions in the links row at the bottom: 552 + 3.
      ['Summary', 80, 555],
      ['Initiatives', 9, 207],
      // 11 rows of 13 columns (9 before findings had a life, + First seen, Reviews open, Life, + Rule code): 99 + 11 x 3 + 11.
      ['Findings', 11, 143],
      // + Contract and Contract note on each of the 7 rows: 112 + 14; + Agreed and Agreement recorded in: + 14.
      ['Dependencies', 7, 140],
      // The legend row runs to its last label (AB: 28 cells), the week rows to the grid's 7 + 43.
      ['Timeline', 17, 558],
      // The contract block under the chart (rows 0-14, the chart's 16 rows from row 16, a gap): row 34 its
      // title, 35 its header of 8, then 3 department pairs (Finance on IT, Operations on Finance, Sales on IT) of 8.
      ['Departments', 39, 103 + 1 + 8 + 3 * 8],
      // Title, note, blank; by department: title and header of 5, 4 departments and the total of 5, blank;
      // by pillar and by KPI (neither given): title and header of 5, the line saying so, blank. 2 + 35 + 11 + 11.
      ['Value at risk', 19, 59],
      // Title, blank, the header and the 3 sources of 5 cells: 1 + 5 + 15.
      ['Sources', 6, 21],
      // The header and the 8 active errors and warnings (the 9th finding is info), 14 columns each.
      ['Actions', 9, 126],
      // The header and the two red items on a KPI chain (IT-1 feeds K1 through FIN-2; FIN-2 feeds K1), 15 columns each.
      ['Decisions', 3, 45],
      // Marker (3 cells), 8 initiatives and 9 active findings of 8 cells, the waived finding's row of 8: 3 + 64 + 72 + 8.
      ['_throughline', 19, 147],
    ]);
  });
});

describe('run facts shared by the sheets', () => {
  it('lines the analyses up with the initiatives, by id even when the map is in another order', () => {
    const result = makeFixture();
    const ids = result.model.initiatives.map((i) => i.id);
    const expected = ids.map((id) => result.analysis.byId.get(id));
    expect(factsOf(result).analysisAt).toEqual(expected);
    // The same run with the analyses' map reversed and one entry missing.
    const reversed = new Map<string, InitiativeAnalysis>([...result.analysis.byId].reverse().filter(([id]) => id !== ids[3]));
    const shuffled: RunResult = { ...result, analysis: { ...result.analysis, byId: reversed } };
    const facts = factsOf(shuffled);
    expect(facts.analysisAt).toEqual(ids.map((id, k) => (k === 3 ? undefined : result.analysis.byId.get(id))));
    expect(facts.effectiveAt[3]).toBe(result.model.initiatives[3]!.status);
  });

  it('counts departments in first-appearance order and findings per severity', () => {
    const result = makeFixture();
    const facts = factsOf(result);
    expect(facts.departments).toEqual(['Finance', 'IT', 'Operations', 'Sales']);
    expect([...facts.departmentAt]).toEqual(result.model.initiatives.map((i) => facts.departments.indexOf(i.department ?? '(department not given)')));
    expect(facts.severityCounts).toEqual({ error: 3, warning: 5, info: 1 });
    expect(factsOf(result)).toBe(facts); // memoised per run
  });
});
