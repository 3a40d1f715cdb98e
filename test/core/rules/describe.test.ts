import { amount, flat, label, listing, listingAtMost, percent } from '../../../src/core/rules/describe';

describe('message wording', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [2500.5, '2,500.5'],
    [1234567.891, '1,234,567.89'],
    [0.05, '0.05'],
    [-12000.1, '-12,000.1'],
    [-0.001, '0'],
    [1000.07, '1,000.07'],
    [1000.1, '1,000.1'],
    [999999.995, '1,000,000'],
    [123456789012, '123,456,789,012'],
    [1e20, '100,000,000,000,000,000,000'],
    [Infinity, 'Infinity'],
  ])('amount(%p) is %p', (n, text) => {
    expect(amount(n)).toBe(text);
  });

  it('names an initiative by id and name, and once when its name is its key', () => {
    expect(label({ id: 'ENG-4', name: 'Claims API' })).toBe('ENG-4 "Claims API"');
    expect(label({ id: 'ENG-4', name: undefined })).toBe('ENG-4');
    expect(label({ id: 'ENG-4', name: '  ' })).toBe('ENG-4');
    // A table with no id column is keyed by its names (ingest.no-id-column).
    expect(label({ id: 'Brand refresh', name: 'Brand refresh' })).toBe('Brand refresh');
    expect(label({ id: 'Brand refresh', name: 'Brand refresh ' })).toBe('Brand refresh');
    expect(label({ id: 'Brand', name: 'Brand refresh' })).toBe('Brand "Brand refresh"');
  });

  it('writes percents and lists plainly', () => {
    expect([percent(0.6), percent(1), percent(0.125), percent(0.05)]).toEqual(['60%', '100%', '12.5%', '5%']);
    expect([listing([]), listing(['a']), listing(['a', 'b']), listing(['a', 'b', 'c'])]).toEqual(['', 'a', 'a and b', 'a, b and c']);
    expect(listingAtMost(['a', 'b', 'c'], 3)).toBe('a, b and c');
    expect(listingAtMost(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
  });

  it('groups thousands as the regular expression it replaces does, however large the amount', () => {
    const byRegex = (n: number): string => {
      const cents = Math.round(Math.abs(n) * 100);
      const grouped = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      const decimals = cents % 100 === 0 ? '' : `.${String(cents % 100).padStart(2, '0').replace(/0$/, '')}`;
      return `${n < 0 && cents !== 0 ? '-' : ''}${grouped}${decimals}`;
    };
    for (let e = 0; e <= 24; e++) {
      for (const n of [10 ** e, 10 ** e * 1.2345678, -(10 ** e) * 9.87654321, 10 ** e - 0.005]) expect(amount(n)).toBe(byRegex(n));
    }
  });

  it('builds the same text as an untagged template, as one string', () => {
    const values = ['FIN-2', 3, undefined, null, 2.5, true] as const;
    expect(flat`${values[0]} waits ${values[1]} days (${values[2]}, ${values[3]}, ${values[4]}, ${values[5]})`).toBe(
      `${values[0]} waits ${values[1]} days (${values[2]}, ${values[3]}, ${values[4]}, ${values[5]})`,
    );
    expect(flat`no values`).toBe('no values');
    expect(flat`${'only'}`).toBe('only');
  });

  it('labels an initiative by id and name, or by id alone when the name is blank', () => {
    expect(label({ id: 'ENG-4', name: 'Claims API' })).toBe('ENG-4 "Claims API"');
    expect(label({ id: 'ENG-4', name: ' Claims API ' })).toBe('ENG-4 " Claims API "');
    expect(label({ id: 'ENG-4', name: '\u00a0Ü' })).toBe('ENG-4 "\u00a0Ü"');
    expect([label({ id: 'ENG-4' }), label({ id: 'ENG-4', name: '' }), label({ id: 'ENG-4', name: ' \t\u00a0\u2003' })]).toEqual(['ENG-4', 'ENG-4', 'ENG-4']);
  });
});
