import { sortFindings } from '../../../src/core/rules/sort-findings';
import { makeFinding } from '../../../src/core/types';
import { cell } from '../../support/model-builders';

describe('sortFindings', () => {
  it('orders by severity, code, source cell (row-major, A10 after A9), initiative, then message', () => {
    const info = makeFinding('status.missing', 'A has no reported status.', [cell('Eng.xlsx', 'Roadmap', 'A2')], { initiativeId: 'A' });
    const warnB = makeFinding('schedule.overdue', 'b', [cell('Eng.xlsx', 'Roadmap', 'G10')], { initiativeId: 'B' });
    const warnA = makeFinding('schedule.overdue', 'a', [cell('Eng.xlsx', 'Roadmap', 'G9')], { initiativeId: 'C' });
    const warnOtherSource = makeFinding('schedule.overdue', 'c', [cell('Abc.xlsx', 'Roadmap', 'G20')], { initiativeId: 'D' });
    const errorCycle = makeFinding('dependency.cycle', 'loop', [cell('Eng.xlsx', 'Roadmap', 'F5')], { initiativeId: 'E' });
    const errorNoCell = makeFinding('id.missing', 'Row 7 has data but no id.', []);
    const errorCell = makeFinding('id.missing', 'Row 3 has data but no id.', [cell('Eng.xlsx', 'Roadmap', 'B3')]);
    const input = [info, warnB, warnA, warnOtherSource, errorNoCell, errorCycle, errorCell];
    expect(sortFindings(input)).toEqual([errorCycle, errorCell, errorNoCell, warnOtherSource, warnA, warnB, info]);
    expect(input[0]).toBe(info); // the input is not reordered
  });
});
