/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { CellValue, RawSource } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { createMemoryWorkbookPort, type MemoryWorkbookPort } from '../../../src/port/memory-workbook-port';
import { App } from '../../../taskpane/app/App';
import { renderQuick, user as userEvent } from '../support/render';

const XSS = '<img src=x onerror=alert(1)>';
const HEADER: CellValue[] = ['ID', 'Name', 'Department', 'Owner', 'Status', 'Start', 'Due', '% Complete', 'Last Updated', 'Depends On'];
const ROWS: CellValue[][] = [
  ['ENG-1', 'Claims API', 'Engineering', 'Ana Ortiz', 'Green', '2026-02-02', '2026-04-30', '40%', '2026-03-12', ''],
  ['ENG-2', XSS, 'Engineering', 'Ben Cho', 'Amber', '2026-05-04', '2026-05-29', '10%', '2026-03-12', 'ENG-1'],
  ['ENG-3', 'Fraud model', 'Engineering', 'Cy Dube', 'Green', '2026-06-01', '2026-07-31', '0%', '2026-03-12', 'ENG-9'],
  ['ENG-4', 'Customer portal', 'Engineering', 'Di Eze', 'Green', '2026-06-01', '2026-08-28', '0%', '2026-03-12', 'ENG-2'],
];

function workbook(rows: CellValue[][] = [HEADER, ...ROWS]): RawSource {
  return { name: 'Programme.xlsx', origin: 'workbook', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: rows }] };
}

const AS_OF = dayFromIso('2026-03-16')!;
/** The plan's key: its sheet and its headers, normalised (src/core/ingest/table-key.ts). */
const PLAN_KEY = 'Programme.xlsx|Plan|[id,name,department,owner,status,start,due,% complete,last updated,depends on]';
/** The findings are filtered where the pipeline runs (the worker; here inline), a message away: on a loaded machine, give it time. */
const SLOW = { timeout: 10_000 };

/** The core runs after every change (here inline: jsdom has no Worker); wait until it is done. */
async function runDone() {
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull(), { timeout: 20_000 });
}

async function renderApp(port: MemoryWorkbookPort) {
  const view = renderQuick(<App port={port} dark={false} initialAsOf={AS_OF} />);
  await screen.findByRole('heading', { name: 'Sources' }, { timeout: 20_000 });
  // The first run's end, not only no progress bar (there is none before the run starts).
  await waitFor(() => expect(view.container.querySelector('[data-run="done"]')).not.toBeNull(), { timeout: 20_000 });
  await runDone();
  return view;
}

async function openStep(name: string) {
  await userEvent.click(screen.getByRole('tab', { name: new RegExp(name) }));
  await screen.findByRole('heading', { name, level: 2 });
}

