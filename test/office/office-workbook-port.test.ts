import { createOfficeWorkbookPort } from '../../src/office/office-workbook-port';
import { HostTooOldError, findMissingRequirements, requirementsMessage } from '../../src/office/requirements';
import { SETTINGS_KEY, parseSettings } from '../../src/office/settings';
import type { StoredSettings } from '../../src/port/workbook-port';
import { FakeSettings, FakeWorkbook, fakeHost } from './fake-excel';
import { reportDocument } from './report-fixture';
import { rowsFromArray } from '../../src/core/report/rows';

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const finance = wb.addSheet('Finance');
  finance.put(0, 0, 'ID');
  finance.put(1, 0, 'FIN-1');
  wb.addSheet('Operations').put(0, 0, 'ID');
  return wb;
}

const SETTINGS: StoredSettings = {
  version: 1,
  mappings: [{ tableKey: 'Programme.xlsx|Finance|0', kind: 'initiatives', fields: { id: 'Ref', status: 'RAG' }, department: 'Finance' }],
  waivers: [{ key: 'status.stale|FIN-1', reason: 'Owner on leave', by: 'PMO', on: '2026-04-01' }],
  cadenceDays: 14,
  dateOrder: 'mdy',
  sourceDepartments: { 'Programme.xlsx': 'Finance' },
  excludedTables: ['Programme.xlsx|Lookups|0'],
  reportTarget: 'new-workbook',
};

