/**
 * The value and header forms the unseen trackers (test/fixtures/unseen) showed the reader did not
 * know, each on a small hand-written table or value. Expected days are worked out by hand.
 */
import { ingestSources } from '../../../src/core/ingest';
import { lagUnitOfHeader, parseLag, parseLinkType } from '../../../src/core/ingest/normalise/link';
import { parseDependencyCell } from '../../../src/core/ingest/normalise/dependency';
import { parseDateValue } from '../../../src/core/ingest/normalise/date';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';
import { day } from '../../support/read-export';

const dmy = { dateSystem: 1900 as const, dateOrder: 'dmy' as const, numberFormat: null };

function source(rows: CellValue[][], name = 'plan.xlsx'): RawSource {
  return { name, origin: 'file', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: rows }] };
}

describe('periods and weeks as plans write dates', () => {
  it.each<[string, string, string]>([
    ['Q3 2026', '2026-07-01', '2026-09-30'],
    ['2027 Q1', '2027-01-01', '2027-03-31'],
    ['H1 2027', '2027-01-01', '2027-06-30'],
    ['H2 2026', '2026-07-01', '2026-12-31'],
    ['Dec 2026', '2026-12-01', '2026-12-31'],
    ['February 2028', '2028-02-01', '2028-02-29'],
    ['end Jan 2027', '2027-01-01', '2027-01-31'],
    ['by end of Q4 2026', '2026-10-01', '2026-12-31'],
  ])('%j is the period %s to %s, its last day by default', (text, first, last) => {
    expect(parseDateValue(text, dmy)).toEqual({ kind: 'value', value: { day: day(last), period: { first: day(first), last: day(last) } } });
  });

  it('a week commencing is the day written', () => {
    expect(parseDateValue('w/c 12 Oct 2026', dmy)).toEqual({ kind: 'value', value: { day: day('2026-10-12') } });
    expect(parseDateValue('week commencing 2026-10-12', dmy)).toEqual({ kind: 'value', value: { day: day('2026-10-12') } });
  });

  it('a start in a period starts on its first day; a due date is due by its last', () => {
    const result = ingestSources([source([['ID', 'Name', 'Start', 'Due'], ['A-1', 'Alpha', 'Q3 2026', 'Q4 2026']])], makeOptions(day('2026-06-01')));
    expect(result.initiatives.map((r) => [r.start, r.due])).toEqual([[day('2026-07-01'), day('2026-12-31')]]);
  });

  it.each(['DEC-26', 'MAR-27', 'Q5 2026', 'Phase 2026', 'TBC later', 'Nov 26', 'Wk 0 2027', 'W53 2027', 'FIN-2026'])('%j is no date', (text) => {
    expect(parseDateValue(text, dmy).kind).toBe('invalid');
  });

  // Excel shows a date formatted mmm-yy as "Jan-27" and writes it so to CSV; ISO weeks run Monday to Sunday, week 1 holding 4 January.
  it.each<[string, string, string]>([
    ['Jan-27', '2027-01-01', '2027-01-31'],
    ['Sept-27', '2027-09-01', '2027-09-30'],
    ["Jan '27", '2027-01-01', '2027-01-31'],
    ['Dec-2026', '2026-12-01', '2026-12-31'],
    ['Dec/2026', '2026-12-01', '2026-12-31'],
    // 4 January 2027 is a Monday: week 6 starts 35 days later.
    ['Wk 6 2027', '2027-02-08', '2027-02-14'],
    ['W06 2027', '2027-02-08', '2027-02-14'],
    ['Week 6, 2027', '2027-02-08', '2027-02-14'],
    ['2027-W06', '2027-02-08', '2027-02-14'],
    // 2026 starts on a Thursday, so it has a week 53: Monday 28 December to Sunday 3 January.
    ['W53 2026', '2026-12-28', '2027-01-03'],
  ])('%j is the period %s to %s', (text, first, last) => {
    const parsed = parseDateValue(text, dmy);
    expect(parsed).toEqual({ kind: 'value', value: { day: day(last), period: { first: day(first), last: day(last) } } });
  });
});

describe("the table's other date columns settle a column that cannot settle itself", () => {
  it('reads Start month first when Finish is written month first, whatever the setting', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', 'Start', 'Finish'],
      ['A-1', 'Alpha', '09/01/2026', '12/18/2026'],
      ['A-2', 'Beta', '10/05/2026', '01/29/2027'],
    ];
    const result = ingestSources([source(rows)], makeOptions(day('2026-11-16'), { dateOrder: 'dmy' }));
    expect(result.initiatives.map((r) => [r.start, r.due])).toEqual([
      [day('2026-09-01'), day('2026-12-18')],
      [day('2026-10-05'), day('2027-01-29')],
    ]);
    // Both starts read two ways: one finding for the column, naming both cells.
    expect(result.findings.filter((f) => f.code === 'value.ambiguous-date').map((f) => [f.cells.map((c) => c.address), f.message])).toEqual([
      [
        ['C2', 'C3'],
        'plan.xlsx, sheet "Plan": the start column "Start" has 2 dates that read two ways and none that settles the order, the first A-1 "09/01/2026" reads as 2026-01-09 (day first) or 2026-09-01 (month first); all read month first as the table\'s other date columns are written month first.',
      ],
    ]);
  });

  it('leaves it to the setting when two columns disagree', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', 'Start', 'Finish', 'Last updated'],
      ['A-1', 'Alpha', '03/04/2026', '25/04/2026', '04/30/2026'],
    ];
    const result = ingestSources([source(rows)], makeOptions(day('2026-11-16'), { dateOrder: 'mdy' }));
    expect(result.initiatives[0]!.start).toBe(day('2026-03-04'));
  });
});

