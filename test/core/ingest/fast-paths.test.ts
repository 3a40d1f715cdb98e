/**
 * The shortcuts ingest takes for the common clean cells: each gives exactly what the full
 * normaliser gives, or declines (undefined / false) and leaves the cell to it.
 */
import fc from 'fast-check';
import { ingestSources, parseDateValue, parseDependencyCell, parseListCell, parsePercent } from '../../../src/core/ingest';
import { AddressBook } from '../../../src/core/ingest/address-book';
import { mayBeTotalLabel } from '../../../src/core/ingest/find-tables';
import { cleanText, isTidyAscii } from '../../../src/core/ingest/normalise/cell-text';
import { quickDay } from '../../../src/core/ingest/normalise/date';
import { plainDependencyIds } from '../../../src/core/ingest/normalise/dependency';
import { isCanonicalId } from '../../../src/core/ingest/normalise/id';
import { percentOfNumber } from '../../../src/core/ingest/normalise/percent';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/** Strings from pieces that sit on both sides of every shortcut's line. */
const piece = fc.constantFrom(
  'FIN-2', 'OPS-9', 'A1', 'IT-4', 'fin-2', 'SS-1', 'FF-2', 'FS', 'SS', 'FS+5d', '+3', 'd', 'days', 'w', '5d', '12', 'A1SS-1', 'X1FS', 'OPS-9SS',
  'FIN-2FS+5d', 'A_1', 'A.1', 'A/1', 'A#1', '#1', '-', 'na', 'NA', 'TBC', '?', 'É-1', 'K1', 'Customer NPS', 'Total', 'sum', 'Grand total', 'x',
);
const separator = fc.constantFrom(', ', ',', ';', '; ', '\n', '\r\n', ' ', '  ', '\t', '(', ')', '[', ']', '|', ' | ', '\u00a0', '\u2009', '\u200b', '');
const joined = (pieces: fc.Arbitrary<string>, separators: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(fc.option(separators, { nil: '' }), fc.array(fc.tuple(pieces, separators), { minLength: 1, maxLength: 4 }), fc.option(separators, { nil: '' }))
    .map(([head, parts, tail]) => head + parts.map(([p, s], i) => (i === parts.length - 1 ? p : p + s)).join('') + tail);
/** Half of the cases near the shortcuts' line: plain ids and ASCII separators, with the odd piece that is not. */
const messyText = fc.oneof(
  joined(piece, separator),
  joined(fc.oneof({ weight: 6, arbitrary: fc.constantFrom('FIN-2', 'OPS-9', 'A1', 'B_2.3', 'KPI-38') }, { weight: 1, arbitrary: piece }), fc.constantFrom(', ', ';', '\n', ' ', '(', ']', '|')),
);

describe('isTidyAscii', () => {
  it.each([
    ['FIN-2', true], ['Ledger upgrade', true], ['a b c', true], ['x', true],
    ['', false], [' x', false], ['x ', false], ['a  b', false], ['a\tb', false], ['a\nb', false], ['caf\u00e9', false], ['a\u00a0b', false], ['\u007f', false],
  ])('%j -> %s', (text, expected) => {
    expect(isTidyAscii(text)).toBe(expected);
  });

  it('is true only for text that cleaning and space folding leave as it is', () => {
    fc.assert(
      fc.property(fc.oneof(messyText, fc.string()), (text) => {
        if (isTidyAscii(text)) expect(cleanText(text).replace(/[ \t]{2,}|\t/g, ' ')).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('mayBeTotalLabel', () => {
  it.each([
    ['Total', true], ['total', true], ['Grand total', true], ['Subtotal', true], ['sum', true], ['Sales', true], [' Total', true], ['\u00a0Total', true],
    ['FIN-1', false], ['Amber', false], ['2026-04-03', false], ['(300)', false],
  ])('%j -> %s', (text, expected) => {
    expect(mayBeTotalLabel(text)).toBe(expected);
  });
});

describe('quickDay', () => {
  it('reads Dates and yyyy-mm-dd text as parseDateValue does', () => {
    expect(quickDay(new Date(Date.UTC(2026, 3, 3)))).toBe(dayFromIso('2026-04-03'));
    expect(quickDay(new Date(Date.UTC(2026, 3, 3, 18, 30)))).toBe(dayFromIso('2026-04-03'));
    expect(quickDay('2026-04-03')).toBe(dayFromIso('2026-04-03'));
    expect(quickDay('2024-02-29')).toBe(dayFromIso('2024-02-29'));
  });

  it.each<[CellValue]>([[new Date(Number.NaN)], ['2026-02-30'], ['2026-13-01'], ['2026-4-3'], [' 2026-04-03'], ['2026/04/03'], ['03/04/2026'], [46115], [null], ['TBC']])(
    '%j is left to parseDateValue',
    (value) => {
      expect(quickDay(value)).toBeUndefined();
    },
  );

  it('never disagrees with parseDateValue', () => {
    const digits = (n: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const isoLike = fc.tuple(digits(4), fc.constantFrom('-', '/', '.'), digits(2), fc.constantFrom('-', '/'), digits(2)).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(isoLike, fc.date().map((d): CellValue => d), fc.string()), (value) => {
        const day = quickDay(value);
        if (day === undefined) return;
        expect(parseDateValue(value)).toEqual({ kind: 'value', value: { day } });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('percentOfNumber', () => {
  it('gives the fraction parsePercent gives for a number, or leaves it to parsePercent', () => {
    expect(percentOfNumber(50, false)).toBe(0.5);
    expect(percentOfNumber(0.25, true)).toBe(0.25);
    expect(percentOfNumber(250, false)).toBeUndefined();
    expect(percentOfNumber(Number.NaN, true)).toBeUndefined();
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer({ min: -5, max: 200 })), fc.boolean(), fc.boolean(), (n, fractions, percentFormat) => {
        const fraction = percentOfNumber(n, fractions || percentFormat);
        const parsed = parsePercent(n, { fractions, numberFormat: percentFormat ? '0%' : 'General' });
        expect(fraction === undefined ? parsed.kind : parsed).toEqual(fraction === undefined ? 'invalid' : { kind: 'value', value: fraction });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isCanonicalId', () => {
  it.each([
    ['FIN-2', true], ['0042', true], ['A_1.2/3#4', true], ['IT', true],
    ['fin-2', false], ['FIN 2', false], ["'FIN-2", false], ['-FIN', false], ['', false], ['FIN-2 ', false], ['É-1', false],
  ])('%j -> %s', (text, expected) => {
    expect(isCanonicalId(text)).toBe(expected);
  });
});

describe('plainDependencyIds', () => {
  it.each([
    ['FIN-2', ['FIN-2']],
    ['FIN-2, OPS-3', ['FIN-2', 'OPS-3']],
    ['IT-4\nHR-1\r\nQA-2', ['IT-4', 'HR-1', 'QA-2']],
    ['A-1 B-2;C-3', ['A-1', 'B-2', 'C-3']],
    ['(FIN-2) [OPS-3]', ['FIN-2', 'OPS-3']],
  ])('%j -> %j', (text, ids) => {
    expect(plainDependencyIds(text)).toEqual(ids);
  });

  it.each([['FIN-2 FS+5d'], ['OPS-9SS'], ['SS-1'], ['fin-2'], ['FIN-2 and OPS-3'], ['12'], ['É-1'], ['FIN-2\u00a0OPS-3'], [','], ['']])('%j is left to the full parse', (text) => {
    expect(plainDependencyIds(text)).toBeUndefined();
  });

  it('reads what the full parse reads', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const ids = plainDependencyIds(text);
        if (ids === undefined) return;
        // A lower-case piece after a separator sends the same cell down the full parse.
        const full = parseDependencyCell(`${text}; zz!`);
        expect(full).toEqual({ links: ids.map((id) => ({ id, type: 'FS', lagDays: 0 })), unreadable: ['zz!'] });
      }),
      { numRuns: 5000 },
    );
  });
});

describe('parseListCell', () => {
  it('reads one tidy item as the full split does', () => {
    expect(parseListCell('KPI-38')).toEqual(['KPI-38']);
    expect(parseListCell('Customer NPS')).toEqual(['Customer NPS']);
    expect(parseListCell('NA')).toEqual([]);
    fc.assert(
      fc.property(messyText, (text) => {
        // A trailing separator adds only an empty item, and takes the full split.
        expect(parseListCell(text)).toEqual(parseListCell(`${text}|`));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('AddressBook', () => {
  it('gives A1 addresses, one shared text per cell position', () => {
    const book = new AddressBook();
    expect(book.address(0, 0)).toBe('A1');
    expect(book.address(6, 2)).toBe('C7');
    expect(book.address(99_999, 27)).toBe('AB100000');
    expect(book.address(6, 2)).toBe('C7');
    expect(book.address(1_048_575, 16_383)).toBe('XFD1048576');
  });
});

describe('findings in reading order', () => {
  it('orders a table\'s findings by row, then column, then as raised, whatever order the fields are read in', () => {
    // Status is read before dates, but the Due column is left of the Status column.
    const source = sheetSource([
      ['Due', 'ID', 'Status', 'Start'],
      ['soon', 'A-1', 'purple', 'later'],
      [{ error: '#N/A' }, 'A-2', { error: '#REF!' }, null],
    ]);
    const result = ingestSources([source], makeOptions(0));
    expect(result.findings.filter((f) => f.code !== 'ingest.fields-missing').map((f) => `${f.code} ${f.cells[0]!.address}`)).toEqual([
      'value.unparseable A2',
      'value.unparseable C2',
      'value.unparseable D2',
      'value.excel-error A3',
      'value.excel-error C3',
    ]);
  });
});
