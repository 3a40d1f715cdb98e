/**
 * `throughline check --json` says what was read, per source and table: a hand-written workbook
 * with two tables (an initiatives table under a title row and a dependency register) and the
 * JSON worked out from its cells.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runMain } from './run-main';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

async function writeFinanceWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('Initiatives');
  plan.addRow(['Finance portfolio']); // row 1: a title
  plan.addRow([]); // row 2: blank
  plan.addRow(['ID', 'Name', 'Owner', 'Status', 'Start', 'Due', '% Complete', 'Last Updated', 'Depends On', 'Budget', 'Comments']);
  plan.addRow(['FIN-1', 'Ledger migration', 'Ana Ruiz', 'Green', utc(2026, 1, 5), utc(2026, 3, 27), '60%', '2026-03-12', null, 250000, 'Awaiting sign-off']);
  plan.addRow(['FIN-2', 'Rolling forecast', 'Ben Okafor', 'At risk', utc(2026, 3, 9), utc(2026, 4, 30), '10%', '2026-03-13', 'FIN-1 FS+5d', null, null]);
  const register = wb.addWorksheet('Dependencies');
  register.addRow(['From', 'To', 'Type', 'Lag']);
  register.addRow(['FIN-1', 'FIN-2', 'SS', 2]);
  fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

const header = (field: string, column: string, text: string) => ({ field, column, header: text, matchedBy: 'header', confidence: 1 });

/** What the two tables of Finance.xlsx hold, as check --json must report them. */
function expectedTables(department: string, departmentFrom: 'file' | 'user') {
  return [
    {
      key: 'Finance.xlsx|Initiatives|[id,name,owner,status,start,due,% complete,last updated,depends on,budget,comments]',
      source: 'Finance.xlsx',
      sheet: 'Initiatives',
      tableName: null,
      kind: 'initiatives',
      range: 'A3:K5', // header row 3 (under the title and the blank row), 11 columns, 2 data rows
      headerRow: 3,
      profile: null,
      rowCount: 2,
      confidence: 1, // every header is an exact synonym
      department,
      departmentFrom,
      currency: null,
      statusDate: null,
      hidden: false,
      fields: [
        header('id', 'A', 'ID'),
        header('name', 'B', 'Name'),
        header('owner', 'C', 'Owner'),
        header('status', 'D', 'Status'),
        header('start', 'E', 'Start'),
        header('due', 'F', 'Due'),
        header('percentComplete', 'G', '% Complete'),
        header('lastUpdated', 'H', 'Last Updated'),
        header('dependsOn', 'I', 'Depends On'),
        header('budget', 'J', 'Budget'),
      ],
      unmapped: [{ column: 'K', header: 'Comments' }],
      timeline: null,
      ignoredReason: null,
      initiatives: [
        {
          row: 4,
          id: 'FIN-1',
          name: 'Ledger migration',
          department,
          owner: 'Ana Ruiz',
          status: 'green',
          statusText: 'Green',
          statusFrom: 'text',
          start: '2026-01-05',
          due: '2026-03-27',
          dueFrom: 'cell',
          deadline: null,
          actualStart: null,
          actualFinish: null,
          percentComplete: 0.6,
          lastUpdated: '2026-03-12',
          dependsOn: [],
          kpis: [],
          pillar: null,
          budget: 250000,
          forecastCost: null,
          actualCost: null,
          benefit: null,
          providesTo: [],
          reportedFinish: null,
          duration: null,
          parent: null,
        },
        {
          row: 5,
          id: 'FIN-2',
          name: 'Rolling forecast',
          department,
          owner: 'Ben Okafor',
          status: 'amber',
          statusText: 'At risk',
          statusFrom: 'text',
          start: '2026-03-09',
          due: '2026-04-30',
          dueFrom: 'cell',
          deadline: null,
          actualStart: null,
          actualFinish: null,
          percentComplete: 0.1,
          lastUpdated: '2026-03-13',
          dependsOn: [{ id: 'FIN-1', type: 'FS', lagDays: 5 }],
          kpis: [],
          pillar: null,
          budget: null,
          forecastCost: null,
          actualCost: null,
          benefit: null,
          providesTo: [],
          reportedFinish: null,
          duration: null,
          parent: null,
        },
      ],
    },
    {
      key: 'Finance.xlsx|Dependencies|[from,to,type,lag]',
      source: 'Finance.xlsx',
      sheet: 'Dependencies',
      tableName: null,
      kind: 'dependencies',
      range: 'A1:D2',
      headerRow: 1,
      profile: null,
      rowCount: 1,
      confidence: 1,
      department,
      departmentFrom,
      currency: null,
      statusDate: null,
      hidden: false,
      fields: [header('from', 'A', 'From'), header('to', 'B', 'To'), header('type', 'C', 'Type'), header('lag', 'D', 'Lag')],
      unmapped: [],
      timeline: null,
      ignoredReason: null,
      initiatives: [],
    },
  ];
}

let dir: string;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-json-'));
  await writeFinanceWorkbook(path.join(dir, 'Finance.xlsx'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('throughline check --json: sources', () => {
  it('adds sources after the original keys, with every table and every initiative row read', async () => {
    const run = await runMain(['check', 'Finance.xlsx', '--as-of', '2026-03-16', '--json'], dir);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['asOf', 'initiatives', 'findings', 'waived', 'sources', 'actions', 'resolved', 'criticalPath', 'criticalPathBy']);
    expect(json.sources).toEqual([
      { name: 'Finance.xlsx', origin: 'file', department: 'Finance', sheets: ['Initiatives', 'Dependencies'], tables: expectedTables('Finance', 'file') },
    ]);
  });

  it('reports the department named with --department on the source, its tables and its rows', async () => {
    const run = await runMain(['check', 'Finance.xlsx', '--department', 'Finance.xlsx=Group Finance', '--as-of', '2026-03-16', '--json'], dir);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as { sources: unknown[]; initiatives: Array<{ id: string; department: string | null }> };
    expect(json.sources).toEqual([
      { name: 'Finance.xlsx', origin: 'file', department: 'Group Finance', sheets: ['Initiatives', 'Dependencies'], tables: expectedTables('Group Finance', 'user') },
    ]);
    expect(json.initiatives.map((i) => [i.id, i.department])).toEqual([
      ['FIN-1', 'Group Finance'],
      ['FIN-2', 'Group Finance'],
    ]);
  });
});
