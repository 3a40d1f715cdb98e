/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { DetectedTable } from '../../../src/core/types';
import { DetectedTableRow } from '../../../taskpane/components/DetectedTableRow';
import { renderFluent, user as userEvent } from '../support/render';

const table: DetectedTable = {
  key: 'Finance.xlsx|Cost Register|0',
  source: 'Finance.xlsx',
  sheet: 'Cost Register',
  kind: 'initiatives',
  range: { top: 3, left: 0, bottom: 43, right: 6 },
  headerRow: 3,
  headers: ['Initiative ID', 'Initiative', 'Business Unit', 'Strategic Objective', 'Approved Budget', 'EAC', 'Benefits'],
  mapping: [],
  unmapped: [],
  rowCount: 40,
  confidence: 0.9,
};

function setup(t: DetectedTable) {
  const changes: boolean[] = [];
  const view = renderFluent(
    <ul>
      <DetectedTableRow table={t} included onIncludedChange={(included) => changes.push(included)} />
    </ul>,
  );
  return { changes, view };
}

describe('DetectedTableRow', () => {
  it('says when the table is on a hidden sheet', async () => {
    const { view } = setup({ ...table, hidden: true });
    expect(screen.getByText('Hidden sheet')).toBeTruthy();
    expect(screen.getByText('40 rows')).toBeTruthy();
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it('names the tool export a profile read', async () => {
    const { view } = setup({ ...table, profile: 'Jira export' });
    expect(screen.getByText('Jira export')).toBeTruthy();
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it('says why a table is not read, and offers no checkbox for it', () => {
    setup({ ...table, kind: null, ignoredReason: 'it looks like a resource table ("Initials", "Max Units"), not initiatives' });
    expect(screen.getByText('Not read: it looks like a resource table ("Initials", "Max Units"), not initiatives.')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('says nothing of it for a visible sheet, and can be left out', async () => {
    const { changes } = setup(table);
    expect(screen.queryByText('Hidden sheet')).toBeNull();
    await userEvent.click(screen.getByRole('checkbox'));
    expect(changes).toEqual([false]);
  });
});
