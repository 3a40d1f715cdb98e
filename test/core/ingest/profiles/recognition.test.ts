/**
 * Recognition follows each tool's documented header set: every export fixture is recognised by
 * its own profile and by no other, and an ordinary hand-made tracker by none.
 */
import * as path from 'path';
import { findTables } from '../../../../src/core/ingest/find-tables';
import { PROFILES, profileTable, recogniseProfile } from '../../../../src/core/ingest/profiles';
import type { RawSource } from '../../../../src/core/types';
import { sharedData } from '../../../support/shared-data';
import { exportFixture, ingestExports, readCsvText, readExport } from '../../../support/read-export';

/** The profiles that recognise the first table of a source's first sheet. */
function recognisedBy(source: RawSource): string[] {
  const block = findTables(source.sheets[0]!)[0]!;
  const shape = profileTable(block, source.name);
  return PROFILES.filter((p) => p.recognise(shape)).map((p) => p.id);
}

const FILES: ReadonlyArray<readonly [string, string]> = [
  [exportFixture('asana.csv'), 'asana'],
  [exportFixture('planner.csv'), 'planner'],
  [exportFixture('monday-board.csv'), 'monday'],
  [exportFixture('clickup.csv'), 'clickup'],
  [exportFixture('wrike.csv'), 'wrike'],
  [exportFixture('trello.csv'), 'trello'],
  [exportFixture('gitlab-issues.csv'), 'gitlab'],
  [exportFixture('github-issues.csv'), 'github'],
  [exportFixture('openproject.csv'), 'openproject'],
  [exportFixture('redmine-export.csv'), 'redmine'],
  [sharedData('exports', 'redmine-subtasks-relations.csv'), 'redmine'],
  [sharedData('exports', 'plane-issues-export.csv'), 'plane'],
];

describe('profile recognition', () => {
  it.each(FILES.map(([file, id]) => [path.basename(file), file, id] as const))('%s is recognised by its own profile only', async (_name, file, id) => {
    expect(recognisedBy(await readExport(file))).toEqual([id]);
  });

  it('real hand-built trackers (a published project plan, a GMPP department slice) are recognised by no profile', async () => {
    expect(recognisedBy(await readExport(sharedData('exports', 'tpm-handbook-project-plan.xlsx')))).toEqual([]);
    expect(recognisedBy(await readExport(sharedData('gmpp', 'BEIS_Government_Major_Projects_Portfolio_Data_March_2022.csv')))).toEqual([]);
  });

  it('a hand-made tracker (ID, Name, Owner, Status, Due, Depends On) is recognised by no profile and read by the general matcher', async () => {
    const csv = ['ID,Name,Owner,Status,Due,Depends On', 'FIN-1,Ledger migration,Ana Lima,Green,2024-03-01,', 'FIN-2,Payroll cut-over,Ben Ode,Amber,2024-04-15,FIN-1'].join('\n');
    const source = await readCsvText(csv, 'Finance tracker.csv');
    expect(recognisedBy(source)).toEqual([]);
    expect(recogniseProfile(profileTable(findTables(source.sheets[0]!)[0]!, source.name))).toBeUndefined();
    const result = ingestExports([source]);
    expect(result.tables.map((t) => [t.kind, t.profile])).toEqual([['initiatives', undefined]]);
    expect(result.initiatives.map((r) => [r.id, r.dependsOn.map((l) => l.id)])).toEqual([
      ['FIN-1', []],
      ['FIN-2', ['FIN-1']],
    ]);
  });

  it('nor are trackers that share a few of the tools\' words (Task ID and Name; Key and Title; Subject and Status; Number, Title and State)', async () => {
    const sheets = [
      'Task ID,Name,Owner,Status,Due Date\n1,A,Ana,Green,2024-01-01',
      'Key,Title,Owner,Status,Due\nK-1,A,Ana,Green,2024-01-01',
      'ID,Subject,Owner,Status,Due date\n1,A,Ana,Green,2024-01-01',
      'Number,Title,State,Owner,Due\n1,A,Open,Ana,2024-01-01',
      'Card,Name,List,Due Date\nC1,A,Doing,2024-01-01',
    ];
    for (const [k, csv] of sheets.entries()) expect(recognisedBy(await readCsvText(csv, `t${k}.csv`))).toEqual([]);
  });
});