describe('the taskpane over an in-memory workbook', () => {
  it('lists the detected table with its kind, rows and confidence, without accessibility violations', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    const view = await renderApp(port);
    const list = screen.getByRole('list', { name: 'Tables in Programme.xlsx' });
    expect(within(list).getByText('Plan, rows 1-5')).toBeTruthy();
    expect(within(list).getByText('Initiatives')).toBeTruthy();
    expect(within(list).getByText('4 rows')).toBeTruthy();
    expect(within(list).getByRole('checkbox', { name: 'Include Plan, rows 1-5' })).toHaveProperty('checked', true);
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it('excluding a table is saved with the workbook and empties the mapping step', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include Plan, rows 1-5' }));
    expect(port.log.savedSettings.at(-1)?.excludedTables).toEqual([PLAN_KEY]);
    await openStep('Mapping');
    expect(screen.getByRole('heading', { name: 'Nothing mapped yet' })).toBeTruthy();
  });

  it('names a department for one table of a sheet of several, saved in its mapping and read by the core', async () => {
    const hr: CellValue[][] = [[], [], ['Ref', 'Title', 'RAG', 'Due'], ['HR-1', 'Hiring plan', 'Amber', '2026-06-30']];
    const port = createMemoryWorkbookPort({ workbook: workbook([HEADER, ...ROWS, ...hr]) });
    await renderApp(port);
    const field = screen.getByRole('textbox', { name: 'Department for Plan, rows 8-9' });
    // "Programme.xlsx" names no department, and the table has no Department column.
    expect(field.getAttribute('placeholder')).toBe('As for the source');
    await userEvent.type(field, 'People{Enter}');
    expect(port.log.savedSettings.at(-1)?.mappings).toEqual([{ tableKey: 'Programme.xlsx|Plan|[ref,title,rag,due]', fields: {}, department: 'People' }]);
    await runDone();
    await openStep('Findings');
    await openStep('Sources');
    expect(screen.getByRole('textbox', { name: 'Department for Plan, rows 8-9' })).toHaveProperty('value', 'People');
    // The other table keeps its own: its rows' Department column.
    expect(screen.getByRole('textbox', { name: 'Department for Plan, rows 1-5' }).getAttribute('placeholder')).toBe('Engineering (detected)');
  });

  it('saves how dates are read with the workbook', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    await userEvent.click(screen.getByRole('combobox', { name: 'Dates such as 03/04/2026' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Month first (03/04/2026 is 4 March)' }));
    expect(port.log.savedSettings.at(-1)?.dateOrder).toBe('mdy');
    await userEvent.click(screen.getByRole('combobox', { name: 'Fiscal year starts in' }));
    await userEvent.click(await screen.findByRole('option', { name: 'April' }));
    expect(port.log.savedSettings.at(-1)).toMatchObject({ dateOrder: 'mdy', fiscalYearStart: 4 });
    await userEvent.click(screen.getByRole('combobox', { name: 'Fiscal year starts in' }));
    await userEvent.click(await screen.findByRole('option', { name: /^Not set/ }));
    expect(port.log.savedSettings.at(-1)).not.toHaveProperty('fiscalYearStart');
  });

  it('goes to the cell of a finding and waives and un-waives it with a reason', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    const view = await renderApp(port);
    await openStep('Findings');
    const go = screen.getByRole('button', { name: /ENG-9.*Go to Plan!J4 in Programme\.xlsx$/ });
    await userEvent.click(go);
    expect(port.log.selections).toEqual([{ source: 'Programme.xlsx', sheet: 'Plan', address: 'J4' }]);
    expect(await axe(view.container)).toHaveNoViolations();

    const row = go.closest('li')!;
    await userEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Waive…' }));
    // Tabster's modalizer marks the dialog aria-hidden in jsdom (no layout); the browser e2e
    // test checks the dialog as a real screen reader would see it.
    const hidden = { hidden: true } as const;
    const dialog = await screen.findByRole('dialog', hidden);
    expect(within(dialog).getByRole('heading', { name: 'Waive this finding', ...hidden })).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Waive', ...hidden }));
    expect(within(dialog).getByText('Say why this finding is accepted.')).toBeTruthy();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/, ...hidden }), 'ENG-9 is a supplier milestone tracked outside');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Waive', ...hidden }));
    await waitFor(() => expect(screen.queryByRole('dialog', hidden)).toBeNull());
    const saved = port.log.savedSettings.at(-1)!;
    expect(saved.waivers.map((w) => [w.key, w.reason])).toEqual([['dependency.unknown|ENG-3|Programme.xlsx!Plan!J4', 'ENG-9 is a supplier milestone tracked outside']]);
    expect(await screen.findByText('Reason: ENG-9 is a supplier milestone tracked outside')).toBeTruthy();

    await userEvent.click(await screen.findByRole('button', { name: 'Un-waive' }));
    expect(port.log.savedSettings.at(-1)?.waivers).toEqual([]);
    await runDone();
    expect(screen.queryByText(/Reason: ENG-9/)).toBeNull();
  });

  it('filters findings by search text and severity', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    await openStep('Findings');
    const status = screen.getByRole('status');
    const total = Number(/of (\d+) findings/.exec(status.textContent ?? '')?.[1]);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search findings' }), 'ENG-9');
    // The findings are filtered in the worker: the page comes back a moment later.
    await waitFor(() => expect(status.textContent).toBe(`1 of ${total} findings shown`), SLOW);
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search findings' }));
    // All shown to begin with, no chip pressed; pressing one shows only that severity.
    const errors = screen.getByRole('button', { name: /errors?$/ });
    const errorCount = Number(/^(\d+)/.exec(errors.textContent ?? '')?.[1]);
    expect(errors.getAttribute('aria-pressed')).toBe('false');
    await waitFor(() => expect(status.textContent).toBe(`${total} of ${total} findings shown`), SLOW);
    await userEvent.click(errors);
    expect(errors.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(status.textContent).toBe(`${errorCount} of ${total} findings shown`), SLOW);
    expect(errorCount).toBeGreaterThan(0);
    await userEvent.click(errors);
    await waitFor(() => expect(status.textContent).toBe(`${total} of ${total} findings shown`), SLOW);
  });

  it('shows each finding with its owner and how to fix it, in groups that fold', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    await openStep('Findings');
    const go = screen.getByRole('button', { name: /ENG-9.*Go to Plan!J4/ });
    const card = go.closest('li') as HTMLElement;
    expect(within(card).getByText('Owner: Cy Dube')).toBeTruthy();
    expect(within(card).getByText('How to fix: Correct the id, or add the missing initiative to its department sheet.')).toBeTruthy();
    const group = card.closest('details')!;
    expect(group.open).toBe(true);
    await userEvent.click(within(group).getByText(/^Depends on an id that no source defines/));
    expect(group.open).toBe(false);
  });

  it('says where a cell of an added file is, with a reference to copy, instead of selecting a cell of this workbook', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    const csv = 'Ref,Initiative,Status,Due,Predecessors\nFIN-1,Budget model,Green,2026-05-29,FIN-7\n';
    await userEvent.upload(screen.getByLabelText('Department workbooks or CSV files'), new File([csv], "Finance's plan.csv", { type: 'text/csv' }));
    await screen.findByRole('list', { name: "Tables in Finance's plan.csv" }, { timeout: 20000 });
    await openStep('Findings');
    await userEvent.click(screen.getByRole('button', { name: /FIN-7.*Go to .*!E2 in Finance's plan\.csv$/ }));
    expect(port.log.selections).toEqual([]);
    const bar = screen.getByText('In an added file').closest('[role="group"], div')!.parentElement as HTMLElement;
    expect(bar.textContent).toMatch(/This cell is in Finance's plan\.csv, sheet (.+), cell E2\. Open that file in Excel to see it/);
    const sheet = /sheet (.+), cell E2/.exec(bar.textContent ?? '')![1]!;
    // Inside Excel's quotes every apostrophe is doubled, in the file name and the sheet name.
    expect(within(bar).getByText(`'[Finance''s plan.csv]${sheet.replace(/'/g, "''")}'!E2`)).toBeTruthy();
  });

  it('gives a second report into the same workbook a Changes sheet (the first report of the session is kept)', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    await openStep('Report');
    await userEvent.click(screen.getByRole('button', { name: 'Generate report' }));
    await screen.findByText('The summary is ready', undefined, { timeout: 20_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Generate report' }));
    await waitFor(() => expect(port.log.reports).toHaveLength(2));
    expect(port.log.reports[0]!.sheets).not.toContain('Changes');
    expect(port.log.reports[1]!.sheets).toContain('Changes');
  });

  it('on an Excel too old to read the workbook, says what is missing and keeps the rest working', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook(), missingRequirements: ['ExcelApi 1.12'] });
    port.readWorkbook = () => Promise.reject(new Error('This version of Excel does not support ExcelApi 1.12'));
    await renderApp(port);
    expect(screen.getByText('This version of Excel lacks some features')).toBeTruthy();
    expect(screen.getByText(/Missing: ExcelApi 1\.12, so Throughline cannot read this workbook/)).toBeTruthy();
    const csv = 'Ref,Initiative,Status,Due\nFIN-1,Budget model,Green,2026-05-29\n';
    await userEvent.upload(screen.getByLabelText('Department workbooks or CSV files'), new File([csv], 'Finance.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('list', { name: 'Tables in Finance.csv' }, { timeout: 20000 })).toBeTruthy();
  });

  it('changes a field column and saves the mapping by header text', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    await openStep('Mapping');
    expect(screen.getByRole('table', { name: 'First rows of Plan, rows 1-5' })).toBeTruthy();
    await userEvent.click(screen.getByRole('combobox', { name: 'Column for Owner' }));
    await userEvent.click(await screen.findByRole('option', { name: 'C: Department' }));
    expect(port.log.savedSettings.at(-1)?.mappings).toEqual([{ tableKey: PLAN_KEY, fields: { owner: 'Department' } }]);
  });

  it('takes a wrongly matched field off its column with "Not mapped"', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    await openStep('Mapping');
    const picker = screen.getByRole('combobox', { name: 'Column for Owner' });
    expect(picker.textContent).toBe('D: Owner');
    await userEvent.click(picker);
    await userEvent.click(await screen.findByRole('option', { name: 'Not mapped' }));
    expect(port.log.savedSettings.at(-1)?.mappings).toEqual([{ tableKey: PLAN_KEY, fields: { owner: null } }]);
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Column for Owner' }).textContent).toBe('Not mapped'));
  });

  it('shows what moves downstream of a delay, and a hostile name only as text', async () => {
    const alert = jest.fn();
    window.alert = alert;
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    const view = await renderApp(port);
    await openStep('Impact');
    await userEvent.click(screen.getByRole('combobox', { name: 'Initiative' }));
    await userEvent.click(await screen.findByRole('option', { name: 'ENG-1 — Claims API' }));
    const table = await screen.findByRole('table', { name: 'Initiatives that move when ENG-1 slips 10 working days' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([`ENG-2 ${XSS}`, 'ENG-4 Customer portal']);
    expect(screen.getByRole('img', { name: 'Dependencies around ENG-1' })).toBeTruthy();
    expect(view.container.querySelector('img')).toBeNull();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(alert).not.toHaveBeenCalled();
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it('writes the report into the workbook and goes to the Summary sheet', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    await openStep('Report');
    await userEvent.click(screen.getByRole('button', { name: 'Generate report' }));
    await screen.findByText('The summary is ready', undefined, { timeout: 20_000 });
    expect(port.log.reports.map((r) => r.sheets)).toEqual([['Summary', 'Initiatives', 'Findings', 'Dependencies', 'Timeline', 'Departments', 'Value at risk', 'Sources', 'Actions', 'Decisions', '_throughline']]);
    expect(port.log.reports[0]?.doc.asOf).toBe('2026-03-16');
    await userEvent.click(screen.getByRole('button', { name: 'Go to Summary' }));
    expect(port.log.activatedSheets).toEqual(['Summary']);
  });

  it('opens the summary as a new workbook from the xlsx writer', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    await openStep('Report');
    await userEvent.click(screen.getByRole('radio', { name: 'In a new workbook' }));
    expect(port.log.savedSettings.at(-1)?.reportTarget).toBe('new-workbook');
    await userEvent.click(screen.getByRole('button', { name: 'Generate report' }));
    await screen.findByText('It opened as a new workbook.', undefined, { timeout: 20000 });
    expect(port.log.openedWorkbooks).toHaveLength(1);
    expect(port.log.openedWorkbooks[0]!.startsWith('UEsDB')).toBe(true); // "PK\x03\x04": an .xlsx zip
    expect(port.log.reports).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Go to Summary' })).toBeNull();
  });

  // Arrow keys between tabs need layout (tabster), so the browser e2e test checks them.
  it('opens a step from the keyboard', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    screen.getByRole('tab', { name: /Findings/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Findings', level: 2 })).toBeTruthy();
  });

  it('shows a loading state while the workbook is read', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook(), latencyMs: 50 });
    renderQuick(<App port={port} dark={false} initialAsOf={AS_OF} />);
    expect(screen.getByText('Reading this workbook…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Sources' })).toBeTruthy();
    expect(screen.queryByText('Reading this workbook…')).toBeNull();
  });

  it('shows the reader’s message for a corrupt dropped file and keeps working', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    const broken = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'Broken.xlsx');
    await userEvent.upload(screen.getByLabelText('Department workbooks or CSV files'), broken);
    await screen.findByText('Broken.xlsx could not be read', undefined, { timeout: 20000 });
    expect(screen.getByText('Broken.xlsx is truncated or damaged (the zip archive has no end-of-central-directory record).')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Tables in Programme.xlsx' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss the message about Broken.xlsx' }));
    expect(screen.queryByText('Broken.xlsx could not be read')).toBeNull();
  });

  it('adds a department CSV, reads it in the browser and names its department', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    await renderApp(port);
    const csv = 'Ref,Initiative,Status,Due,Predecessors\nFIN-1,Budget model,Green,2026-05-29,ENG-1\n';
    await userEvent.upload(screen.getByLabelText('Department workbooks or CSV files'), new File([csv], 'Finance.csv', { type: 'text/csv' }));
    const list = await screen.findByRole('list', { name: 'Tables in Finance.csv' }, { timeout: 20000 });
    expect(within(list).getByText('1 row')).toBeTruthy();
    const dept = screen.getByRole('textbox', { name: 'Department for Finance.csv' });
    await userEvent.type(dept, 'Finance{Enter}');
    expect(port.log.savedSettings.at(-1)?.sourceDepartments).toEqual({ 'Finance.csv': 'Finance' });
    await userEvent.click(screen.getByRole('button', { name: 'Remove Finance.csv' }));
    expect(screen.queryByRole('list', { name: 'Tables in Finance.csv' })).toBeNull();
  });

  it('explains a workbook with no readable sheets', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook([['Notes'], ['call the vendor on Monday']]) });
    await renderApp(port);
    expect(screen.getByRole('heading', { name: 'No sheets found that Throughline can read' })).toBeTruthy();
    await openStep('Impact');
    expect(screen.getByRole('heading', { name: 'No initiatives yet' })).toBeTruthy();
  });

  it('shows a load error and retries', async () => {
    const port = createMemoryWorkbookPort({ workbook: workbook() });
    let fail = true;
    const read = port.readWorkbook.bind(port);
    port.readWorkbook = () => (fail ? Promise.reject(new Error('The workbook is busy.')) : read());
    renderQuick(<App port={port} dark={false} initialAsOf={AS_OF} />);
    expect(await screen.findByText('The workbook is busy.')).toBeTruthy();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Sources' })).toBeTruthy();
  });
});
