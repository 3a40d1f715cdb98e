import { createMemoryWorkbookPort } from '../../../src/port/memory-workbook-port';
import type { RawSource, ReportDocument } from '../../../src/core/types';
import type { StoredSettings } from '../../../src/port/workbook-port';
import { rowsFromArray } from '../../../src/core/report/rows';

const workbook: RawSource = {
  name: 'Programme.xlsx',
  origin: 'workbook',
  dateSystem: 1900,
  sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: [['ID'], ['ENG-1']] }],
};

const doc: ReportDocument = {
  title: 'Throughline summary',
  asOf: '2026-03-16',
  sheets: ['Summary', 'Findings'].map((name) => ({ name, rows: rowsFromArray([]), columnWidths: [], merges: [], tables: [], conditionalFormats: [], charts: [] })),
};

describe('createMemoryWorkbookPort', () => {
  it('describes itself and returns the seeded workbook', async () => {
    const port = createMemoryWorkbookPort({ workbook });
    await expect(port.describe()).resolves.toEqual({ host: 'in-memory', platform: 'browser', missingRequirements: [], workbookName: 'Programme.xlsx' });
    await expect(port.readWorkbook()).resolves.toBe(workbook);
    await expect(port.loadSettings()).resolves.toBeUndefined();
  });

  it('records selections and activations and tracks the active sheet', async () => {
    const port = createMemoryWorkbookPort({ workbook });
    await port.selectCell({ source: 'Programme.xlsx', sheet: 'Plan', address: 'A2' });
    expect(port.activeSheet()).toBe('Plan');
    await port.activateSheet('Summary');
    expect(port.log.selections).toEqual([{ source: 'Programme.xlsx', sheet: 'Plan', address: 'A2' }]);
    expect(port.log.activatedSheets).toEqual(['Summary']);
    expect(port.activeSheet()).toBe('Summary');
  });

  it('replaces report sheets on each write instead of adding them twice', async () => {
    const port = createMemoryWorkbookPort({ workbook });
    await expect(port.writeReport(doc)).resolves.toEqual({ sheetsWritten: ['Summary', 'Findings'], syncs: 0 });
    await port.writeReport(doc);
    expect(port.sheetNames()).toEqual(['Plan', 'Summary', 'Findings']);
    expect(port.log.reports.map((r) => r.sheets)).toEqual([
      ['Summary', 'Findings'],
      ['Summary', 'Findings'],
    ]);
  });

  it('keeps saved settings and returns them on the next load', async () => {
    const port = createMemoryWorkbookPort({ workbook });
    const settings: StoredSettings = { version: 1, mappings: [], waivers: [{ key: 'k', reason: 'accepted' }], sourceDepartments: {}, excludedTables: [] };
    await port.saveSettings(settings);
    await expect(port.loadSettings()).resolves.toEqual(settings);
    expect(port.log.savedSettings).toEqual([settings]);
  });

  it('records workbooks opened as new', async () => {
    const port = createMemoryWorkbookPort({ workbook, workbookName: 'Book1' });
    await port.openAsNewWorkbook('UEsDBA==');
    expect(port.log.openedWorkbooks).toEqual(['UEsDBA==']);
    expect((await port.describe()).workbookName).toBe('Book1');
  });
});
