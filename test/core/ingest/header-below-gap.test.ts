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

/**
 * After a blank row inside a table, a row holding a figure (a 1, "£1,200") is data: a header row
 * holds column names, and of figures only years (2025, 2026). (Found by
 * nothing-dropped.property.test.ts: "Done", "see notes", 1, "ops-1" was taken for a new header.)
 */
it('reads a row past a gap that names two fields by chance but holds a figure as data', () => {
  const values = [
    ['Delivery Confidence', 'Baseline Cost', 'Project Name', 'Key'],
    ['Green', 1000, 'Ledger upgrade', 'OPS-1'],
    [],
    ['Done', 'see notes', 'Payroll move', 1],
    ['Amber', '£1,200', 'Data cleanse', 'OPS-3'],
  ];
  const source: RawSource = { name: 'Messy.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Tracker', origin: { row: 0, col: 0 }, values }] };
  const result = ingestSources([source], makeOptions(20_500));
  expect(result.tables.map((t) => [t.kind, t.headerRow, t.rowCount])).toEqual([['initiatives', 0, 3]]);
  expect(result.initiatives.map((r) => [r.id, r.name, r.status, r.budget])).toEqual([
    ['OPS-1', 'Ledger upgrade', 'green', 1000],
    ['1', 'Payroll move', 'done', undefined],
    ['OPS-3', 'Data cleanse', 'amber', 1200],
  ]);
});

it('still starts a new table past a gap at a header row of names and years', () => {
  const values = [
    ['Ref', 'Initiative', 'RAG', 'Due'],
    ['OPS-1', 'Ledger upgrade', 'Green', '2027-01-31'],
    [],
    ['KPI', 'Baseline', 'Target', 2026, 2027],
    ['Cost to serve', 10, 8, 9, 8],
  ];
  const source: RawSource = { name: 'Ops.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Tracker', origin: { row: 0, col: 0 }, values }] };
  const result = ingestSources([source], makeOptions(20_500));
  expect(result.tables.map((t) => t.headerRow)).toEqual([0, 3]);
});
