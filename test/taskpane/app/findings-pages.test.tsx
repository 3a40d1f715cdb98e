/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { CellValue, RawSource } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { createMemoryWorkbookPort, type MemoryWorkbookPort } from '../../../src/port/memory-workbook-port';
import { App } from '../../../taskpane/app/App';
import { renderQuick, user as userEvent } from '../support/render';

/**
 * The Findings step with more findings than a page (issue 16): the findings stay with the
 * pipeline (here the inline engine; in the add-in the worker), and the step holds the page it
 * shows. 80 initiatives, each depending on an id no source defines (GONE-1 .. GONE-80), and
 * otherwise complete: 80 findings, all dependency.unknown errors, in row order, each at its
 * Depends On cell (column J, rows 2 .. 81).
 */
const HEADER: CellValue[] = ['ID', 'Name', 'Department', 'Owner', 'Status', 'Start', 'Due', '% Complete', 'Last Updated', 'Depends On'];
const ROWS: CellValue[][] = Array.from({ length: 80 }, (_, k) => [`ENG-${k + 1}`, `Item ${k + 1}`, 'Engineering', 'Ana Ortiz', 'Green', '2026-02-02', '2026-04-30', '40%', '2026-03-12', `GONE-${k + 1}`]);
const workbook = (): RawSource => ({ name: 'Programme.xlsx', origin: 'workbook', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: [HEADER, ...ROWS] }] });
const AS_OF = dayFromIso('2026-03-16')!;
/** The findings are filtered where the pipeline runs (the worker; here inline), a message away: on a loaded machine, give it time. */
const SLOW = { timeout: 10_000 };
const TITLE = 'Depends on an id that no source defines';

async function runDone() {
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull(), { timeout: 20_000 });
}

async function openFindings(port: MemoryWorkbookPort) {
  renderQuick(<App port={port} dark={false} initialAsOf={AS_OF} />);
  await screen.findByRole('heading', { name: 'Sources' });
  await runDone();
  await userEvent.click(screen.getByRole('tab', { name: /Findings/ }));
  await screen.findByRole('heading', { name: 'Findings', level: 2 });
}

/** The findings' Go to buttons (a CSS query: role queries over 80 rows are slow in jsdom). */
const goButtons = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('button[aria-label*="which no source defines. Go to Plan!J"]')];
const chip = (name: string) => screen.getByText(name, { selector: 'button' });

describe('the Findings step, a page at a time', () => {
  it('opens on the first 50 of 80, shows 30 more on request, and finds one past the first page by search', async () => {
    await openFindings(createMemoryWorkbookPort({ workbook: workbook() }));
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('80 of 80 findings shown');
    expect(chip('80 errors')).toBeTruthy();
    expect(screen.getByText(`${TITLE} (50)`, { selector: 'h3' })).toBeTruthy();
    // The rows are mounted ten a task as the step opens: all 50 in the end.
    await waitFor(() => expect(goButtons()).toHaveLength(50), SLOW);
    expect(goButtons().at(-1)!.getAttribute('aria-label')).toMatch(/^ENG-50 /);

    await userEvent.click(screen.getByText('Show 30 more', { selector: 'button' }));
    await screen.findByText(`${TITLE} (80)`, { selector: 'h3' }, SLOW);
    await waitFor(() => expect(goButtons()).toHaveLength(80), SLOW);
    expect(screen.queryByText(/^Show \d+ more$/, { selector: 'button' })).toBeNull();

    // ENG-75's finding, at J76: not on the first page, found among all 80.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search findings' }), 'gone-75');
    await waitFor(() => expect(status.textContent).toBe('1 of 80 findings shown'), SLOW);
    expect(goButtons().map((b) => b.getAttribute('aria-label'))).toEqual(['ENG-75 "Item 75" depends on GONE-75, which no source defines. Go to Plan!J76 in Programme.xlsx']);
  });

  it('goes to and waives a finding found past the first page; the next run counts it waived', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await openFindings(port);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search findings' }), 'Plan!J76');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 of 80 findings shown'), SLOW);
    const [go] = goButtons();
    await userEvent.click(go!);
    expect(port.log.selections).toEqual([{ source: 'Programme.xlsx', sheet: 'Plan', address: 'J76' }]);
    await userEvent.click(within(go!.closest('li') as HTMLElement).getByRole('button', { name: 'Waive…' }));
    const hidden = { hidden: true } as const;
    const dialog = await screen.findByRole('dialog', hidden);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/, ...hidden }), 'GONE-75 is a supplier date');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Waive', ...hidden }));
    expect(port.log.savedSettings.at(-1)!.waivers.map((w) => w.key)).toEqual(['dependency.unknown|ENG-75|Programme.xlsx!Plan!J76']);
    // The waiver starts a new run (it may not have begun yet: wait for its counts, not for the progress bar).
    expect(await screen.findByText('79 errors', { selector: 'button' }, { timeout: 20_000 })).toBeTruthy();
    await runDone();
    // 79 errors active, 1 waived, still listed (Show waived is on): 1 of 80 for the search.
    // The page comes from the worker after the counts, and the waive dialog may still be closing: wait for both.
    expect(await screen.findByRole('switch', { name: 'Show waived (1)' }, SLOW)).toBeTruthy();
    expect(await screen.findByText('Reason: GONE-75 is a supplier date', undefined, SLOW)).toBeTruthy();
    await userEvent.click(screen.getByRole('switch', { name: 'Show waived (1)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('0 of 80 findings shown'), SLOW);
  });
});
