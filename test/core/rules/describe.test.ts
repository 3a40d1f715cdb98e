import { amount, listing, listingAtMost, percent } from '../../../src/core/rules/describe';

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
  ])('amount(%p) is %p', (n, text) => {
    expect(amount(n)).toBe(text);
  });

  it('writes percents and lists plainly', () => {
    expect([percent(0.6), percent(1), percent(0.125), percent(0.05)]).toEqual(['60%', '100%', '12.5%', '5%']);
    expect([listing([]), listing(['a']), listing(['a', 'b']), listing(['a', 'b', 'c'])]).toEqual(['', 'a', 'a and b', 'a, b and c']);
    expect(listingAtMost(['a', 'b', 'c'], 3)).toBe('a, b and c');
    expect(listingAtMost(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
  });
});
