/**
 * Azure DevOps (Azure Boards) query results exported to CSV (test/fixtures/exports/azure-devops,
 * built from Microsoft's documented export: see SOURCES.md there). Both a flat query and a tree
 * query ("Title 1", "Title 2", "Title 3") are read by the Azure DevOps profile, a tree query's
 * title columns as the hierarchy. Expected values read off the fixtures by hand.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findTables } from '../../../../src/core/ingest/find-tables';
import { PROFILES, profileTable } from '../../../../src/core/ingest/profiles';
import { AZURE_DEVOPS } from '../../../../src/core/ingest/profiles/azure-devops';
import type { RawSource } from '../../../../src/core/types';
import { runMain } from '../../../cli/run-main';
import { REPO_ROOT } from '../../../support/shared-data';
import { day, exportFixture, fieldsOf, ingestExports, linksOf, mappingOf, readCsvText, readExport, recordOf } from '../../../support/read-export';

const FLAT = exportFixture(path.join('azure-devops', 'flat-query.csv'));
const TREE = exportFixture(path.join('azure-devops', 'tree-query.csv'));
const AS_OF = '2026-03-23';

/** The profiles that recognise the first table of a source's first sheet. */
function recognisedBy(source: RawSource): string[] {
  const shape = profileTable(findTables(source.sheets[0]!)[0]!, source.name);
  return PROFILES.filter((p) => p.recognise(shape)).map((p) => p.id);
}

/** Every record with a parent, as "child < parent", in sheet order. */
function parentsOf(result: ReturnType<typeof ingestExports>): string[] {
  return result.initiatives.filter((r) => r.parent !== undefined).map((r) => `${r.id} < ${r.parent}`);
}

