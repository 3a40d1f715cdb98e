/**
 * Real data: the UK Government Major Projects Portfolio CSVs in ../shared/data/gmpp (read where they live; see its
 * SOURCES.md). The counts below were computed once and checked by hand against SOURCES.md
 * (2022: Amber 118, Red 24, Green 11, blank 68 and 14 exemption/early-planning sentences;
 * 2023: "NA" 121, Amber 88, Red 18, Green 5 and 12 exemption sentences).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type IngestResult } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { readCsvSource } from '../../../src/xlsx/read-csv';
import { sharedData } from '../../support/shared-data';

const DIR = sharedData('gmpp');

function ingest(file: string): IngestResult {
  return ingestSources([readCsvSource(new Uint8Array(readFileSync(path.join(DIR, file))), file)], makeOptions(dayFromIso('2024-03-31')!));
}

/** Status distribution: the stable status, or "blank" / "unreadable" (kept as statusText with a finding). */
function statuses(result: IngestResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of result.initiatives) {
    const key = r.status ?? (r.statusText === undefined ? 'blank' : 'unreadable');
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

function departments(result: IngestResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of result.initiatives) out[r.department ?? '(none)'] = (out[r.department ?? '(none)'] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort());
}

function findingCounts(result: IngestResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of result.findings) out[f.code] = (out[f.code] ?? 0) + 1;
  return out;
}

describe('GMPP annual report data (real, messy CSV)', () => {
  it('2022 whole portfolio: 235 projects in 18 departments, IPA ratings mapped', () => {
    const result = ingest('GMPP_Government_Major_Projects_Portfolio_AR_Data_March_2022.csv');
    expect(result.initiatives).toHaveLength(235);
    expect(result.rowsWithoutId).toEqual([]);
    expect(departments(result)).toEqual({
      BEIS: 22, CO: 12, DCMS: 9, DEFRA: 13, DFE: 11, DFT: 22, DHSC: 9, DLUHC: 10, DWP: 6, FCDO: 5, HMLR: 1, HMRC: 19, HMT: 1, HO: 16, MOD: 52, MOJ: 24, NCA: 1, ONS: 2,
    });
    expect(statuses(result)).toEqual({ amber: 118, red: 24, green: 11, blank: 68, unreadable: 14 });
    // The cost columns are "(£m)": one ingest.money-unit says they were read into pounds.
    expect(findingCounts(result)).toEqual({ 'value.unparseable': 104, 'ingest.unmapped-columns': 1, 'ingest.fields-missing': 1, 'ingest.money-unit': 1 });
    // The whole-portfolio file speaks for no single department.
    expect(result.tables[0]!.department).toBeUndefined();
  });

  it('2023 whole portfolio: 244 projects in 21 departments, "NA" read as unknown', () => {
    const result = ingest('GMPP_Government_Major_Projects_Portofolio_AR_Data_March_2023.csv');
    expect(result.initiatives).toHaveLength(244);
    expect(departments(result)).toEqual({
      CO: 11, DBT: 3, DCMS: 4, DEFRA: 15, DESNZ: 19, DFE: 12, DFT: 23, DHSC: 8, DLUHC: 11, DSIT: 7, DWP: 6, FCDO: 4, HMLR: 1, HMRC: 21, HMT: 1, HO: 15, MOD: 52, MOJ: 27, NCA: 1, ONS: 2, VOA: 1,
    });
    expect(statuses(result)).toEqual({ unknown: 121, amber: 88, red: 18, green: 5, unreadable: 12 });
    expect(findingCounts(result)).toEqual({ 'value.unparseable': 115, 'ingest.unmapped-columns': 1, 'ingest.fields-missing': 1, 'ingest.money-unit': 1 });
  });

  it('department slices: counts, one department each, taken from the department column', () => {
    const beis = ingest('BEIS_Government_Major_Projects_Portfolio_Data_March_2022.csv');
    const co = ingest('CO_Government_Major_Projects_Portofolio_AR_Data_March_2024.csv');
    const desnz = ingest('DESNZ_Government_Major_Projects_Portofolio_AR_Data_March_2024.csv');
    expect([beis, co, desnz].map((r) => [r.initiatives.length, r.tables[0]!.department, departments(r)])).toEqual([
      [22, 'BEIS', { BEIS: 22 }],
      [11, 'CO', { CO: 11 }],
      [18, 'DESNZ', { DESNZ: 18 }],
    ]);
    expect([beis, co, desnz].map(statuses)).toEqual([
      { amber: 12, blank: 7, unreadable: 2, red: 1 },
      { blank: 9, amber: 1, red: 1 },
      { blank: 7, unreadable: 3, amber: 6, red: 1, green: 1 },
    ]);
  });

  it('maps the long headers: the IPA rating (first of two delivery-confidence columns) is the status; budget and forecast on the same (financial year) basis', () => {
    const table = ingest('CO_Government_Major_Projects_Portofolio_AR_Data_March_2024.csv').tables[0]!;
    expect(table.mapping.map((m) => [m.field, m.column, m.header.split(' (')[0]!])).toEqual([
      ['id', 0, 'GMPP ID Number'],
      ['name', 1, 'Project Name'],
      ['department', 2, 'Department'],
      ['status', 5, 'IPA Delivery Confidence Assessment'],
      ['start', 8, 'Project - Start Date'],
      ['due', 9, 'Project - End Date'],
      ['budget', 11, 'Financial Year Baseline'],
      ['forecastCost', 12, 'Financial Year Forecast'],
      ['benefit', 17, 'TOTAL Baseline Benefits'],
    ]);
    expect(table.unmapped.map((u) => u.column)).toEqual([3, 4, 6, 7, 10, 13, 14, 15, 16, 18]);
  });

  it('reads dates with a time part, £ amounts and the exemption sentences as findings with cells', () => {
    const desnz = ingest('DESNZ_Government_Major_Projects_Portofolio_AR_Data_March_2024.csv');
    const first = desnz.initiatives[0]!;
    // The cost columns are "(£m)": 27.7 and 14.81 are £27.7m and £14.81m, read in pounds.
    expect([first.id, first.start, first.due, first.budget, first.forecastCost]).toEqual(['BEIS_0241_2324-Q1', dayFromIso('2017-11-01'), dayFromIso('2035-06-30'), 27_700_000, 14_810_000]);
    const exempt = desnz.findings.find((f) => f.code === 'value.unparseable' && f.initiativeId === 'BEIS_0018_2122-Q1')!;
    expect(exempt).toEqual({
      code: 'value.unparseable',
      severity: 'warning',
      message: 'BEIS_0018_2122-Q1: status "Exempt under Section 43 of the Freedom of Information Act..." cannot be read; expected a status such as Green, Amber, Red, Done, Not started, On hold or Cancelled.',
      initiativeId: 'BEIS_0018_2122-Q1',
      cells: [{ source: 'DESNZ_Government_Major_Projects_Portofolio_AR_Data_March_2024.csv', sheet: 'DESNZ_Government_Major_Projects', address: 'F3' }],
    });
    const beis = ingest('BEIS_Government_Major_Projects_Portfolio_Data_March_2022.csv').initiatives[0]!;
    expect([beis.id, beis.budget, beis.forecastCost, beis.statusText]).toEqual(['BEIS_0018_2122-Q1', 155_800_000, 13_800_000, 'Amber']);
  });
});
