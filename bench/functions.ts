/**
 * Custom functions recalculation: `benchFunctions(10_000)` builds an initiative table of that many
 * rows and calls =THROUGHLINE.EFFECTIVESTATUS(id, ids, statuses, dues, starts, dependsOn,
 * lastUpdated, asOf) once per row, as Excel does when a column of single-id formulas recalculates.
 * Excel hands each call its own copy of the ranges, so the calls rotate over independent deep
 * copies (equal content, distinct arrays and strings), with the parameter addresses Excel passes
 * to functions marked @requiresParameterAddresses. All calls run in one JavaScript task, as one
 * batch of Excel's calculation does. The time includes the one core run the first call pays for.
 * `npx tsx bench/functions.ts [rows]` prints the figure. Not a test: figures vary by machine.
 */
import { clearRunCache } from '../functions/table-run';
import { serialFromDay } from '../src/core/util/days';

type Formula = (id: unknown[][], ...table: unknown[]) => unknown[][];

/** What Excel passes as the last argument of a function marked @requiresParameterAddresses. */
const TABLE_ADDRESSES = ['Plan!A2:A{n}', 'Plan!B2:B{n}', 'Plan!C2:C{n}', 'Plan!D2:D{n}', 'Plan!E2:E{n}', 'Plan!F2:F{n}'];

const STATUSES = ['Green', 'Amber', 'Red', 'On track', 'At risk', 'Done', 'Not started'];

/** The wrappers need the runtime's CustomFunctions global; outside Excel a minimal one stands in. */
function loadEffectiveStatus(): Formula {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (g.CustomFunctions === undefined) {
    g.CustomFunctions = {
      Error: class {
        constructor(
          readonly code: string,
          readonly message?: string,
        ) {}
      },
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
    };
  }
  // Loaded after the global exists, as the runtime does.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../functions/functions') as { effectiveStatusFormula: Formula }).effectiveStatusFormula;
}

/** Columns of a synthetic table: four departments, each initiative after the previous one in its department. */
export function buildFunctionTable(rows: number): unknown[][][] {
  const base = 20_454; // 2026-01-01
  const ids: unknown[][] = [];
  const statuses: unknown[][] = [];
  const dues: unknown[][] = [];
  const starts: unknown[][] = [];
  const dependsOn: unknown[][] = [];
  const lastUpdated: unknown[][] = [];
  for (let i = 1; i <= rows; i++) {
    const dept = ['FIN', 'OPS', 'IT', 'HR'][i % 4]!;
    const start = base + (i % 200);
    ids.push([`${dept}-${i}`]);
    statuses.push([STATUSES[i % STATUSES.length]]);
    starts.push([serialFromDay(start)]);
    dues.push([serialFromDay(start + 20 + (i % 40))]);
    dependsOn.push([i > 4 ? `${dept}-${i - 4}` : '']);
    lastUpdated.push([serialFromDay(base + 80 - (i % 30))]);
  }
  return [ids, statuses, dues, starts, dependsOn, lastUpdated];
}

export function benchFunctions(rows: number): { rows: number; ms: number; firstCallMs: number; perCallUs: number; wholeColumnMs: number } {
  const effectiveStatus = loadEffectiveStatus();
  const table = buildFunctionTable(rows);
  const copies = Array.from({ length: 4 }, () => JSON.parse(JSON.stringify(table)) as unknown[][][]);
  const asOf = serialFromDay(20_454 + 90);
  const tableAddresses = TABLE_ADDRESSES.map((a) => a.replace('{n}', String(rows + 1)));
  clearRunCache();
  let answered = 0;
  const t0 = performance.now();
  let firstCallMs = 0;
  for (let i = 0; i < rows; i++) {
    const [ids, ...rest] = copies[i % copies.length]!;
    const invocation = { parameterAddresses: [`Plan!H${i + 2}`, ...tableAddresses, `Plan!J1`] };
    const answer = effectiveStatus([[(ids as unknown[][])[i]![0]]], ids, ...rest, asOf, invocation);
    if (typeof answer[0]?.[0] === 'string') answered++;
    if (i === 0) firstCallMs = performance.now() - t0;
  }
  const ms = performance.now() - t0;
  if (answered !== rows) throw new Error(`benchFunctions: ${rows - answered} of ${rows} formulas gave no status`);

  // The whole-column form: one formula over a changed table (a cold cache) spilling every row.
  clearRunCache();
  const [ids, ...rest] = copies[0]!;
  const t1 = performance.now();
  const column = effectiveStatus(ids as unknown[][], ids, ...rest, asOf);
  const wholeColumnMs = performance.now() - t1;
  if (column.length !== rows) throw new Error(`benchFunctions: the whole-column form spilled ${column.length} rows, not ${rows}`);
  return {
    rows,
    ms: Math.round(ms),
    firstCallMs: Math.round(firstCallMs),
    perCallUs: Math.round(((ms - firstCallMs) / Math.max(1, rows - 1)) * 1000),
    wholeColumnMs: Math.round(wholeColumnMs),
  };
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 10_000);
  console.log(JSON.stringify(benchFunctions(rows)));
}
