/**
 * Plane's issue CSV export: the real file (../shared/data/exports/plane-issues-export.csv, the
 * fixture of Linear's Plane importer; read where it lives, see its SOURCES.md) and the newer
 * exporter's Relations object, as Plane's IssueExportSchema writes it. Expected values read off
 * the file by hand.
 */
import { sharedData } from '../../../support/shared-data';
import { codesOf, day, fieldsOf, ingestExports, linksOf, mappingOf, readCsvText, readExport, recordOf } from '../../../support/read-export';

const FILE = 'plane-issues-export.csv';

describe('Plane export profile (real export)', () => {
  it('reads the file as one Plane table of nine issues, each documented column on its field', async () => {
    const result = ingestExports([await readExport(sharedData('exports', FILE))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Plane export', 9]]);
    expect(codesOf(result)).not.toContain('ingest.table-ignored');
    expect(result.initiatives).toHaveLength(9);
    expect(result.initiatives.map((r) => r.id)).toEqual(['TEST-1', 'TEST-2', 'TEST-3', 'TEST-4', 'ANT-1', 'TEST-5', 'TEST-6', 'TEST-7', 'TEST-8']);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['department', 0, 'Project Name'],
      ['id', 3, 'Identifier'],
      ['name', 5, 'Name'],
      ['status', 6, 'State Name'],
      ['owner', 8, 'Assignees'],
      ['start', 11, 'Start Date'],
      ['due', 12, 'Target Date'],
      ['actualFinish', 13, 'Completed At'],
      ['lastUpdated', 15, 'Updated At'],
    ]);
  });

  it("reads each issue's fields (the project as its department)", async () => {
    const result = ingestExports([await readExport(sharedData('exports', FILE))]);
    const first = fieldsOf(recordOf(result, 'TEST-1'));
    expect(first).toMatchObject({ name: 'Implement user authentication', department: 'Test Project', owner: 'Jane Smith', status: 'not-started', statusText: 'Todo', lastUpdated: day('2024-01-01') });
    expect(first.start).toBeUndefined();
    expect(first.due).toBeUndefined();
    expect(fieldsOf(recordOf(result, 'TEST-2'))).toMatchObject({
      name: 'Fix dashboard loading issue',
      // Assignees '["John Doe", "Jane Smith"]' (JSON): the names joined with ", ".
      owner: 'John Doe, Jane Smith',
      statusText: 'In Progress',
      start: day('2024-01-01'),
      due: day('2024-01-05'),
      lastUpdated: day('2024-01-02'),
    });
    expect(fieldsOf(recordOf(result, 'TEST-3'))).toMatchObject({ name: 'Update API documentation', status: 'done', start: day('2023-12-25'), lastUpdated: day('2024-01-03') });
    expect(fieldsOf(recordOf(result, 'ANT-1'))).toMatchObject({ name: 'Design new landing page', department: 'Another Project', statusText: 'Todo', due: day('2024-01-12') });
    expect(fieldsOf(recordOf(result, 'TEST-6'))).toMatchObject({ name: 'Cancelled feature request', status: 'cancelled', lastUpdated: day('2024-01-06') });
    expect(fieldsOf(recordOf(result, 'TEST-7'))).toMatchObject({ name: 'Sub-task: Profile dashboard', start: day('2024-01-03'), due: day('2024-01-10'), lastUpdated: day('2024-01-03') });
  });

  it('reads Relations [{"type": "blocked_by", "issue": "TEST-2", ...}] on TEST-7 as TEST-2 -> TEST-7, the only link', async () => {
    const result = ingestExports([await readExport(sharedData('exports', FILE))]);
    expect(linksOf(result)).toEqual(['TEST-2 -> TEST-7 FS+0 Relations@W9']);
  });
});

describe('Plane export profile (newer exporter, other relation shapes)', () => {
  it('reads a Relations object as seen from the issue (blocking: the other depends on it), and an incoming listed relation the other way round', async () => {
    const rows = [
      ['ID', 'Project Identifier', 'Project', 'Sequence ID', 'Name', 'State', 'Start Date', 'Target Date', 'Parent', 'Relations'],
      ['WEB-1', 'WEB', 'Website', '1', 'Design', 'Done', '2024-01-01', '2024-01-05', '', '{"blocking": "WEB-2", "relates_to": "WEB-3"}'],
      ['WEB-2', 'WEB', 'Website', '2', 'Build', 'Todo', '2024-01-08', '2024-01-19', '', '[{"type": "blocked_by", "issue": "WEB-3", "direction": "incoming"}]'],
      ['WEB-3', 'WEB', 'Website', '3', 'Test', 'Todo', '2024-01-22', '2024-01-26', '', '{"start_before": "WEB-1", "duplicate": "WEB-2"}'],
    ];
    const csv = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
    const result = ingestExports([await readCsvText(csv, 'plane-new.csv')]);
    expect(result.tables.map((t) => t.profile)).toEqual(['Plane export']);
    expect(mappingOf(result.tables[0]!).map(([field, , header]) => [field, header])).toEqual([
      ['id', 'ID'],
      ['department', 'Project'],
      ['name', 'Name'],
      ['status', 'State'],
      ['start', 'Start Date'],
      ['due', 'Target Date'],
    ]);
    // WEB-1 blocking WEB-2; on WEB-2, WEB-3's own "blocked_by WEB-2" (incoming): WEB-2 -> WEB-3.
    expect(linksOf(result)).toEqual(['WEB-1 -> WEB-2 FS+0 Relations@J2', 'WEB-2 -> WEB-3 FS+0 Relations@J3']);
  });
});
