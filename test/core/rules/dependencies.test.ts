import { checkDependencyCycle } from '../../../src/core/rules/dependency-cycle';
import { checkDependencyNeededByMissed } from '../../../src/core/rules/dependency-needed-by-missed';
import { checkDependencyOnCancelled } from '../../../src/core/rules/dependency-on-cancelled';
import { checkDependencySelf } from '../../../src/core/rules/dependency-self';
import { checkDependencyUnknown } from '../../../src/core/rules/dependency-unknown';
import { cell, makeContext } from '../../support/model-builders';

const eng = (address: string) => cell('Eng.xlsx', 'Initiatives', address);
const deps = (address: string) => cell('Deps.xlsx', 'Dependencies', address);

describe('dependency.unknown', () => {
  it('reports unknown ids in dependsOn cells and register rows', () => {
    const found = checkDependencyUnknown(
      makeContext({
        initiatives: [
          { id: 'ENG-2', name: 'Portal', row: 2, dependsOn: ['FIN-9', 'ENG-3', ['FIN-9', 'SS', 0]] },
          { id: 'ENG-3', row: 3 },
        ],
        dependencies: [
          { from: 'FIN-9', to: 'ENG-2', row: 2 },
          { from: 'ENG-2', to: 'ENG-3', row: 3 },
          { from: 'X-1', to: 'X-2', row: 4 },
        ],
      }),
    );
    expect(found).toEqual([
      {
        code: 'dependency.unknown', severity: 'error', initiativeId: 'ENG-2', related: ['FIN-9'],
        message: 'ENG-2 "Portal" depends on FIN-9, which no source defines.', cells: [eng('J2')],
      },
      {
        code: 'dependency.unknown', severity: 'error', initiativeId: 'ENG-2', related: ['FIN-9'],
        message: 'The dependency register links FIN-9 to ENG-2, but no source defines FIN-9.', cells: [deps('A2')],
      },
      {
        code: 'dependency.unknown', severity: 'error', related: ['X-1', 'X-2'],
        message: 'The dependency register links X-1 to X-2, but no source defines X-1 or X-2.', cells: [deps('A4'), deps('B4')],
      },
    ]);
  });
});

describe('dependency.self', () => {
  it('reports an initiative in its own dependsOn cell and a register row from and to the same id', () => {
    const found = checkDependencySelf(
      makeContext({
        initiatives: [{ id: 'ENG-2', name: 'Portal', row: 2, dependsOn: ['ENG-2', ['ENG-2', 'SS', 1]] }],
        dependencies: [{ from: 'ENG-2', to: 'ENG-2', row: 6 }],
      }),
    );
    expect(found).toEqual([
      { code: 'dependency.self', severity: 'error', initiativeId: 'ENG-2', message: 'ENG-2 "Portal" depends on itself.', cells: [eng('J2')] },
      { code: 'dependency.self', severity: 'error', initiativeId: 'ENG-2', message: 'The dependency register links ENG-2 to itself.', cells: [deps('A6')] },
    ]);
  });
});

describe('dependency.cycle', () => {
  const spec = {
    initiatives: [
      { id: 'ENG-2', row: 2, dependsOn: ['OPS-1'] },
      { id: 'IT-5', row: 3, dependsOn: ['ENG-2'] },
      { id: 'OPS-1', row: 4, dependsOn: ['IT-5'] },
      { id: 'FIN-1', row: 5 },
    ],
    dependencies: [{ from: 'FIN-1', to: 'ENG-2', row: 2 }],
  };

  it('reports the whole loop in order with each link cell in loop order', () => {
    const found = checkDependencyCycle(makeContext(spec, {}, { cycles: [['ENG-2', 'IT-5', 'OPS-1']] }));
    expect(found).toEqual([
      {
        code: 'dependency.cycle', severity: 'error', initiativeId: 'ENG-2', related: ['IT-5', 'OPS-1'],
        message: 'ENG-2 → IT-5 → OPS-1 → ENG-2 is a dependency cycle: each initiative waits on the one before it.',
        // ENG-2 -> IT-5 is written in IT-5's cell, IT-5 -> OPS-1 in OPS-1's, OPS-1 -> ENG-2 in ENG-2's
        cells: [eng('J3'), eng('J4'), eng('J2')],
      },
    ]);
  });

  it('reads a loop listed in depends-on order the other way round', () => {
    const found = checkDependencyCycle(makeContext(spec, {}, { cycles: [['ENG-2', 'OPS-1', 'IT-5']] }));
    expect(found.map((f) => [f.message, f.cells])).toEqual([
      ['ENG-2 → IT-5 → OPS-1 → ENG-2 is a dependency cycle: each initiative waits on the one before it.', [eng('J3'), eng('J4'), eng('J2')]],
    ]);
  });

  it('reports a two-node loop from a register row and a cell', () => {
    const found = checkDependencyCycle(
      makeContext(
        { initiatives: [{ id: 'ENG-2', row: 2 }, { id: 'IT-5', row: 3, dependsOn: ['ENG-2'] }], dependencies: [{ from: 'IT-5', to: 'ENG-2', row: 2 }] },
        {},
        { cycles: [['ENG-2', 'IT-5']] },
      ),
    );
    expect(found.map((f) => [f.message, f.cells])).toEqual([
      ['ENG-2 → IT-5 → ENG-2 is a dependency cycle: each initiative waits on the one before it.', [eng('J3'), deps('A2')]],
    ]);
  });

  it('reports nothing without cycles', () => {
    expect(checkDependencyCycle(makeContext(spec))).toEqual([]);
  });
});

