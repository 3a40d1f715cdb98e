/**
 * An Azure DevOps tree query ("Tree of work items") exported to CSV writes each work item's title
 * in the column of its level: "Title 1" for the top, "Title 2" under it, and so on (Microsoft,
 * "Import, update, and export bulk work items with CSV files"). The Azure DevOps profile reads it:
 * the name is the title filled, the parent the nearest row above on a lower level. Expected
 * values worked out by hand from the rows below.
 */
import { nameLevelHeaders } from '../../../../src/core/ingest/read-hierarchy';
import { ingestExports, readCsvText } from '../../../support/read-export';

const AS_OF = '2026-03-23';

describe('nameLevelHeaders', () => {
  it('is the run of numbered headers the name header starts, while the next number is there', () => {
    expect(nameLevelHeaders(['id', 'title 1', 'title 2', 'title 3', 'state'], 'title 1')).toEqual(['title 1', 'title 2', 'title 3']);
    expect(nameLevelHeaders(['title 1', 'title 2', 'title 4'], 'title 1')).toEqual(['title 1', 'title 2']);
  });

  it('is undefined for a name header not ending in 1, or with no second column', () => {
    expect(nameLevelHeaders(['title', 'title 2'], 'title')).toBeUndefined();
    expect(nameLevelHeaders(['title 1', 'title 3'], 'title 1')).toBeUndefined();
    expect(nameLevelHeaders(['title 2', 'title 3'], 'title 2')).toBeUndefined();
  });
});

describe('Azure DevOps tree query read by the profile', () => {
  const TREE4 = [
    'ID,Work Item Type,Title 1,Title 2,Title 3,Title 4,State,Area Path',
    '1,Epic,Platform,,,,Active,Fabrikam\\Search',
    '2,Feature,,Search,,,Active,Fabrikam\\Search',
    '3,User Story,,,Index documents,,New,Fabrikam\\Search',
    '4,Task,,,,Write the indexer,Active,Fabrikam\\Search',
    '5,Task,,,,Tune ranking,Resolved,Fabrikam\\Search',
    '6,Feature,,Billing,,,New,Fabrikam\\Billing',
    '7,Epic,Mobile app,,,,New,Fabrikam\\Mobile',
    '',
  ].join('\n');

  it('reads four title levels as names and parents, the title columns as used', async () => {
    const result = ingestExports([await readCsvText(TREE4, 'Search backlog.csv')], AS_OF);
    expect(result.tables.map((t) => [t.profile, t.rowCount])).toEqual([['Azure DevOps export', 7]]);
    expect(result.initiatives.map((r) => [r.id, r.name, r.parent ?? null])).toEqual([
      ['1', 'Platform', null],
      ['2', 'Search', '1'],
      ['3', 'Index documents', '2'],
      ['4', 'Write the indexer', '3'],
      ['5', 'Tune ranking', '3'],
      ['6', 'Billing', '1'],
      ['7', 'Mobile app', null],
    ]);
    // Title 2 to Title 4 are read (names and levels); only Work Item Type is not used.
    expect(result.tables[0]!.unmapped.map((u) => u.header)).toEqual(['Work Item Type']);
    // The profile's own reading of states holds here too: Resolved is in progress.
    expect(result.initiatives.find((r) => r.id === '5')!.status).toBe('unknown');
  });

  it('takes the parent from a Parent column the query shows, the names still from the title columns', async () => {
    const csv = ['ID,Work Item Type,Title 1,Title 2,State,Parent', '10,Epic,Payments,,Active,', '11,Feature,,Refunds,Active,10', '12,Feature,,Payouts,New,', ''].join('\n');
    const result = ingestExports([await readCsvText(csv, 'q.csv')], AS_OF);
    expect(result.tables.map((t) => t.profile)).toEqual(['Azure DevOps export']);
    // 12 sits under 10 in the tree but its Parent is blank: the Parent column says, and it says none.
    expect(result.initiatives.map((r) => [r.id, r.name, r.parent ?? null])).toEqual([
      ['10', 'Payments', null],
      ['11', 'Refunds', '10'],
      ['12', 'Payouts', null],
    ]);
  });
});
