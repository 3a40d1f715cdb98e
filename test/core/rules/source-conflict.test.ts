import { checkSourceConflict } from '../../../src/core/rules/source-conflict';
import { cell, makeContext } from '../../support/model-builders';

describe('source.conflict', () => {
  it('reports each differing field against the owning record, with both values and both cells', () => {
    const ctx = makeContext({
      departments: { 'IT.xlsx': 'IT', 'Finance.xlsx': 'Finance' },
      initiatives: [
        { id: 'FIN-1', source: 'IT.xlsx', row: 5, name: 'ledger  MIGRATION', department: 'Finance', status: 'green', due: '2026-05-01', percentComplete: 0.5, lastUpdated: '2026-03-01' },
        { id: 'FIN-1', source: 'Finance.xlsx', row: 3, name: 'Ledger migration', department: 'Finance', status: 'amber', due: '2026-06-01', percentComplete: 0.5, budget: 1000, lastUpdated: '2026-03-10' },
      ],
    });
    const fin = (a: string) => cell('Finance.xlsx', 'Initiatives', a);
    const it = (a: string) => cell('IT.xlsx', 'Initiatives', a);
    expect(checkSourceConflict(ctx)).toEqual([
      {
        code: 'source.conflict', severity: 'error', initiativeId: 'FIN-1',
        message: "FIN-1 status is amber in Finance.xlsx but green in IT.xlsx; the owning department's amber is used.",
        cells: [fin('E3'), it('E5')],
      },
      {
        code: 'source.conflict', severity: 'error', initiativeId: 'FIN-1',
        message: "FIN-1 due date is 2026-06-01 in Finance.xlsx but 2026-05-01 in IT.xlsx; the owning department's 2026-06-01 is used.",
        cells: [fin('G3'), it('G5')],
      },
    ]);
    expect(ctx.model.byId.get('FIN-1')!.status).toBe('amber');
  });

  it('does not count a department inferred from a file name as a conflicting value', () => {
    const ctx = makeContext({
      departments: { 'CS.xlsx': 'Customer Support', 'IT.xlsx': 'IT' },
      initiatives: [
        { id: 'IT-6', source: 'CS.xlsx', row: 13, inferredDepartment: 'Customer Support', status: 'red' },
        { id: 'IT-6', source: 'IT.xlsx', row: 10, department: 'IT', status: 'amber' },
      ],
    });
    expect(checkSourceConflict(ctx).map((f) => [f.message, f.cells.map((c) => `${c.source}!${c.address}`)])).toEqual([
      ["IT-6 status is amber in IT.xlsx but red in CS.xlsx; the owning department's amber is used.", ['IT.xlsx!E10', 'CS.xlsx!E13']],
    ]);
  });

  it("names the first source's value when no source owns the department, once per other source", () => {
    const ctx = makeContext({
      initiatives: [
        { id: 'X', source: 'A.xlsx', row: 2, owner: 'Kim', budget: 1000 },
        { id: 'X', source: 'B.xlsx', row: 4, owner: 'Lee', budget: 1000 },
        { id: 'X', source: 'B.xlsx', row: 9, owner: 'Max' }, // a duplicate in B: id.duplicate's, not compared again
        { id: 'X', source: 'C.xlsx', row: 2, owner: 'Kim', budget: 1200.5 },
      ],
    });
    expect(checkSourceConflict(ctx).map((f) => [f.message, f.cells.map((c) => `${c.source}!${c.address}`)])).toEqual([
      ['X owner is "Kim" in A.xlsx but "Lee" in B.xlsx; the first source\'s "Kim" is used.', ['A.xlsx!D2', 'B.xlsx!D4']],
      ['X budget is 1,000 in A.xlsx but 1,200.5 in C.xlsx; the first source\'s 1,000 is used.', ['A.xlsx!M2', 'C.xlsx!M2']],
    ]);
  });
});
