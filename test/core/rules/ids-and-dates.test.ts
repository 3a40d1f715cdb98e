import { checkDatesFinishBeforeStart } from '../../../src/core/rules/dates-finish-before-start';
import { checkDatesMissing } from '../../../src/core/rules/dates-missing';
import { checkIdDuplicate } from '../../../src/core/rules/id-duplicate';
import { checkIdMissing } from '../../../src/core/rules/id-missing';
import { cell, makeAnalysis, makeModel, options } from '../../support/model-builders';
import type { IngestSpec } from '../../support/model-builders';
import type { RuleContext } from '../../../src/core/rules';

function ctx(spec: IngestSpec): RuleContext {
  const model = makeModel(spec);
  return { model, analysis: makeAnalysis(model), options: options() };
}

describe('id.missing', () => {
  it('reports each row without an id with its cells', () => {
    const cells = [cell('Eng.xlsx', 'Initiatives', 'B7'), cell('Eng.xlsx', 'Initiatives', 'E7')];
    const found = checkIdMissing(ctx({ rowsWithoutId: [{ ref: { source: 'Eng.xlsx', sheet: 'Initiatives', table: 'Eng.xlsx|Initiatives|0', row: 7 }, cells }] }));
    expect(found).toEqual([
      { code: 'id.missing', severity: 'error', message: 'Row 7 of Initiatives in Eng.xlsx has data but no id.', cells },
    ]);
  });
});

describe('id.duplicate', () => {
  it('reports every extra row of an id within one source, pointing at it and the first row', () => {
    const found = checkIdDuplicate(
      ctx({
        initiatives: [
          { id: 'ENG-1', row: 4 },
          { id: 'ENG-2', row: 5 },
          { id: 'ENG-1', row: 9 },
          { id: 'ENG-1', row: 11, sheet: 'Archive' },
          { id: 'ENG-2', source: 'Fin.xlsx', row: 3 }, // another source: a conflict at most, not a duplicate
        ],
      }),
    );
    expect(found).toEqual([
      {
        code: 'id.duplicate', severity: 'error', initiativeId: 'ENG-1',
        message: 'ENG-1 is defined again in Eng.xlsx at Initiatives!A9; it was first defined at Initiatives!A4.',
        cells: [cell('Eng.xlsx', 'Initiatives', 'A9'), cell('Eng.xlsx', 'Initiatives', 'A4')],
      },
      {
        code: 'id.duplicate', severity: 'error', initiativeId: 'ENG-1',
        message: 'ENG-1 is defined again in Eng.xlsx at Archive!A11; it was first defined at Initiatives!A4.',
        cells: [cell('Eng.xlsx', 'Archive', 'A11'), cell('Eng.xlsx', 'Initiatives', 'A4')],
      },
    ]);
  });
});

describe('dates.finish-before-start', () => {
  it('reports a due date before the start, naming both, with the due and start cells', () => {
    const found = checkDatesFinishBeforeStart(
      ctx({
        initiatives: [
          { id: 'ENG-4', name: 'Claims API', row: 2, start: '2026-04-15', due: '2026-03-01' },
          { id: 'ENG-5', row: 3, start: '2026-04-15', due: '2026-04-15' },
          { id: 'ENG-6', row: 4, due: '2026-01-01' },
        ],
      }),
    );
    expect(found).toEqual([
      {
        code: 'dates.finish-before-start', severity: 'error', initiativeId: 'ENG-4',
        message: 'ENG-4 "Claims API" is due 2026-03-01, before its start 2026-04-15.',
        cells: [cell('Eng.xlsx', 'Initiatives', 'G2'), cell('Eng.xlsx', 'Initiatives', 'F2')],
      },
    ]);
  });

  it('reports an actual finish before the actual start, with the actual finish and start cells', () => {
    const found = checkDatesFinishBeforeStart(
      ctx({ initiatives: [{ id: 'ENG-7', row: 2, start: '2026-03-02', due: '2026-03-06', actualStart: '2026-03-04', actualFinish: '2026-03-03' }] }),
    );
    expect(found.map((f) => [f.message, f.cells])).toEqual([
      [
        'ENG-7 actually finished 2026-03-03, before its actual start 2026-03-04; the forecast uses its plan until that is corrected.',
        // The builder's columns: actual start in Q, actual finish in R.
        [cell('Eng.xlsx', 'Initiatives', 'R2'), cell('Eng.xlsx', 'Initiatives', 'Q2')],
      ],
    ]);
  });
});

describe('dates.missing', () => {
  it('reports open initiatives without a due date at their id cell', () => {
    const found = checkDatesMissing(
      ctx({
        initiatives: [
          { id: 'A', name: 'Depot', status: 'green', row: 2 },
          { id: 'B', status: 'done', row: 3 },
          { id: 'C', status: 'cancelled', row: 4 },
          { id: 'D', status: 'amber', due: '2026-05-01', row: 5 },
        ],
      }),
    );
    expect(found).toEqual([
      { code: 'dates.missing', severity: 'info', initiativeId: 'A', message: 'A "Depot" has no due date.', cells: [cell('Eng.xlsx', 'Initiatives', 'A2')] },
    ]);
  });
});