describe('dependency registers as Primavera P6 writes them', () => {
  it('reads its relationship codes', () => {
    expect(['PR_FS', 'PR_SS', 'PR_FF', 'PR_SF'].map((t) => parseLinkType(t))).toEqual(['FS', 'SS', 'FF', 'SF'].map((value) => ({ kind: 'value', value })));
  });

  it('reads a bare lag in the unit its header names: 16 in "Lag(h)" is 2 working days', () => {
    expect([lagUnitOfHeader('Lag(h)'), lagUnitOfHeader('lag_hr_cnt'), lagUnitOfHeader('Lag (weeks)'), lagUnitOfHeader('Lag'), lagUnitOfHeader('Lag days')]).toEqual(['h', 'h', 'w', 'd', 'd']);
    expect(parseLag(16, 5, 'h')).toEqual({ kind: 'value', value: 2 });
    expect(parseLag('40', 5, 'h')).toEqual({ kind: 'value', value: 5 });
    // A unit in the cell wins over the header's.
    expect(parseLag('3d', 5, 'h')).toEqual({ kind: 'value', value: 3 });
  });
});

describe('cells as tools write them', () => {
  it('a linked page (Notion) is its title: the address after it is dropped', () => {
    expect(parseDependencyCell('Sign lease (https://www.notion.so/Sign-lease-2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7), Vendor shortlist (https://www.notion.so/Vendor-shortlist-3c4d)').links).toEqual([
      { id: 'SIGN LEASE', name: 'Sign lease', type: 'FS', lagDays: 0 },
      { id: 'VENDOR SHORTLIST', name: 'Vendor shortlist', type: 'FS', lagDays: 0 },
    ]);
  });

  it('an owner written with an address is the person', () => {
    const rows: CellValue[][] = [
      ['ID', 'Title', 'Assigned To'],
      ['1', 'Alpha', 'Jamal Hartnett <jamal@fabrikam.com>'],
      ['2', 'Beta', '"Church, Christie" <christie@fabrikam.com>'],
      ['3', 'Gamma', 'ops@fabrikam.com'],
    ];
    expect(ingestSources([source(rows)], makeOptions(0)).initiatives.map((r) => r.owner)).toEqual(['Jamal Hartnett', 'Church, Christie', 'ops@fabrikam.com']);
  });
});

describe('columns told by what they hold', () => {
  it('a column of distinct short titles is the name when no header says so; a list of lookups is not', () => {
    const plan = ingestSources([source([['Campaign', 'Lead', 'RAG'], ['Spring refresh', 'Maya Chen', 'Green'], ['Webinar series', 'Olu Ade', 'Red'], ['Stories hub', 'Maya Chen', 'Amber']])], makeOptions(0));
    expect(plan.tables.map((t) => [t.kind, t.mapping.map((m) => [m.field, m.header])])).toEqual([
      ['initiatives', [['name', 'Campaign'], ['owner', 'Lead'], ['status', 'RAG']]],
    ]);
    const lookups = ingestSources([source([['RAG', 'Directorate'], ['Red', 'Reward'], ['Amber', 'Talent'], ['Green', 'Employee Relations']])], makeOptions(0));
    expect(lookups.tables.map((t) => t.kind)).toEqual([null]);
  });

  it('a RAG rating takes the status over a workflow state, and a closed state still closes the work', () => {
    const rows: CellValue[][] = [
      ['Number', 'Short description', 'State', 'Overall health'],
      ['PRJ1', 'Alpha', 'Work in Progress', 'Yellow'],
      ['PRJ2', 'Beta', 'Closed Complete', 'Green'],
      ['PRJ3', 'Gamma', 'Closed Skipped', 'Red'],
    ];
    const result = ingestSources([source(rows)], makeOptions(0));
    expect(result.tables[0]!.mapping.find((m) => m.field === 'status')?.header).toBe('Overall health');
    expect(result.tables[0]!.unmapped).toEqual([]);
    expect(result.initiatives.map((r) => [r.id, r.status, r.statusText])).toEqual([
      ['PRJ1', 'amber', 'Yellow'],
      ['PRJ2', 'done', 'Green'],
      ['PRJ3', 'cancelled', 'Red'],
    ]);
  });

  it('a budget header never takes a date column ("Baseline End" of serials is no amount)', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', 'End', 'Baseline End'],
      ['1', 'Alpha', '2026-12-18', 46353],
      ['2', 'Beta', '2027-02-26', 46416],
    ];
    const result = ingestSources([source(rows)], makeOptions(0));
    expect(result.tables[0]!.mapping.map((m) => m.field)).toEqual(['id', 'name', 'due']);
  });
});
