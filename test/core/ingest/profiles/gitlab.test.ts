/**
 * GitLab's issue CSV export (test/fixtures/exports/gitlab-issues.csv: the columns of
 * Issues::ExportCsvService; see SOURCES.md there). Expected values read off the fixture by hand.
 */
import { codesOf, day, exportFixture, fieldsOf, ingestExports, linksOf, mappingOf, readExport, recordOf } from '../../../support/read-export';

const ID = (n: number): string => String(n);

describe('GitLab issues export profile', () => {
  it('reads the export as one GitLab table of four issues', async () => {
    const result = ingestExports([await readExport(exportFixture('gitlab-issues.csv'))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'GitLab issues export', 4]]);
    expect(codesOf(result)).not.toContain('ingest.table-ignored');
    expect(result.initiatives).toHaveLength(4);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['name', 0, 'Title'],
      ['id', 2, 'Issue ID'],
      ['status', 4, 'State'],
      ['owner', 7, 'Assignee'],
      ['due', 11, 'Due Date'],
      ['lastUpdated', 13, 'Updated At (UTC)'],
    ]);
  });

  it("reads each issue's fields; issue numbers are local to the file", async () => {
    const result = ingestExports([await readExport(exportFixture('gitlab-issues.csv'))]);
    expect(fieldsOf(recordOf(result, ID(1)))).toMatchObject({ name: 'Define requirements', owner: 'Ana Lima', status: 'done', statusText: 'Closed', due: day('2024-01-19'), lastUpdated: day('2024-01-19') });
    expect(fieldsOf(recordOf(result, ID(2)))).toMatchObject({ name: 'Build prototype', owner: 'Ben Ode, Cara Diaz', statusText: 'Open', due: day('2024-02-16'), lastUpdated: day('2024-02-05') });
    expect(fieldsOf(recordOf(result, ID(4)))).toMatchObject({ name: 'Launch (blocked by #2)', statusText: 'Open', due: day('2024-03-01'), lastUpdated: day('2024-01-11') });
  });

  it('reads "Blocks #n" / "Depends on #n" / "Blocked by #n" in the title and description, each link once; "Related to" and other projects\' issues are not links', async () => {
    const result = ingestExports([await readExport(exportFixture('gitlab-issues.csv'))]);
    expect(linksOf(result)).toEqual([
      // #1: "Blocks #2 and #3."
      `${ID(1)} -> ${ID(2)} FS+0 Description@B2`,
      `${ID(1)} -> ${ID(3)} FS+0 Description@B2`,
      // #2: "Depends on #1." (design/system#12 is another project's issue)
      `${ID(1)} -> ${ID(2)} FS+0 Description@B3`,
      // #3: "Related to #2" is no dependency. #4: "(blocked by #2)" in the title, "Blocked by #2, #3" in the description.
      `${ID(2)} -> ${ID(4)} FS+0 Title@A5`,
      `${ID(3)} -> ${ID(4)} FS+0 Description@B5`,
    ]);
  });
});
