/**
 * Dependency cells written by hand as an analyst reads them: names with punctuation and digits,
 * names joined by "and" / "+", a name with a lag or a note after it, numbers inside words, and
 * Microsoft Project lags with a decimal comma. Every expectation is worked out by hand.
 */
import { parseDependencyCell, type KnownNames } from '../../../../src/core/ingest/normalise/dependency';
import { parseDuration, parseTaskDuration } from '../../../../src/core/ingest/normalise/duration';
import { parseLag } from '../../../../src/core/ingest/normalise/link';
import { parseListCell } from '../../../../src/core/ingest/normalise/list';

/** Names as the run knows them: case and spacing aside. */
function namesOf(...names: string[]): KnownNames {
  const key = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();
  const keys = new Set(names.map(key));
  return { has: (text) => keys.has(key(text)) };
}

const names = namesOf(
  'SSO for enterprise (SAML/OIDC)',
  'Public API v2',
  'Data cleanse',
  'Vendor selection',
  'UAT sign-off',
  'Go-live North DC',
  'Warehouse management system build',
  'Research and development',
  'Customer, product and pricing masters',
);
const read = (text: string, extra: Partial<Parameters<typeof parseDependencyCell>[1]> = {}) => parseDependencyCell(text, { workingDaysPerWeek: 5, names, ...extra });
const byName = (name: string, lagDays = 0, type = 'FS') => ({ id: name.toUpperCase(), name, type, lagDays });

describe('a cell or piece that is an initiative name is that initiative', () => {
  it('reads a name with brackets and a slash, and one with a digit, whole', () => {
    expect(read('SSO for enterprise (SAML/OIDC)')).toEqual({ links: [byName('SSO for enterprise (SAML/OIDC)')], unreadable: [] });
    // Not the id V2 described by "Public API".
    expect(read('Public API v2')).toEqual({ links: [byName('Public API v2')], unreadable: [] });
    // Case and spacing aside.
    expect(read('public API  V2').links.map((l) => l.name)).toEqual(['public API  V2']);
  });

  it('keeps a name whole across a comma, and the other items apart', () => {
    expect(read('Customer, product and pricing masters; Vendor selection')).toEqual({
      links: [byName('Customer, product and pricing masters'), byName('Vendor selection')],
      unreadable: [],
    });
  });

  it('drops the lead words before matching ("after", "following", "once", "waits on", "needs", "depends on")', () => {
    for (const lead of ['after', 'following', 'once', 'waits on', 'needs', 'depends on']) {
      expect(read(`${lead} UAT sign-off`)).toEqual({ links: [byName('UAT sign-off')], unreadable: [] });
    }
  });

  it('splits names joined by "and", "&" or "+" when every piece names an initiative', () => {
    const both = { links: [byName('Data cleanse'), byName('Vendor selection')], unreadable: [] };
    expect(read('after Data cleanse and Vendor selection')).toEqual(both);
    expect(read('Data cleanse & Vendor selection')).toEqual(both);
    expect(read('Data cleanse + Vendor selection')).toEqual(both);
    expect(read('Data cleanse+Vendor selection')).toEqual(both);
    // A piece may be an id, with its description: the name after "and" is not folded into it.
    expect(read('FIN-1 and Vendor selection')).toEqual({ links: [{ id: 'FIN-1', type: 'FS', lagDays: 0 }, byName('Vendor selection')], unreadable: [] });
    expect(read('P-004 data cleanse and Vendor selection')).toEqual({
      links: [{ id: 'P-004', type: 'FS', lagDays: 0, label: 'data cleanse' }, byName('Vendor selection')],
      unreadable: [],
    });
  });

  it('keeps the whole text when a piece names nothing, so a name with "and" in it survives', () => {
    expect(read('Research and development')).toEqual({ links: [byName('Research and development')], unreadable: [] });
    expect(read('Data cleanse and both go-lives')).toEqual({ links: [byName('Data cleanse and both go-lives')], unreadable: [] });
  });

  it('reads a lag after a name: "+ 4 weeks" is 4 x the working days of a week', () => {
    expect(read('Go-live North DC + 4 weeks')).toEqual({ links: [byName('Go-live North DC', 20)], unreadable: [] });
    expect(read('Go-live North DC + 4 weeks', { workingDaysPerWeek: 4 }).links).toEqual([byName('Go-live North DC', 16)]);
    expect(read('Go-live North DC+2d').links).toEqual([byName('Go-live North DC', 2)]);
    expect(read('Data cleanse SS+3d').links).toEqual([byName('Data cleanse', 3, 'SS')]);
    expect(read('Public API v2 FS-1w').links).toEqual([byName('Public API v2', -5)]);
    // A name no table has, then a lag: the words are the reference, the lag its lag (never the id 4).
    expect(parseDependencyCell('Go-live West DC + 4 weeks')).toEqual({ links: [byName('Go-live West DC', 20)], unreadable: [] });
  });

  it('reads a note in brackets after a name as its description, and says words that qualify the link', () => {
    expect(read('Warehouse Management System build (training env.)')).toEqual({
      links: [{ ...byName('Warehouse Management System build'), label: 'training env.' }],
      unreadable: [],
    });
    expect(read('Data cleanse (not needed)')).toEqual({ links: [byName('Data cleanse')], unreadable: ['not', 'needed'] });
    expect(read('UAT sign-off TBC')).toEqual({ links: [byName('UAT sign-off')], unreadable: ['TBC'] });
    // An id in brackets after a name is the reference, as without the names.
    expect(parseDependencyCell('Vendor contract (FIN-2)', { workingDaysPerWeek: 5, names: namesOf('Vendor contract') })).toEqual({
      links: [{ id: 'FIN-2', type: 'FS', lagDays: 0, label: 'Vendor contract' }],
      unreadable: [],
    });
    // Words outside brackets may be another name: not folded into this one.
    expect(read('Data cleanse phase 2').links).toEqual([byName('Data cleanse phase 2')]);
  });

  it('keeps a KPI cell that is one name whole', () => {
    expect(parseListCell('Customer, product and pricing masters', names)).toEqual(['Customer, product and pricing masters']);
    expect(parseListCell('Data cleanse, Vendor selection', names)).toEqual(['Data cleanse', 'Vendor selection']);
  });
});

