import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

// Plain CommonJS modules the build and `npm run validate` use.
/* eslint-disable @typescript-eslint/no-require-imports */
const { finishMetadata, helpPage } = require('../../scripts/functions-metadata') as {
  finishMetadata: (metadata: unknown, baseUrl: string) => Metadata;
  helpPage: (metadata: Metadata, namespace: string) => string;
};
const { checkFunctionsMetadata } = require('../../scripts/manifest/check-functions-metadata') as {
  checkFunctionsMetadata: (json: unknown, o: { baseUrl: string; readBuilt?: (rel: string) => Uint8Array | undefined }) => string[];
};
/* eslint-enable @typescript-eslint/no-require-imports */

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: Fn[];
}

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Param[];
  result: { dimensionality?: string };
  options?: { requiresParameterAddresses?: boolean; volatile?: boolean };
}

const BASE = 'https://localhost:3000/';

const TABLE = ['ids', 'statuses', 'dues', 'starts', 'dependsOn', 'lastUpdated', 'asOf'];
/** The table's working calendar, as WORKDAY.INTL takes it, then the departments' own: last in every table function. */
const CALENDAR = ['weekend', 'holidays', 'departments', 'calendars'];

describe('functions.json (generated from the JSDoc and finished, as the build does)', () => {
  let functions: Fn[];
  let metadata: Metadata;
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(join(__dirname, '..', '..', 'functions', 'functions.ts'));
    expect(result.errors).toEqual([]);
    metadata = finishMetadata(JSON.parse(result.metadataJson), BASE);
    functions = metadata.functions;
  });

  it("passes Microsoft's metadata rules, with every helpUrl pointing at a section of the help page served with the add-in", () => {
    const page = helpPage(metadata, 'THROUGHLINE');
    const built = (rel: string): Uint8Array | undefined => (rel === 'help.html' ? new Uint8Array(Buffer.from(page)) : undefined);
    expect(checkFunctionsMetadata(metadata, { baseUrl: BASE, readBuilt: built })).toEqual([]);
    expect(functions.find((f) => f.id === 'ISSTALE')!.helpUrl).toBe('https://localhost:3000/help.html#isstale');
    expect(page).toContain('<section id="impact">');
    expect(page).toContain('=THROUGHLINE.IMPACT(id, days, ids, statuses, dues, [starts], [dependsOn], [lastUpdated], [asOf], [weekend], [holidays], [departments], [calendars])');
    // The calendars by department are documented on every table function's page, with the columns they take.
    const sections = page.split('<section id="').slice(1);
    const withCalendars = sections.filter((x) => x.includes('<td><code>calendars</code> (optional)</td><td>Calendars by department: rows of Department, Working weekdays and optionally Holiday (a date) and Working'));
    expect(withCalendars.map((x) => x.slice(0, x.indexOf('"')))).toEqual(['effectivestatus', 'totalslack', 'forecastfinish', 'slip', 'blockers', 'impact', 'criticalpath', 'findings']);
  });

  it('lets error cells reach the functions, which answer for them', () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  it('has no volatile function: every answer depends only on its arguments (asOf defaults to today, TODAY() makes it daily)', () => {
    expect(functions.filter((f) => f.options?.volatile)).toEqual([]);
  });

  it('has the ten functions, each with a description for itself and every parameter', () => {
    expect(functions.map((f) => f.id)).toEqual(['EFFECTIVESTATUS', 'TOTALSLACK', 'FORECASTFINISH', 'SLIP', 'BLOCKERS', 'IMPACT', 'CRITICALPATH', 'FINDINGS', 'ISSTALE', 'STATUS']);
    for (const f of functions) {
      expect(f.description).toMatch(/\w{3,}/);
      for (const p of f.parameters) expect(p.description).toMatch(/\w{3,}/);
    }
  });

  it('keeps one argument order: the id-specific arguments, then the table columns, then asOf, then the calendar', () => {
    const names = (id: string): string[] => functions.find((f) => f.id === id)!.parameters.map((p) => p.name);
    for (const id of ['EFFECTIVESTATUS', 'FORECASTFINISH', 'SLIP', 'BLOCKERS']) expect(names(id)).toEqual(['id', ...TABLE, ...CALENDAR]);
    // TOTALSLACK adds the deadline column after asOf, so formulas written without it keep working.
    expect(names('TOTALSLACK')).toEqual(['id', ...TABLE, 'deadlines', ...CALENDAR]);
    expect(names('IMPACT')).toEqual(['id', 'days', ...TABLE, ...CALENDAR]);
    expect(names('CRITICALPATH')).toEqual([...TABLE, ...CALENDAR]);
    expect(names('FINDINGS')).toEqual([...TABLE, 'cadence', ...CALENDAR]);
    expect(names('ISSTALE')).toEqual(['lastUpdated', 'cadence', 'asOf']);
    expect(names('STATUS')).toEqual(['text']);
  });

  it('takes columns as ranges, marks the optional columns, spills results, and asks for parameter addresses', () => {
    const effective = functions.find((f) => f.id === 'EFFECTIVESTATUS')!;
    expect(effective.parameters.map((p) => [p.name, p.dimensionality ?? 'scalar', p.optional ?? false])).toEqual([
      ['id', 'matrix', false],
      ['ids', 'matrix', false],
      ['statuses', 'matrix', false],
      ['dues', 'matrix', false],
      ['starts', 'matrix', true],
      ['dependsOn', 'matrix', true],
      ['lastUpdated', 'matrix', true],
      ['asOf', 'scalar', true],
      ['weekend', 'scalar', true],
      ['holidays', 'matrix', true],
      ['departments', 'matrix', true],
      ['calendars', 'matrix', true],
    ]);
    expect(functions.every((f) => f.result.dimensionality === 'matrix')).toBe(true);
    expect(functions.filter((f) => f.options?.requiresParameterAddresses).map((f) => f.id)).toEqual(['EFFECTIVESTATUS', 'TOTALSLACK', 'FORECASTFINISH', 'SLIP', 'BLOCKERS', 'IMPACT', 'CRITICALPATH', 'FINDINGS']);
  });
});

