import { dayFromIso, serialFromDay } from '../../src/core/util/days';

/** Excel serial of an ISO date, as a date cell arrives in a custom function. */
export const serial = (iso: string): number => serialFromDay(dayFromIso(iso)!);

/** The initiative table's columns as Excel passes ranges: one-column 2-D arrays; "" for blank cells. */
const ROWS: ReadonlyArray<[string, string, string, string, string, string]> = [
  // ID      Status    Start         Due           Depends On   Last Updated
  ['FIN-1', 'Red', '2026-03-02', '2026-04-10', '', '2026-03-30'],
  ['OPS-1', 'Green', '2026-04-13', '2026-05-08', 'FIN-1', '2026-03-20'],
  ['OPS-2', 'On track', '2026-05-11', '2026-06-05', 'OPS-1', '2026-03-31'],
  ['IT-1', 'A', '2026-03-02', '2026-03-27', '', '2026-03-31'],
  ['IT-2', 'Green', '2026-03-30', '2026-04-24', 'IT-1', '2026-03-31'],
  ['HR-1', 'Complete', '2026-01-05', '2026-02-27', '', '2026-02-27'],
];

const column = (i: number, date = false): unknown[][] => ROWS.map((r) => [date ? (r[i] === '' ? '' : serial(r[i]!)) : r[i]]);

export const AS_OF = serial('2026-04-01');

export function table() {
  return {
    ids: column(0),
    statuses: column(1),
    starts: column(2, true),
    dues: column(3, true),
    dependsOn: column(4),
    lastUpdated: column(5, true),
  };
}