describe('a number inside words is no id', () => {
  it('reads "Wave 2" and "all Wave 3 objects" as references in words, not the ids 2 and 3', () => {
    expect(parseDependencyCell('Wave 2')).toEqual({ links: [byName('Wave 2')], unreadable: [] });
    expect(parseDependencyCell('all Wave 3 objects')).toEqual({ links: [byName('all Wave 3 objects')], unreadable: [] });
    expect(parseDependencyCell('W1-03; Wave 2')).toEqual({ links: [{ id: 'W1-03', type: 'FS', lagDays: 0 }, byName('Wave 2')], unreadable: [] });
  });

  it('reads "task 12" as 12 only where the table numbers its rows', () => {
    expect(parseDependencyCell('task 12', { workingDaysPerWeek: 5, numericIds: true })).toEqual({ links: [{ id: '12', type: 'FS', lagDays: 0 }], unreadable: [] });
    expect(parseDependencyCell('Row 7 FS+2d', { workingDaysPerWeek: 5, numericIds: true })).toEqual({ links: [{ id: '7', type: 'FS', lagDays: 2 }], unreadable: [] });
    expect(parseDependencyCell('task 12', { workingDaysPerWeek: 5, numericIds: false })).toEqual({ links: [byName('task 12')], unreadable: [] });
    expect(parseDependencyCell('Wave 2', { workingDaysPerWeek: 5, numericIds: true })).toEqual({ links: [byName('Wave 2')], unreadable: [] });
    expect(parseDependencyCell('task 12 +2d', { workingDaysPerWeek: 5, numericIds: true }).links).toEqual([{ id: '12', type: 'FS', lagDays: 2 }]);
    // A group with a lag: the words with their lag, still no id 2.
    expect(parseDependencyCell('Wave 2 FS+1w').links).toEqual([byName('Wave 2', 5)]);
  });

  it('keeps a number alone, after a lead word, with a lag or a qualifier', () => {
    expect(parseDependencyCell('after 3')).toEqual({ links: [{ id: '3', type: 'FS', lagDays: 0 }], unreadable: [] });
    expect(parseDependencyCell('3 SS+2d, 4')).toEqual({ links: [{ id: '3', type: 'SS', lagDays: 2 }, { id: '4', type: 'FS', lagDays: 0 }], unreadable: [] });
    expect(parseDependencyCell('3 TBC')).toEqual({ links: [{ id: '3', type: 'FS', lagDays: 0 }], unreadable: ['TBC'] });
    expect(parseDependencyCell('#12 Design')).toEqual({ links: [{ id: '12', type: 'FS', lagDays: 0, label: 'Design' }], unreadable: [] });
  });

  it('beside a key, a number among words is said, not linked', () => {
    expect(parseDependencyCell('P-004 phase 2')).toEqual({ links: [{ id: 'P-004', type: 'FS', lagDays: 0 }], unreadable: ['phase', '2'] });
  });
});

