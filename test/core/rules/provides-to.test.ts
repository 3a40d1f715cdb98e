/**
 * The provider's side of a dependency contract: three department trackers, each with its own
 * words for the column naming who counts on it ("Delivers to", "Downstream", "Needed by"), read as
 * the CLI reads CSV files, as of Monday 2027-01-11. Columns A-I in every file; rows 2-4.
 *
 *   Finance.csv    Ref  Initiative  Lead  RAG  Start  Finish  Depends on  Delivers to  Updated
 *     FIN-1 Ledger migration  2027-01-04..2027-02-26  delivers to "OPS-1 (12 Mar 2027); People"
 *     FIN-2 Budget tool       2027-03-01..2027-03-31  depends on HR-2, delivers to nobody
 *     FIN-3 Expense rules     2027-01-04..2027-02-12  delivers to "OPS-3, Estates"
 *   Operations.csv ID  Project  Owner  Status  Start date  Due date  Depends on  Downstream  Last updated
 *     OPS-1 Warehouse scanners  2027-03-01..2027-05-28  depends on FIN-1, OPS-3
 *     OPS-2 Route planning      2027-04-05..2027-06-30  depends on FIN-2, downstream HR-1
 *     OPS-3 Cycle counts        2027-01-04..2027-02-19
 *   People.csv     Key  Title  Accountable  Health  Begin  End  Needs  Needed by  Updated
 *     HR-1 Onboarding portal    2027-07-05..2027-09-30  needs OPS-2; FIN-1
 *     HR-2 Payroll sync         2027-01-04..2027-02-12  needed by "Finance (15 Feb 2027)"
 *
 * Links (provider -> consumer), worked by hand:
 *   FIN-1 -> OPS-1  FIN-1 names OPS-1, for 12 Mar; OPS-1 starts 1 Mar (FS): at risk, date-not-agreed
 *   FIN-2 -> OPS-2  FIN-2's Delivers to (H3) is empty: one-sided, unacknowledged at H3
 *   OPS-3 -> OPS-1  Operations on itself: same department
 *   OPS-2 -> HR-1   OPS-2's Downstream names HR-1: agreed
 *   FIN-1 -> HR-1   FIN-1 names People, HR-1's department: agreed
 *   HR-2  -> FIN-2  HR-2 names Finance, for 15 Feb; FIN-2 starts 1 Mar: agreed, in time
 * And FIN-3 promises OPS-3, which lists no dependency on it, and "Estates", which names nothing:
 * two dependency.provider-only at Finance H4.
 */
import { runPipeline } from '../../../src/core/pipeline';
import { buildReport, checkJson, materialiseRows } from '../../../src/core/report';
import { REPORT_SHEETS } from '../../../src/core/report/sheet-names';
import { contractsOf } from '../../../src/core/rules/contracts';
import { makeOptions, type RawSource, type RunResult } from '../../../src/core/types';
import { makeContext } from '../../support/model-builders';
import { day, readCsvText } from '../../support/read-export';

const FINANCE = [
  'Ref,Initiative,Lead,RAG,Start,Finish,Depends on,Delivers to,Updated',
  'FIN-1,Ledger migration,Ana Ruiz,Green,2027-01-04,2027-02-26,,"OPS-1 (12 Mar 2027); People",2027-01-08',
  'FIN-2,Budget tool,Ana Ruiz,Green,2027-03-01,2027-03-31,HR-2,,2027-01-08',
  'FIN-3,Expense rules,Ben Cole,Green,2027-01-04,2027-02-12,,"OPS-3, Estates",2027-01-08',
].join('\n');
const OPERATIONS = [
  'ID,Project,Owner,Status,Start date,Due date,Depends on,Downstream,Last updated',
  'OPS-1,Warehouse scanners,Cy Dunn,Green,2027-03-01,2027-05-28,"FIN-1, OPS-3",,2027-01-08',
  'OPS-2,Route planning,Cy Dunn,Green,2027-04-05,2027-06-30,FIN-2,HR-1,2027-01-08',
  'OPS-3,Cycle counts,Di Eze,Green,2027-01-04,2027-02-19,,,2027-01-08',
].join('\n');
const PEOPLE = [
  'Key,Title,Accountable,Health,Begin,End,Needs,Needed by,Updated',
  'HR-1,Onboarding portal,Flo Gray,Green,2027-07-05,2027-09-30,OPS-2; FIN-1,,2027-01-08',
  'HR-2,Payroll sync,Flo Gray,Green,2027-01-04,2027-02-12,,Finance (15 Feb 2027),2027-01-08',
].join('\n');

