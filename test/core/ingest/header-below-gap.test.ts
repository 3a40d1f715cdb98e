import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type RawSource } from '../../../src/core/types';

/**
 * Under a header found after a title and a blank row, only another blank row can start a new
 * table: a data row whose words happen to read as column names ("see notes", "Done") is data.
 * (Found by nothing-dropped.property.test.ts: the row and those below it were left unread.)
 */
it('reads a data row with header-like words as data, under a header that follows a title', () => {
  const source: RawSource = {
    name: 'Messy.xlsx',
    origin: 'file',
    dateSystem: 1900,
    sheets: [
      {
        name: 'Tracker',
        origin: { row: 0, col: 0 },
        values: [
          ['Finance portfolio'],
          ['Updated weekly by the PMO'],
          [],
          ['Predecessors', 'Baseline Cost', 'Ref', 'Planned Start', 'Health'],
          [null, 1000, 'FIN-1', '2026-04-01', 'Green'],
          ['FIN-1', 'see notes', 'FIN-2', '2026-04-03', 'Done'],
          [null, 2000, 'FIN-3', '2026-04-07', 'Amber'],
        ],
      },
    ],
  };
  const result = ingestSources([source], makeOptions(20_500));
  expect(result.tables.map((t) => [t.kind, t.headerRow, t.rowCount])).toEqual([['initiatives', 3, 3]]);
  expect(result.initiatives.map((r) => [r.id, r.status])).toEqual([
    ['FIN-1', 'green'],
    ['FIN-2', 'done'],
    ['FIN-3', 'amber'],
  ]);
  // "see notes" is not money: it is named, not dropped.
  expect(result.findings.filter((f) => f.code === 'value.unparseable').map((f) => f.cells[0]!.address)).toEqual(['B6']);
});
