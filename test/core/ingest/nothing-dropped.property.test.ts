import fc from 'fast-check';
import { ingestSources, isBlank, isPlaceholder } from '../../../src/core/ingest';
import { makeOptions, type InitiativeRecord } from '../../../src/core/types';
import { a1 } from '../../../src/core/util/a1';
import { messyTableArb, type GeneratedField } from '../../support/messy-table';

/** Whether a record holds a value for a generated field (not just the cell of a bad value). */
function holds(record: InitiativeRecord, field: GeneratedField | 'id'): boolean {
  switch (field) {
    case 'dependsOn':
      return record.dependsOn.length > 0;
    case 'kpi':
      return record.kpis.length > 0;
    default:
      return record[field] !== undefined;
  }
}

describe('nothing is dropped silently', () => {
  it('every non-empty cell of a mapped column lands in a record or is named by a finding', () => {
    fc.assert(
      fc.property(messyTableArb, ({ source, columns }) => {
        const result = ingestSources([source], makeOptions(20_500));
        const sheet = source.sheets[0]!;
        const table = result.tables.find((t) => t.kind === 'initiatives');
        expect(table).toBeDefined();
        // Every generated column is mapped to its own field.
        columns.forEach((field, c) => {
          if (field !== undefined) expect(table!.mapping.find((m) => m.field === field)?.column).toBe(c);
        });
        const named = new Set(result.findings.flatMap((f) => f.cells.map((cell) => cell.address)));
        const withoutId = new Set(result.rowsWithoutId.flatMap((r) => r.cells.map((cell) => cell.address)));
        // A status column whose words mostly do not read is one value.unknown-status finding, on its header cell first.
        const unknownVocabulary = new Set(result.findings.filter((f) => f.code === 'value.unknown-status').map((f) => f.cells[0]!.address));
        const byRow = new Map(result.initiatives.map((r) => [r.ref.row, r]));
        for (let r = table!.headerRow - sheet.origin.row + 1; r < sheet.values.length; r++) {
          const row = sheet.values[r]!;
          const sheetRow = sheet.origin.row + r;
          row.forEach((value, c) => {
            const field = columns[c];
            if (field === undefined || isBlank(value)) return;
            const address = a1(sheetRow, sheet.origin.col + c);
            const record = byRow.get(sheetRow + 1);
            const inUnknownVocabulary = field === 'status' && unknownVocabulary.has(a1(table!.headerRow, sheet.origin.col + c));
            const landed = (record !== undefined && holds(record, field)) || named.has(address) || withoutId.has(address) || isPlaceholder(value) || inUnknownVocabulary;
            if (!landed) throw new Error(`${address} (${field}) = ${JSON.stringify(value)} vanished`);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
