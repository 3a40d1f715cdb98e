/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { CellValue, RawSource } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { createMemoryWorkbookPort, type MemoryWorkbookPort } from '../../../src/port/memory-workbook-port';
import type { StoredSettings } from '../../../src/port/workbook-port';
import { App } from '../../../taskpane/app/App';
import { EMPTY_SETTINGS, withStatusValue } from '../../../taskpane/app/state/settings';
import { renderQuick, user as userEvent } from '../support/render';

/** The plan's key now (its headers) and as versions before saved it (its index on the sheet). */
const KEY = 'Programme.xlsx|Plan|[id,name,status,due,last updated]';
const INDEX_KEY = 'Programme.xlsx|Plan|0';
const ROWS: CellValue[][] = [
  ['ID', 'Name', 'Status', 'Due', 'Last Updated'],
  ['ENG-1', 'Claims API', 'Gate Three', '2026-04-30', '2026-03-12'],
  ['ENG-2', 'Portal', 'Sunsetting', '2026-05-29', '2026-03-12'],
  ['ENG-3', 'Fraud model', 'gate three', '2026-07-31', '2026-03-12'],
  ['ENG-4', 'Ledger', 'Green', '2026-08-28', '2026-03-12'],
];

function workbook(): RawSource {
  return { name: 'Programme.xlsx', origin: 'workbook', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: ROWS }] };
}

async function openMapping(port: MemoryWorkbookPort) {
  renderQuick(<App port={port} dark={false} initialAsOf={dayFromIso('2026-03-16')!} />);
  await screen.findByRole('heading', { name: 'Sources' });
  await userEvent.click(screen.getByRole('tab', { name: /Mapping/ }));
  await screen.findByRole('heading', { name: 'Mapping', level: 2 });
  // The worker's tables are rendered as a transition: wait for the status column's values.
  await screen.findByRole('table', { name: /^Status values of / }, { timeout: 20_000 });
}

async function openFindings() {
  await userEvent.click(screen.getByRole('tab', { name: /Findings/ }));
  await screen.findByRole('heading', { name: 'Findings', level: 2 });
}

const UNKNOWN_VOCABULARY = /the status column "Status" \(C1\) is not a vocabulary Throughline knows/;

describe('status values in the Mapping step', () => {
  it('offers each value of a status column of unknown words and saves a choice in the mapping', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await openMapping(port);
    expect(screen.getByText(/Most values of this status column are not a status Throughline knows/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Status values of Plan, rows 1-5' });
    expect(within(table).getAllByRole('combobox').map((c) => [c.getAttribute('aria-label'), c.textContent])).toEqual([
      ['Status for "Gate Three"', 'Not read'],
      ['Status for "Sunsetting"', 'Not read'],
      ['Status for "Green"', 'Green'],
    ]);
    await userEvent.click(screen.getByRole('combobox', { name: 'Status for "Gate Three"' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Open, no colour' }));
    expect(port.log.savedSettings.at(-1)?.mappings).toEqual([{ tableKey: KEY, fields: {}, statusValues: { 'Gate Three': 'unknown' } }]);
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Status for "Gate Three"' }).textContent).toBe('Open, no colour (yours)'), { timeout: 20_000 });
    // 3 of 4 cells read now: the column is no longer an unknown vocabulary.
    expect(screen.queryByText(/Most values of this status column/)).toBeNull();
  });

  it('names the column once in Findings until its values are mapped', async () => {
    const before = createMemoryWorkbookPort({ workbook: workbook() });
    await openMapping(before);
    await openFindings();
    expect(screen.getAllByRole('button', { name: UNKNOWN_VOCABULARY })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /status "Gate Three" cannot be read/ })).toBeNull();
  });

  it('reuses the saved values on the next run: read as chosen, no unknown-vocabulary finding', async () => {
    let settings: StoredSettings = withStatusValue(EMPTY_SETTINGS, KEY, 'Gate Three', 'amber');
    settings = withStatusValue(settings, KEY, 'Sunsetting', 'on-hold');
    await expectReused(settings);
  });

  it('reuses values saved under the index key of an earlier version, and saves them again under the header key', async () => {
    let settings: StoredSettings = withStatusValue(EMPTY_SETTINGS, INDEX_KEY, 'Gate Three', 'amber');
    settings = withStatusValue(settings, INDEX_KEY, 'Sunsetting', 'on-hold');
    const port = await expectReused(settings);
    expect(port.log.savedSettings.at(-1)?.mappings).toEqual([{ tableKey: KEY, fields: {}, statusValues: { 'Gate Three': 'amber', Sunsetting: 'on-hold' } }]);
  });
});

async function expectReused(settings: StoredSettings): Promise<MemoryWorkbookPort> {
  const port = createMemoryWorkbookPort({ workbook: workbook(), settings });
  await openMapping(port);
  expect(screen.getByRole('combobox', { name: 'Status for "Gate Three"' }).textContent).toBe('Amber (yours)');
  expect(screen.getByRole('combobox', { name: 'Status for "Sunsetting"' }).textContent).toBe('On hold (yours)');
  await openFindings();
  expect(screen.queryByRole('button', { name: UNKNOWN_VOCABULARY })).toBeNull();
  return port;
}

describe('withStatusValue', () => {
  it('saves a value as written beside the table fields, replaces it whatever its case, and forgets it with null', () => {
    const a = withStatusValue({ ...EMPTY_SETTINGS, mappings: [{ tableKey: KEY, fields: { owner: 'Lead' } }] }, KEY, 'Gate Three', 'amber');
    expect(a.mappings).toEqual([{ tableKey: KEY, fields: { owner: 'Lead' }, statusValues: { 'Gate Three': 'amber' } }]);
    const b = withStatusValue(withStatusValue(a, KEY, 'gate three', 'red'), KEY, 'Parked', 'on-hold');
    expect(b.mappings).toEqual([{ tableKey: KEY, fields: { owner: 'Lead' }, statusValues: { 'gate three': 'red', Parked: 'on-hold' } }]);
    const c = withStatusValue(withStatusValue(b, KEY, 'GATE THREE', null), KEY, 'Parked', null);
    expect(c.mappings).toEqual([{ tableKey: KEY, fields: { owner: 'Lead' } }]);
  });

  it('starts a mapping for a table with none', () => {
    expect(withStatusValue(EMPTY_SETTINGS, KEY, 'Foo', 'done').mappings).toEqual([{ tableKey: KEY, fields: {}, statusValues: { Foo: 'done' } }]);
  });
});
