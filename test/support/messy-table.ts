/**
 * Hand-written and generated tables for ingest tests: `sheetSource` turns a 2-D array literal into
 * a RawSource; the fast-check arbitraries build messy initiative tables (title rows, blank rows and
 * columns, synonyms in any order, bad and odd values, Excel errors, an offset origin) that other
 * suites may reuse.
 */
import fc from 'fast-check';
import type { CellValue, DateSystem, GridRange, RawListObject, RawSheet, RawSource } from '../../src/core/types';

export interface SheetSpec {
  readonly name?: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly origin?: { row: number; col: number };
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | null>>;
  readonly merges?: readonly GridRange[];
  readonly tables?: readonly RawListObject[];
}

/** One sheet (or several) as a file source. */
export function sheetSource(
  rowsOrSheets: ReadonlyArray<ReadonlyArray<CellValue>> | readonly SheetSpec[],
  options: { name?: string; dateSystem?: DateSystem; origin?: 'file' | 'workbook' } = {},
): RawSource {
  const specs: readonly SheetSpec[] = isSpecList(rowsOrSheets) ? rowsOrSheets : [{ rows: rowsOrSheets }];
  const sheets: RawSheet[] = specs.map((spec, i) => ({
    name: spec.name ?? (i === 0 ? 'Initiatives' : `Sheet${i + 1}`),
    origin: spec.origin ?? { row: 0, col: 0 },
    values: spec.rows,
    ...(spec.numberFormats ? { numberFormats: spec.numberFormats } : {}),
    ...(spec.merges ? { merges: spec.merges } : {}),
    ...(spec.tables ? { tables: spec.tables } : {}),
  }));
  return { name: options.name ?? 'Finance.xlsx', origin: options.origin ?? 'file', dateSystem: options.dateSystem ?? 1900, sheets };
}

function isSpecList(x: ReadonlyArray<ReadonlyArray<CellValue>> | readonly SheetSpec[]): x is readonly SheetSpec[] {
  return x.length > 0 && !Array.isArray(x[0]) && typeof x[0] === 'object' && x[0] !== null && 'rows' in (x[0] as object);
}

/** Fields the generator can put in a table, with exact header synonyms and value generators. */
export type GeneratedField = 'name' | 'owner' | 'status' | 'start' | 'due' | 'percentComplete' | 'dependsOn' | 'budget' | 'kpi';

export const FIELD_HEADERS: Readonly<Record<GeneratedField | 'id', readonly string[]>> = {
  id: ['ID', 'Ref', 'Initiative ID', 'Project ID', 'Key'],
  name: ['Name', 'Initiative', 'Title', 'Project Name'],
  owner: ['Owner', 'Lead', 'Accountable'],
  status: ['Status', 'RAG', 'Health', 'Delivery Confidence'],
  start: ['Start', 'Start Date', 'Planned Start'],
  due: ['Due', 'Due Date', 'Deadline', 'Finish'],
  percentComplete: ['% Complete', 'Progress', 'Percent Done'],
  dependsOn: ['Depends On', 'Dependencies', 'Predecessors', 'Blocked By'],
  budget: ['Budget', 'Approved Budget', 'Baseline Cost'],
  kpi: ['KPI', 'KPIs', 'Metric'],
};

const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?'];
const errorValue = fc.constantFrom(...ERRORS).map((error): CellValue => ({ error }));
/** Text that is not a value of any kind (and not a totals label or a note). */
const garbage = fc.constantFrom('Exempt', 'see notes', 'unknown-ish', 'x?', 'lots', 'soon', 'Q3 maybe', '12/13/14/15', 'ASAP');
const placeholder = fc.constantFrom('NA', 'N/A', 'TBC', '-');

const idValue = fc.oneof(
  fc.tuple(fc.constantFrom('FIN', 'OPS', 'IT', 'fin'), fc.integer({ min: 1, max: 60 })).map(([p, n]): CellValue => `${p}-${n}`),
  fc.tuple(fc.constantFrom(" 'ops-", '\u00a0IT - ', 'Fin-'), fc.integer({ min: 1, max: 60 })).map(([p, n]): CellValue => `${p}${n} `),
  fc.integer({ min: 1, max: 500 }).map((n): CellValue => n),
);

