import { checkRules } from '../../../src/core/rules';
import { findingKey } from '../../../src/core/rules/finding-key';
import { contractsOf } from '../../../src/core/rules/contracts';
import { buildReport, materialiseRows } from '../../../src/core/report';
import { makeContext } from '../../support/model-builders';

/**
 * Engineering (Eng.xlsx) counts on Finance (Fin.xlsx) through a register that records the
 * provider's word (Deps.xlsx, columns G-I), as of 2026-03-16:
 *   F-OK  -> E-1  accepted by Ana, Finance due 2026-03-31, needed 2026-04-10       agreed
 *   F-OK  -> E-2  nothing in the agreement columns                                 one-sided
 *   F-OK  -> E-3  agreed "Yes" for 2026-04-20, needed 2026-04-10                   at risk (date not agreed)
 *   F-LATE-> E-1  accepted, but F-LATE is forecast 2026-04-30 past the 04-10 need  at risk
 *   F-OK  -> E-4  Agreed "No"                                                      broken
 *   F-GONE-> E-1  accepted, provider cancelled                                     broken
 *   F-OK  -> E-5  accepted, needed by 2026-03-09, already passed                    broken
 *   E-1   -> E-2  Engineering on itself                                            same department
 *   F-OK  -> E-6  only in E-6's own Depends On column                              not recorded
 */
function scenario() {
  return makeContext(
    {
      departments: { 'Fin.xlsx': 'Finance', 'Eng.xlsx': 'Engineering' },
      initiatives: [
        { id: 'F-OK', source: 'Fin.xlsx', department: 'Finance', status: 'green', start: '2026-03-02', due: '2026-03-31', lastUpdated: '2026-03-15' },
        { id: 'F-LATE', source: 'Fin.xlsx', department: 'Finance', status: 'green', start: '2026-03-02', due: '2026-04-03', lastUpdated: '2026-03-15' },
        { id: 'F-GONE', source: 'Fin.xlsx', department: 'Finance', status: 'cancelled' },
        { id: 'E-1', department: 'Engineering', status: 'green', start: '2026-04-13', due: '2026-05-29', lastUpdated: '2026-03-15' },
        { id: 'E-2', department: 'Engineering', status: 'green', start: '2026-04-13', due: '2026-05-29', lastUpdated: '2026-03-15' },
        { id: 'E-3', department: 'Engineering', status: 'green', start: '2026-04-13', due: '2026-05-29', lastUpdated: '2026-03-15' },
        { id: 'E-4', department: 'Engineering', status: 'green', start: '2026-04-13', due: '2026-05-29', lastUpdated: '2026-03-15' },
        { id: 'E-5', department: 'Engineering', status: 'amber', start: '2026-04-13', due: '2026-05-29', lastUpdated: '2026-03-15' },
        { id: 'E-6', department: 'Engineering', status: 'green', start: '2026-04-13', due: '2026-05-29', lastUpdated: '2026-03-15', dependsOn: ['F-OK'] },
      ],
      dependencies: [
        { from: 'F-OK', to: 'E-1', neededBy: '2026-04-10', acceptedBy: 'Ana' },
        { from: 'F-OK', to: 'E-2', recordsAgreement: true },
        { from: 'F-OK', to: 'E-3', neededBy: '2026-04-10', agreed: 'Yes', agreedDate: '2026-04-20' },
        { from: 'F-LATE', to: 'E-1', neededBy: '2026-04-10', acceptedBy: 'Ana' },
        { from: 'F-OK', to: 'E-4', agreed: 'No' },
        { from: 'F-GONE', to: 'E-1', acceptedBy: 'Ana' },
        { from: 'F-OK', to: 'E-5', neededBy: '2026-03-09', acceptedBy: 'Ana' },
        { from: 'E-1', to: 'E-2', recordsAgreement: true },
      ],
    },
    { 'F-LATE': { forecastFinish: 20573 /* 2026-04-30 */, slipDays: 19 } },
  );
}

