import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(20_500);
const notices = (code: string, sources: Parameters<typeof ingestSources>[0]) =>
  ingestSources(sources, options).findings.filter((f) => f.code === code).map((f) => [f.message, f.cells]);

describe('ingest.fields-missing', () => {
  it('names what the report will lack for a table with no due, update-date or link column', () => {
    const rows: CellValue[][] = [['ID', 'Name', 'Status'], ['IT-1', 'Laptops', 'Green'], ['IT-2', 'Network', 'Red']];
    expect(notices('ingest.fields-missing', [sheetSource(rows, { name: 'IT.xlsx' })])).toEqual([
      [
        'IT.xlsx, sheet "Initiatives": no column was found for due, last updated and depends on, so the report gives its 2 initiatives no due dates (no overdue, slip, slack or critical-path checks), update dates (no staleness check) and dependencies; they are shown as not given.',
        [{ source: 'IT.xlsx', sheet: 'Initiatives', address: 'A1' }],
      ],
    ]);
  });

  it('says nothing of a field another table gives the same initiatives', () => {
    const plan: CellValue[][] = [['ID', 'Name', 'Status', 'Due', 'Last Updated', 'Depends On'], ['FIN-1', 'Ledger', 'Green', '2026-03-31', '2026-02-01', null]];
    const costs: CellValue[][] = [['ID', 'Name', 'Budget'], ['FIN-1', 'Ledger', 1000]];
    expect(notices('ingest.fields-missing', [sheetSource(plan, { name: 'Plan.xlsx' }), sheetSource(costs, { name: 'Costs.xlsx' })])).toEqual([]);
  });
});

describe('ingest.row-outside-table', () => {
  it('reads rows typed just under an Excel table and says so', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', 'Due', 'Status', 'Last Updated', 'Depends On'],
      ['OPS-1', 'Rota', '2026-03-01', 'Green', '2026-02-01', null],
      ['OPS-2', 'Depot', '2026-04-01', 'Amber', '2026-02-01', 'OPS-1'],
      ['OPS-3', 'Typed below', '2026-05-01', 'Red', '2026-02-01', null],
      [null, null, null, null, null, null],
      ['Notes: draft'],
    ];
    const source = sheetSource([{ name: 'Ops', rows, tables: [{ name: 'tblOps', range: { top: 0, left: 0, bottom: 2, right: 5 } }] }], { name: 'Ops.xlsx' });
    const result = ingestSources([source], options);
    expect(result.initiatives.map((r) => r.id)).toEqual(['OPS-1', 'OPS-2', 'OPS-3']);
    expect(result.tables[0]!.range).toEqual({ top: 0, left: 0, bottom: 3, right: 5 });
    expect(notices('ingest.row-outside-table', [source])).toEqual([
      [
        'Ops.xlsx, sheet "Ops": 1 row at A4:F4 sits just under the Excel table tblOps, outside its range; it was read as part of it.',
        [{ source: 'Ops.xlsx', sheet: 'Ops', address: 'A4' }],
      ],
    ]);
  });
});
