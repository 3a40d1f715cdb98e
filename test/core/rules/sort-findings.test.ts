import fc from 'fast-check';
import { a1Number, byGroup, compareFindings, sortFindings } from '../../../src/core/rules/sort-findings';
import { CATALOG, makeFinding, type Finding, type FindingCode } from '../../../src/core/types';
import { parseA1 } from '../../../src/core/util/a1';
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

  it('keeps the input order of findings that compare equal', () => {
    const a = makeFinding('schedule.overdue', 'same', [cell('Eng.xlsx', 'Roadmap', 'G9')], { initiativeId: 'X' });
    const b = { ...a, related: ['Y'] };
    const c = { ...a, cells: [...a.cells, cell('Eng.xlsx', 'Roadmap', 'A1')] };
    expect(sortFindings([c, a, b])).toEqual([c, a, b]);
    expect(sortFindings([b, c, a])[0]).toBe(b);
  });

  const CODES = CATALOG.map((e) => e.code) as FindingCode[];
  const anyFinding = fc
    .record({
      code: fc.constantFrom(...CODES.slice(0, 6)),
      source: fc.constantFrom('Eng.xlsx', 'Abc.xlsx', 'eng.xlsx'),
      sheet: fc.constantFrom('Roadmap', 'Risks'),
      address: fc.constantFrom('A1', 'B1', 'A2', 'Z9', 'AA1', 'A10', 'XFD1048576', '$C$3', 'c4', ' D5'),
      id: fc.option(fc.constantFrom('ENG-1', 'ENG-2', 'FIN-1'), { nil: undefined }),
      message: fc.constantFrom('a', 'b', 'B'),
      withCell: fc.boolean(),
    })
    .map(({ code, source, sheet, address, id, message, withCell }): Finding =>
      makeFinding(code, message, withCell ? [cell(source, sheet, address)] : [], id === undefined ? {} : { initiativeId: id }),
    );

  it('gives exactly the order of a stable sort by compareFindings', () => {
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 60 }), (findings) => {
        expect(sortFindings(findings)).toEqual(findings.slice().sort(compareFindings));
      }),
    );
  });

  it('gives the same order with the largest addresses A1 can name', () => {
    const findings = Array.from({ length: 2_000 }, (_, k) =>
      makeFinding(CODES[k % 7]!, `m${k % 3}`, [cell(`S${k % 3}.xlsx`, 'Roadmap', k % 5 === 0 ? 'ZZZ9999999' : `B${(k % 11) + 1}`)], { initiativeId: `I${k % 4}` }),
    );
    expect(sortFindings(findings)).toEqual(findings.slice().sort(compareFindings));
  });

  it('sorts by comparing in full when a first cell is not an A1 address', () => {
    const named = makeFinding('schedule.overdue', 'x', [cell('Eng.xlsx', 'Roadmap', 'Total')]);
    const plain = makeFinding('schedule.overdue', 'y', [cell('Eng.xlsx', 'Roadmap', 'B2')]);
    const earlier = makeFinding('schedule.overdue', 'z', [cell('Eng.xlsx', 'Roadmap', 'A2')]);
    const input = [named, plain, earlier];
    expect(sortFindings(input)).toEqual(input.slice().sort(compareFindings));
    expect(sortFindings(input)).toEqual([earlier, plain, named]);
  });
});

describe('a1Number', () => {
  it('numbers a cell as parseA1 reads it, row-major', () => {
    const samples = ['A1', 'B1', 'Z1', 'AA1', 'ZZZ1', 'A10', 'A9999999', 'A0', 'A', '1', 'AAAA1', 'A10000000', '$B$7', 'b7', ' B7 ', 'B7x', '', 'A01'];
    for (const address of samples) {
      const p = parseA1(address);
      expect([address, a1Number(address)]).toEqual([address, p ? p.row * 18_279 + p.col : -1]);
    }
    expect(a1Number('B1')).toBeLessThan(a1Number('A2'));
    expect(a1Number('ZZZ1')).toBeLessThan(a1Number('A2'));
  });
});

describe('byGroup', () => {
  it('lists positions group by group, keeping their order within a group', () => {
    expect(byGroup(Int32Array.from([2, 0, 1, 0, 2, 1, 0]), 3)).toEqual([1, 3, 6, 2, 5, 0, 4]);
    expect(byGroup(Int32Array.from([1, 1]), 3)).toEqual([0, 1]); // empty groups take no room
    expect(byGroup(new Int32Array(0), 0)).toEqual([]);
  });
});