describe('dependency contracts', () => {
  const ctx = scenario();
  const states = (): string[] => {
    const c = contractsOf(ctx.model, ctx.analysis, ctx.options);
    return ctx.model.dependencies.map((d, k) => `${d.from}->${d.to} ${c[k]!.state}`);
  };

  it('gives each link its state', () => {
    expect(states().sort()).toEqual(
      [
        'F-OK->E-1 agreed',
        'F-OK->E-2 one-sided',
        'F-OK->E-3 at-risk',
        'F-LATE->E-1 at-risk',
        'F-OK->E-4 broken',
        'F-GONE->E-1 broken',
        'F-OK->E-5 broken',
        'E-1->E-2 internal',
        'F-OK->E-6 not-recorded',
      ].sort(),
    );
  });

  it('raises dependency.unacknowledged on the provider for the one-sided link, at the empty Accepted by cell', () => {
    const found = checkRules(ctx.model, ctx.analysis, ctx.options).filter((f) => f.code === 'dependency.unacknowledged');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ initiativeId: 'F-OK', related: ['E-2'], cells: [{ source: 'Deps.xlsx', sheet: 'Dependencies', address: 'H3' }] });
    expect(found[0]!.message).toBe('E-2 (Engineering) counts on F-OK (Finance), but the dependency register has no agreement from Finance.');
  });

  it('raises dependency.date-not-agreed where the agreed date is after the needed-by date', () => {
    const found = checkRules(ctx.model, ctx.analysis, ctx.options).filter((f) => f.code === 'dependency.date-not-agreed');
    expect(found.map((f) => f.message)).toEqual(['F-OK agreed to deliver by 2026-04-20, but E-3 needs it by 2026-04-10.']);
    expect(found[0]!.cells).toEqual([
      { source: 'Deps.xlsx', sheet: 'Dependencies', address: 'I4' },
      { source: 'Deps.xlsx', sheet: 'Dependencies', address: 'E4' },
    ]);
  });

  it("says on the Dependencies sheet whether each cross-department link is agreed, linking to the register's cell that says so", () => {
    const result = { options: ctx.options, model: ctx.model, analysis: ctx.analysis, findings: [], waived: [] };
    const cells = materialiseRows(buildReport(result).sheets.find((s) => s.name === 'Dependencies')!.rows);
    const header = cells[0]!.map((c) => c?.value?.v);
    const [from, to, agreed, where] = ['Predecessor', 'Successor', 'Agreed', 'Agreement recorded in'].map((h) => header.indexOf(h)) as [number, number, number, number];
    const got = cells.slice(1).map((r) => [`${r[from]!.value!.v}->${r[to]!.value!.v}`, r[agreed]!.value!.v, r[where]!.value!.v, r[where]!.link ?? null]);
    const register = (address: string) => [`dependency register: Deps.xlsx › Dependencies!${address}`, { kind: 'external', file: 'Deps.xlsx', sheet: 'Dependencies', address }];
    // Register rows 2-9 in the order listed above; Agreed in G, Accepted by in H, the first of them filled is the one cited.
    expect(got.sort()).toEqual(
      [
        ['F-OK->E-1', 'Yes', ...register('H2')],
        ['F-OK->E-2', 'No', '', null],
        ['F-OK->E-3', 'Yes', ...register('G4')],
        ['F-LATE->E-1', 'Yes', ...register('H5')],
        // "No" is a refusal, not an agreement.
        ['F-OK->E-4', 'No', '', null],
        // Agreed, then cancelled by the provider: the agreement still stands on record (the contract is Broken).
        ['F-GONE->E-1', 'Yes', ...register('H7')],
        ['F-OK->E-5', 'Yes', ...register('H8')],
        ['E-1->E-2', '', '', null],
        // Only in E-6's Depends On: nowhere could Finance have agreed.
        ['F-OK->E-6', 'not given', '', null],
      ].sort(),
    );
  });

  it('shows the state on the Dependencies sheet and counts them per pair of departments', () => {
    const result = { options: ctx.options, model: ctx.model, analysis: ctx.analysis, findings: [], waived: [] };
    const doc = buildReport(result);
    const deps = materialiseRows(doc.sheets.find((s) => s.name === 'Dependencies')!.rows);
    const header = deps[0]!.map((c) => (c?.value ? String(c.value.v) : ''));
    const col = header.indexOf('Contract');
    expect(new Set(deps.slice(1).map((r) => String(r[col]!.value!.v)))).toEqual(new Set(['Agreed', 'One-sided', 'At risk', 'Broken', 'Same department', 'Not recorded']));
    const dept = materialiseRows(doc.sheets.find((s) => s.name === 'Departments')!.rows).map((r) => r.map((c) => (c?.value ? c.value.v : null)));
    const top = dept.findIndex((r) => r[0] === 'Consumer');
    expect(dept[top]).toEqual(['Consumer', 'Provider', 'Agreed', 'One-sided', 'At risk', 'Broken', 'Not recorded', 'Total']);
    // Engineering on Finance: 1 agreed, 1 one-sided, 2 at risk, 3 broken, 1 not recorded = 8 (E-1 -> E-2 is internal).
    expect(dept[top + 1]).toEqual(['Engineering', 'Finance', 1, 1, 2, 3, 1, 8]);
    expect(dept[top + 2]).toBeUndefined();
  });
});