async function sources(): Promise<RawSource[]> {
  return Promise.all([readCsvText(FINANCE, 'Finance.csv'), readCsvText(OPERATIONS, 'Operations.csv'), readCsvText(PEOPLE, 'People.csv')]);
}

describe('dependency contracts from the provider side (Provides to)', () => {
  let result: RunResult;
  beforeAll(async () => {
    result = runPipeline(await sources(), makeOptions(day('2027-01-11')));
  });

  it('maps each tracker\'s provider column to Provides to, and its own dependencies to Depends on', () => {
    const fields = result.model.ingest.tables.map((t) => Object.fromEntries(t.mapping.filter((m) => m.field === 'providesTo' || m.field === 'dependsOn').map((m) => [m.field, m.header])));
    expect(fields).toEqual([
      { dependsOn: 'Depends on', providesTo: 'Delivers to' },
      { dependsOn: 'Depends on', providesTo: 'Downstream' },
      { dependsOn: 'Needs', providesTo: 'Needed by' },
    ]);
    expect(result.model.sources.map((s) => s.department)).toEqual(['Finance', 'Operations', 'People']);
  });

  it('gives each link its state', () => {
    const c = contractsOf(result.model, result.analysis, result.options);
    expect(result.model.dependencies.map((d, k) => `${d.from}->${d.to} ${c[k]!.state}`).sort()).toEqual(
      ['FIN-1->OPS-1 at-risk', 'FIN-2->OPS-2 one-sided', 'OPS-3->OPS-1 internal', 'OPS-2->HR-1 agreed', 'FIN-1->HR-1 agreed', 'HR-2->FIN-2 agreed'].sort(),
    );
  });

  it('raises dependency.unacknowledged at the provider\'s empty Provides to cell', () => {
    const found = result.findings.filter((f) => f.code === 'dependency.unacknowledged');
    expect(found.map((f) => [f.initiativeId, f.cells, f.message])).toEqual([
      ['FIN-2', [{ source: 'Finance.csv', sheet: 'Finance', address: 'H3' }], 'OPS-2 "Route planning" (Operations) counts on FIN-2 "Budget tool" (Finance), but FIN-2\'s Provides to does not name it.'],
    ]);
  });

  it('raises dependency.date-not-agreed where the date beside the consumer is after the consumer starts', () => {
    const found = result.findings.filter((f) => f.code === 'dependency.date-not-agreed');
    expect(found.map((f) => [f.initiativeId, f.cells, f.message])).toEqual([
      [
        'FIN-1',
        [
          { source: 'Finance.csv', sheet: 'Finance', address: 'H2' },
          { source: 'Operations.csv', sheet: 'Operations', address: 'E2' },
        ],
        'FIN-1 "Ledger migration" promises OPS-1 "Warehouse scanners" delivery by 2027-03-12 in its Provides to, but OPS-1 "Warehouse scanners" starts on 2027-03-01.',
      ],
    ]);
  });

  it('raises dependency.provider-only for a promised delivery nobody lists', () => {
    const found = result.findings.filter((f) => f.code === 'dependency.provider-only');
    expect(found.map((f) => [f.severity, f.initiativeId, f.cells.map((c) => `${c.source}!${c.address}`), f.message]).sort()).toEqual([
      ['info', 'FIN-3', ['Finance.csv!H4'], 'FIN-3 "Expense rules" lists "Estates" under Provides to, which names no initiative or department of the sources.'],
      ['info', 'FIN-3', ['Finance.csv!H4'], 'FIN-3 "Expense rules" lists OPS-3 "Cycle counts" under Provides to, but OPS-3 lists no dependency on FIN-3.'],
    ]);
  });

  it('writes each row\'s consumers and dates in check --json', () => {
    const records = checkJson(result).sources.flatMap((s) => s.tables.flatMap((t) => t.initiatives));
    const of = (id: string) => records.find((r) => r.id === id)!.providesTo;
    expect(of('FIN-1')).toEqual([
      { id: 'OPS-1', by: '2027-03-12' },
      { id: 'People', by: null },
    ]);
    expect(of('FIN-2')).toEqual([]);
    expect(of('OPS-2')).toEqual([{ id: 'HR-1', by: null }]);
    expect(of('HR-2')).toEqual([{ id: 'Finance', by: '2027-02-15' }]);
  });

  it('shows each provider\'s Provides to on the Initiatives sheet, empty where its tracker has the column and it wrote nothing', () => {
    const doc = buildReport(result);
    const rows = materialiseRows(doc.sheets.find((s) => s.name === REPORT_SHEETS.initiatives)!.rows).map((r) => r.map((c) => (c?.value ? c.value.v : null)));
    const header = rows[0]!;
    const [id, provides] = [header.indexOf('ID'), header.indexOf('Provides to')];
    // Right after Depends on, before Waiting on it.
    expect(header.slice(provides - 1, provides + 2)).toEqual(['Depends on', 'Provides to', 'Waiting on it']);
    expect(Object.fromEntries(rows.slice(1).map((r) => [r[id], r[provides]]))).toEqual({
      'FIN-1': 'OPS-1 (12 Mar 2027), People',
      'FIN-2': '',
      'FIN-3': 'OPS-3, Estates',
      'OPS-1': '',
      'OPS-2': 'HR-1',
      'OPS-3': '',
      'HR-1': '',
      'HR-2': 'Finance (15 Feb 2027)',
    });
  });

  it('says on the Dependencies sheet whether each cross-department link is agreed, linking to the provider\'s cell that says so', () => {
    const doc = buildReport(result);
    const cells = materialiseRows(doc.sheets.find((s) => s.name === REPORT_SHEETS.dependencies)!.rows);
    const header = cells[0]!.map((c) => c?.value?.v);
    const [from, to, agreed, where] = ['Predecessor', 'Successor', 'Agreed', 'Agreement recorded in'].map((h) => header.indexOf(h)) as [number, number, number, number];
    const got = cells.slice(1).map((r) => [`${r[from]!.value!.v}->${r[to]!.value!.v}`, r[agreed]!.value!.v, r[where]!.value!.v, r[where]!.link ?? null]);
    const link = (file: string, sheet: string, address: string) => ({ kind: 'external', file, sheet, address });
    expect(got.sort()).toEqual(
      [
        // At risk, but agreed: FIN-1's Delivers to (H2) names OPS-1.
        ['FIN-1->OPS-1', 'Yes', "provider's Provides to: Finance.csv › Finance!H2", link('Finance.csv', 'Finance', 'H2')],
        ['FIN-2->OPS-2', 'No', '', null],
        ['OPS-3->OPS-1', '', '', null],
        ['OPS-2->HR-1', 'Yes', "provider's Provides to: Operations.csv › Operations!H3", link('Operations.csv', 'Operations', 'H3')],
        // FIN-1 names People, HR-1's department, in the same cell.
        ['FIN-1->HR-1', 'Yes', "provider's Provides to: Finance.csv › Finance!H2", link('Finance.csv', 'Finance', 'H2')],
        ['HR-2->FIN-2', 'Yes', "provider's Provides to: People.csv › People!H3", link('People.csv', 'People', 'H3')],
      ].sort(),
    );
  });

  it('shows the state on the Dependencies sheet and counts them per pair of departments', () => {
    const doc = buildReport(result);
    const deps = materialiseRows(doc.sheets.find((s) => s.name === REPORT_SHEETS.dependencies)!.rows).map((r) => r.map((c) => (c?.value ? c.value.v : null)));
    const header = deps[0]!;
    const [from, to, state] = [header.indexOf('Predecessor'), header.indexOf('Successor'), header.indexOf('Contract')];
    expect(deps.slice(1).map((r) => `${r[from]}->${r[to]} ${r[state]}`).sort()).toEqual(
      ['FIN-1->OPS-1 At risk', 'FIN-2->OPS-2 One-sided', 'OPS-3->OPS-1 Same department', 'OPS-2->HR-1 Agreed', 'FIN-1->HR-1 Agreed', 'HR-2->FIN-2 Agreed'].sort(),
    );
    const dept = materialiseRows(doc.sheets.find((s) => s.name === REPORT_SHEETS.departments)!.rows).map((r) => r.map((c) => (c?.value ? c.value.v : null)));
    const top = dept.findIndex((r) => r[0] === 'Consumer');
    // Consumer, provider, agreed, one-sided, at risk, broken, not recorded, total; departments in the sources' order.
    expect(dept.slice(top + 1, top + 5)).toEqual([
      ['Finance', 'People', 1, 0, 0, 0, 0, 1],
      ['Operations', 'Finance', 0, 1, 1, 0, 0, 2],
      ['People', 'Finance', 1, 0, 0, 0, 0, 1],
      ['People', 'Operations', 1, 0, 0, 0, 0, 1],
    ]);
    expect(dept[top + 5]?.[0] ?? null).toBeNull();
  });
});