describe('createOfficeWorkbookPort', () => {
  it('describes the host and the workbook', async () => {
    const port = createOfficeWorkbookPort(fakeHost(workbook()));
    await expect(port.describe()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline', missingRequirements: [], workbookName: 'Programme.xlsx' });
  });

  it('reads the workbook and writes a report through the host', async () => {
    const wb = workbook();
    const port = createOfficeWorkbookPort(fakeHost(wb));
    const source = await port.readWorkbook();
    expect(source.sheets.map((s) => s.name)).toEqual(['Finance', 'Operations']);
    const summary = await port.writeReport(reportDocument(3));
    expect(summary.sheetsWritten).toEqual(['Summary', 'Initiatives', '_throughline']);
    // Read back: the report sheets are not sources.
    expect((await port.readWorkbook()).sheets.map((s) => s.name)).toEqual(['Finance', 'Operations']);
  });

  it('reads back the snapshot of the last report written here, for the Changes sheet', async () => {
    const wb = workbook();
    const port = createOfficeWorkbookPort(fakeHost(wb));
    await expect(port.readPreviousSnapshot()).resolves.toBeUndefined();
    const text = (v: string) => ({ value: { t: 'text' as const, v } });
    const doc = reportDocument(2);
    const snapshot = {
      ...doc.sheets[2]!,
      rows: rowsFromArray([
        [text('throughline-snapshot'), { value: { t: 'number' as const, v: 1 } }, text('2026-04-03')],
        ['initiative', 'FIN-1', '=Ledger', 'Finance', 'green', 'amber', '2026-05-01', '2026-05-08'].map(text),
        ['finding', 'status.stale|FIN-1', 'status.stale', 'warning', 'FIN-1', 'FIN-1 was last updated...'].map(text),
      ]),
    };
    await port.writeReport({ ...doc, sheets: [doc.sheets[0]!, doc.sheets[1]!, snapshot] });
    await expect(port.readPreviousSnapshot()).resolves.toEqual({
      version: 1,
      asOf: 20_546,
      initiatives: [{ id: 'FIN-1', name: '=Ledger', department: 'Finance', reportedStatus: 'green', effectiveStatus: 'amber', due: 20_574, forecastFinish: 20_581 }],
      findings: [{ key: 'status.stale|FIN-1', code: 'status.stale', severity: 'warning', initiativeId: 'FIN-1', message: 'FIN-1 was last updated...' }],
      // A finding row without life columns: first seen at that snapshot's as-of date, open one review.
      history: {
        asOf: 20_546,
        entries: [{ key: 'status.stale|FIN-1', code: 'status.stale', severity: 'warning', initiativeId: 'FIN-1', message: 'FIN-1 was last updated...', firstSeen: 20_546, reviewsOpen: 1, state: 'open' }],
      },
    });
  });

  it('reads a previous snapshot larger than the 5 MB a response may carry on the web, in chunks each under it', async () => {
    const wb = workbook();
    const port = createOfficeWorkbookPort(fakeHost(wb));
    const text = (v: string) => ({ value: { t: 'text' as const, v } });
    const message = 'A status update is older than the review cadence of 7 days; ask the owner for an update before the board. '.repeat(2);
    const findings = Array.from({ length: 20_000 }, (_, i) => ['finding', `status.stale|FIN-${i}`, 'status.stale', 'warning', `FIN-${i}`, message].map(text));
    const doc = reportDocument(2);
    const snapshot = { ...doc.sheets[2]!, rows: rowsFromArray([[text('throughline-snapshot'), { value: { t: 'number' as const, v: 1 } }, text('2026-04-03')], ...findings]) };
    await port.writeReport({ ...doc, sheets: [doc.sheets[0]!, doc.sheets[1]!, snapshot] });
    const from = wb.syncLog.length;
    const previous = await port.readPreviousSnapshot();
    expect(previous?.findings).toHaveLength(20_000);
    expect(previous?.findings[19_999]).toEqual({ key: 'status.stale|FIN-19999', code: 'status.stale', severity: 'warning', initiativeId: 'FIN-19999', message });
    const reads = wb.syncLog.slice(from);
    // The cells alone are ~6 MB of values and types: no single response could carry them.
    expect(reads.reduce((n, s) => n + s.responseBytes, 0)).toBeGreaterThan(5_000_000);
    expect(Math.max(...reads.map((s) => s.responseBytes))).toBeLessThan(5_000_000);
  });

  it('never loads the report sheets it leaves out: reading a workbook with a 10,000-row report costs what reading it without one does', async () => {
    const plain = workbook();
    await createOfficeWorkbookPort(fakeHost(plain)).readWorkbook();
    const withReport = workbook();
    const port = createOfficeWorkbookPort(fakeHost(withReport));
    await port.writeReport(reportDocument(10_000));
    const from = withReport.syncLog.length;
    await port.readWorkbook();
    const read = withReport.syncLog.slice(from);
    const plainBytes = plain.syncLog.reduce((n, s) => n + s.responseBytes, 0);
    // One more sync asks the report-named sheets' markers; the contents read are the same.
    expect(read).toHaveLength(plain.syncLog.length + 1);
    expect(read.reduce((n, s) => n + s.responseBytes, 0)).toBeLessThan(plainBytes + 1_000);
  });

  it('writes again with smaller batches when the host refuses a request as too large, leaving one clean report', async () => {
    const wb = workbook();
    wb.requestLimitBytes = 2_500_000;
    const summary = await createOfficeWorkbookPort(fakeHost(wb)).writeReport(reportDocument(10_000));
    expect(summary.sheetsWritten).toEqual(['Summary', 'Initiatives', '_throughline']);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Finance', 'Operations', 'Summary', 'Initiatives', '_throughline']);
    expect(wb.tables.map((t) => t.name)).toEqual(['tlInitiatives']);
    expect(wb.sheet('Initiatives')!.usedRect()).toEqual({ top: 0, left: 0, bottom: 10_000, right: 6 });
    expect(wb.refused).toBe(1);
    expect(Math.max(...wb.syncLog.map((s) => s.bytes))).toBeLessThan(2_500_000);
  });

  it('goes to a finding: activates the sheet and selects the cell', async () => {
    const wb = workbook();
    const port = createOfficeWorkbookPort(fakeHost(wb));
    await port.selectCell({ source: 'Programme.xlsx', sheet: 'Operations', address: 'C7' });
    expect(wb.activeSheet).toBe('Operations');
    expect(wb.selection).toBe('Operations!C7');
    expect(wb.syncs).toBe(2);
    await port.activateSheet('Finance');
    expect(wb.activeSheet).toBe('Finance');
  });

  it('says in words when the cell cannot be reached: sheet gone, sheet hidden, not an address', async () => {
    const wb = workbook();
    wb.sheet('Operations')!.visibility = 'Hidden';
    const port = createOfficeWorkbookPort(fakeHost(wb));
    await expect(port.selectCell({ source: 'x', sheet: 'Old plan', address: 'A1' })).rejects.toThrow(
      'The sheet "Old plan" is no longer in this workbook; run Throughline again to refresh the findings.',
    );
    await expect(port.selectCell({ source: 'x', sheet: 'Operations', address: 'A1' })).rejects.toThrow('The sheet "Operations" is hidden; unhide it to go to the cell.');
    await expect(port.selectCell({ source: 'x', sheet: 'Finance', address: 'row 7' })).rejects.toThrow('"row 7" is not a cell address.');
    expect(wb.activeSheet).toBeUndefined();
  });

  it('opens the summary as a new workbook from base64', async () => {
    const host = fakeHost(workbook());
    await createOfficeWorkbookPort(host).openAsNewWorkbook('UEsDBA==');
    expect(host.created).toEqual(['UEsDBA==']);
  });

  it('round-trips settings through the document settings, versioned', async () => {
    const settings = new FakeSettings();
    const port = createOfficeWorkbookPort(fakeHost(workbook(), { settings }));
    await expect(port.loadSettings()).resolves.toBeUndefined();
    await port.saveSettings(SETTINGS);
    expect(settings.saved).toBe(1);
    expect(JSON.parse(settings.get(SETTINGS_KEY) as string)).toMatchObject({ version: 1 });
    // The next run (a new port over the same workbook) reuses them.
    await expect(createOfficeWorkbookPort(fakeHost(workbook(), { settings })).loadSettings()).resolves.toEqual(SETTINGS);
  });

  it('reports a settings save the host refuses, in words', async () => {
    const settings = new FakeSettings();
    settings.failSave = true;
    await expect(createOfficeWorkbookPort(fakeHost(workbook(), { settings })).saveSettings(SETTINGS)).rejects.toThrow(
      'Throughline could not save its settings in the workbook: The document is read-only.',
    );
  });

  it('on a host older than ExcelApi 1.12: describe lists what is missing, every other call gives the clear message, nothing crashes', async () => {
    const wb = workbook();
    const port = createOfficeWorkbookPort(fakeHost(wb, { apiVersion: 9 }));
    const info = await port.describe();
    expect(info.missingRequirements).toEqual(['ExcelApi 1.12']);
    expect(info.workbookName).toBe('This workbook');
    const message =
      'This version of Excel does not support ExcelApi 1.12, which Throughline needs for reading sheets and writing the report. ' +
      'Use Excel on the web, or Microsoft 365 Excel for Windows or Mac, kept up to date. The command line (throughline check/report) works on any .xlsx file.';
    await expect(port.readWorkbook()).rejects.toThrow(HostTooOldError);
    await expect(port.readWorkbook()).rejects.toThrow(message);
    await expect(port.writeReport(reportDocument(2))).rejects.toThrow(message);
    await expect(port.selectCell({ source: 'x', sheet: 'Finance', address: 'A1' })).rejects.toThrow(message);
    expect(wb.syncs).toBe(0);
    // Settings still work: they need no Excel API set.
    await expect(port.loadSettings()).resolves.toBeUndefined();
  });

  it('uses the optional sets only when present (1904 dates from ExcelApi 1.16)', async () => {
    const wb = workbook();
    wb.use1904DateSystem = true;
    await expect(createOfficeWorkbookPort(fakeHost(wb, { apiVersion: 15 })).readWorkbook()).resolves.toMatchObject({ dateSystem: 1900 });
    await expect(createOfficeWorkbookPort(fakeHost(wb, { apiVersion: 16 })).readWorkbook()).resolves.toMatchObject({ dateSystem: 1904 });
  });
});

describe('requirements', () => {
  it('treats a host whose check throws as lacking the set', () => {
    expect(
      findMissingRequirements(() => {
        throw new Error('no Office');
      }),
    ).toEqual(['ExcelApi 1.12']);
    expect(requirementsMessage(['ExcelApi 1.12'])).toMatch(/^This version of Excel does not support ExcelApi 1\.12,/);
  });
});

describe('parseSettings', () => {
  it('keeps well-formed parts of damaged settings and drops the rest', () => {
    const json = JSON.stringify({ version: 1, mappings: [{ tableKey: 'k', fields: {} }, { nope: 1 }], waivers: 'x', cadenceDays: -3, dateOrder: 'ymd', sourceDepartments: { a: 'Finance', b: 3 } });
    expect(parseSettings(json)).toEqual({ version: 1, mappings: [{ tableKey: 'k', fields: {} }], waivers: [], sourceDepartments: { a: 'Finance' }, excludedTables: [] });
  });

  it('does not read settings of a newer version or that are not JSON', () => {
    expect(parseSettings(JSON.stringify({ version: 2, mappings: [] }))).toBeUndefined();
    expect(parseSettings('{not json')).toBeUndefined();
  });
});
