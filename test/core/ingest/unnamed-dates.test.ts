import { detectTables, ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { headerEvidence, headerForm } from '../../../src/core/ingest/match/header-evidence';
import { INITIATIVE_FIELD_SPECS } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

/**
 * Dates whose headers name an event, not a due ("Award date", "In market" / "Out of market"),
 * read as an analyst reads them when the table names no due: worked out by hand per table.
 */
const options = makeOptions(dayFromIso('2026-11-16')!);
const sheet = (name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>) => sheetSource([{ name, rows }], { name: `${name}.xlsx` });
const mapping = (name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>) =>
  detectTables(sheet(name, rows), options)[0]!.mapping.map((m) => [m.field, m.header, m.by]);

describe('dates read by their values where no header names a due', () => {
  it("takes a procurement tracker's only date column as the due, and says so on its header", () => {
    const rows = [
      ['Package', 'Contractor', 'Stage', 'Award date', 'Owner'],
      ['Groundworks', 'Balfour', 'Awarded', '2026-09-14', 'Jo Smith'],
      ['Steel frame', 'Severfield', 'Tendering', '2026-11-30', 'Asha Khan'],
      ['M&E', 'Imtech', 'Evaluation', '2026-12-15', 'Pat Jones'],
    ];
    expect(mapping('Capex', rows)).toEqual([
      ['name', 'Package', 'values'],
      ['status', 'Stage', 'header'],
      ['due', 'Award date', 'values'],
      ['owner', 'Owner', 'header'],
    ]);
    const result = ingestSources([sheet('Capex', rows)], options);
    expect(result.initiatives.map((i) => [i.id, i.due, i.status])).toEqual([
      ['Groundworks', dayFromIso('2026-09-14'), 'unknown'],
      ['Steel frame', dayFromIso('2026-11-30'), 'unknown'],
      ['M&E', dayFromIso('2026-12-15'), 'unknown'],
    ]);
    const notice = result.findings.filter((f) => f.code === 'ingest.dates-from-values');
    expect(notice.map((f) => [f.message, f.cells])).toEqual([
      [
        'Capex.xlsx, sheet "Capex": read "Award date" (D1) as the due date: the table names no due date and this is its only date column.',
        [{ source: 'Capex.xlsx', sheet: 'Capex', address: 'D1' }],
      ],
    ]);
  });

  it('reads a campaign window, In market to Out of market, as start and due', () => {
    const rows = [
      ['Campaign', 'Channel', 'Owner', 'Status', 'In market', 'Out of market'],
      ['Spring sale', 'TV', 'Ana Ruiz', 'Green', '2026-03-01', '2026-03-31'],
      ['Summer launch', 'Social', 'Bo Chen', 'Amber', '2026-06-01', '2026-06-30'],
      ['Black Friday', 'Email', 'Cy Park', 'Green', '2026-11-20', '2026-11-30'],
    ];
    expect(mapping('Campaigns', rows).filter(([f]) => f === 'start' || f === 'due')).toEqual([
      ['start', 'In market', 'values'],
      ['due', 'Out of market', 'values'],
    ]);
    const result = ingestSources([sheet('Campaigns', rows)], options);
    expect(result.initiatives.map((i) => [i.id, i.start, i.due])).toEqual([
      ['Spring sale', dayFromIso('2026-03-01'), dayFromIso('2026-03-31')],
      ['Summer launch', dayFromIso('2026-06-01'), dayFromIso('2026-06-30')],
      ['Black Friday', dayFromIso('2026-11-20'), dayFromIso('2026-11-30')],
    ]);
    expect(result.findings.find((f) => f.code === 'ingest.dates-from-values')?.message).toBe(
      'Campaigns.xlsx, sheet "Campaigns": read "In market" (E1) as the start date and "Out of market" (F1) as the due date: the table names no due date and its date columns run in this order on every row.',
    );
  });

  it('takes the last of three gates as the due and the first as the start', () => {
    expect(
      mapping('Gates', [
        ['Scheme', 'Owner', 'RAG', 'Gate 1', 'Gate 2', 'Gate 3'],
        ['Bridge', 'Ann Bo', 'Green', '2026-01-10', '2026-04-01', '2026-09-30'],
        ['Depot', 'Kim Lee', 'Amber', '2026-02-10', '2026-05-01', '2026-10-30'],
      ]).filter(([f]) => f === 'start' || f === 'due'),
    ).toEqual([
      ['start', 'Gate 1', 'values'],
      ['due', 'Gate 3', 'values'],
    ]);
  });

  it('reads nothing when the date columns do not run in one order on every row', () => {
    const fields = mapping('Mixed', [
      ['Scheme', 'Owner', 'RAG', 'Survey', 'Consent'],
      ['Bridge', 'Ann Bo', 'Green', '2026-01-10', '2026-04-01'],
      ['Depot', 'Kim Lee', 'Amber', '2026-06-10', '2026-05-01'],
    ]).map(([f]) => f);
    expect(fields).toEqual(['name', 'owner', 'status']);
  });

  it('never takes a date that records the row (created, raised, reviewed) as the due', () => {
    const fields = mapping('Log', [
      ['Scheme', 'Owner', 'Date raised', 'Status'],
      ['Bridge survey', 'Ann Bo', '2026-01-10', 'Green'],
      ['Depot lease', 'Kim Lee', '2026-06-10', 'Amber'],
    ]).map(([f]) => f);
    expect(fields).toEqual(['name', 'owner', 'status']);
  });

  it('gives a named start its due from the one later date column, and refuses one that runs before the start', () => {
    expect(
      mapping('Works', [
        ['Scheme', 'Owner', 'RAG', 'Start date', 'Handback'],
        ['Bridge', 'Ann Bo', 'Green', '2026-01-10', '2026-04-01'],
        ['Depot', 'Kim Lee', 'Amber', '2026-02-10', '2026-05-01'],
      ]).filter(([f]) => f === 'start' || f === 'due'),
    ).toEqual([
      ['start', 'Start date', 'header'],
      ['due', 'Handback', 'values'],
    ]);
    expect(
      mapping('Works', [
        ['Scheme', 'Owner', 'RAG', 'Start date', 'Survey'],
        ['Bridge', 'Ann Bo', 'Green', '2026-01-10', '2025-12-01'],
        ['Depot', 'Kim Lee', 'Amber', '2026-02-10', '2026-01-01'],
      ]).map(([f]) => f),
    ).toEqual(['name', 'owner', 'status', 'start']);
  });

  it('leaves a table with a named due as it is', () => {
    expect(
      mapping('Plan', [
        ['Task', 'Owner', 'Due date', 'Award date'],
        ['Bridge', 'Ann Bo', '2026-04-01', '2026-01-10'],
        ['Depot', 'Kim Lee', '2026-05-01', '2026-02-10'],
      ]).filter(([f]) => f === 'start' || f === 'due'),
    ).toEqual([['due', 'Due date', 'header']]);
  });
});

describe('function words in headers', () => {
  const evidence = (header: string, field: keyof typeof INITIATIVE_FIELD_SPECS) => headerEvidence(headerForm(header), INITIATIVE_FIELD_SPECS[field]);

  it('count as a head only at the end: "As of" is an update date, "Out of market" is not; "Assigned to" an owner, "Time to market" not', () => {
    expect(evidence('As of', 'lastUpdated')).toBe(1);
    expect(evidence('Out of market', 'lastUpdated')).toBe(0);
    expect(evidence('Assigned to', 'owner')).toBe(1);
    expect(evidence('Time to market', 'owner')).toBe(0);
  });
});
