/**
 * A timeline drawn beside a tracker (a hand-made Gantt's week or month columns): which header
 * cells form one, and what the reader does with it: the header row still counts as the table's,
 * no week column becomes a field, and the columns are said once as a timeline that is not read.
 */
import { periodBandColumns } from '../../../src/core/ingest/period-band';
import type { CellValue } from '../../../src/core/types';
import { ingestExports, readCsvText } from '../../support/read-export';

/** Header cells from column 0, blanks left out as the header reader leaves them. */
function cells(...values: Array<CellValue | null>): Array<readonly [number, CellValue]> {
  return values.flatMap((v, col) => (v === null ? [] : [[col, v] as const]));
}

const band = (...values: Array<CellValue | null>): number[] => [...periodBandColumns(cells(...values))].sort((a, b) => a - b);

describe('periodBandColumns', () => {
  it('takes four or more rising week dates, as text or as dates', () => {
    expect(band('Task', 'Start', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23')).toEqual([2, 3, 4, 5]);
    const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
    expect(band('Task', d('2026-11-02'), d('2026-11-09'), d('2026-11-16'), d('2026-11-23'), d('2026-11-30'))).toEqual([1, 2, 3, 4, 5]);
    expect(band('Task', '02/11/2026', '09/11/2026', '16/11/2026', '23/11/2026')).toEqual([1, 2, 3, 4]);
  });

  it('takes weeks named by their first or last day, with no year ("w/c 02/11", "Week ending 6 Nov")', () => {
    expect(band('Task', 'w/c 02/11', 'w/c 09/11', 'w/c 16/11', 'w/c 23/11')).toEqual([1, 2, 3, 4]);
    expect(band('Task', 'RAG', 'Week ending 6 Nov', 'Week ending 13 Nov', 'Week ending 20 Nov', 'Week ending 27 Nov')).toEqual([2, 3, 4, 5]);
    // A "w/c" with no day after it is a header of its own.
    expect(band('Task', 'w/c', 'w/c 09/11', 'w/c 16/11', 'w/c 23/11')).toEqual([]);
  });

  it('takes week, sprint, quarter and month labels', () => {
    expect(band('Activity', 'W1', 'W2', 'W3', 'W4')).toEqual([1, 2, 3, 4]);
    expect(band('Name', 'Sprint 1', 'Sprint 2', 'Sprint 3', 'Sprint 4', 'Owner')).toEqual([1, 2, 3, 4]);
    expect(band('Q1', 'Q2', 'Q3', 'Q4')).toEqual([0, 1, 2, 3]);
    expect(band('Scheme', 'Apr-26', 'May-26', 'Jun-26', 'Jul-26', 'Aug-26')).toEqual([1, 2, 3, 4, 5]);
    expect(band('Nov', 'Dec', 'Jan', 'Feb')).toEqual([0, 1, 2, 3]);
  });

  it('needs four adjacent cells of one form', () => {
    // Three weeks are three columns, not a timeline.
    expect(band('Task', 'W1', 'W2', 'W3', 'Owner')).toEqual([]);
    // A gap breaks the run: W1 W2 | W3 W4 are two runs of two.
    expect(band('Task', 'W1', 'W2', null, 'W3', 'W4')).toEqual([]);
    // Dates then labels are two forms.
    expect(band('2026-11-02', '2026-11-09', 'W3', 'W4')).toEqual([]);
  });

  it('needs dates to rise: Start, Due, Baseline start, Forecast dates are no timeline', () => {
    expect(band('2026-11-09', '2026-11-02', '2026-11-16', '2026-11-23')).toEqual([]);
    expect(band('Start', 'Due', 'Forecast', 'Status')).toEqual([]);
  });

  it('takes no ordinary header words', () => {
    expect(band('ID', 'Name', 'Owner', 'Status', 'Start', 'Finish', '% Complete')).toEqual([]);
    expect(band('Phase 1', 'Phase 2', 'Phase 3', 'Phase 4')).toEqual([]);
  });
});

describe('a Gantt through ingest', () => {
  const weeks = Array.from({ length: 16 }, (_, k) => new Date(Date.UTC(2026, 10, 2 + 7 * k)).toISOString().slice(0, 10));
  const gantt = [
    ['ID', 'Task', 'Owner', 'Start', 'Finish', ...weeks].join(','),
    ['G-1', 'Survey', 'Ann Lee', '2026-11-02', '2026-11-13', 'x', 'x', ...Array<string>(14).fill('')].join(','),
    ['G-2', 'Design', 'Bo Chan', '2026-11-16', '2026-12-11', '', '', 'x', 'x', 'x', 'x', ...Array<string>(10).fill('')].join(','),
  ].join('\n');

  it('reads the table with its sixteen week columns and maps none of them', async () => {
    const result = ingestExports([await readCsvText(gantt, 'gantt.csv')], '2026-11-16');
    expect(result.tables.map((t) => [t.kind, t.rowCount])).toEqual([['initiatives', 2]]);
    expect(result.tables[0]!.mapping.map((m) => m.header)).toEqual(['ID', 'Task', 'Owner', 'Start', 'Finish']);
    // F1:U1 are the week columns (columns 6 to 21).
    expect(result.tables[0]!.timeline).toEqual({ left: 5, right: 20, first: '2026-11-02', last: '2027-02-15' });
    expect(result.tables[0]!.unmapped).toEqual([]);
  });

  it('says the timeline once, with its range and first and last headers', async () => {
    const result = ingestExports([await readCsvText(gantt, 'gantt.csv')], '2026-11-16');
    const notices = result.findings.filter((f) => f.code === 'ingest.unmapped-columns');
    expect(notices.map((f) => f.message)).toEqual([
      'gantt.csv: 16 columns map to no field and are not used: gantt!F1:U1, a timeline of 16 columns ("2026-11-02" to "2027-02-15"), drawn and not read.',
    ]);
    expect(notices[0]!.cells).toEqual([{ source: 'gantt.csv', sheet: 'gantt', address: 'F1' }]);
  });

  it('reads a resource plan (Resource, Role, Team and month columns) as no list of initiatives', async () => {
    const plan = ['Resource,Role,Team,Nov-26,Dec-26,Jan-27,Feb-27', 'Ava Rossi,Developer,Build,1.0,1.0,0.5,0.5', 'Lee Wong,Analyst,Discovery,0.5,0.5,0.5,0.0'].join('\n');
    const result = ingestExports([await readCsvText(plan, 'plan.csv')], '2026-11-16');
    expect(result.initiatives).toEqual([]);
    expect(result.tables.every((t) => t.kind !== 'initiatives')).toBe(true);
  });

  it('reads a budget phased by month as initiatives: the projects have a cost', async () => {
    const phasing = ['Project,Owner,Budget,Apr-26,May-26,Jun-26,Jul-26', 'Roof repair,Sam Dee,12000,3000,3000,3000,3000', 'Car park,Ola Ben,8000,0,4000,4000,0'].join('\n');
    const result = ingestExports([await readCsvText(phasing, 'phasing.csv')], '2026-11-16');
    expect(result.initiatives.map((r) => [r.name, r.owner, r.budget])).toEqual([
      ['Roof repair', 'Sam Dee', 12000],
      ['Car park', 'Ola Ben', 8000],
    ]);
  });
});
