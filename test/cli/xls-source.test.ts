import * as path from 'path';
import { sharedData } from '../support/shared-data';
import { runMain } from './run-main';

/** The real GanttProject .xls export checked by the CLI: its 8 tasks read as an analyst reads the sheet (values from LibreOffice's view of it). */

const TRACKERS = sharedData('trackers');

interface Json {
  initiatives: Array<{ id: string; name: string; start: string | null; due: string | null }>;
  findings: Array<{ code: string; message: string; cells: Array<{ address: string }> }>;
  sources: Array<{ name: string; tables: Array<{ kind: string; range: string; rowCount: number; fields: Array<{ field: string; header: string }> }> }>;
}

describe('check on a legacy .xls', () => {
  // The export leaves "Data de fim" blank (GanttProject issue 2519); each due is the last working day of its Duração from its start,
  // Mon-Fri: 5 Aug 2024 is a Monday, so 2 days from it end Tue 6 Aug; 6 days from Wed 7 Aug end Wed 14 Aug; a Sunday start (4 Aug) counts from Monday.
  it('reads the GanttProject export: 8 tasks, their ids, names and start dates, dues worked out from Duração', async () => {
    const run = await runMain(['check', 'ganttproject_issue2519_export.xls', '--as-of', '2026-11-16', '--json'], TRACKERS);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as Json;
    expect(json.initiatives.map((i) => [i.id, i.name, i.start, i.due])).toEqual([
      ['9', 'Working 1-Original Task Exported', '2024-08-05', '2024-08-06'], // 2 days
      ['10', 'Working 2-Original Task Exported', '2024-08-06', '2024-08-09'], // 4 days
      ['15', 'Not Working 3 - With explain notes', '2024-08-05', '2024-08-09'], // 5 days
      ['11', 'Working 3-Original Task Exported (outplaced, see notes from task Not Working 3)', '2024-08-07', '2024-08-14'], // 6 days
      ['12', 'Working 4-Original Task Exported', '2024-08-08', '2024-08-08'], // 1 day
      ['13', 'Not Working 1 - With explain notes', '2024-08-06', '2024-08-07'], // 2 days
      ['14', 'Not Working 2 - With explain notes', '2024-08-04', '2024-08-07'], // 3 days from Sunday: Mon, Tue, Wed
      ['16', 'Not Working 4 - With explain notes', '2024-08-06', '2024-08-09'], // 4 days
    ]);
    expect(json.findings.filter((f) => f.code === 'ingest.due-from-duration').map((f) => [f.cells.map((c) => c.address), f.message.includes('sheet "Sheet0": 8 dues were worked out from Start + Duration ("Data de início" and "Duração")') || f.message])).toEqual([[['E2'], true]]);
    const [table] = json.sources[0]!.tables;
    expect([table!.kind, table!.range, table!.rowCount]).toEqual(['initiatives', 'A1:P9', 8]);
    const headerOf = (field: string): string | undefined => table!.fields.find((f) => f.field === field)?.header;
    expect([headerOf('id'), headerOf('name'), headerOf('start'), headerOf('due'), headerOf('duration'), headerOf('dependsOn')]).toEqual(['ID', 'Nome', 'Data de início', 'Data de fim', 'Duração', 'Antecessores']);
    expect(path.basename(json.sources[0]!.name)).toBe('ganttproject_issue2519_export.xls');
  });
});
