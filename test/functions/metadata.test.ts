import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

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
  parameters: Param[];
  result: { dimensionality?: string };
  options?: { requiresParameterAddresses?: boolean };
}

const TABLE = ['ids', 'statuses', 'dues', 'starts', 'dependsOn', 'lastUpdated', 'asOf'];

describe('functions.json (generated from the JSDoc, as the build does)', () => {
  let functions: Fn[];
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(join(__dirname, '..', '..', 'functions', 'functions.ts'));
    expect(result.errors).toEqual([]);
    functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
  });

  it('has the ten functions, each with a description for itself and every parameter', () => {
    expect(functions.map((f) => f.id)).toEqual(['EFFECTIVESTATUS', 'TOTALSLACK', 'FORECASTFINISH', 'SLIP', 'BLOCKERS', 'IMPACT', 'CRITICALPATH', 'FINDINGS', 'ISSTALE', 'STATUS']);
    for (const f of functions) {
      expect(f.description).toMatch(/\w{3,}/);
      for (const p of f.parameters) expect(p.description).toMatch(/\w{3,}/);
    }
  });

  it('keeps one argument order: the id-specific arguments, then the table columns, then asOf', () => {
    const names = (id: string): string[] => functions.find((f) => f.id === id)!.parameters.map((p) => p.name);
    for (const id of ['EFFECTIVESTATUS', 'TOTALSLACK', 'FORECASTFINISH', 'SLIP', 'BLOCKERS']) expect(names(id)).toEqual(['id', ...TABLE]);
    expect(names('IMPACT')).toEqual(['id', 'days', ...TABLE]);
    expect(names('CRITICALPATH')).toEqual(TABLE);
    expect(names('FINDINGS')).toEqual([...TABLE, 'cadence']);
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
    ]);
    expect(functions.every((f) => f.result.dimensionality === 'matrix')).toBe(true);
    expect(functions.filter((f) => f.options?.requiresParameterAddresses).map((f) => f.id)).toEqual(['EFFECTIVESTATUS', 'TOTALSLACK', 'FORECASTFINISH', 'SLIP', 'BLOCKERS', 'IMPACT', 'CRITICALPATH', 'FINDINGS']);
  });
});
