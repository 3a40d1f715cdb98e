/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import type { DetectedTable } from '../../../src/core/types';
import { FieldMappingTable } from '../../../taskpane/components/FieldMappingTable';
import { renderFluent } from '../support/render';

const table: DetectedTable = {
  key: 'Estates.xlsx|Plan|0',
  source: 'Estates.xlsx',
  sheet: 'Plan',
  kind: 'initiatives',
  range: { top: 0, left: 0, bottom: 2, right: 2 },
  headerRow: 0,
  headers: ['ID', 'Name', 'Budget (£k)'],
  mapping: [
    { field: 'id', column: 0, header: 'ID', confidence: 1, by: 'header' },
    { field: 'budget', column: 2, header: 'Budget (£k)', confidence: 1, by: 'header', unit: { scale: 3, currency: 'GBP', from: 'header', text: 'Budget (£k)' } },
  ],
  unmapped: [],
  rowCount: 2,
  confidence: 0.9,
};

describe('FieldMappingTable', () => {
  it('says how a money column in thousands was read', () => {
    renderFluent(<FieldMappingTable table={table} onChange={() => undefined} />);
    expect(screen.getByText('In thousands (x1,000), from the header "Budget (£k)": read in units')).toBeTruthy();
    expect(screen.getAllByText(/read in units/)).toHaveLength(1);
  });
});
