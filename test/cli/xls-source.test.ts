import * as path from 'path';
import { sharedData } from '../support/shared-data';
import { runMain } from './run-main';

/** The real GanttProject .xls export checked by the CLI: its 8 tasks read as an analyst reads the sheet (values from LibreOffice's view of it). */

const TRACKERS = sharedData('trackers');

interface Json {
  initiatives: Array<{ id: string; name: string; start: string | null; due: string | null }>;
  sources: Array<{ name: string; tables: Array<{ kind: string; range: string; rowCount: number; fields: Array<{ field: string; header: string }> }> }>;
}

describe('check on a legacy .xls', () => {
  it('reads the GanttProject export: 8 tasks, their ids, names and start dates, no due dates', async () => {
    const run = await runMain(['check', 'ganttproject_issue2519_export.xls', '--as-of', '2026-11-16', '--json'], TRACKERS);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as Json;
    expect(json.initiatives.map((i) => [i.id, i.name, i.start, i.due])).toEqual([
      ['9', 'Working 1-Original Task Exported', '2024-08-05', null],
      ['10', 'Working 2-Original Task Exported', '2024-08-06', null],
      ['15', 'Not Working 3 - With explain notes', '2024-08-05', null],
      ['11', 'Working 3-Original Task Exported (outplaced, see notes from task Not Working 3)', '2024-08-07', null],
      ['12', 'Working 4-Original Task Exported', '2024-08-08', null],
      ['13', 'Not Working 1 - With explain notes', '2024-08-06', null],
      ['14', 'Not Working 2 - With explain notes', '2024-08-04', null],
      ['16', 'Not Working 4 - With explain notes', '2024-08-06', null],
    ]);
    const [table] = json.sources[0]!.tables;
    expect([table!.kind, table!.range, table!.rowCount]).toEqual(['initiatives', 'A1:P9', 8]);
    const headerOf = (field: string): string | undefined => table!.fields.find((f) => f.field === field)?.header;
    expect([headerOf('id'), headerOf('name'), headerOf('start'), headerOf('due'), headerOf('dependsOn')]).toEqual(['ID', 'Nome', 'Data de início', 'Data de fim', 'Antecessores']);
    expect(path.basename(json.sources[0]!.name)).toBe('ganttproject_issue2519_export.xls');
  });
});
