import { detectTables, ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/** Values that overrule a header's word: worked out by reading each sheet as an analyst would. */
const options = makeOptions(dayFromIso('2026-11-16')!);
const sheet = (rows: ReadonlyArray<ReadonlyArray<CellValue>>) => sheetSource([{ name: 'Campaigns', rows }], { name: 'Marketing.xlsx' });
const fields = (rows: ReadonlyArray<ReadonlyArray<CellValue>>) => detectTables(sheet(rows), options)[0]!.mapping.map((m) => [m.field, m.header]);

describe('value evidence against a header word', () => {
  it('a count under "Leads target" is no due date (5,000 and 20,000 are not 1913 and 1954), and the campaign window is', () => {
    expect(
      fields([
        ['Campaign', 'Owner', 'Status', 'In market', 'Out of market', 'Leads target'],
        ['Black Friday', 'Ravi Patel', 'Green', '2026-11-20', '2026-11-30', 5000],
        ['Spring launch', 'Grace Liu', 'Amber', '2027-03-01', '2027-03-31', 20000],
        ['Loyalty relaunch', 'Grace Liu', 'Green', '2026-10-01', '2026-12-31', 12000],
      ]),
    ).toEqual([
      ['name', 'Campaign'],
      ['owner', 'Owner'],
      ['status', 'Status'],
      ['start', 'In market'],
      ['due', 'Out of market'],
    ]);
  });

  it('status words under "Progress" are the status, not a % complete', () => {
    const rows = [
      ['Scheme', 'Officer', 'Completion', 'Progress'],
      ['Realm', 'J Whitfield', '2027-03-31', 'On programme'],
      ['Flood defence', 'A Kaur', '2027-09-30', 'Slipping'],
      ['Street lights', 'M Osei', '2026-10-31', 'Complete'],
      ['Depot', 'R Dobson', '2027-08-31', 'At risk'],
    ];
    expect(fields(rows)).toEqual([
      ['name', 'Scheme'],
      ['owner', 'Officer'],
      ['due', 'Completion'],
      ['status', 'Progress'],
    ]);
    expect(ingestSources([sheet(rows)], options).initiatives.map((r) => [r.id, r.status, r.percentComplete])).toEqual([
      ['Realm', 'green', undefined],
      ['Flood defence', 'amber', undefined],
      ['Street lights', 'done', undefined],
      ['Depot', 'amber', undefined],
    ]);
  });

  it('names a row keyed by its name as written in the findings raised while reading it', () => {
    const result = ingestSources([sheet([['Campaign', 'Owner', 'Status'], ['Autumn brand refresh', 'Chloe Adams', 'In limbo'], ['Black Friday', 'Ravi Patel', 'Green'], ['January sale', 'Ravi Patel', 'Green']])], options);
    expect(result.findings.filter((f) => f.code === 'value.unparseable').map((f) => f.message)).toEqual([
      'Autumn brand refresh: status "In limbo" cannot be read; expected a status such as Green, Amber, Red, Done, Not started, On hold or Cancelled.',
    ]);
  });
});

describe('work 100% complete in a table with no status column', () => {
  it('is done, said as read from the percent; beside a status column a blank status stays not given', () => {
    const none = ingestSources([sheet([['ID', 'Task', 'Finish', '% Complete'], ['1', 'Design', '2026-08-31', '100%'], ['2', 'Build', '2026-12-31', '40%']])], options);
    expect(none.initiatives.map((r) => [r.id, r.status, r.statusFrom])).toEqual([
      ['1', 'done', 'percent'],
      ['2', undefined, undefined],
    ]);
    const beside = ingestSources([sheet([['ID', 'Task', 'Status', '% Complete'], ['1', 'Design', null, '100%'], ['2', 'Build', 'Green', '40%']])], options);
    expect(beside.initiatives.map((r) => [r.id, r.status])).toEqual([
      ['1', undefined],
      ['2', 'green'],
    ]);
  });
});

describe('money written with dots between the thousands', () => {
  it('reads "1.250" as 1,250 in a column where another cell groups with dots, and as 1.25 elsewhere', () => {
    const german = ingestSources([sheet([['ID', 'Maßnahme', 'Budget (€)'], ['W-1', 'Halle 3', '1.250'], ['W-2', 'Lager', '1.250.000'], ['W-3', 'Rampe', '4.800,50']])], options);
    expect(german.initiatives.map((r) => [r.id, r.budget])).toEqual([
      ['W-1', 1250],
      ['W-2', 1_250_000],
      ['W-3', 4800.5],
    ]);
    const plain = ingestSources([sheet([['ID', 'Project', 'Budget (£m)'], ['P-1', 'Depot', '1.250'], ['P-2', 'Fleet', '2.5']])], options);
    expect(plain.initiatives.map((r) => [r.id, r.budget])).toEqual([
      ['P-1', 1_250_000],
      ['P-2', 2_500_000],
    ]);
  });
});
