import { cellMap, cellOf, hasCell, homeCell } from '../../../src/core/model';
import { ingestSources } from '../../../src/core/ingest';
import { FIELD_BIT, makeOptions, type MergedCells, type RowCells, type TableColumns } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const table: TableColumns = { source: 'Fin.xlsx', sheet: 'Plan', columns: { id: 1, status: 4, due: 27 } };
const row: RowCells = { table, row: 6, filled: FIELD_BIT.id | FIELD_BIT.due | FIELD_BIT.owner };
const merged: MergedCells = { byField: { id: { source: 'A.xlsx', sheet: 'S', address: 'A2' }, status: { source: 'B.xlsx', sheet: 'T', address: 'E9' } } };

describe('initiative cells', () => {
  it('makes a filled, mapped field\'s cell from the table columns and the row', () => {
    expect(cellOf(row, 'id')).toEqual({ source: 'Fin.xlsx', sheet: 'Plan', address: 'B7' });
    expect(cellOf(row, 'due')).toEqual({ source: 'Fin.xlsx', sheet: 'Plan', address: 'AB7' });
  });

  it('has no cell for an empty field, nor for a filled bit without a mapped column', () => {
    expect(cellOf(row, 'status')).toBeUndefined(); // mapped, empty
    expect(cellOf(row, 'owner')).toBeUndefined(); // bit set, no column
    expect([hasCell(row, 'id'), hasCell(row, 'status'), hasCell(row, 'owner')]).toEqual([true, false, false]);
  });

  it('reads a merged initiative field by field', () => {
    expect(cellOf(merged, 'status')).toEqual({ source: 'B.xlsx', sheet: 'T', address: 'E9' });
    expect(cellOf(merged, 'due')).toBeUndefined();
    expect([hasCell(merged, 'status'), hasCell(merged, 'due')]).toEqual([true, false]);
  });

  it('lists every cell in field order, and lands "go to" on the id cell, else column A', () => {
    expect(cellMap(row)).toEqual({ id: cellOf(row, 'id'), due: cellOf(row, 'due') });
    expect(Object.keys(cellMap(row))).toEqual(['id', 'due']);
    expect(cellMap(merged)).toBe(merged.byField);
    expect(homeCell(row, { source: 'Fin.xlsx', sheet: 'Plan', row: 7 })).toEqual({ source: 'Fin.xlsx', sheet: 'Plan', address: 'B7' });
    expect(homeCell({ table, row: 6, filled: 0 }, { source: 'Fin.xlsx', sheet: 'Plan', row: 7 })).toEqual({ source: 'Fin.xlsx', sheet: 'Plan', address: 'A7' });
  });

  it('are one shared columns object per table and a row and bits per record, from ingest', () => {
    const source = sheetSource([
      ['ID', 'Name', 'Status', 'Due'],
      ['FIN-1', 'Ledger', 'Green', null],
      ['FIN-2', null, 'Amber', '2026-06-01'],
    ]);
    const [a, b] = ingestSources([source], makeOptions(dayFromIso('2026-04-01')!)).initiatives;
    expect(a!.cells.table).toBe(b!.cells.table);
    expect(a!.cells.table).toEqual({ source: 'Finance.xlsx', sheet: 'Initiatives', columns: { id: 0, name: 1, status: 2, due: 3 } });
    expect([a!.cells.row, a!.cells.filled]).toEqual([1, FIELD_BIT.id | FIELD_BIT.name | FIELD_BIT.status]);
    expect([b!.cells.row, b!.cells.filled]).toEqual([2, FIELD_BIT.id | FIELD_BIT.status | FIELD_BIT.due]);
    expect(cellMap(b!.cells)).toEqual({
      id: { source: 'Finance.xlsx', sheet: 'Initiatives', address: 'A3' },
      status: { source: 'Finance.xlsx', sheet: 'Initiatives', address: 'C3' },
      due: { source: 'Finance.xlsx', sheet: 'Initiatives', address: 'D3' },
    });
  });
});