describe("the metadata rules (Microsoft's, and ours)", () => {
  const fn = (extra: Record<string, unknown>): Record<string, unknown> => ({
    id: 'SLIP',
    name: 'SLIP',
    description: 'Working days of slip.',
    helpUrl: `${BASE}help.html#slip`,
    parameters: [{ name: 'id', description: 'The initiative id.', type: 'any' }],
    result: { dimensionality: 'scalar' },
    ...extra,
  });
  const check = (functions: unknown[], top: Record<string, unknown> = { allowErrorForDataTypeAny: true }): string[] => checkFunctionsMetadata({ ...top, functions }, { baseUrl: BASE });

  it('names each broken rule', () => {
    expect(check([fn({})])).toEqual([]);
    expect(check([fn({}), fn({ id: 'slip', name: 'slip' })])).toEqual(['function slip: the id is used twice.', 'function slip: ids and names are upper case (Microsoft\'s best practice).']);
    expect(check([fn({ id: 'SLIP-1' })])).toEqual(['function SLIP-1: the id must be letters, digits and periods only.']);
    expect(check([fn({ helpUrl: undefined })])).toEqual(['function SLIP: it has no helpUrl (the help page Excel links from the function\'s description).']);
    expect(check([fn({ helpUrl: 'https://example.com/help.html' })])).toEqual(['function SLIP: helpUrl https://example.com/help.html is not served with the add-in (https://localhost:3000/).']);
    expect(check([fn({ options: { stream: true, volatile: true } })])).toEqual(['function SLIP: a function cannot be both stream and volatile.']);
    expect(check([fn({ options: { requiresParameterAddresses: true } })])).toEqual(['function SLIP: requiresParameterAddresses needs a matrix result.']);
    expect(check([fn({ parameters: [{ name: 'x', description: 'A thing.', type: 'date' }] })])).toEqual(['function SLIP, parameter 1: type "date" is not boolean, number, string or any.']);
    expect(check([fn({ parameters: [{ name: 'a', description: 'First.', optional: true }, { name: 'b', description: 'Second.' }] })])).toEqual(['function SLIP: a required parameter follows an optional one.']);
    expect(check([fn({})], {})).toEqual(['allowErrorForDataTypeAny is not true: Excel would answer error cells itself and never call the functions that can answer for them.']);
  });
});