describe('Microsoft Project lags and durations with a decimal comma', () => {
  it('reads "2FS+2,5 days;3" as 2 (FS, 2.5 days) and 3, not 2, 5 and 3', () => {
    expect(parseDependencyCell('2FS+2,5 days;3')).toEqual({ links: [{ id: '2', type: 'FS', lagDays: 2.5 }, { id: '3', type: 'FS', lagDays: 0 }], unreadable: [] });
  });

  it('reads "4FS+0,5 wks" as half a week: 2.5 working days, 3 on a six-day week, 2 on a four-day week', () => {
    expect(parseDependencyCell('4FS+0,5 wks')).toEqual({ links: [{ id: '4', type: 'FS', lagDays: 2.5 }], unreadable: [] });
    expect(parseDependencyCell('4FS+0,5 wks', { workingDaysPerWeek: 6 }).links).toEqual([{ id: '4', type: 'FS', lagDays: 3 }]);
    expect(parseDependencyCell('4FS+0,5 wks', { workingDaysPerWeek: 4 }).links).toEqual([{ id: '4', type: 'FS', lagDays: 2 }]);
  });

  it('reads the comma as a decimal mark in a lag with no unit when the cell separates items with ";"', () => {
    expect(parseDependencyCell('2FS+1,5;3').links).toEqual([{ id: '2', type: 'FS', lagDays: 1.5 }, { id: '3', type: 'FS', lagDays: 0 }]);
    expect(parseDependencyCell('5SS-1,5d;6').links).toEqual([{ id: '5', type: 'SS', lagDays: -1.5 }, { id: '6', type: 'FS', lagDays: 0 }]);
  });

  it('keeps the comma a separator where it separates ids', () => {
    expect(parseDependencyCell('2FS+2,5').links).toEqual([{ id: '2', type: 'FS', lagDays: 2 }, { id: '5', type: 'FS', lagDays: 0 }]);
    // "OPS-2,5 days": no lag sign, so no decimal; "5 days" is then no reference, and is said.
    expect(parseDependencyCell('OPS-2,5 days')).toEqual({ links: [{ id: 'OPS-2', type: 'FS', lagDays: 0 }], unreadable: ['5', 'days'] });
    expect(parseDependencyCell('1,2;3').links.map((l) => l.id)).toEqual(['1', '2', '3']);
  });

  it('reads a Lag or Duration cell with a decimal comma', () => {
    // A lag keeps its part day (each link rounds it as its type asks); a task's duration takes the whole day: 2.5 days is 3, half a week 2.5 -> 3, 1.5 elapsed days 2 calendar days.
    expect(parseLag('2,5 days', 5)).toEqual({ kind: 'value', value: 2.5 });
    expect(parseLag('0,5 wks', 5)).toEqual({ kind: 'value', value: 2.5 });
    expect(parseLag('-1,5', 5)).toEqual({ kind: 'value', value: -1.5 });
    expect(parseTaskDuration('2,5 days')).toEqual({ kind: 'value', value: { days: 3, elapsed: false } });
    expect(parseDuration('0,5 wks')).toEqual({ kind: 'value', value: 3 });
    expect(parseDuration('2,5')).toEqual({ kind: 'value', value: 3 });
    expect(parseTaskDuration('1,5 edays')).toEqual({ kind: 'value', value: { days: 2, elapsed: true } });
    // Three digits and no unit is a thousands mark: not a duration of 1 day.
    expect(parseDuration('1,000').kind).toBe('invalid');
  });
});

describe('keys typed with spaces round the dash', () => {
  it('reads "IT - 07" as the key IT-07, not IT with a lead of 7 days', () => {
    expect(read('IT - 07')).toEqual({ links: [{ id: 'IT-07', type: 'FS', lagDays: 0 }], unreadable: [] });
    expect(read('FIN - 2, IT - 07')).toEqual({
      links: [
        { id: 'FIN-2', type: 'FS', lagDays: 0 },
        { id: 'IT-07', type: 'FS', lagDays: 0 },
      ],
      unreadable: [],
    });
  });

  it('still reads a lead written after an id or a name of words', () => {
    // "IT-07 - 2d": the lead's sign typed with a space after it; was the id 2D and an unreadable "-".
    expect(read('IT-07 - 2d')).toEqual({ links: [{ id: 'IT-07', type: 'FS', lagDays: -2 }], unreadable: [] });
    expect(read('Data cleanse - 2')).toEqual({ links: [byName('Data cleanse', -2)], unreadable: [] });
  });
});
