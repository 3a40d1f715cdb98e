import { ingestSources } from '../../../../src/core/ingest';
import { isScaleAmbiguous, percentColumnScale } from '../../../../src/core/ingest/normalise/percent';
import { makeOptions, type CellValue } from '../../../../src/core/types';
import { sheetSource } from '../../../support/messy-table';

const options = makeOptions(0);

describe('percentColumnScale', () => {
  it.each<[string, CellValue[], Array<string | null>, 'fractions' | 'percents' | 'mixed']>([
    ['fractions with 1 as 100%', [0.5, 0.25, 1], [], 'fractions'],
    ['fractions as text', ['0.5', '0.25', null], [], 'fractions'],
    ['percents with 100', [50, 20, 100], [], 'percents'],
    ['1 beside numbers above 1 is 1%', [1, 50], [], 'percents'],
    ['only 0s and 1s: a done flag, 1 as 100%', [0, 1, 1], [], 'fractions'],
    ['0 says nothing', [0, 50], [], 'percents'],
    ['0.3 beside "60%", "10" and words', ['0.3', '60%', '10', 'about half'], [], 'mixed'],
    ['0.3 beside "60%" text', [0.3, '60 %'], [], 'mixed'],
    ['0.3 beside a bare 10', [0.3, 10], [], 'mixed'],
    ['1 beside "60%" text: 1% or 100%', [1, '60%'], [], 'mixed'],
    ['% text with bare percents', ['60%', 10, 1], [], 'percents'],
    ['numbers formatted as percents say nothing', [0.6, 0.3], ['0%', null], 'fractions'],
    ['formatted fractions beside bare percents', [0.6, 40], ['0%', null], 'percents'],
    ['a formatted fraction beside "60%" text', [0.3, '60%'], ['0%', null], 'percents'],
  ])('%s', (_, values, formats, scale) => {
    expect(percentColumnScale(values, formats)).toBe(scale);
  });

  it('tells which cells a mixed column cannot read: bare numbers above 0 up to 1', () => {
    expect(
      [
        [0.3, null],
        ['0.3', null],
        [1, null],
        [0, null],
        [40, null],
        [0.3, '0%'],
        ['30%', null],
        ['half', null],
      ].map(([v, f]) => isScaleAmbiguous(v as CellValue, f as string | null)),
    ).toEqual([true, true, true, false, false, false, false, false]);
  });
});

describe('a % complete column that mixes forms, through the ingest', () => {
  const rows: CellValue[][] = [
    ['ID', 'Name', '% Complete'],
    ['A-1', 'One', '0.3'],
    ['A-2', 'Two', '60%'],
    ['A-3', 'Three', '10'],
    ['A-4', 'Four', 'see plan'],
    ['A-5', 'Five', 1],
    ['A-6', 'Six', 0],
  ];
  const result = ingestSources([sheetSource(rows)], options);

  it('reads what is unambiguous and leaves the bare numbers from 0 to 1 unread', () => {
    expect(result.initiatives.map((r) => [r.id, r.percentComplete])).toEqual([
      ['A-1', undefined],
      ['A-2', 0.6],
      ['A-3', 0.1],
      ['A-4', undefined],
      ['A-5', undefined],
      ['A-6', 0],
    ]);
  });

  it('raises one value.ambiguous-percent for the column, naming the values and pointing at their cells', () => {
    const values = result.findings.filter((f) => f.code.startsWith('value.'));
    expect(values.map((f) => [f.code, f.severity, f.cells, f.initiativeId, f.message])).toEqual([
      [
        'value.ambiguous-percent',
        'warning',
        [
          { source: 'Finance.xlsx', sheet: 'Initiatives', address: 'C2' },
          { source: 'Finance.xlsx', sheet: 'Initiatives', address: 'C6' },
        ],
        undefined,
        'Finance.xlsx, sheet "Initiatives": the % complete column "% Complete" mixes 0-1 fractions with 0-100 numbers: A-1 "0.3" and A-5 "1" could be read either way (0.3 as 30% or 0.3%) beside "60%" and "10"; they were not read.',
      ],
      [
        'value.unparseable',
        'warning',
        [{ source: 'Finance.xlsx', sheet: 'Initiatives', address: 'C5' }],
        'A-4',
        'A-4: % complete "see plan" cannot be read; expected a percentage between 0% and 100% such as 50%, 0.5 or 50.',
      ],
    ]);
  });

  it('names five values and counts the rest, pointing at every cell', () => {
    const many: CellValue[][] = [['ID', 'Progress'], ['B-0', 40]];
    for (let k = 1; k <= 7; k++) many.push([`B-${k}`, k / 10]);
    const findings = ingestSources([sheetSource(many)], options).findings.filter((f) => f.code === 'value.ambiguous-percent');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.cells.map((c) => c.address)).toEqual(['B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9']);
    expect(findings[0]!.message).toBe(
      'Finance.xlsx, sheet "Initiatives": the % complete column "Progress" mixes 0-1 fractions with 0-100 numbers: B-1 "0.1", B-2 "0.2", B-3 "0.3", B-4 "0.4", B-5 "0.5" and 2 more could be read either way (0.1 as 10% or 0.1%) beside "40"; they were not read.',
    );
  });

  it.each<[string, CellValue[], Array<string | null>, number[]]>([
    ['fractions', [0.5, 0.25, 1], [null, null, null], [0.5, 0.25, 1]],
    ['percents', [50, 20, 100], [null, null, null], [0.5, 0.2, 1]],
    ['cells formatted 0%', [0.6, 0.3, 1], ['0%', '0%', '0%'], [0.6, 0.3, 1]],
    ['formatted fractions beside a bare percent', [0.6, 0.3, 40], ['0%', '0%', null], [0.6, 0.3, 0.4]],
  ])('reads an unambiguous column of %s as before, with no finding', (_, values, formats, expected) => {
    const table: CellValue[][] = [['ID', 'Progress'], ...values.map((v, k) => [`C-${k + 1}`, v])];
    const numberFormats = [[null, null], ...formats.map((f) => [null, f])];
    const ingested = ingestSources([sheetSource([{ rows: table, numberFormats }])], options);
    expect(ingested.initiatives.map((r) => r.percentComplete)).toEqual(expected);
    expect(ingested.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });
});
