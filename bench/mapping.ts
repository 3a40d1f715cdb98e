/**
 * Column matching at width: `benchMapping(100)` builds that many tables of 300 columns x 1,000
 * rows (a few known fields among many custom ones, repeated headers, mixed values) and times
 * detectTables over them: header-row detection, one profile per column, scoring, assignment and
 * classification. `npx tsx bench/mapping.ts [tables]` prints it.
 */
import { detectTables } from '../src/core/ingest';
import { makeOptions, type CellValue, type RawSource } from '../src/core/types';

const COLUMNS = 300;
const ROWS = 1_000;

export function buildWideSource(index: number): RawSource {
  const header: CellValue[] = ['Key', 'Summary', 'Assignee', 'Status', 'Due date', 'Updated', 'Depends on'];
  for (let c = header.length; c < COLUMNS; c++) header.push(c % 3 === 0 ? 'Watchers' : c % 3 === 1 ? `Custom field (Field ${c})` : `Attribute ${c}`);
  const values: CellValue[][] = [header];
  for (let r = 1; r <= ROWS; r++) {
    const row: CellValue[] = [`T${index}-${r}`, `Work item ${r}`, ['Ann Bo', 'Kim Lee', 'Sam Okafor'][r % 3]!, ['To Do', 'In Progress', 'Done'][r % 3]!, `2026-0${1 + (r % 9)}-1${r % 10}`, 46_000 + (r % 200), r > 1 ? `T${index}-${r - 1}` : null];
    for (let c = row.length; c < COLUMNS; c++) row.push(c % 4 === 0 ? r * c : c % 4 === 1 ? `v${(r * c) % 97}` : c % 4 === 2 ? null : 'x');
    values.push(row);
  }
  return { name: `Export${index}.csv`, origin: 'file', dateSystem: 1900, sheets: [{ name: 'Export', origin: { row: 0, col: 0 }, values }] };
}

/** Time detectTables over `tables` wide tables (building them is not timed). */
export function benchMapping(tables: number): { tables: number; columns: number; rows: number; ms: number } {
  const sources = Array.from({ length: tables }, (_, k) => buildWideSource(k));
  const options = makeOptions(20_500);
  const start = performance.now();
  for (const source of sources) {
    const [table] = detectTables(source, options);
    if (table?.kind !== 'initiatives') throw new Error(`benchMapping: ${source.name} was not read as initiatives`);
  }
  return { tables, columns: COLUMNS, rows: ROWS, ms: Math.round(performance.now() - start) };
}

if (require.main === module) {
  const tables = Number(process.argv[2] ?? 100);
  const { ms } = benchMapping(tables);
  console.log(`mapping ${tables} tables of ${COLUMNS} columns x ${ROWS.toLocaleString('en-US')} rows: ${ms} ms (${(ms / tables).toFixed(1)} ms a table)`);
}
