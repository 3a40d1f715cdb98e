/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { readStatusColumn } from '../../../src/core/ingest/status-column';
import type { Status } from '../../../src/core/types';
import { StatusValueMapping } from '../../../taskpane/components/StatusValueMapping';
import { renderFluent, user as userEvent } from '../support/render';

function setup(texts: readonly string[], header = 'Status', saved?: Record<string, Status>) {
  const column = readStatusColumn(texts, texts.map((_, i) => i + 1), header, saved);
  const changes: Array<[string, Status | null]> = [];
  const view = renderFluent(<StatusValueMapping tableLabel="Plan, rows 1-5" column={column} onChange={(value, status) => changes.push([value, status])} />);
  return { changes, view };
}

describe('StatusValueMapping', () => {
  it('lists the values that did not read first, each with a labelled picker, and warns of an unknown vocabulary', async () => {
    const { view } = setup(['Green', 'Gate Three', 'Sunsetting', 'Gate Three']);
    expect(screen.getByRole('heading', { name: 'Status values', level: 3 })).toBeTruthy();
    expect(screen.getByText(/Most values of this status column are not a status Throughline knows/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Status values of Plan, rows 1-5' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['Gate Three2 rows', 'Sunsetting1 row', 'Green1 row']);
    expect(screen.getByRole('combobox', { name: 'Status for "Gate Three"' }).textContent).toBe('Not read');
    expect(screen.getByRole('combobox', { name: 'Status for "Green"' }).textContent).toBe('Green');
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it('gives a value a status; each picker is reached and opened from the keyboard', async () => {
    const { changes } = setup(['Gate Three', 'Sunsetting']);
    const pickers = screen.getAllByRole('combobox');
    // Native buttons in the tab order (jsdom has no layout for user-event's tab, so focus directly).
    expect(pickers.map((p) => [p.tagName, p.tabIndex])).toEqual([['BUTTON', 0], ['BUTTON', 0]]);
    const second = screen.getByRole('combobox', { name: 'Status for "Sunsetting"' });
    act(() => second.focus());
    await userEvent.keyboard('{Enter}');
    expect(second.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Green', 'Amber', 'Red', 'Open, no colour', 'Not started', 'On hold', 'Done', 'Cancelled']);
    await userEvent.keyboard('{Escape}');
    expect(second.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(second);
    await userEvent.click(await screen.findByRole('option', { name: 'Red' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Status for "Gate Three"' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Open, no colour' }));
    expect(changes).toEqual([
      ['Sunsetting', 'red'],
      ['Gate Three', 'unknown'],
    ]);
  });

  it("shows the user's choice as theirs and can hand the value back to Throughline's reading", async () => {
    const { changes } = setup(['Gate Three', 'Done'], 'Status', { 'gate three': 'unknown' });
    const picker = screen.getByRole('combobox', { name: 'Status for "Gate Three"' });
    expect(picker.textContent).toBe('Open, no colour (yours)');
    expect(screen.getByText(/How each value of the status column reads/)).toBeTruthy();
    await userEvent.click(picker);
    await userEvent.click(await screen.findByRole('option', { name: "Throughline's reading" }));
    expect(changes).toEqual([['Gate Three', null]]);
  });

  it('says a column is read on a confidence scale', () => {
    setup(['High', 'Medium', 'Low']);
    expect(screen.getByText('Read on a confidence scale: High is green, Medium amber, Low red. Change how any value reads.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Status for "Low"' }).textContent).toBe('Red');
  });

  it('offers at most 30 values and says how many more there are', () => {
    setup(Array.from({ length: 33 }, (_, i) => `Phase ${i + 1}`));
    expect(screen.getAllByRole('combobox')).toHaveLength(30);
    expect(screen.getByText('3 more values are not shown.')).toBeTruthy();
  });
});
