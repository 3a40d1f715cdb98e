import { dayFromIso, makeOptions, runPipeline } from '../../src/core';
import { buildReport } from '../../src/core/report';
import { checkJson } from '../../src/core/report/check-json';
import { sheetRows } from '../../src/core/report/rows';
import type { CellValue, RawSource } from '../../src/core/types';
import { writeReportXlsx } from '../../src/xlsx/write-report';

/**
 * User text that is also the name of a property every plain JavaScript object has. Used as a
 * key of a plain object ({}), "constructor" finds Object's constructor function and
 * "__proto__" the prototype; a lookup keyed by user text must see none of them.
 */
const PROPERTY_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'prototype'];

function sourceNamed(name: string): RawSource {
  const values: CellValue[][] = [
    ['ID', 'Name', 'Department', 'Owner', 'Status', 'Start', 'Due', 'Last Updated', 'Depends On', 'KPI', 'Pillar', 'Budget'],
    [`${name}`, name, name, name, 'Green', '2026-01-05', '2026-03-31', '2026-02-27', null, name, name, 100],
    [`${name}-2`, `${name} two`, name, name, 'Red', '2026-01-05', '2026-02-27', '2026-02-27', name, name, name, 200],
  ];
  const kpis: CellValue[][] = [
    ['KPI', 'Target', 'Actual', 'Direction', 'Initiatives'],
    [name, 10, 5, 'higher', name],
  ];
  return {
    name,
    origin: 'file',
    dateSystem: 1900,
    sheets: [
      { name, origin: { row: 0, col: 0 }, values },
      { name: 'KPIs', origin: { row: 0, col: 0 }, values: kpis },
    ],
  };
}

describe('sources, sheets, departments, ids and KPIs named like Object properties', () => {
  it.each(PROPERTY_NAMES.flatMap((name) => [[name, 'named'], [name, 'not named']]))('a run over a source named %j (department %s) reads, analyses, reports and writes it like any other', async (name, named) => {
    const other = sourceNamed('Other.xlsx');
    const options = makeOptions(dayFromIso('2026-03-02')!, named === 'named' ? { sourceDepartments: Object.fromEntries([[name, name]]) } : {});
    const result = runPipeline([sourceNamed(name), other], options);
    const mine = result.model.initiatives.filter((i) => i.sources.includes(name));
    expect(mine.map((i) => [i.id, i.department])).toEqual([
      // Ids are compared in capitals (normalise/id.ts); the dependency "name" is read by the name.
      [name.toUpperCase(), name],
      [`${name.toUpperCase()}-2`, name],
    ]);
    // The successor's Depends On names its predecessor by its id, which the cell is read against
    // before any id pattern ("__proto__" included), so it links.
    const links = result.model.dependencies.filter((d) => d.to === `${name.toUpperCase()}-2`).map((d) => d.from);
    const unread = result.findings.filter((f) => f.code === 'value.unparseable').map((f) => f.cells[0]!.address);
    expect({ links, unread }).toEqual({ links: [name.toUpperCase()], unread: [] });
    expect(result.model.sources.map((s) => [s.name, s.department])).toEqual([
      [name, name],
      ['Other.xlsx', 'Other.xlsx'],
    ]);
    const json = checkJson(result);
    expect(json.sources.map((s) => s.name)).toEqual([name, 'Other.xlsx']);
    const doc = buildReport(result, { sourcePaths: new Map([[name, `plans/${name}`]]) });
    for (const sheet of doc.sheets) expect(sheetRows(sheet).length).toBeGreaterThan(0);
    const bytes = await writeReportXlsx(doc);
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
