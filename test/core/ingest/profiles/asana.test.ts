/**
 * Asana's project CSV export (test/fixtures/exports/asana.csv, built from the documented column
 * set: see SOURCES.md there). Expected values read off the fixture by hand.
 */
import { recogniseProfile, profileTable } from '../../../../src/core/ingest/profiles';
import { ASANA } from '../../../../src/core/ingest/profiles/asana';
import { findTables } from '../../../../src/core/ingest/find-tables';
import { codesOf, day, exportFixture, fieldsOf, ingestExports, linksOf, mappingOf, readCsvText, readExport, recordOf } from '../../../support/read-export';

const ID = (gid: string): string => gid;

describe('Asana export profile', () => {
  it('reads the export as one Asana table of five tasks, each documented column on its field', async () => {
    const result = ingestExports([await readExport(exportFixture('asana.csv'))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Asana export', 5]]);
    expect(codesOf(result)).not.toContain('ingest.table-ignored');
    expect(result.initiatives).toHaveLength(5);
    expect(result.rowsWithoutId).toEqual([]);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, 'Task ID'],
      ['actualFinish', 2, 'Completed At'],
      ['lastUpdated', 3, 'Last Modified'],
      ['name', 4, 'Name'],
      ['status', 5, 'Section/Column'],
      ['owner', 6, 'Assignee'],
      ['start', 8, 'Start Date'],
      ['due', 9, 'Due Date'],
      ['department', 12, 'Projects'],
    ]);
  });

  it("reads each task's fields; the numeric gids are local to the file", async () => {
    const result = ingestExports([await readExport(exportFixture('asana.csv'))]);
    expect(fieldsOf(recordOf(result, ID('1200000000000001')))).toMatchObject({
      name: 'Define requirements',
      department: 'Website relaunch',
      owner: 'Ana Lima',
      status: 'done',
      statusText: 'Done',
      start: day('2024-01-08'),
      due: day('2024-01-19'),
      lastUpdated: day('2024-01-19'),
      dependsOn: [],
    });
    expect(fieldsOf(recordOf(result, ID('1200000000000002')))).toMatchObject({
      name: 'Build prototype',
      owner: 'Ben Ode',
      statusText: 'Doing',
      start: day('2024-01-22'),
      due: day('2024-02-16'),
      lastUpdated: day('2024-02-12'),
    });
    const launch = fieldsOf(recordOf(result, ID('1200000000000004')));
    expect(launch).toMatchObject({ name: 'Launch', status: 'not-started', statusText: 'To do', due: day('2024-03-01'), lastUpdated: day('2024-01-03') });
    expect(launch.owner).toBeUndefined();
    expect(launch.start).toBeUndefined();
  });

  it('reads Blocked By and Blocking as task names: Blocked By = A on B is A -> B, Blocking = B on A is A -> B', async () => {
    const result = ingestExports([await readExport(exportFixture('asana.csv'))]);
    // Row 2 (Define requirements) is blocking two tasks; rows 3-5 name the tasks blocking them.
    expect(linksOf(result)).toEqual([
      `${ID('1200000000000001')} -> ${ID('1200000000000002')} FS+0 Blocking (Dependencies)@P2 by name`,
      `${ID('1200000000000001')} -> ${ID('1200000000000003')} FS+0 Blocking (Dependencies)@P2 by name`,
      `${ID('1200000000000001')} -> ${ID('1200000000000002')} FS+0 Blocked By (Dependencies)@O3 by name`,
      `${ID('1200000000000002')} -> ${ID('1200000000000004')} FS+0 Blocking (Dependencies)@P3 by name`,
      `${ID('1200000000000001')} -> ${ID('1200000000000003')} FS+0 Blocked By (Dependencies)@O4 by name`,
      `${ID('1200000000000002')} -> ${ID('1200000000000004')} FS+0 Blocked By (Dependencies)@O5 by name`,
      `${ID('1200000000000003')} -> ${ID('1200000000000004')} FS+0 Blocked By (Dependencies)@O5 by name`,
    ]);
  });

  it('a name two tasks share is not linked and is reported', async () => {
    const csv = [
      'Task ID,Name,Section/Column,Assignee,Due Date,Blocked By (Dependencies)',
      '1,Review,To do,Ana Lima,2024-02-01,',
      '2,Review,To do,Ben Ode,2024-02-08,',
      '3,Publish,To do,Cara Diaz,2024-02-15,Review',
    ].join('\n');
    const result = ingestExports([await readCsvText(csv, 'reviews.csv')]);
    expect(result.tables[0]!.profile).toBe('Asana export');
    expect(linksOf(result)).toEqual(['Review -> 3 FS+0 Blocked By (Dependencies)@F4 by name']);
    expect(result.findings.filter((f) => f.code === 'dependency.ambiguous').map((f) => f.related)).toEqual([['1', '2']]);
  });

  describe('Task Progress, several projects, and task names holding ", "', () => {
    const csv = [
      'Task ID,Name,Section/Column,Projects,Blocked By (Dependencies),Blocking (Dependencies),Task Progress',
      '1,Brand refresh,In Progress,Marketing Q4,,,On track',
      '2,"Research, interviews and survey",Done,"Marketing Q4, Content",,"Logo concepts, Tone of voice guide",',
      '3,Logo concepts,In Progress,Marketing Q4,"Research, interviews and survey",,At risk',
      '4,Tone of voice guide,To Do,"Content, Marketing Q4","Research, interviews and survey, Logo concepts",,Off track',
      '5,Website update,Blocked,Marketing Q4,"Logo concepts, Tone of voice guide",,',
    ].join('\n');

    it('reads Task Progress as the status, the section where it is blank, and the first project as the department', async () => {
      const result = ingestExports([await readCsvText(csv, 'brand.csv')]);
      expect(mappingOf(result.tables[0]!).find(([f]) => f === 'status')).toEqual(['status', 6, 'Task Progress']);
      expect(result.initiatives.map((r) => [r.id, r.status, r.statusText, r.department])).toEqual([
        ['1', 'green', 'On track', 'Marketing Q4'],
        ['2', 'done', 'Done', 'Marketing Q4'],
        ['3', 'amber', 'At risk', 'Marketing Q4'],
        ['4', 'red', 'Off track', 'Content'],
        ['5', 'red', 'Blocked', 'Marketing Q4'],
      ]);
      // Section/Column is read where Task Progress is blank: not "not used".
      expect(result.tables[0]!.unmapped).toEqual([]);
    });

    it('reads "Research, interviews and survey" as the one task of that name, and the names beside it apart', async () => {
      const result = ingestExports([await readCsvText(csv, 'brand.csv')]);
      expect(linksOf(result)).toEqual([
        '2 -> 3 FS+0 Blocking (Dependencies)@F3 by name',
        '2 -> 4 FS+0 Blocking (Dependencies)@F3 by name',
        '2 -> 3 FS+0 Blocked By (Dependencies)@E4 by name',
        '2 -> 4 FS+0 Blocked By (Dependencies)@E5 by name',
        '3 -> 4 FS+0 Blocked By (Dependencies)@E5 by name',
        '3 -> 5 FS+0 Blocked By (Dependencies)@E6 by name',
        '4 -> 5 FS+0 Blocked By (Dependencies)@E6 by name',
      ]);
      expect(result.findings.filter((f) => f.code.startsWith('dependency.'))).toEqual([]);
    });
  });

  it('recognises the documented header set in any case and a partial export, not a sheet with only Task ID and Name', async () => {
    const partial = await readCsvText('Task ID,Name,Section/Column,Assignee,Due Date,Parent Task,Blocked By (Dependencies)\n1,A,To do,,,,\n', 'p.csv');
    const bare = await readCsvText('Task ID,Name,Owner,Status,Due Date\n1,A,Ana,Green,2024-01-01\n', 'b.csv');
    const shape = (source: Awaited<ReturnType<typeof readCsvText>>) => profileTable(findTables(source.sheets[0]!)[0]!, source.name);
    expect(recogniseProfile(shape(partial))).toBe(ASANA);
    expect(ASANA.recognise(shape(bare))).toBe(false);
  });
});