const VALUE_ARBS: Readonly<Record<GeneratedField, fc.Arbitrary<CellValue>>> = {
  name: fc.oneof(fc.constantFrom('Ledger upgrade', 'New CRM', 'Payroll', 'Data lake'), fc.integer({ min: 1, max: 9 })),
  owner: fc.oneof(fc.constantFrom('A. Shah', 'B. Jones', 'C. Okafor'), errorValue),
  status: fc.oneof(fc.constantFrom('Green', 'G', 'Amber', 'A', 'Red', 'Amber/Red', 'Green/Amber', 'On track', 'At risk', 'Blocked', 'Done', '🟢', '🟡', '🔴', 'On hold', 'Cancelled', 'Not started'), garbage, errorValue, placeholder),
  start: dateArb(),
  due: dateArb(),
  percentComplete: fc.oneof(fc.constantFrom<CellValue>('50%', '50 %', '100%', '0%', 0.25, 0.5, 1, 50, 75), garbage, errorValue, fc.constant<CellValue>(250)),
  dependsOn: fc.oneof(fc.constantFrom<CellValue>('FIN-2', 'FIN-2 FS+5d', 'OPS-9SS', 'IT-4 (FF-2 days)', 'ENG-3 SS+1w', 'FIN-1, OPS-2; IT-3', 'FIN-1\nOPS-2', 'FIN-1 and OPS-2'), garbage, errorValue),
  budget: fc.oneof(fc.constantFrom<CellValue>('£1,200', '1.2m', '(300)', 1200, '$5k', '-40'), garbage, errorValue, placeholder),
  kpi: fc.oneof(fc.constantFrom<CellValue>('K1', 'K1, K2', 'Customer NPS'), errorValue),
};

function dateArb(): fc.Arbitrary<CellValue> {
  return fc.oneof(
    fc.integer({ min: 45_000, max: 47_000 }),
    fc.date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2028, 0, 1)), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
    fc.constantFrom<CellValue>('2026-04-03', '2017-11-01 00:00:00', '3 Apr 2026', 'April 3, 2026', '03-Apr-26', '03/04/2026', '25/12/2026', '12/25/2026', '31/02/2026', 60),
    garbage,
    errorValue,
    placeholder,
  );
}

export interface MessyTable {
  readonly source: RawSource;
  /** Field of each sheet column of the table (undefined for unmapped or blank columns). */
  readonly columns: ReadonlyArray<GeneratedField | 'id' | undefined>;
}

/** A messy initiatives table: title rows, a header of synonyms in any order, rows with good and bad values. */
export const messyTableArb: fc.Arbitrary<MessyTable> = fc
  .record({
    titleRows: fc.integer({ min: 0, max: 2 }),
    fields: fc.shuffledSubarray(Object.keys(VALUE_ARBS) as GeneratedField[], { minLength: 1 }),
    idAt: fc.nat(),
    blankColumnAt: fc.option(fc.nat(), { nil: undefined }),
    notesColumn: fc.boolean(),
    headerChoice: fc.nat(),
    origin: fc.record({ row: fc.integer({ min: 0, max: 5 }), col: fc.integer({ min: 0, max: 3 }) }),
    rowCount: fc.integer({ min: 1, max: 12 }),
  })
  // Ids and money alone are a cost table, not a tracker: its lines are summed into the initiatives they
  // name (read-cost-lines.ts, with a finding for each one no source defines), so it is not generated here.
  .filter((shape) => shape.fields.some((f) => f !== 'budget'))
  .chain((shape) => {
    const columns: Array<GeneratedField | 'id' | undefined> = [...shape.fields];
    columns.splice(shape.idAt % (columns.length + 1), 0, 'id');
    if (shape.notesColumn) columns.push(undefined);
    if (shape.blankColumnAt !== undefined) columns.splice(1 + (shape.blankColumnAt % columns.length), 0, undefined);
    const notesIndex = shape.notesColumn ? columns.lastIndexOf(undefined) : -1;
    const header: CellValue[] = columns.map((field, i) => {
      if (field === undefined) return i === notesIndex && shape.notesColumn ? 'Comments column' : null;
      const options = FIELD_HEADERS[field];
      return options[shape.headerChoice % options.length]!;
    });
    const cellArb = (field: GeneratedField | 'id' | undefined, index: number): fc.Arbitrary<CellValue> => {
      if (field === 'id') return fc.oneof({ weight: 6, arbitrary: idValue }, { weight: 1, arbitrary: fc.constant<CellValue>(null) }, { weight: 1, arbitrary: errorValue });
      if (field === undefined) return index === notesIndex ? fc.oneof(fc.constant<CellValue>(null), fc.constant<CellValue>('free text')) : fc.constant<CellValue>(null);
      return fc.oneof({ weight: 3, arbitrary: VALUE_ARBS[field] }, { weight: 1, arbitrary: fc.constant<CellValue>(null) });
    };
    const rowArb = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(...columns.map((f, i) => cellArb(f, i))) },
      { weight: 1, arbitrary: fc.constant(columns.map((): CellValue => null)) },
    );
    return fc.array(rowArb, { minLength: shape.rowCount, maxLength: shape.rowCount }).map((rows): MessyTable => {
      const titles: CellValue[][] = [];
      for (let i = 0; i < shape.titleRows; i++) titles.push([i === 0 ? 'Finance portfolio' : 'Updated weekly by the PMO']);
      if (shape.titleRows > 0) titles.push([]);
      const values = [...titles, header, ...rows.map((r) => [...r])];
      return {
        source: { name: 'Messy.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Tracker', origin: shape.origin, values }] },
        columns,
      };
    });
  });
