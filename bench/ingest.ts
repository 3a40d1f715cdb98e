/**
 * Ingest timing on a synthetic in-memory sheet: `benchIngest(100_000)` builds a RawSource of that
 * many initiative rows (title row, mixed value forms: serials, Date objects, ISO and d/m/y text,
 * RAG words and letters, percents as numbers and text, money text, dependency cells with link
 * types and lags) and times ingestSources over it. `npx tsx bench/ingest.ts [rows]` prints it.
 */
import { ingestSources } from '../src/core/ingest';
import { makeOptions, type CellValue, type RawSource } from '../src/core/types';

const STATUSES = ['Green', 'Amber', 'R', 'On track', 'At risk', 'Done', 'Amber/Red', '🟢', 'Not started', 'On hold'];
const OWNERS = ['A. Shah', 'B. Jones', 'C. Okafor', 'D. Silva', 'E. Novak'];

export function buildIngestSource(rows: number): RawSource {
  const values: CellValue[][] = [
    ['Portfolio tracker (synthetic)'],
    [],
    ['ID', 'Initiative', 'Department', 'Owner', 'RAG', 'Start', 'Due Date', '% Complete', 'Depends On', 'Budget', 'Notes'],
  ];
  for (let i = 1; i <= rows; i++) {
    const dept = ['FIN', 'OPS', 'IT', 'HR'][i % 4]!;
    values.push([
      `${dept}-${i}`,
      `Initiative number ${i}`,
      ['Finance', 'Operations', 'IT', 'People'][i % 4]!,
      OWNERS[i % OWNERS.length]!,
      STATUSES[i % STATUSES.length]!,
      i % 2 === 0 ? 46_000 + (i % 300) : new Date(Date.UTC(2026, i % 12, 1 + (i % 28))),
      i % 3 === 0 ? `2027-0${1 + (i % 9)}-15` : `${1 + (i % 28)}/0${1 + (i % 9)}/2027`,
      i % 5 === 0 ? `${i % 100}%` : i % 100,
      i > 3 ? (i % 3 === 0 ? `${dept}-${i - 1} FS+2d, ${dept}-${i - 3}` : `${dept}-${i - 1}`) : null,
      i % 7 === 0 ? `£${(i % 50) + 1},200` : (i % 50) * 1000,
      i % 11 === 0 ? 'see board paper' : null,
    ]);
  }
  return { name: 'Portfolio.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Initiatives', origin: { row: 0, col: 0 }, values }] };
}

/** Time ingestSources over a synthetic sheet of `rows` initiatives (building it is not timed). */
export function benchIngest(rows: number): { rows: number; ms: number } {
  const source = buildIngestSource(rows);
  const options = makeOptions(20_500);
  const start = performance.now();
  const result = ingestSources([source], options);
  const ms = performance.now() - start;
  if (result.initiatives.length !== rows) throw new Error(`benchIngest: read ${result.initiatives.length} of ${rows} rows`);
  return { rows, ms: Math.round(ms) };
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 100_000);
  const { ms } = benchIngest(rows);
  console.log(`ingest ${rows.toLocaleString('en-US')} rows: ${ms} ms`);
}
