/**
 * A Notion database exported as CSV: the title property first, Notion's default property names
 * for sub-items (Parent item, Sub-item), dependencies (Blocked by, Blocking) and time stamps
 * (Last edited time), the task template's Assign; relation cells list page titles each followed
 * by its address. Every expected value was read off the CSV below by hand.
 */
import { ingestSources } from '../../../../src/core/ingest';
import { PROFILES } from '../../../../src/core/ingest/profiles';
import { NOTION } from '../../../../src/core/ingest/profiles/notion';
import { makeOptions } from '../../../../src/core/types';
import { dayFromIso, isoFromDay } from '../../../../src/core/util/days';
import { readCsvSource } from '../../../../src/xlsx/read-csv';

const page = (title: string, hex: string) => `${title} (https://www.notion.so/${title.replace(/ /g, '-')}-${hex})`;
const iso = (day: number | undefined): string | null => (day === undefined ? null : isoFromDay(day));

describe('Notion database export', () => {
  const q = (text: string) => `"${text}"`;
  const csv = [
    'Task name,Status,Assign,Date,Blocked by,Blocking,Parent item,Sub-item,Last edited time',
    `Brand refresh,In progress,"Lea Roux, Tom Hale","October 5, 2026 → January 15, 2027",,,,${q(`${page('Logo', '1a2b')}, ${page('Style guide', '2b3c')}`)},"November 12, 2026 4:10 PM"`,
    `Logo,Done,Lea Roux,"October 5, 2026 → October 30, 2026",,${q(page('Style guide', '2b3c'))},${q(page('Brand refresh', '0a1b'))},,"October 30, 2026 6:02 PM"`,
    `Style guide,In progress,Tom Hale,"November 2, 2026 → November 27, 2026",${q(page('Logo', '1a2b'))},${q(`${page('Website reskin', '3c4d')}, ${page('Print, web and social', '4d5e')}`)},${q(page('Brand refresh', '0a1b'))},,"November 13, 2026 11:45 AM"`,
    `Website reskin,Not started,Lea Roux,"November 30, 2026",${q(page('Style guide', '2b3c'))},,,,"November 3, 2026 9:00 AM"`,
    `"Print, web and social",Not started,,"December 7, 2026",${q(page('Style guide', '2b3c'))},,,,"November 3, 2026 9:05 AM"`,
  ].join('\n');
  const result = ingestSources([readCsvSource(new TextEncoder().encode(csv), 'Brand.csv')], makeOptions(dayFromIso('2026-11-16')!));

  it('is in PROFILES and reads the table by it', () => {
    expect(PROFILES).toContain(NOTION);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Notion database export', 5]]);
  });

  it('keys the rows by title, never by Sub-item; Parent item is the parent, Assign the owner, Last edited time the update', () => {
    expect(result.initiatives.map((r) => [r.id, r.owner ?? null, r.parent ?? null, iso(r.start), iso(r.due), iso(r.lastUpdated)])).toEqual([
      ['Brand refresh', 'Lea Roux, Tom Hale', null, '2026-10-05', '2027-01-15', '2026-11-12'],
      ['Logo', 'Lea Roux', 'Brand refresh', '2026-10-05', '2026-10-30', '2026-10-30'],
      ['Style guide', 'Tom Hale', 'Brand refresh', '2026-11-02', '2026-11-27', '2026-11-13'],
      ['Website reskin', 'Lea Roux', null, null, '2026-11-30', '2026-11-03'],
      ['Print, web and social', null, null, null, '2026-12-07', '2026-11-03'],
    ]);
  });

  it('reads Blocked by and Blocking by title, a title with ", " whole; a link written on both sides is one link', () => {
    // Blocked by: Style guide on Logo (E4); Website reskin and "Print, web and social" on Style guide (E5, E6). Blocking
    // writes the same three links from the other side (F3, F4): no link of its own.
    expect(result.initiatives.flatMap((r) => r.dependsOn.map((l) => `${l.id} -> ${r.id} @${l.cell.address}`))).toEqual([
      'Logo -> Style guide @E4',
      'Style guide -> Website reskin @E5',
      'Style guide -> Print, web and social @E6',
    ]);
    expect(result.dependencies).toEqual([]);
    expect(result.tables[0]!.unmapped.map((u) => u.header)).toEqual(['Sub-item']);
  });
});
