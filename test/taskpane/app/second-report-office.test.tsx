/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor } from '@testing-library/react';
import type { CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { createOfficeWorkbookPort } from '../../../src/office/office-workbook-port';
import { App } from '../../../taskpane/app/App';
import { FakeWorkbook, fakeHost } from '../../office/fake-excel';
import { renderQuick, user as userEvent } from '../support/render';

/**
 * Two sessions of the taskpane over one workbook, through the Office.js port and the strict fake:
 * the second session has no memory of the first, so its Changes sheet can only come from the
 * snapshot the first report left in the workbook's hidden sheet.
 */
const HEADER: CellValue[] = ['ID', 'Name', 'Department', 'Owner', 'Status', 'Start', 'Due', '% Complete', 'Last Updated', 'Depends On'];
const ROWS: CellValue[][] = [
  ['ENG-1', 'Claims API', 'Engineering', 'Ana Ortiz', 'On track', '2026-02-02', '2026-04-30', '40%', '2026-03-12', ''],
  ['ENG-2', 'Fraud model', 'Engineering', 'Ben Cho', 'On track', '2026-05-04', '2026-05-29', '10%', '2026-03-12', 'ENG-1'],
];
const AS_OF = dayFromIso('2026-03-16')!;

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const plan = wb.addSheet('Plan');
  [HEADER, ...ROWS].forEach((row, r) => row.forEach((v, c) => plan.put(r, c, v as string)));
  return wb;
}

async function generateInNewSession(wb: FakeWorkbook): Promise<void> {
  const view = renderQuick(<App port={createOfficeWorkbookPort(fakeHost(wb))} dark={false} initialAsOf={AS_OF} />);
  await screen.findByRole('heading', { name: 'Sources' });
  await userEvent.click(screen.getByRole('tab', { name: /Report/ }));
  await screen.findByRole('heading', { name: 'Report', level: 2 });
  // The run's result is rendered as a transition: Generate report is enabled once it is on screen.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Generate report' }).hasAttribute('disabled')).toBe(false), { timeout: 20_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Generate report' }));
  await screen.findByText('The summary is ready', undefined, { timeout: 20_000 });
  view.unmount();
}

/** A sheet's text cells by row, as the fake holds them. */
function texts(wb: FakeWorkbook, name: string): string[][] {
  const sheet = wb.sheet(name)!;
  const box = sheet.usedRect()!;
  return Array.from({ length: box.bottom + 1 }, (_, r) => Array.from({ length: box.right + 1 }, (_, c) => String(sheet.cell(r, c)?.value ?? '')));
}

describe('a second report written into the same workbook by a new taskpane session (Office.js, strict fake)', () => {
  it('has a Changes sheet from the snapshot the first report left, naming the status as the owner wrote it', async () => {
    const wb = workbook();
    await generateInNewSession(wb);
    expect(wb.sheets.map((s) => s.name)).not.toContain('Changes');
    // The owner re-plans ENG-2 by a week and reports it at risk.
    wb.sheet('Plan')!.put(2, 4, 'At risk');
    wb.sheet('Plan')!.put(2, 6, '2026-06-05');
    await generateInNewSession(wb);
    expect(wb.sheets.map((s) => s.name)).toContain('Changes');
    const rows = texts(wb, 'Changes');
    expect(rows[1]![0]).toMatch(/^Since the summary as of 16 Mar 2026: 0 green-to-red surprises, 1 status change, 1 re-plan, /);
    const eng2 = rows.filter((r) => r[1] === 'ENG-2').map((r) => [r[0], r[5], r[6]]);
    expect(eng2).toEqual([
      // The reported status as the owner wrote it, beside our names, in its own column.
      ['Status change', 'Green "On track" → Amber "At risk"', expect.any(String)],
      // Fri 29 May -> Fri 5 Jun: 5 working days; a re-plan says nothing of the status.
      ['Re-planned', '', expect.stringMatching(/^Due date moved 5 working days later in the plan\./)],
    ]);
  });
});
