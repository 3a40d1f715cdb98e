/**
 * A GitHub issue list as github-csv-tools exports it (test/fixtures/exports/github-issues.csv:
 * its default columns; see SOURCES.md there). Expected values read off the fixture by hand.
 */
import { codesOf, day, exportFixture, fieldsOf, ingestExports, linksOf, mappingOf, readExport, recordOf } from '../../../support/read-export';

const ID = (n: number): string => String(n);

describe('GitHub issues export profile', () => {
  it('reads the export as one GitHub table of four issues', async () => {
    const result = ingestExports([await readExport(exportFixture('github-issues.csv'))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'GitHub issues export', 4]]);
    expect(codesOf(result)).not.toContain('ingest.table-ignored');
    expect(result.initiatives).toHaveLength(4);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, 'number'],
      ['name', 1, 'title'],
      ['status', 2, 'state'],
      ['owner', 7, 'assignees'],
      ['lastUpdated', 9, 'updated_at'],
    ]);
  });

  it("reads each issue's fields; issue numbers are local to the file", async () => {
    const result = ingestExports([await readExport(exportFixture('github-issues.csv'))]);
    expect(fieldsOf(recordOf(result, ID(1)))).toMatchObject({ name: 'Define requirements', owner: 'alima', status: 'done', statusText: 'closed', lastUpdated: day('2024-01-19') });
    expect(fieldsOf(recordOf(result, ID(2)))).toMatchObject({ name: 'Build prototype', owner: 'bode,cdiaz', statusText: 'open', lastUpdated: day('2024-02-05') });
    const launch = fieldsOf(recordOf(result, ID(4)));
    expect(launch).toMatchObject({ name: 'Launch', statusText: 'open', lastUpdated: day('2024-01-11') });
    expect(launch.owner).toBeUndefined();
  });

  it('reads "Blocks #n", "Depends on #n" and "Blocked by #n and #m" in the body; another repository\'s issue and the issue itself are not links', async () => {
    const result = ingestExports([await readExport(exportFixture('github-issues.csv'))]);
    expect(linksOf(result)).toEqual([
      `${ID(1)} -> ${ID(2)} FS+0 body@L2`,
      // "Depends on #1 and acme/design-system#12": only #1.
      `${ID(1)} -> ${ID(2)} FS+0 body@L3`,
      `${ID(1)} -> ${ID(3)} FS+0 body@L4`,
      // "Blocked by #2 and #3. Blocks #4 ...": #4 is the issue itself.
      `${ID(2)} -> ${ID(4)} FS+0 body@L5`,
      `${ID(3)} -> ${ID(4)} FS+0 body@L5`,
    ]);
  });
});