describe('Azure DevOps export profile (flat query)', () => {
  it('reads the export as one Azure DevOps table of seven work items, each documented column on its field', async () => {
    const result = ingestExports([await readExport(FLAT)], AS_OF);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Azure DevOps export', 7]]);
    expect(result.initiatives).toHaveLength(7);
    expect(result.rowsWithoutId).toEqual([]);
    // Target Date (K) holds dates, so it is the due date and Finish Date (L) is not read; Closed Date (N), not
    // Resolved Date (M), is the actual finish.
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, 'ID'],
      ['name', 2, 'Title'],
      ['owner', 3, 'Assigned To'],
      ['status', 4, 'State'],
      ['department', 7, 'Area Path'],
      ['start', 9, 'Start Date'],
      ['due', 10, 'Target Date'],
      ['actualFinish', 13, 'Closed Date'],
      ['lastUpdated', 14, 'Changed Date'],
    ]);
    // Parent (P) is read as the hierarchy: only the others are "not used".
    expect(result.tables[0]!.unmapped.map((u) => u.header)).toEqual(['Work Item Type', 'Reason', 'Tags', 'Iteration Path', 'Finish Date', 'Resolved Date']);
  });

  it("reads each row's fields: the owner is the name of \"Name <email>\", the department the whole Area Path", async () => {
    const result = ingestExports([await readExport(FLAT)], AS_OF);
    expect(fieldsOf(recordOf(result, '301'))).toMatchObject({
      name: 'Customer portal relaunch',
      owner: 'Jamal Hartnett',
      department: 'Fabrikam\\Web',
      status: 'unknown',
      statusText: 'Active',
      start: day('2026-01-13'),
      due: day('2026-06-30'),
      lastUpdated: day('2026-03-16'),
    });
    expect(recordOf(result, '301').parent).toBeUndefined();
    expect(fieldsOf(recordOf(result, '303'))).toMatchObject({
      name: 'Single sign-on with Entra ID',
      owner: 'Raisa Pokrovskaya',
      department: 'Fabrikam\\Web\\Identity',
      status: 'done',
      statusText: 'Closed',
      start: day('2026-01-13'),
      actualFinish: day('2026-02-17'),
      lastUpdated: day('2026-02-17'),
    });
    // Its Finish Date (2/13/2026) is in the column left unread.
    expect(recordOf(result, '303').due).toBeUndefined();
    const reset = fieldsOf(recordOf(result, '304'));
    expect(reset).toMatchObject({ name: 'Password reset by text message', status: 'not-started', statusText: 'New', lastUpdated: day('2026-01-20') });
    expect(reset.owner).toBeUndefined();
    expect(fieldsOf(recordOf(result, '306'))).toMatchObject({ status: 'cancelled', statusText: 'Removed', department: 'Fabrikam\\Web\\Orders' });
    expect(fieldsOf(recordOf(result, '307'))).toMatchObject({ name: 'Data platform', status: 'not-started', due: day('2026-09-30'), lastUpdated: day('2026-01-14') });
  });

  it('reads Parent (System.Parent, an ID) as the hierarchy, and no dependencies: the CSV carries no other links', async () => {
    const result = ingestExports([await readExport(FLAT)], AS_OF);
    expect(parentsOf(result)).toEqual(['302 < 301', '303 < 302', '304 < 302', '305 < 301', '306 < 305']);
    expect(linksOf(result)).toEqual([]);
    expect(result.initiatives.every((r) => r.dependsOn.length === 0)).toBe(true);
  });

  it('is named in check --json, with the parents', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-ado-'));
    try {
      fs.copyFileSync(FLAT, path.join(dir, 'flat-query.csv'));
      const run = await runMain(['check', 'flat-query.csv', '--as-of', AS_OF, '--json'], dir);
      const json = JSON.parse(run.stdout) as { sources: Array<{ tables: Array<{ profile: string | null; rowCount: number; initiatives: Array<{ id: string; parent: string | null }> }> }> };
      const table = json.sources[0]!.tables[0]!;
      expect([table.profile, table.rowCount]).toEqual(['Azure DevOps export', 7]);
      expect(table.initiatives.map((i) => [i.id, i.parent])).toEqual([
        ['301', null],
        ['302', '301'],
        ['303', '302'],
        ['304', '302'],
        ['305', '301'],
        ['306', '305'],
        ['307', null],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('recognises a flat query by ID, Work Item Type and Title with a State or path column; no other profile does', async () => {
    expect(recognisedBy(await readExport(FLAT))).toEqual(['azure-devops']);
    expect(recognisedBy(await readExport(path.join(REPO_ROOT, 'test', 'fixtures', 'unseen', 'azure-devops-flat-query.csv')))).toEqual(['azure-devops']);
    // Microsoft's own minimal export (ID, Work Item Type, State, Assigned To, Title, Tags).
    const minimal = await readCsvText('ID,Work Item Type,State,Assigned To,Title,Tags\n"1043","Issue","To Do",,"Fix issues with code",\n', 'data.csv');
    expect(recognisedBy(minimal)).toEqual(['azure-devops']);
    // A tracker with an ID and a Title but no Work Item Type is not Azure DevOps.
    expect(recognisedBy(await readCsvText('ID,Title,State,Owner,Due\n1,A,Active,Ana,2026-01-30\n', 't.csv'))).toEqual([]);
    // None of the other tools' export fixtures is taken for Azure DevOps.
    const others = fs.readdirSync(exportFixture('.')).filter((f) => f.endsWith('.csv'));
    for (const file of others) {
      const source = await readExport(exportFixture(file));
      const shape = profileTable(findTables(source.sheets[0]!)[0]!, source.name);
      expect([file, AZURE_DEVOPS.recognise(shape)]).toEqual([file, false]);
    }
  });
});

describe('Azure DevOps tree query (profile)', () => {
  it('is read by the profile, the Title 1 / Title 2 / Title 3 columns as names and levels', async () => {
    const source = await readExport(TREE);
    expect(recognisedBy(source)).toEqual(['azure-devops']);
    const result = ingestExports([source], AS_OF);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Azure DevOps export', 7]]);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, 'ID'],
      ['name', 2, 'Title 1'],
      ['owner', 5, 'Assigned To'],
      ['status', 6, 'State'],
      ['department', 7, 'Area Path'],
      ['due', 9, 'Target Date'],
      ['lastUpdated', 10, 'Changed Date'],
    ]);
    // Title 2 and Title 3 are read (names and levels): not listed as unused.
    expect(result.tables[0]!.unmapped.map((u) => u.header)).toEqual(['Work Item Type', 'Iteration Path']);
    expect(result.initiatives.map((r) => [r.id, r.name])).toEqual([
      ['401', 'Payments platform'],
      ['410', 'Instant refunds'],
      ['420', 'Refund ledger entries'],
      ['421', 'Refund notification email'],
      ['411', 'Card tokenisation'],
      ['402', 'Fraud scoring'],
      ['412', 'Device fingerprinting'],
    ]);
    // A row's parent is the nearest row above it with a lower title level.
    expect(parentsOf(result)).toEqual(['410 < 401', '420 < 410', '421 < 410', '411 < 401', '412 < 402']);
    expect(fieldsOf(recordOf(result, '410'))).toMatchObject({ owner: 'Mia Santos', department: 'Fabrikam\\Payments\\Refunds', status: 'unknown', due: day('2026-04-24'), lastUpdated: day('2026-03-18') });
    expect(fieldsOf(recordOf(result, '420'))).toMatchObject({ status: 'done', statusText: 'Closed', lastUpdated: day('2026-02-27') });
    expect(fieldsOf(recordOf(result, '412'))).toMatchObject({ status: 'cancelled', statusText: 'Removed' });
    expect(linksOf(result)).toEqual([]);
  });

  it('check --json names the profile for it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-ado-'));
    try {
      fs.copyFileSync(TREE, path.join(dir, 'tree-query.csv'));
      const run = await runMain(['check', 'tree-query.csv', '--as-of', AS_OF, '--json'], dir);
      const json = JSON.parse(run.stdout) as { sources: Array<{ tables: Array<{ profile: string | null; rowCount: number }> }> };
      expect(json.sources[0]!.tables.map((t) => [t.profile, t.rowCount])).toEqual([['Azure DevOps export', 7]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