describe('a "Needed by" column', () => {
  it('is the consumers over ids, and a date (not Provides to) over dates', async () => {
    const dates = await readCsvText('ID,Name,Status,Due,Needed by\nE-1,Fit-out,Green,2027-03-31,2027-03-01\nE-2,Signage,Green,2027-04-30,2027-04-01\n', 'Estates.csv');
    const ids = await readCsvText('ID,Name,Status,Due,Needed by\nE-1,Fit-out,Green,2027-03-31,OPS-1\nE-2,Signage,Green,2027-04-30,"OPS-2, OPS-3"\n', 'Estates.csv');
    const fieldOf = (s: RawSource) => runPipeline([s], makeOptions(day('2027-01-11'))).model.ingest.tables[0]!.mapping.find((m) => m.header === 'Needed by')?.field;
    expect(fieldOf(dates)).toBeUndefined();
    expect(fieldOf(ids)).toBe('providesTo');
  });
});

describe('a contract agreed on the provider row, with no needed-by date', () => {
  it("is at risk when the provider is forecast to finish after the consumer's plan needs it", () => {
    // As of 2026-03-16. F-1 (Finance) is due Fri 2026-04-10 and names both consumers. E-1 (FS)
    // plans to start Mon 04-06, before F-1 finishes: at risk. E-2 (FF) is due 04-30, after it: agreed.
    const ctx = makeContext({
      departments: { 'Fin.xlsx': 'Finance' },
      initiatives: [
        { id: 'F-1', source: 'Fin.xlsx', department: 'Finance', status: 'green', start: '2026-03-16', due: '2026-04-10', lastUpdated: '2026-03-13', providesTo: ['E-1', 'E-2'] },
        { id: 'E-1', department: 'Engineering', status: 'green', start: '2026-04-06', due: '2026-04-30', lastUpdated: '2026-03-13', dependsOn: ['F-1'] },
        { id: 'E-2', department: 'Engineering', status: 'green', start: '2026-03-16', due: '2026-04-30', lastUpdated: '2026-03-13', dependsOn: [['F-1', 'FF', 0]] },
      ],
    });
    const c = contractsOf(ctx.model, ctx.analysis, ctx.options);
    expect(ctx.model.dependencies.map((d, k) => [d.to, c[k]!.state, c[k]!.reason, c[k]!.agreedIn])).toEqual([
      ['E-1', 'at-risk', 'F-1 is forecast to finish after E-1 plans to start', 'provider'],
      ['E-2', 'agreed', '', 'provider'],
    ]);
  });
});
