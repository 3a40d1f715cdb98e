import { buildModel, cellOf } from '../../../src/core/model';
import { cell, day, makeIngest, makeModel, options } from '../../support/model-builders';

describe('buildModel: merging initiatives', () => {
  it('keeps one initiative per id in order of first appearance across sources', () => {
    const model = makeModel({
      initiatives: [
        { id: 'ENG-2', source: 'Eng.xlsx' },
        { id: 'ENG-1', source: 'Eng.xlsx' },
        { id: 'FIN-1', source: 'Fin.xlsx' },
        { id: 'ENG-2', source: 'Fin.xlsx' },
      ],
    });
    expect(model.initiatives.map((i) => i.id)).toEqual(['ENG-2', 'ENG-1', 'FIN-1']);
    expect(model.byId.get('ENG-2')!.sources).toEqual(['Eng.xlsx', 'Fin.xlsx']);
    expect(model.records).toHaveLength(4);
  });

  it("takes the owning department's record when the same id comes from several sources", () => {
    const model = makeModel({
      departments: { 'IT.xlsx': 'IT', 'Finance.xlsx': 'Finance' },
      initiatives: [
        { id: 'FIN-1', source: 'IT.xlsx', row: 5, name: 'Ledger move', department: 'Finance', status: 'green', due: '2026-05-01' },
        { id: 'FIN-1', source: 'Finance.xlsx', row: 3, name: 'Ledger migration', department: 'Finance', status: 'amber', due: '2026-06-01' },
      ],
    });
    const fin = model.byId.get('FIN-1')!;
    expect(fin.name).toBe('Ledger migration');
    expect(fin.status).toBe('amber');
    expect(fin.due).toBe(day('2026-06-01'));
    expect(fin.sources).toEqual(['Finance.xlsx', 'IT.xlsx']);
    expect(fin.home).toEqual(cell('Finance.xlsx', 'Initiatives', 'A3'));
    expect(cellOf(fin.cells, 'status')).toEqual(cell('Finance.xlsx', 'Initiatives', 'E3'));
    // still first in order of appearance
    expect(model.initiatives.map((i) => i.id)).toEqual(['FIN-1']);
  });

  it('lets a written department claim an initiative before one inferred from a file name', () => {
    const model = makeModel({
      departments: { 'IT.xlsx': 'IT', 'Finance.xlsx': 'Finance' },
      initiatives: [
        { id: 'FIN-1', source: 'IT.xlsx', inferredDepartment: 'IT', status: 'green' },
        { id: 'FIN-1', source: 'Finance.xlsx', department: 'Finance', status: 'amber' },
      ],
    });
    expect(model.byId.get('FIN-1')!.status).toBe('amber');
    expect(model.byId.get('FIN-1')!.department).toBe('Finance');
    expect(model.byId.get('FIN-1')!.sources).toEqual(['Finance.xlsx', 'IT.xlsx']);
  });

  it('falls back to the first record when no source speaks for the department, and fills gaps from the others', () => {
    const model = makeModel({
      initiatives: [
        { id: 'OPS-1', source: 'A.xlsx', row: 2, name: 'Depot', status: 'green' },
        { id: 'OPS-1', source: 'B.xlsx', row: 7, name: 'Depot 2', status: 'red', owner: 'Kim', due: '2026-04-01', kpis: ['NPS'] },
      ],
    });
    const ops = model.byId.get('OPS-1')!;
    expect(ops.name).toBe('Depot');
    expect(ops.status).toBe('green');
    expect(ops.owner).toBe('Kim');
    expect(cellOf(ops.cells, 'owner')).toEqual(cell('B.xlsx', 'Initiatives', 'D7'));
    expect(ops.due).toBe(day('2026-04-01'));
    expect(ops.kpis).toEqual(['NPS']);
  });

  it("uses options.sourceDepartments over a table's inferred department", () => {
    const ingest = makeIngest({
      departments: { 'A.xlsx': 'Ops', 'B.xlsx': 'Ops' },
      initiatives: [
        { id: 'X-1', source: 'A.xlsx', department: 'Sales', status: 'green' },
        { id: 'X-1', source: 'B.xlsx', department: 'Sales', status: 'red' },
      ],
    });
    const model = buildModel(ingest, options({ sourceDepartments: { 'B.xlsx': 'Sales' } }));
    expect(model.byId.get('X-1')!.status).toBe('red');
    expect(model.sources.map((s) => [s.name, s.department])).toEqual([['A.xlsx', 'Ops'], ['B.xlsx', 'Sales']]);
  });

  it("gives 'unknown' status when no record reports one", () => {
    expect(makeModel({ initiatives: [{ id: 'A' }] }).byId.get('A')!.status).toBe('unknown');
  });
});

