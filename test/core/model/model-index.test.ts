import { buildModel, LINK_TYPES, linkTypeCode, modelIndex } from '../../../src/core/model';
import type { Model } from '../../../src/core/types';
import { makeIngest, makeModel, options } from '../../support/model-builders';

function plain(model: Model): unknown {
  const index = modelIndex(model);
  return {
    positions: [...index.positions],
    distinct: index.distinct,
    linkFrom: Array.from(index.linkFrom),
    linkTo: Array.from(index.linkTo),
    linkType: Array.from(index.linkType),
    linkLag: Array.from(index.linkLag),
    kpiMembers: index.kpiMembers.map((m) => Array.from(m)),
    kpiCells: { texts: index.kpiCells.texts, start: Array.from(index.kpiCells.start), text: Array.from(index.kpiCells.text) },
  };
}

describe('modelIndex', () => {
  const spec = {
    initiatives: [
      { id: 'A', row: 2, kpis: ['NPS', 'Churn'] },
      { id: 'B', row: 3, dependsOn: ['A', 'GHOST'], kpis: ['NPS'] },
      { id: 'C', row: 4, dependsOn: [['B', 'SS', 1] as const] },
      { id: 'B', row: 5, source: 'Other.xlsx', dependsOn: ['C'] },
    ],
    kpis: [{ kpi: 'NPS', initiatives: ['C', 'GHOST'] }],
  };

  it('holds the positions buildModel resolved', () => {
    expect(plain(makeModel(spec))).toEqual({
      positions: [
        ['A', 0],
        ['B', 1],
        ['C', 2],
      ],
      distinct: true,
      linkFrom: [0, 1, 2],
      linkTo: [1, 2, 1],
      linkType: [0, 1, 0],
      linkLag: [0, 1, 0],
      kpiMembers: [[2, 0, 1], [0]],
      kpiCells: { texts: ['NPS', 'Churn'], start: [0, 2, 3, 3], text: [0, 1, 0] },
    });
  });

  it('codes link types by their place in LINK_TYPES', () => {
    expect(LINK_TYPES.map(linkTypeCode)).toEqual([0, 1, 2, 3]);
  });

  it('computes the same index for a copy of the model (arrays not built by buildModel)', () => {
    const model = buildModel(makeIngest(spec), options());
    const copy: Model = { ...model, initiatives: [...model.initiatives], dependencies: [...model.dependencies], kpis: [...model.kpis] };
    expect(plain(copy)).toEqual(plain(model));
  });

  it('computes a new index when an array of the model grew in place', () => {
    const model = buildModel(makeIngest(spec), options());
    expect(modelIndex(model).linkFrom).toHaveLength(3);
    (model.dependencies as Model['dependencies'][number][]).push({ ...model.dependencies[0]!, from: 'C', to: 'A' });
    expect(Array.from(modelIndex(model).linkFrom)).toEqual([0, 1, 2, 2]);
  });

  it('resolves repeated and unknown ids in a hand-made model: first position wins, unknown is -1', () => {
    const model = buildModel(makeIngest(spec), options());
    const initiatives = [...model.initiatives, model.initiatives[0]!];
    const dependencies = [...model.dependencies, { ...model.dependencies[0]!, from: 'GHOST' }];
    const index = modelIndex({ ...model, initiatives, dependencies });
    expect(index.distinct).toBe(false);
    expect(index.positions.get('A')).toBe(0);
    expect(Array.from(index.linkFrom)).toEqual([0, 1, 2, -1]);
  });
});
