/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor } from '@testing-library/react';
import type { CellValue, RawSource } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { createMemoryWorkbookPort } from '../../../src/port/memory-workbook-port';
import { App } from '../../../taskpane/app/App';
import { renderQuick, user } from '../support/render';

/**
 * The Report step's holidays feed the run's calendar. ENG-2 follows ENG-1 (due Thu 2026-04-02)
 * with a one-day lag and is planned to start Mon 04-06: the lag is Fri 04-03, so that is fine
 * until Good Friday is off; then the lag is Mon 04-06 and ENG-2 can start Tue 04-07 at the earliest.
 */
const ROWS: CellValue[][] = [
  ['ID', 'Name', 'Status', 'Start', 'Due', 'Depends On'],
  ['ENG-1', 'Claims API', 'Green', '2026-03-30', '2026-04-02', ''],
  ['ENG-2', 'Portal', 'Green', '2026-04-06', '2026-04-08', 'ENG-1FS+1d'],
];
const workbook: RawSource = { name: 'Programme.xlsx', origin: 'workbook', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: ROWS }] };

describe('holidays on the Report step', () => {
  it('are pasted, saved with the workbook, said back, and move the schedule', async () => {
    const port = createMemoryWorkbookPort({ workbook });
    renderQuick(<App port={port} dark={false} initialAsOf={dayFromIso('2026-03-16')!} />);
    await screen.findByRole('heading', { name: 'Sources' });
    await user.click(screen.getByRole('tab', { name: /Report/ }));
    await screen.findByRole('heading', { name: 'Report', level: 2 });
    await user.type(screen.getByRole('textbox', { name: 'Holidays pasted, one a line' }), '2026-04-03 Good Friday{Enter}Easter?');
    await waitFor(() => expect(port.log.savedSettings.at(-1)?.holidays).toEqual({ pasted: '2026-04-03 Good Friday\nEaster?' }));
    expect(screen.getByText('1 day off read. Not a date, not used: line 2 "Easter?".')).toBeTruthy();
    // The run with the holiday is in the worker (inline here); Generate waits for it.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Generate report' }).hasAttribute('disabled')).toBe(false), { timeout: 20_000 });
    await user.click(screen.getByRole('button', { name: 'Generate report' }));
    await screen.findByText('The summary is ready', undefined, { timeout: 20_000 });
    const doc = port.log.reports[0]!.doc;
    const findings = doc.sheets.find((s) => s.name === 'Findings')!;
    const texts: string[] = [];
    for (let r = 0; r < findings.rows.count; r++) for (const c of findings.rows.row(r)) if (typeof c?.value?.v === 'string') texts.push(c.value.v);
    expect(texts.filter((t) => t.includes('earliest'))).toEqual([
      'ENG-2 "Portal" starts 2026-04-06, but its FS+1d predecessor ENG-1 "Claims API" finishes 2026-04-02, so it can start 2026-04-07 at the earliest.',
    ]);
  });

  it('are saved once the typing stops, not at every keystroke, and a cadence stepped meanwhile keeps them', async () => {
    const port = createMemoryWorkbookPort({ workbook });
    renderQuick(<App port={port} dark={false} initialAsOf={dayFromIso('2026-03-16')!} />);
    await screen.findByRole('heading', { name: 'Sources' });
    await user.click(screen.getByRole('tab', { name: /Report/ }));
    await screen.findByRole('heading', { name: 'Report', level: 2 });
    const saves = port.log.savedSettings.length;
    // Ten keystrokes, well within 400 ms of each other.
    await user.type(screen.getByRole('textbox', { name: 'Holidays pasted, one a line' }), '2026-04-03');
    // What is typed shows at once; Generate waits for it to be committed and run.
    expect(screen.getByRole('textbox', { name: 'Holidays pasted, one a line' })).toHaveProperty('value', '2026-04-03');
    expect(screen.getByRole('button', { name: 'Generate report' }).hasAttribute('disabled')).toBe(true);
    await waitFor(() => expect(port.log.savedSettings.length).toBe(saves + 1));
    expect(port.log.savedSettings.at(-1)?.holidays).toEqual({ pasted: '2026-04-03' });
    // The default cadence is 7 days (DEFAULT_CADENCE_DAYS): two steps up, then one save of 9 beside the holidays.
    const cadence = screen.getByRole('spinbutton', { name: 'Review cadence (days)' });
    await user.click(cadence);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(cadence).toHaveProperty('value', '9');
    await waitFor(() => expect(port.log.savedSettings.length).toBe(saves + 2));
    expect(port.log.savedSettings.at(-1)).toMatchObject({ cadenceDays: 9, holidays: { pasted: '2026-04-03' } });
  });
});
