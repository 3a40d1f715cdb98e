import {
  isDateFormat,
  normaliseId,
  normaliseStatus,
  parseDateValue,
  parseDependencyCell,
  parseLag,
  parseLinkType,
  parseListCell,
  parseNumberValue,
  parsePercent,
} from '../../../src/core/ingest';
import type { DateContext } from '../../../src/core/ingest';
import { forcedDateOrder } from '../../../src/core/ingest/normalise/date';
import { dayFromIso } from '../../../src/core/util/days';

const day = (iso: string): number => dayFromIso(iso)!;

describe('normaliseId', () => {
  it.each([
    ['FIN-2', 'FIN-2'],
    ['  fin-2 ', 'FIN-2'],
    ["'0042", '0042'],
    ["'fin-7", 'FIN-7'],
    ['FIN\u00a0-\u00a02', 'FIN-2'],
    ['fin - 2', 'FIN-2'],
    ['ops_ 9', 'OPS_9'],
    ['Ops  9', 'OPS 9'],
    ['\u2009IT-4\u200b', 'IT-4'],
  ])('%j -> %s', (input, expected) => {
    expect(normaliseId(input)).toBe(expected);
  });

  it('reads numbers as text and refuses non-ids', () => {
    expect(normaliseId(12)).toBe('12');
    expect(normaliseId(null)).toBeUndefined();
    expect(normaliseId('   ')).toBeUndefined();
    expect(normaliseId("'")).toBeUndefined();
    expect(normaliseId({ error: '#N/A' })).toBeUndefined();
    expect(normaliseId(true)).toBeUndefined();
    expect(normaliseId(new Date(0))).toBeUndefined();
  });
});

describe('normaliseStatus', () => {
  it.each([
    ['G', 'green'], ['Green', 'green'], ['on track', 'green'], ['🟢', 'green'], ['ON TRACK', 'green'],
    ['A', 'amber'], ['Amber', 'amber'], ['At risk', 'amber'], ['Yellow', 'amber'], ['🟡', 'amber'],
    ['R', 'red'], ['Red', 'red'], ['Off track', 'red'], ['Blocked', 'red'], ['🔴', 'red'],
    ['Complete', 'done'], ['Done', 'done'], ['Closed', 'done'], ['100%', 'done'],
    ['Not started', 'not-started'], ['On hold', 'on-hold'], ['Paused', 'on-hold'], ['Cancelled', 'cancelled'], ['Canceled', 'cancelled'],
    ['Amber/Red', 'red'], ['Green/Amber', 'amber'], ['Amber / Green', 'amber'], ['A/R', 'red'], ['Red-Amber', 'red'],
    ['🟢 On track', 'green'], ['Green ✅', 'green'], [' amber. ', 'amber'],
    ['NA', 'unknown'], ['TBC', 'unknown'], ['In progress', 'unknown'],
  ])('%j -> %s', (input, expected) => {
    expect(normaliseStatus(input)).toBe(expected);
  });

  it.each([['Exempt under Section 43'], ['Early planning GMPP project'], ['Amber/Done'], ['purple'], ['']])('%j cannot be read', (input) => {
    expect(normaliseStatus(input)).toBeUndefined();
  });

  it('does not read numbers, errors or dates as statuses', () => {
    expect(normaliseStatus(1)).toBeUndefined();
    expect(normaliseStatus({ error: '#N/A' })).toBeUndefined();
    expect(normaliseStatus(null)).toBeUndefined();
  });
});