describe('dependency.needed-by-missed', () => {
  it('reports a predecessor due after the date the register says its successor needs it', () => {
    const found = checkDependencyNeededByMissed(
      makeContext({
        initiatives: [
          { id: 'FIN-2', name: 'Ledger', row: 2, status: 'amber', due: '2026-05-01' },
          { id: 'ENG-4', name: 'Claims API', row: 3 },
          { id: 'FIN-3', row: 4, status: 'done', due: '2026-05-01' },
        ],
        dependencies: [
          { from: 'FIN-2', to: 'ENG-4', neededBy: '2026-04-15', row: 2 },
          { from: 'FIN-2', to: 'ENG-4', type: 'SS', neededBy: '2026-05-01', row: 3 },
          { from: 'FIN-3', to: 'ENG-4', neededBy: '2026-04-15', row: 4 },
        ],
      }),
    );
    expect(found).toEqual([
      {
        code: 'dependency.needed-by-missed', severity: 'error', initiativeId: 'FIN-2', related: ['ENG-4'],
        message: 'FIN-2 "Ledger" is due 2026-05-01, after 2026-04-15, the date ENG-4 "Claims API" needs it by.',
        cells: [deps('E2'), eng('G2')],
      },
    ]);
  });
});

describe('dependency.needed-by-missed by link type', () => {
  it("checks a start-to-start link's needed-by date against the predecessor's start, the others against its due", () => {
    const found = checkDependencyNeededByMissed(
      makeContext({
        initiatives: [
          // Starts Mon 04-20, due Fri 05-29.
          { id: 'P-1', name: 'Training', row: 2, status: 'green', start: '2026-04-20', due: '2026-05-29' },
          { id: 'E-4', row: 3 },
          { id: 'E-5', row: 4 },
          { id: 'E-6', row: 5 },
        ],
        dependencies: [
          // Needed started by 04-20, the day it starts: met, though it is due a month later.
          { from: 'P-1', to: 'E-4', type: 'SS', neededBy: '2026-04-20', row: 2 },
          // Needed started by 04-13: it starts a week later.
          { from: 'P-1', to: 'E-5', type: 'SS', neededBy: '2026-04-13', row: 3 },
          // Needed finished by 05-01: due 05-29.
          { from: 'P-1', to: 'E-6', neededBy: '2026-05-01', row: 4 },
        ],
      }),
    );
    expect(found.map((f) => [f.related, f.message, f.cells])).toEqual([
      [['E-5'], 'P-1 "Training" starts 2026-04-20, after 2026-04-13, the date E-5 needs it started by (SS).', [deps('E3'), eng('F2')]],
      [['E-6'], 'P-1 "Training" is due 2026-05-29, after 2026-05-01, the date E-6 needs it by.', [deps('E4'), eng('G2')]],
    ]);
  });
});

describe('dependency.on-cancelled', () => {
  it('reports a live initiative depending on a cancelled one', () => {
    const found = checkDependencyOnCancelled(
      makeContext({
        initiatives: [
          { id: 'FIN-2', name: 'Ledger', row: 2, status: 'cancelled' },
          { id: 'ENG-4', name: 'Claims API', row: 3, status: 'green', dependsOn: ['FIN-2'] },
          { id: 'ENG-5', row: 4, status: 'cancelled', dependsOn: ['FIN-2'] },
        ],
      }),
    );
    expect(found).toEqual([
      {
        code: 'dependency.on-cancelled', severity: 'warning', initiativeId: 'ENG-4', related: ['FIN-2'],
        message: 'ENG-4 "Claims API" depends on FIN-2 "Ledger", which is cancelled.', cells: [eng('J3')],
      },
    ]);
  });
});
