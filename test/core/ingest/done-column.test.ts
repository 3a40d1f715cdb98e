/**
 * A checklist's tick column ("Done?", "Completed (Y/N)") closes its ticked rows, as a tool's closed
 * flag does; columns that are no tick column are left alone. Expected values worked by hand.
 */
import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(dayFromIso('2026-11-16')!);
const read = (rows: CellValue[][]) => ingestSources([sheetSource(rows, { name: 'Launch.xlsx' })], options);

describe('a tick column of a done header', () => {
  it('closes the ticked rows of a checklist with no status column, whatever the tick', () => {
    const result = read([
      ['#', 'Task', 'Owner', 'Due', 'Done?'],
      [1, 'Freeze scope', 'Jo Park', '2026-10-09', true],
      [2, 'Pricing approved', 'Mo Rahman', '2026-10-23', '☑'],
      [3, 'Press release', 'Al Lee', '2026-11-06', 'x'],
      [4, 'Store listing', 'Al Lee', '2026-11-13', false],
      [5, 'Release build', 'Dee Vu', '2026-11-20', '☐'],
      [6, 'Support macros', 'Sam Bo', '2026-11-24', null],
    ]);
    expect(result.initiatives.map((r) => [r.id, r.status ?? null])).toEqual([
      ['1', 'done'],
      ['2', 'done'],
      ['3', 'done'],
      ['4', null],
      ['5', null],
      ['6', null],
    ]);
    // The ticked row's status points at its tick (E2); the column is read, so not listed as unused.
    expect(result.initiatives[0]!.cells.elsewhere?.status?.address).toBe('E2');
    const unmapped = result.findings.find((f) => f.code === 'ingest.unmapped-columns');
    expect(unmapped?.message ?? '').not.toContain('Done?');
  });

  it('closes a ticked row beside a status column that still says it is in progress', () => {
    const result = read([
      ['ID', 'Task', 'Status', 'Due', 'Completed (Y/N)'],
      ['T-1', 'Survey', 'In progress', '2026-11-06', 'Y'],
      ['T-2', 'Design', 'Amber', '2026-12-04', 'N'],
    ]);
    expect(result.initiatives.map((r) => [r.id, r.status])).toEqual([
      ['T-1', 'done'],
      ['T-2', 'amber'],
    ]);
  });

  it('leaves a done column of anything but ticks, or one never ticked, to the matcher and the unused list', () => {
    const notes = read([
      ['ID', 'Task', 'Status', 'Due', 'Done'],
      ['T-1', 'Survey', 'Green', '2026-11-06', 'yes, signed off by Ana'],
      ['T-2', 'Design', 'Amber', '2026-12-04', 'no'],
    ]);
    expect(notes.initiatives.map((r) => r.status)).toEqual(['green', 'amber']);
    const never = read([
      ['ID', 'Task', 'Status', 'Due', 'Closed'],
      ['T-1', 'Survey', 'Green', '2026-11-06', false],
      ['T-2', 'Design', 'Amber', '2026-12-04', false],
    ]);
    expect(never.initiatives.map((r) => r.status)).toEqual(['green', 'amber']);
  });
});