describe('buildModel: dependencies', () => {
  it('keeps only links between known initiatives, without self-links, one per (from, to, type)', () => {
    const model = makeModel({
      initiatives: [
        { id: 'A', row: 2 },
        { id: 'B', row: 3, dependsOn: ['A', 'GHOST', 'B', ['A', 'SS', 2]] },
        { id: 'C', row: 4, dependsOn: [['B', 'FS', 3]] },
        { id: 'C', row: 5, source: 'Other.xlsx', dependsOn: ['B'] },
      ],
      dependencies: [
        { from: 'A', to: 'B', neededBy: '2026-04-01', row: 2 },
        { from: 'A', to: 'C', type: 'FF', lagDays: -1, neededBy: '2026-05-01', row: 3 },
        { from: 'X', to: 'C', row: 4 },
        { from: 'C', to: 'C', row: 5 },
      ],
    });
    expect(model.dependencies).toEqual([
      { from: 'A', to: 'B', type: 'FS', lagDays: 0, origin: 'column', cell: cell('Eng.xlsx', 'Initiatives', 'J3'), neededBy: day('2026-04-01') },
      { from: 'A', to: 'B', type: 'SS', lagDays: 2, origin: 'column', cell: cell('Eng.xlsx', 'Initiatives', 'J3') },
      { from: 'B', to: 'C', type: 'FS', lagDays: 3, origin: 'column', cell: cell('Eng.xlsx', 'Initiatives', 'J4') },
      { from: 'A', to: 'C', type: 'FF', lagDays: -1, neededBy: day('2026-05-01'), origin: 'register', cell: cell('Deps.xlsx', 'Dependencies', 'A3') },
    ]);
    // unknown and self references stay visible to the rules
    expect(model.records[1]!.dependsOn.map((l) => l.id)).toEqual(['A', 'GHOST', 'B', 'A']);
    expect(model.ingest.dependencies).toHaveLength(4);
  });
  it('de-duplicates a successor with many predecessors (past the scan limit) and grows past two links per record', () => {
    const preds = Array.from({ length: 40 }, (_, i) => `P${i}`);
    const links: Array<string | readonly [string, 'FS' | 'SS' | 'FF' | 'SF', number]> = [];
    for (const p of preds) links.push(p, [p, 'SS', 1], p);
    const model = makeModel({
      initiatives: [...preds.map((id, i) => ({ id, row: i + 2 })), { id: 'Z', row: 50, dependsOn: links }],
      dependencies: [
        { from: 'P39', to: 'Z', type: 'SS', neededBy: '2026-04-01', row: 2 },
        { from: 'P38', to: 'Z', type: 'FF', neededBy: '2026-05-01', row: 3 },
        { from: 'P38', to: 'Z', type: 'FF', row: 4 },
      ],
    });
    const expected = preds.flatMap((p) => [
      [p, 'FS', 0, undefined],
      [p, 'SS', 1, p === 'P39' ? day('2026-04-01') : undefined],
    ]);
    expected.push(['P38', 'FF', 0, day('2026-05-01')]);
    expect(model.dependencies.map((d) => [d.from, d.type, d.lagDays, d.neededBy])).toEqual(expected);
    expect(model.dependencies.every((d) => d.to === 'Z')).toBe(true);
  });
});

describe('buildModel: KPIs', () => {
  it('links KPI sheet records (known ids only) and kpi cells, with onTarget from target, actual and direction', () => {
    const model = makeModel({
      initiatives: [
        { id: 'A', kpis: ['NPS', 'churn rate'] },
        { id: 'B', kpis: ['Cost to serve'] },
        { id: 'C' },
      ],
      kpis: [
        { kpi: 'NPS', target: 45, actual: 30, initiatives: ['B', 'A'] },
        { kpi: 'CHURN', name: 'Churn rate', target: 5, actual: 4, direction: 'lower' },
        { kpi: 'REV', target: 10 },
        { kpi: 'NPS', initiatives: ['C', 'GHOST'], row: 9 },
      ],
    });
    expect(model.kpis.map((k) => [k.id, k.initiatives, k.onTarget, k.target])).toEqual([
      ['NPS', ['B', 'A', 'C'], false, 45],
      ['CHURN', ['A'], true, 5],
      ['REV', [], undefined, 10],
      ['Cost to serve', ['B'], undefined, undefined],
    ]);
    expect(model.kpis[0]!.home).toEqual(cell('KPIs.xlsx', 'KPIs', 'A2'));
  });
});

describe('buildModel: sources', () => {
  it("takes each source's origin and sheets from ingest.sources when ingest lists them", () => {
    const ingest = makeIngest({ initiatives: [{ id: 'A', source: 'Programme.xlsx', lastUpdated: '2026-03-02' }] });
    const model = buildModel(
      {
        ...ingest,
        sources: [
          { name: 'Glossary.xlsx', origin: 'file', sheets: ['Terms'] },
          { name: 'Programme.xlsx', origin: 'workbook', sheets: ['Cover', 'Initiatives'] },
        ],
      },
      options(),
    );
    expect(model.sources.map((s) => [s.name, s.origin, s.sheets, s.tables.length, s.initiativeCount])).toEqual([
      ['Glossary.xlsx', 'file', ['Terms'], 0, 0],
      ['Programme.xlsx', 'workbook', ['Cover', 'Initiatives'], 1, 1],
    ]);
  });

  it('summarises each source with its sheets, tables, department, count and freshness', () => {
    const model = makeModel({
      departments: { 'This workbook': 'Engineering' },
      initiatives: [
        { id: 'A', source: 'This workbook', lastUpdated: '2026-03-01' },
        { id: 'B', source: 'This workbook', sheet: 'More', lastUpdated: '2026-03-09' },
        { id: 'A', source: 'This workbook', sheet: 'More' },
        { id: 'C', source: 'Fin.csv' },
      ],
    });
    expect(model.sources.map(({ tables, ...s }) => ({ ...s, tables: tables.map((t) => t.key) }))).toEqual([
      {
        name: 'This workbook', origin: 'workbook', sheets: ['Initiatives', 'More'], department: 'Engineering',
        initiativeCount: 2, latestUpdate: day('2026-03-09'),
        tables: ['This workbook|Initiatives|0', 'This workbook|More|0'],
      },
      { name: 'Fin.csv', origin: 'file', sheets: ['Initiatives'], initiativeCount: 1, tables: ['Fin.csv|Initiatives|0'] },
    ]);
  });
});