describe('parseDateValue', () => {
  const dmy: DateContext = { dateSystem: 1900, dateOrder: 'dmy' };
  const mdy: DateContext = { dateSystem: 1900, dateOrder: 'mdy' };

  it('reads Excel serials at the edges of the 1900 and 1904 systems', () => {
    expect(parseDateValue(46115, dmy)).toEqual({ kind: 'value', value: { day: day('2026-04-03') } });
    expect(parseDateValue(46115.75, dmy)).toEqual({ kind: 'value', value: { day: day('2026-04-03') } });
    expect(parseDateValue(1, { ...dmy, numberFormat: 'dd/mm/yyyy' })).toEqual({ kind: 'value', value: { day: day('1900-01-01') } });
    expect(parseDateValue(59, { ...dmy, numberFormat: 'dd/mm/yyyy' })).toEqual({ kind: 'value', value: { day: day('1900-02-28') } });
    expect(parseDateValue(61, { ...dmy, numberFormat: 'dd/mm/yyyy' })).toEqual({ kind: 'value', value: { day: day('1900-03-01') } });
    expect(parseDateValue(60, { ...dmy, numberFormat: 'dd/mm/yyyy' }).kind).toBe('invalid');
    expect(parseDateValue(0, { dateSystem: 1904, dateOrder: 'dmy', numberFormat: 'd-mmm-yy' })).toEqual({ kind: 'value', value: { day: day('1904-01-01') } });
    expect(parseDateValue(44653, { dateSystem: 1904, dateOrder: 'dmy' })).toEqual({ kind: 'value', value: { day: day('2026-04-03') } });
  });

  it('reads a bare number only in the plausible serial range unless formatted as a date', () => {
    expect(parseDateValue(60, dmy).kind).toBe('invalid');
    expect(parseDateValue(500, dmy).kind).toBe('invalid');
    expect(parseDateValue(500, { ...dmy, numberFormat: 'yyyy-mm-dd' })).toEqual({ kind: 'value', value: { day: day('1901-05-14') } });
    expect(parseDateValue('46115', dmy)).toEqual({ kind: 'value', value: { day: day('2026-04-03') } });
    expect(parseDateValue(46115, { ...dmy, numberFormat: '#,##0' }).kind).toBe('value');
  });

  it.each([
    ['2026-04-03', '2026-04-03'],
    ['2017-11-01 00:00:00', '2017-11-01'],
    ['2026-04-03T09:30:00Z', '2026-04-03'],
    ['2026/4/3', '2026-04-03'],
    ['3 Apr 2026', '2026-04-03'],
    ['3rd April 2026', '2026-04-03'],
    ['April 3, 2026', '2026-04-03'],
    ['Apr 3 2026', '2026-04-03'],
    ['03-Apr-26', '2026-04-03'],
    ['Fri, 3 April 2026', '2026-04-03'],
    ['25/12/2026', '2026-12-25'],
    ['12/25/2026', '2026-12-25'],
    ['05.05.26', '2026-05-05'],
    ['13/2/99', '1999-02-13'],
  ])('text %j -> %s', (text, iso) => {
    expect(parseDateValue(text, dmy)).toEqual({ kind: 'value', value: { day: day(iso) } });
  });

  it('marks day/month text that reads two ways and resolves it by the date order', () => {
    const ambiguous = { dayFirst: day('2026-04-03'), monthFirst: day('2026-03-04') };
    expect(parseDateValue('03/04/2026', dmy)).toEqual({ kind: 'value', value: { day: day('2026-04-03'), ambiguous } });
    expect(parseDateValue('03/04/2026', mdy)).toEqual({ kind: 'value', value: { day: day('2026-03-04'), ambiguous } });
  });

  it('tells the order a numeric text date can only be read in', () => {
    expect(['25/04/2026', '04/25/2026', '03/04/2026', '04/04/2026', 'Fri 25.04.26', '31/02/2026', '2026-04-25', 45000, null].map(forcedDateOrder)).toEqual([
      'dmy',
      'mdy',
      undefined,
      undefined,
      'dmy',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads Date objects, and reports errors, blanks and nonsense', () => {
    expect(parseDateValue(new Date(Date.UTC(2026, 3, 3)), dmy)).toEqual({ kind: 'value', value: { day: day('2026-04-03') } });
    expect(parseDateValue({ error: '#REF!' }, dmy)).toEqual({ kind: 'error', error: '#REF!' });
    expect(parseDateValue(null, dmy)).toEqual({ kind: 'blank' });
    expect(parseDateValue('TBC', dmy)).toEqual({ kind: 'blank' });
    for (const bad of ['31/02/2026', 'soon', 'Q5 2026', '3 Apx 2026', 'Exempt']) expect(parseDateValue(bad, dmy).kind).toBe('invalid');
    expect(parseDateValue(new Date(NaN), dmy).kind).toBe('invalid');
  });

  it('tells date number formats from others', () => {
    expect(isDateFormat('dd/mm/yyyy')).toBe(true);
    expect(isDateFormat('[$-409]mmmm d, yyyy;@')).toBe(true);
    expect(isDateFormat('d-mmm-yy')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('#,##0 "days"')).toBe(false);
    expect(isDateFormat(null)).toBe(false);
  });
});

describe('parsePercent', () => {
  it.each<[unknown, boolean, number]>([
    [0.5, true, 0.5],
    [50, false, 0.5],
    ['50%', false, 0.5],
    ['50 %', true, 0.5],
    ['100%', false, 1],
    ['0.5', true, 0.5],
    ['75', false, 0.75],
    [1, true, 1],
  ])('%j (fractions column: %s) -> %d', (value, fractions, expected) => {
    expect(parsePercent(value as never, { fractions })).toEqual({ kind: 'value', value: expected });
  });

  it("reads a number formatted with '%' as a fraction whatever the column", () => {
    expect(parsePercent(0.35, { fractions: false, numberFormat: '0%' })).toEqual({ kind: 'value', value: 0.35 });
  });

  it('refuses values outside 0..100% and words that give no figure', () => {
    expect(parsePercent(250, { fractions: false })).toEqual({ kind: 'invalid', expected: 'a percentage between 0% and 100% such as 50%, 0.5 or 50' });
    expect(parsePercent('mostly', { fractions: false }).kind).toBe('invalid');
    expect(parsePercent('-5%', { fractions: false }).kind).toBe('invalid');
    expect(parsePercent({ error: '#DIV/0!' })).toEqual({ kind: 'error', error: '#DIV/0!' });
  });
});

describe('parseNumberValue', () => {
  it.each<[unknown, number]>([
    ['£1,200', 1200],
    ['1.2m', 1_200_000],
    ['(300)', -300],
    ['-£5k', -5000],
    ['$1,234,567.50', 1_234_567.5],
    ['€ 2bn', 2e9],
    ['GBP 40', 40],
    ['£155.80', 155.8],
    [12.5, 12.5],
    ['-91', -91],
  ])('%j -> %d', (value, expected) => {
    expect(parseNumberValue(value as never)).toEqual({ kind: 'value', value: expected });
  });

  it('refuses text that is not an amount; placeholders are no value', () => {
    expect(parseNumberValue('Exempt')).toEqual({ kind: 'invalid', expected: 'a number or an amount such as 1200, £1,200, 1.2m or (300)' });
    expect(parseNumberValue('£1-2m').kind).toBe('invalid');
    expect(parseNumberValue('NA')).toEqual({ kind: 'blank' });
    expect(parseNumberValue({ error: '#VALUE!' })).toEqual({ kind: 'error', error: '#VALUE!' });
  });
});

describe('parseDependencyCell', () => {
  const cases: Array<[string, Array<{ id: string; type: string; lagDays: number }>]> = [
    ['FIN-2', [{ id: 'FIN-2', type: 'FS', lagDays: 0 }]],
    ['FIN-2 FS+5d', [{ id: 'FIN-2', type: 'FS', lagDays: 5 }]],
    ['OPS-9SS', [{ id: 'OPS-9', type: 'SS', lagDays: 0 }]],
    ['IT-4 (FF-2 days)', [{ id: 'IT-4', type: 'FF', lagDays: -2 }]],
    ['ENG-3 SS+1w', [{ id: 'ENG-3', type: 'SS', lagDays: 5 }]],
    ['FIN-2FS+3d', [{ id: 'FIN-2', type: 'FS', lagDays: 3 }]],
    ['fin-1 +2', [{ id: 'FIN-1', type: 'FS', lagDays: 2 }]],
    ['FIN-1 SF 4d', [{ id: 'FIN-1', type: 'SF', lagDays: 4 }]],
    [
      'FIN-1, OPS-2; IT-3\nENG-4 HR-5',
      ['FIN-1', 'OPS-2', 'IT-3', 'ENG-4', 'HR-5'].map((id) => ({ id, type: 'FS', lagDays: 0 })),
    ],
    [
      'FIN-2 FS+5d, OPS-9SS IT-4 (FF-2 days)',
      [
        { id: 'FIN-2', type: 'FS', lagDays: 5 },
        { id: 'OPS-9', type: 'SS', lagDays: 0 },
        { id: 'IT-4', type: 'FF', lagDays: -2 },
      ],
    ],
  ];
  it.each(cases)('%j', (text, links) => {
    expect(parseDependencyCell(text)).toEqual({ links, unreadable: [] });
  });

  it('counts weeks in the working days per week', () => {
    expect(parseDependencyCell('ENG-3 SS+1w', { workingDaysPerWeek: 6 }).links).toEqual([{ id: 'ENG-3', type: 'SS', lagDays: 6 }]);
    expect(parseDependencyCell('ENG-3 +2 weeks', { workingDaysPerWeek: 4 }).links).toEqual([{ id: 'ENG-3', type: 'FS', lagDays: 8 }]);
  });

  it('keeps what it reads and names what it cannot', () => {
    expect(parseDependencyCell('FIN-1 and')).toEqual({ links: [{ id: 'FIN-1', type: 'FS', lagDays: 0 }], unreadable: ['and'] });
    expect(parseDependencyCell('FIN-1 (see notes!)')).toEqual({ links: [{ id: 'FIN-1', type: 'FS', lagDays: 0 }], unreadable: ['see', 'notes!'] });
  });

  it('reads words beside one id as its description, as an analyst reads "P-004 data cleanse"', () => {
    const link = (id: string, label: string, type = 'FS', lagDays = 0) => ({ id, type, lagDays, label });
    expect(parseDependencyCell('P-004 data cleanse')).toEqual({ links: [link('P-004', 'data cleanse')], unreadable: [] });
    expect(parseDependencyCell('IT-4 (Data platform)')).toEqual({ links: [link('IT-4', 'Data platform')], unreadable: [] });
    expect(parseDependencyCell('Vendor contract (FIN-2)')).toEqual({ links: [link('FIN-2', 'Vendor contract')], unreadable: [] });
    expect(parseDependencyCell('FIN-2 – vendor contract')).toEqual({ links: [link('FIN-2', 'vendor contract')], unreadable: [] });
    expect(parseDependencyCell('P-004: data cleanse, P-007 go-live')).toEqual({ links: [link('P-004', 'data cleanse'), link('P-007', 'go-live')], unreadable: [] });
    expect(parseDependencyCell('FIN-2 SS+5d vendor sign-off')).toEqual({ links: [link('FIN-2', 'vendor sign-off', 'SS', 5)], unreadable: [] });
  });

  it('still names words that change what the link means, or that sit between two ids', () => {
    expect(parseDependencyCell('FIN-2 (not needed)')).toEqual({ links: [{ id: 'FIN-2', type: 'FS', lagDays: 0 }], unreadable: ['not', 'needed'] });
    expect(parseDependencyCell('FIN-2 TBC').unreadable).toEqual(['TBC']);
    expect(parseDependencyCell('FIN-2 done').unreadable).toEqual(['done']);
    expect(parseDependencyCell('FIN-2 blocks').unreadable).toEqual(['blocks']);
    expect(parseDependencyCell('FIN-2 vendor OPS-3').unreadable).toEqual(['vendor']);
    // A percent lag is already a question: the words stay with it.
    expect(parseDependencyCell('FIN-2 FS+50% vendor').unreadable).toEqual(['+50%', 'vendor']);
  });

  it('reads "and" / "&" between two references as a separator', () => {
    const both = { links: [{ id: 'FIN-1', type: 'FS', lagDays: 0 }, { id: 'OPS-2', type: 'FS', lagDays: 0 }], unreadable: [] };
    expect(parseDependencyCell('FIN-1 and OPS-2')).toEqual(both);
    expect(parseDependencyCell('FIN-1 & OPS-2')).toEqual(both);
  });

  it('drops relation words of the column\'s own direction before a reference, and keeps words that would reverse it', () => {
    expect(parseDependencyCell('waiting on 86a1b2c3d')).toEqual({ links: [{ id: '86A1B2C3D', type: 'FS', lagDays: 0 }], unreadable: [] });
    expect(parseDependencyCell('Needs: IT-4 SS+2d')).toEqual({ links: [{ id: 'IT-4', type: 'SS', lagDays: 2 }], unreadable: [] });
    expect(parseDependencyCell('after FIN-2; depends on OPS-1')).toEqual({ links: [{ id: 'FIN-2', type: 'FS', lagDays: 0 }, { id: 'OPS-1', type: 'FS', lagDays: 0 }], unreadable: [] });
    expect(parseDependencyCell('blocked by Vendor go-live')).toEqual({ links: [{ id: 'VENDOR GO-LIVE', name: 'Vendor go-live', type: 'FS', lagDays: 0 }], unreadable: [] });
    expect(parseDependencyCell('Waiting for Legal sign-off')).toEqual({ links: [{ id: 'LEGAL SIGN-OFF', name: 'Legal sign-off', type: 'FS', lagDays: 0 }], unreadable: [] });
    // "blocks" says the row is the predecessor: not dropped, so the cell is reported.
    expect(parseDependencyCell('blocks FIN-9').unreadable).toEqual(['blocks']);
    // A name that only starts like a relation word stays whole.
    expect(parseDependencyCell('After')).toEqual({ links: [{ id: 'AFTER', name: 'After', type: 'FS', lagDays: 0 }], unreadable: [] });
  });

  it('keeps an item of words as a reference by id or name, for the ingest to match against what exists', () => {
    expect(parseDependencyCell('A')).toEqual({ links: [{ id: 'A', name: 'A', type: 'FS', lagDays: 0 }], unreadable: [] });
    expect(parseDependencyCell('Data platform; Vendor go-live')).toEqual({
      links: [
        { id: 'DATA PLATFORM', name: 'Data platform', type: 'FS', lagDays: 0 },
        { id: 'VENDOR GO-LIVE', name: 'Vendor go-live', type: 'FS', lagDays: 0 },
      ],
      unreadable: [],
    });
  });

  it('reads a word joined by underscores, with no digit, as an id ("CORE_API"), alone or with a lag', () => {
    expect(parseDependencyCell('AB__CD')).toEqual({ links: [{ id: 'AB__CD', name: 'AB__CD', type: 'FS', lagDays: 0 }], unreadable: [] });
    expect(parseDependencyCell('core_api SS+2d; DATA_LAKE')).toEqual({
      links: [
        { id: 'CORE_API', type: 'SS', lagDays: 2 },
        { id: 'DATA_LAKE', name: 'DATA_LAKE', type: 'FS', lagDays: 0 },
      ],
      unreadable: [],
    });
  });

  it('reads numbers as ids, placeholders as none, errors as errors', () => {
    expect(parseDependencyCell(12)).toEqual({ links: [{ id: '12', type: 'FS', lagDays: 0 }], unreadable: [] });
    expect(parseDependencyCell('N/A')).toEqual({ links: [], unreadable: [] });
    expect(parseDependencyCell({ error: '#REF!' })).toEqual({ links: [], unreadable: [], error: '#REF!' });
  });
});

describe('register cells', () => {
  it('reads link types and lags', () => {
    expect(parseLinkType('Finish-to-Start')).toEqual({ kind: 'value', value: 'FS' });
    expect(parseLinkType('ss')).toEqual({ kind: 'value', value: 'SS' });
    expect(parseLinkType(null)).toEqual({ kind: 'blank' });
    expect(parseLinkType('soon').kind).toBe('invalid');
    expect(parseLag(3, 5)).toEqual({ kind: 'value', value: 3 });
    expect(parseLag('+5 days', 5)).toEqual({ kind: 'value', value: 5 });
    expect(parseLag('1w', 5)).toEqual({ kind: 'value', value: 5 });
    expect(parseLag('-2d', 5)).toEqual({ kind: 'value', value: -2 });
    expect(parseLag('a while', 5).kind).toBe('invalid');
  });

  it('reads a Lag column in the units Microsoft Project writes, as the dependency cells do', () => {
    // Working days: 16 h / 8 h a day = 2; 480 min / 480 = 1; 1 month = 20 working days;
    // 2 weeks x 5 = 10; elapsed days count calendar time: 14 ed x 5/7 = 10, 3 ed x 5/7 = 2.14 -> 2.
    expect(parseLag('16 hrs', 5)).toEqual({ kind: 'value', value: 2 });
    expect(parseLag('480 mins', 5)).toEqual({ kind: 'value', value: 1 });
    expect(parseLag('1mo', 5)).toEqual({ kind: 'value', value: 20 });
    expect(parseLag('+2 weeks', 5)).toEqual({ kind: 'value', value: 10 });
    expect(parseLag('14 edays', 5)).toEqual({ kind: 'value', value: 10 });
    expect(parseLag('3ed', 5)).toEqual({ kind: 'value', value: 2 });
    expect(parseLag('2 working days', 5)).toEqual({ kind: 'value', value: 2 });
    // A six-day week: 1 wk = 6 working days.
    expect(parseLag('1 wk', 6)).toEqual({ kind: 'value', value: 6 });
    // The same text inside a dependency cell gives the same lag.
    expect(parseDependencyCell('A-1 FS+16 hrs', { workingDaysPerWeek: 5 }).links[0]!.lagDays).toBe(2);
    expect(parseLag('5 fortnights', 5)).toEqual({ kind: 'invalid', expected: 'a lag in working days such as 5, 5d, 1w, 16h or 1mo' });
  });

  it('splits list cells', () => {
    expect(parseListCell('K1, K2;Customer NPS\nK4')).toEqual(['K1', 'K2', 'Customer NPS', 'K4']);
    expect(parseListCell('NA')).toEqual([]);
    expect(parseListCell(null)).toEqual([]);
  });
});
