/**
 * Azure Boards' Resolved state (Agile's Bug, Epic and Feature; CMMI's Requirement, Task, Bug...)
 * belongs to the Resolved state category: "a solution has been implemented, but [is] not yet
 * verified", and "the Agile tools treat the Resolved state category exactly the same as the In
 * Progress state category" (Microsoft, "How workflow states and state categories are used in
 * Backlogs and Boards"). So the Azure DevOps profile reads Resolved as in progress: a live status
 * with no colour ('unknown'), where the general vocabulary (Jira, Redmine) reads it as done.
 */
import * as path from 'path';
import { ingestSources } from '../../../../src/core/ingest';
import { makeOptions, type CellValue } from '../../../../src/core/types';
import { sheetSource } from '../../../support/messy-table';
import { day, exportFixture, fieldsOf, ingestExports, readExport, recordOf } from '../../../support/read-export';

const FLAT = exportFixture(path.join('azure-devops', 'flat-query.csv'));
const AS_OF = '2026-03-23';

describe('Azure DevOps states the general vocabulary reads otherwise', () => {
  it('reads the Resolved feature 302 of the flat query as in progress (no colour), not done', async () => {
    const result = ingestExports([await readExport(FLAT)], AS_OF);
    expect(result.tables.map((t) => t.profile)).toEqual(['Azure DevOps export']);
    expect(fieldsOf(recordOf(result, '302'))).toMatchObject({ name: 'Sign-in rework', status: 'unknown', statusText: 'Resolved' });
    // Read, so not reported as a status that does not read.
    expect(result.findings.filter((f) => f.code === 'value.unparseable' || f.code === 'value.unknown-status')).toEqual([]);
    // The other states read as before: Active in progress, Closed done, New not started, Removed cancelled.
    expect(result.initiatives.map((r) => [r.id, r.statusText, r.status])).toEqual([
      ['301', 'Active', 'unknown'],
      ['302', 'Resolved', 'unknown'],
      ['303', 'Closed', 'done'],
      ['304', 'New', 'not-started'],
      ['305', 'Active', 'unknown'],
      ['306', 'Removed', 'cancelled'],
      ['307', 'New', 'not-started'],
    ]);
  });

  it('leaves Resolved done in a table no profile claims (a tracker, Jira and Redmine read it so)', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', 'Status'],
      ['T-1', 'Fix login', 'Resolved'],
      ['T-2', 'Rework menu', 'In progress'],
    ];
    const result = ingestSources([sheetSource(rows, { name: 'Tracker.xlsx' })], makeOptions(day(AS_OF)));
    expect(result.tables.map((t) => t.profile)).toEqual([undefined]);
    expect(result.initiatives.map((r) => [r.id, r.status])).toEqual([
      ['T-1', 'done'],
      ['T-2', 'unknown'],
    ]);
  });

  it("gives way to the user's reading of the value (the Mapping step's statusValues)", async () => {
    const source = await readExport(FLAT);
    const key = ingestExports([source], AS_OF).tables[0]!.key;
    const options = makeOptions(day(AS_OF), { mappings: [{ tableKey: key, fields: {}, statusValues: { resolved: 'done' } }] });
    expect(recordOf(ingestSources([source], options), '302').status).toBe('done');
  });
});