/**
 * Delivered providers, start-to-start links and a pair linked twice, as of 2026-03-16; every
 * register row accepted by Ana unless said:
 *   F-DONE -> E-1  done, due 04-17 after the 04-10 need                        agreed (delivered)
 *   F-FIN  -> E-1  green, actual finish 03-13, due 04-17 after the 04-10 need   agreed (delivered)
 *   F-SS   -> E-1  SS, starts 04-06, due 05-29; needed started by 04-10         agreed
 *   F-SS2  -> E-1  SS, starts 04-13; needed started by 04-10                    at risk (starts after)
 *   F-TWO  -> E-2  E-2's Depends On (FS) and a register row (SS) with no word   one-sided, told once
 */
describe('dependency contracts: what the provider delivers, and when', () => {
  const ctx = makeContext({
    departments: { 'Fin.xlsx': 'Finance', 'Eng.xlsx': 'Engineering' },
    initiatives: [
      { id: 'F-DONE', source: 'Fin.xlsx', department: 'Finance', status: 'done', start: '2026-03-02', due: '2026-04-17', lastUpdated: '2026-03-15' },
      { id: 'F-FIN', source: 'Fin.xlsx', department: 'Finance', status: 'green', start: '2026-03-02', due: '2026-04-17', actualFinish: '2026-03-13', lastUpdated: '2026-03-15' },
      { id: 'F-SS', source: 'Fin.xlsx', department: 'Finance', status: 'green', start: '2026-04-06', due: '2026-05-29', lastUpdated: '2026-03-15' },
      { id: 'F-SS2', source: 'Fin.xlsx', department: 'Finance', status: 'green', start: '2026-04-13', due: '2026-05-29', lastUpdated: '2026-03-15' },
      { id: 'F-TWO', source: 'Fin.xlsx', department: 'Finance', status: 'green', start: '2026-03-02', due: '2026-03-27', lastUpdated: '2026-03-15' },
      { id: 'E-1', department: 'Engineering', status: 'green', start: '2026-04-13', due: '2026-05-29', lastUpdated: '2026-03-15' },
      { id: 'E-2', department: 'Engineering', status: 'green', start: '2026-04-13', due: '2026-05-29', lastUpdated: '2026-03-15', dependsOn: ['F-TWO'] },
    ],
    dependencies: [
      { from: 'F-DONE', to: 'E-1', neededBy: '2026-04-10', acceptedBy: 'Ana' },
      { from: 'F-FIN', to: 'E-1', neededBy: '2026-04-10', acceptedBy: 'Ana' },
      { from: 'F-SS', to: 'E-1', type: 'SS', neededBy: '2026-04-10', acceptedBy: 'Ana' },
      { from: 'F-SS2', to: 'E-1', type: 'SS', neededBy: '2026-04-10', acceptedBy: 'Ana' },
      { from: 'F-TWO', to: 'E-2', type: 'SS', recordsAgreement: true },
    ],
  });
  const contracts = contractsOf(ctx.model, ctx.analysis, ctx.options);
  const findings = checkRules(ctx.model, ctx.analysis, ctx.options);

  it('is agreed once the provider has delivered, and compares a start-to-start need with its start', () => {
    expect(ctx.model.dependencies.map((d, k) => `${d.from}->${d.to} ${d.type} ${contracts[k]!.state} ${contracts[k]!.reason}`.trim())).toEqual([
      'F-TWO->E-2 FS one-sided Finance has not agreed to it',
      'F-DONE->E-1 FS agreed',
      'F-FIN->E-1 FS agreed',
      'F-SS->E-1 SS agreed',
      'F-SS2->E-1 SS at-risk F-SS2 is forecast to start after the needed-by date',
      'F-TWO->E-2 SS one-sided Finance has not agreed to it',
    ]);
  });

  it('asks the provider once for a pair linked twice, with one key', () => {
    const asked = findings.filter((f) => f.code === 'dependency.unacknowledged');
    expect(asked.map((f) => [findingKey(f), f.message])).toEqual([
      ['dependency.unacknowledged|F-TWO|Deps.xlsx!Dependencies!H6', 'E-2 (Engineering) counts on F-TWO (Finance), but the dependency register has no agreement from Finance.'],
    ]);
  });
});
