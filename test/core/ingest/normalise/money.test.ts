import { currencyOf, currencySymbol, parseNumberValue } from '../../../../src/core/ingest/normalise/number';

const EXPECTED = 'a number or an amount such as 1200, £1,200, 1.2m or (300)';

describe('parseNumberValue: money as tools and people write it', () => {
  it.each<[string, number]>([
    ['EUR 1.2m', 1_200_000],
    ['1 200 CHF', 1200],
    ['USD1,200', 1200],
    ['usd 40', 40],
    ['CHF 1\u2019234.50', 1234.5],
    ["CHF 1'234.50", 1234.5],
    ['1.234.567,89 €', 1_234_567.89],
    ['1 234,5', 1234.5],
    ['1\u00a0234,50 €', 1234.5],
    ['12,50 €', 12.5],
    ['0,5', 0.5],
    ['(€1,200.50)', -1200.5],
    ['(1.234,50 €)', -1234.5],
    ['£(300)', -300],
    ['-£5k', -5000],
    ['$-5', -5],
    ['1200-', -1200],
    ['\u22125', -5],
    ['₹12,34,567', 1_234_567],
    ['R$ 1.234,56', 1234.56],
    ['1 200 kr', 1200],
    ['5kr', 5],
    ['12 000 zł', 12_000],
    ['1 500 Kč', 1500],
    ['25 000 Ft', 25_000],
    ['¥120,000', 120_000],
    ['₩5,000', 5000],
    ['₽1 000', 1000],
    ['₺250', 250],
    ['₪99', 99],
    ['20.000 ₫', 20_000],
    ['฿1,500', 1500],
    ['₴300', 300],
    ['₦5,000', 5000],
    ['A$1.5k', 1500],
    ['£1.2m', 1_200_000],
    ['2.3m', 2_300_000],
    ['1,2 Mio. €', 1_200_000],
    ['3,5 M€', 3_500_000],
    ['£1.5 million', 1_500_000],
    ['.5', 0.5],
    ['1200.', 1200],
    // A lone point: a decimal in a bare number (a £m column), thousands in money, decimals again with a scale.
    ['1.234', 1.234],
    ['€1.234', 1234],
    ['€1.234m', 1_234_000],
    // Dinars are written to thousandths.
    ['KWD 1.234', 1.234],
  ])('%j -> %d', (text, expected) => {
    expect(parseNumberValue(text)).toEqual({ kind: 'value', value: expected });
  });

  it.each(['EURO 5', '1,2,3', '£1-2m', '12 34', '£ $ 5', '€5 £', '(5', '5 apples', 'Exempt', '1.2.3,4', '1 200.000,5'])('%j cannot be read', (text) => {
    expect(parseNumberValue(text)).toEqual({ kind: 'invalid', expected: EXPECTED });
  });
});

describe('currencyOf', () => {
  it.each<[string, string | undefined]>([
    ['£1,200', 'GBP'],
    ['EUR 1.2m', 'EUR'],
    ['1 200 CHF', 'CHF'],
    ['USD1,200', 'USD'],
    ['1.234.567,89 €', 'EUR'],
    ['(€1,200.50)', 'EUR'],
    ['R$ 1.234,56', 'BRL'],
    ['CA$5', 'CAD'],
    ['₹12,34,567', 'INR'],
    ['12 000 zł', 'PLN'],
    ['1 500 Kč', 'CZK'],
    ['¥120,000', 'JPY'],
    ['20.000 ₫', 'VND'],
    // Swedish, Norwegian, Danish or Icelandic: no one code.
    ['1 200 kr', undefined],
    ['1200', undefined],
    ['1.2m', undefined],
    ['Exempt', undefined],
  ])('text %j -> %s', (text, code) => {
    expect(currencyOf(text, null)).toBe(code);
  });

  it.each<[string, string | undefined]>([
    ['"£"#,##0', 'GBP'],
    ['[$€-407] #,##0.00', 'EUR'],
    ['[$USD] #,##0', 'USD'],
    ['$#,##0.00', 'USD'],
    ['\\€#,##0', 'EUR'],
    ['#,##0 [$zł-415]', 'PLN'],
    ['[$£-809]#,##0;[Red]-[$£-809]#,##0', 'GBP'],
    ['_-"£"* #,##0_-;-"£"* #,##0_-;_-"£"* "-"_-;_-@_-', 'GBP'],
    ['[$$-C09]#,##0', 'AUD'],
    ['[$kr-41D] #,##0', 'SEK'],
    ['[$kr-414] #,##0', 'NOK'],
    ['[$kr.-406] #,##0', 'DKK'],
    ['#,##0 "kr"', undefined],
    ['"£"#,##0;"$"#,##0', undefined],
    ['#,##0 "days"', undefined],
    ['0%', undefined],
    ['[$-409]d-mmm-yy', undefined],
    ['#,##0', undefined],
    ['General', undefined],
  ])('format %j -> %s', (format, code) => {
    expect(currencyOf(1200, format)).toBe(code);
  });

  it('reads text by its own marks (a number format does not show on text) and numbers by their format', () => {
    expect(currencyOf('USD 5', '"£"#,##0')).toBe('USD');
    expect(currencyOf('5', '"£"#,##0')).toBeUndefined();
    expect(currencyOf(5, null)).toBeUndefined();
    expect(currencyOf(5, undefined)).toBeUndefined();
    expect(currencyOf(null, '[$€-407] #,##0.00')).toBe('EUR');
  });

  it('gives the symbol the report shows, or the code when a currency has none of its own', () => {
    expect(['GBP', 'USD', 'EUR', 'JPY', 'INR', 'BRL', 'CHF', 'SEK'].map(currencySymbol)).toEqual(['£', '$', '€', '¥', '₹', 'R$', 'CHF', 'SEK']);
  });
});
