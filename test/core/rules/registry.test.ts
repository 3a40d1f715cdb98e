import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkRules, RULES } from '../../../src/core/rules';
import { CATALOG, catalogEntry } from '../../../src/core/types';
import { day, makeContext } from '../../support/model-builders';

const RULE_CODES = CATALOG.filter((e) => e.stage === 'rules').map((e) => e.code);

function pascal(code: string): string {
  return code
    .split(/[.-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

describe('rule registry', () => {
  it('registers exactly the rule-stage codes of the catalog, once each', () => {
    expect(RULES.map((r) => r.code).sort()).toEqual([...RULE_CODES].sort());
  });

  it.each(RULE_CODES)('%s lives in its own file, exporting check<Name>', (code) => {
    const file = join(__dirname, '../../../src/core/rules', `${code.replace('.', '-')}.ts`);
    expect(existsSync(file)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as Record<string, unknown>;
    expect(typeof mod[`check${pascal(code)}`]).toBe('function');
    expect(RULES.find((r) => r.code === code)!.check).toBe(mod[`check${pascal(code)}`]);
  });

  it('gives every catalog entry a title and a fix written as sentences', () => {
    for (const e of CATALOG) {
      expect(e.title.length).toBeGreaterThan(5);
      expect(e.fix).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe('checkRules', () => {
  it('runs every rule: a model with one problem of each kind yields every code, with catalog severities', () => {
    const ctx = makeContext(
      {
        departments: { 'Fin.xlsx': 'Finance' },
        rowsWithoutId: [{ ref: { source: 'Eng.xlsx', sheet: 'Initiatives', table: 'Eng.xlsx|Initiatives|0', row: 40 }, cells: [{ source: 'Eng.xlsx', sheet: 'Initiatives', address: 'B40' }] }],
        initiatives: [
          { id: 'DUP', row: 2, status: 'green', lastUpdated: '2026-03-15', due: '2026-04-01' },
          { id: 'DUP', row: 3, status: 'green', lastUpdated: '2026-03-15', due: '2026-04-01' },
          { id: 'FIN-1', source: 'Fin.xlsx', department: 'Finance', status: 'red', start: '2026-03-02', due: '2026-03-20', lastUpdated: '2026-03-15' },
          { id: 'FIN-1', row: 4, department: 'Finance', status: 'green', start: '2026-03-02', due: '2026-03-20', lastUpdated: '2026-03-15' },
          { id: 'BACK', row: 5, status: 'green', start: '2026-05-01', due: '2026-04-01', lastUpdated: '2026-03-15' },
          { id: 'NODUE', row: 6, status: 'green', lastUpdated: '2026-03-15' },
          { id: 'GREEN', row: 7, status: 'green', start: '2026-03-10', due: '2026-04-30', lastUpdated: '2026-03-15', dependsOn: ['FIN-1', 'GHOST', 'GREEN'] },
          { id: 'C1', row: 8, status: 'amber', due: '2026-04-01', lastUpdated: '2026-03-15', dependsOn: ['C2'] },
          { id: 'C2', row: 9, status: 'amber', due: '2026-04-01', lastUpdated: '2026-03-15', dependsOn: ['C1'] },
          { id: 'GONE', row: 10, status: 'cancelled' },
          { id: 'LIVE', row: 11, department: 'Engineering', status: 'amber', due: '2026-04-01', lastUpdated: '2026-03-15', dependsOn: ['GONE'] },
          { id: 'LATE', row: 12, department: 'Engineering', status: 'amber', due: '2026-03-02', lastUpdated: '2026-03-15' },
          { id: 'SLIP', row: 13, status: 'amber', due: '2026-04-01', lastUpdated: '2026-03-15' },
          { id: 'DONE', row: 14, status: 'done', percentComplete: 0.5, dependsOn: ['LATE'] },
          { id: 'STALE', row: 15, status: 'amber', due: '2026-04-01', lastUpdated: '2026-01-01' },
          { id: 'NOUPD', row: 16, status: 'amber', due: '2026-04-01', dependsOn: [{ name: 'Vendor sign-off' }] },
          { id: 'NOSTATUS', row: 17, due: '2026-04-01', lastUpdated: '2026-03-15' },
          { id: 'KPITYPO', row: 19, status: 'amber', due: '2026-04-01', lastUpdated: '2026-03-15', kpis: ['NSP'] },
          { id: 'COST', row: 18, status: 'amber', due: '2026-04-01', lastUpdated: '2026-03-15', budget: 10, forecastCost: 20 },
          // Finance promises a delivery to NODUE, which lists no dependency on it.
          { id: 'FIN-2', source: 'Fin.xlsx', department: 'Finance', status: 'green', start: '2026-03-02', due: '2026-04-20', lastUpdated: '2026-03-15', providesTo: ['NODUE'] },
        ],
        dependencies: [
          { from: 'FIN-1', to: 'SLIP', neededBy: '2026-03-10' },
          // Engineering counts on Finance's FIN-1: in a register that records agreement, with none given ...
          { from: 'FIN-1', to: 'LIVE', recordsAgreement: true },
          // ... and agreed, for a date after the one needed.
          { from: 'FIN-1', to: 'LATE', neededBy: '2026-04-01', acceptedBy: 'Ana', agreedDate: '2026-04-15' },
        ],
        kpis: [{ kpi: 'NPS', target: 10, actual: 5, initiatives: ['SLIP', 'NOBODY'] }],
      },
      { SLIP: { forecastFinish: day('2026-04-10'), slipDays: 7 }, STALE: { stale: true } },
      { cycles: [['C1', 'C2']], kpiTraces: [{ kpi: 'NPS', offTarget: true, chains: [{ initiativeId: 'SLIP', chain: ['SLIP', 'FIN-1'] }] }] },
    );
    // A calendar for a department no initiative belongs to.
    const model = { ...ctx.model, calendars: [{ source: 'Fin.xlsx', department: 'Facilities', departmentCell: { source: 'Fin.xlsx', sheet: 'Calendar', address: 'A2' }, weekdays: [1, 2, 3, 4, 5, 6], holidays: [] }] };
    const findings = checkRules(model, ctx.analysis, ctx.options);
    expect([...new Set(findings.map((f) => f.code))].sort()).toEqual([...RULE_CODES].sort());
    for (const f of findings) expect(f.severity).toBe(catalogEntry(f.code as (typeof RULE_CODES)[number]).severity);
  });
});
