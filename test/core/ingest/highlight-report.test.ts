/**
 * A PMO highlight report as PMOs write it (a title block with the reporting date, RAG
 * dimensions beside the overall status) and a roadmap planned by quarter. Expected values read
 * off the rows by hand.
 */
import { ingestSources } from '../../../src/core/ingest';
import { runPipeline } from '../../../src/core/pipeline';
import { checkJson } from '../../../src/core/report/check-json';
import { cellOf } from '../../../src/core/model/cells';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromParts } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const on = (year: number, month: number, day: number): number => dayFromParts(year, month, day)!;
const AS_OF = on(2026, 12, 1);

const HIGHLIGHT: CellValue[][] = [
  ['PMO Portfolio Highlight Report - Period 8 (Nov 2026)', null, null, null, null, null, null, null],
  ['Prepared by: PMO  |  Status as at 27/11/2026', null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null],
  ['Proj #', 'Project', 'PM', 'Overall', 'Schedule', 'Budget', 'Baseline Go-Live', 'Interdependencies'],
  ['P-001', 'CRM replacement', 'K. Mensah', 'Amber', 'Red', 'Green', '30/06/2027', 'P-004'],
  ['P-002', 'Payroll outsourcing', 'L. Grant', 'Green', 'Green', 'Amber', '31/03/2027', null],
  ['P-003', 'Office move Leeds', 'S. Byrne', 'Red', 'Red', 'Red', '28/02/2027', 'P-002'],
];

describe('a highlight report dated by its title', () => {
  const result = ingestSources([sheetSource(HIGHLIGHT)], makeOptions(AS_OF));

  it('takes the title\'s "Status as at" date as every row\'s last update, said once on the title cell', () => {
    expect(result.initiatives.map((r) => [r.id, r.lastUpdated])).toEqual([
      ['P-001', on(2026, 11, 27)],
      ['P-002', on(2026, 11, 27)],
      ['P-003', on(2026, 11, 27)],
    ]);
    // No column holds it: no cell of the row is pointed at for it.
    expect(cellOf(result.initiatives[0]!.cells, 'lastUpdated')).toBeUndefined();
    const dated = result.findings.filter((f) => f.code === 'ingest.status-date-from-title');
    expect(dated.map((f) => [f.severity, f.cells.map((c) => c.address), f.message])).toEqual([
      [
        'info',
        ['A2'],
        'Finance.xlsx, sheet "Initiatives" has no last-updated column; its title "Prepared by: PMO | Status as at 27/11/2026" dates the statuses, so each of its 3 initiatives is taken as updated 2026-11-27.',
      ],
    ]);
    expect(result.findings.filter((f) => f.code === 'ingest.fields-missing')).toEqual([]);
    const json = checkJson(runPipeline([sheetSource(HIGHLIGHT)], makeOptions(AS_OF)));
    expect(json.sources[0]!.tables[0]!.statusDate).toEqual({ date: '2026-11-27', cell: 'A2', title: 'Prepared by: PMO | Status as at 27/11/2026' });
    // Four days before the as-of date, inside the weekly cadence: not stale, and not "no update date".
    expect(json.findings.filter((f) => f.code === 'status.stale' || f.code === 'status.missing-update-date')).toEqual([]);
  });

  it('leaves RAG dimensions under "Budget" and "Schedule" unmapped rather than reading Green as an amount', () => {
    const table = result.tables[0]!;
    expect(table.mapping.map((m) => m.field)).not.toContain('budget');
    expect(table.unmapped.map((u) => u.header)).toEqual(['Schedule', 'Budget']);
    expect(result.findings.filter((f) => f.code === 'value.unparseable')).toEqual([]);
    expect(result.initiatives.map((r) => r.status)).toEqual(['amber', 'green', 'red']);
  });

  it('reads other ways of writing the date, and never a date that dates something else', () => {
    const titled = (title: CellValue[], lastUpdated = false) =>
      ingestSources(
        [sheetSource([title, [null, null, null], ['ID', 'Name', lastUpdated ? 'Last updated' : 'Status'], ['A-1', 'One', lastUpdated ? '2026-10-01' : 'Green']])],
        makeOptions(AS_OF),
      ).initiatives[0]!.lastUpdated;
    expect(titled(['Data as of 20 November 2026 (draft)'])).toBe(on(2026, 11, 20));
    expect(titled(['Week ending 27 Nov 2026'])).toBe(on(2026, 11, 27));
    // A label cell beside a date cell.
    expect(titled(['Status date:', new Date(Date.UTC(2026, 10, 13))])).toBe(on(2026, 11, 13));
    expect(titled(['Next review: 04/12/2026'])).toBeUndefined();
    expect(titled(['Go-live by 30/06/2027'])).toBeUndefined();
    // A quarter does not say which day the statuses were taken.
    expect(titled(['Status as at Q3 2026'])).toBeUndefined();
    // A column of its own wins over the title.
    expect(titled(['Status as at 27/11/2026'], true)).toBe(on(2026, 10, 1));
  });
});

describe('a roadmap planned by quarter', () => {
  it('reads a Quarter column as due by the quarter\'s end and "Last Touch" as the last update', () => {
    const rows: CellValue[][] = [
      ['Epic', 'Team', 'Quarter', 'Status', 'Blocked By', 'Last Touch'],
      ['Single sign-on', 'Platform', 'Q1 2027', 'In Progress', null, '2026-11-20'],
      ['Mobile app v2', 'Apps', 'Q2 2027', 'Not Started', 'Single sign-on', '2026-11-02'],
    ];
    const result = ingestSources([sheetSource(rows)], makeOptions(AS_OF));
    expect(result.tables[0]!.mapping.map((m) => [m.field, m.header])).toEqual(
      expect.arrayContaining([['due', 'Quarter'], ['lastUpdated', 'Last Touch'], ['dependsOn', 'Blocked By']]),
    );
    expect(result.initiatives.map((r) => [r.name, r.due, r.lastUpdated])).toEqual([
      ['Single sign-on', on(2027, 3, 31), on(2026, 11, 20)],
      ['Mobile app v2', on(2027, 6, 30), on(2026, 11, 2)],
    ]);
  });
});
