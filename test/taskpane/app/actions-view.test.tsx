/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, within, waitFor } from '@testing-library/react';
import { materialiseRows, REPORT_SHEETS } from '../../../src/core/report';
import type { CellValue, RawSource } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { createMemoryWorkbookPort, type MemoryWorkbookPort } from '../../../src/port/memory-workbook-port';
import { App } from '../../../taskpane/app/App';
import { renderQuick, user as userEvent } from '../support/render';

/**
 * As of 2026-03-16: ENG-1 (Ana) is past due and still open, so late (an error); ENG-2 (Ben)
 * has no update for 30 days (stale); ENG-3 (nobody named, no lead) names an unknown ENG-9.
 */
const ROWS: CellValue[][] = [
  ['ID', 'Name', 'Department', 'Owner', 'Status', 'Start', 'Due', 'Last Updated', 'Depends On'],
  ['ENG-1', 'Claims API', 'Engineering', 'Ana Ortiz', 'Green', '2026-02-02', '2026-03-06', '2026-03-12', ''],
  ['ENG-2', 'Portal', 'Engineering', 'Ben Cho', 'Amber', '2026-05-04', '2026-05-29', '2026-02-13', 'ENG-1'],
  ['ENG-3', 'Fraud model', 'Engineering', '', 'Green', '2026-06-01', '2026-07-31', '2026-03-12', 'ENG-9'],
];

function workbook(): RawSource {
  return { name: 'Programme.xlsx', origin: 'workbook', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: ROWS }] };
}

const AS_OF = dayFromIso('2026-03-16')!;

async function renderApp(port: MemoryWorkbookPort) {
  renderQuick(<App port={port} dark={false} initialAsOf={AS_OF} />);
  await screen.findByRole('heading', { name: 'Sources' });
}

async function openStep(name: string) {
  await userEvent.click(screen.getByRole('tab', { name: new RegExp(name) }));
  await screen.findByRole('heading', { name, level: 2 });
}

describe('the Actions view and findings’ life in the settings', () => {
  it('lists the actions per person in the Actions sheet’s order, and keeps the findings’ life in the workbook’s settings', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    await openStep('Report');
    // The run's result is rendered as a transition: Generate report is enabled once it is on screen.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Generate report' }).hasAttribute('disabled')).toBe(false), { timeout: 20_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Generate report' }));
    await screen.findByText('The summary is ready', undefined, { timeout: 20_000 });

    // The Actions sheet's Person column, person by person in its order.
    const sheet = port.log.reports[0]!.doc.sheets.find((s) => s.name === REPORT_SHEETS.actions)!;
    const people: string[] = [];
    for (const row of materialiseRows(sheet.rows).slice(1)) {
      const v = row[0]?.value;
      const person = v && v.t === 'text' ? v.v : '';
      if (people.at(-1) !== person) people.push(person);
    }
    expect(people).toContain('unassigned');
    expect(people.at(-1)).toBe('unassigned');

    await openStep('Findings');
    await userEvent.click(screen.getByRole('tab', { name: /^Actions by person/ }));
    const groups = screen.getAllByRole('group').map((g) => g.getAttribute('aria-label')!.replace(/, \d+$/, ''));
    expect(groups).toEqual(people);
    const ana = screen.getByRole('group', { name: /^Ana Ortiz/ });
    expect(within(ana).getAllByText('New').length).toBeGreaterThan(0);

    // The review's life is saved with the workbook, for a next review that finds no snapshot.
    const saved = port.log.savedSettings.at(-1)!;
    expect(saved.history?.asOf).toBe(AS_OF);
    expect(saved.history?.entries.every((e) => e.firstSeen === AS_OF && e.reviewsOpen === 1)).toBe(true);
  });

  it('a week later, from the saved settings alone, the same findings are a review older', async () => {
    const first = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(first);
    await openStep('Report');
    await userEvent.click(screen.getByRole('radio', { name: 'In a new workbook' }));
    // The run's result is rendered as a transition: Generate report is enabled once it is on screen.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Generate report' }).hasAttribute('disabled')).toBe(false), { timeout: 20_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Generate report' }));
    await screen.findByText('It opened as a new workbook.', undefined, { timeout: 20000 });
    const settings = first.log.savedSettings.at(-1)!;
    document.body.innerHTML = '';

    const next = createMemoryWorkbookPort({ workbook: workbook(), settings });
    renderQuick(<App port={next} dark={false} initialAsOf={AS_OF + 7} />);
    await screen.findByRole('heading', { name: 'Sources' });
    await openStep('Findings');
    await userEvent.click(screen.getByRole('tab', { name: /^Actions by person/ }));
    const ben = screen.getByRole('group', { name: /^Ben Cho/ });
    expect(within(ben).getAllByText('Open 2 reviews, since 16 Mar 2026').length).toBeGreaterThan(0);
  });

  it('shows the first 100 actions with each person’s count, and the other 30 on request', async () => {
    // 130 initiatives of Ana's, each past its due date of 6 Mar 2026 and still open on 16 Mar: late, an error each.
    const rows: CellValue[][] = [ROWS[0]!];
    for (let k = 1; k <= 130; k++) rows.push([`ENG-${k}`, `Item ${k}`, 'Engineering', 'Ana Ortiz', 'Green', '2026-02-02', '2026-03-06', '2026-03-12', '']);
    const port = createMemoryWorkbookPort({ workbook: { ...workbook(), sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: rows }] } });
    await renderApp(port);
    await openStep('Findings');
    await userEvent.click(screen.getByRole('tab', { name: /^Actions by person/ }));
    expect(screen.getByText('130 open actions for 1 person, oldest and most severe first')).toBeTruthy();
    const ana = screen.getByRole('group', { name: 'Ana Ortiz, 130' });
    expect(within(ana).getByRole('heading', { name: 'Ana Ortiz (130)' })).toBeTruthy();
    // The rows are mounted twenty a task: 100 in the end, the page the run sent.
    const goes = () => within(ana).getAllByRole('button', { name: /Go to Plan!/ });
    await waitFor(() => expect(goes()).toHaveLength(100), { timeout: 10_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Show 30 more actions' }));
    await waitFor(() => expect(goes()).toHaveLength(130), { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: /more actions$/ })).toBeNull();
  });
});
