import { analyseModel } from '../../../src/core/analyse';
import { makeModel, options } from '../../support/model-builders';

describe('analyseModel: upstream and downstream lists', () => {
  const model = makeModel({
    initiatives: [
      { id: 'P1', row: 2 },
      { id: 'P2', row: 3 },
      { id: 'P3', row: 4 },
      { id: 'P4', row: 5 },
      { id: 'P5', row: 6 },
      { id: 'Y', row: 7, dependsOn: ['P2', ['P2', 'SS', 0], 'P1'] },
      { id: 'Z', row: 8, dependsOn: ['P3', ['P3', 'FF', 1], 'P1', 'P5', ['P1', 'SS', 0], 'P2', 'P4', ['P5', 'SF', 0]] },
    ],
  });
  const analysis = analyseModel(model, options());
  const lists = (id: string) => [analysis.byId.get(id)!.upstream, analysis.byId.get(id)!.downstream];

  it('lists each neighbour once, in link order, however many links join them', () => {
    expect(lists('Y')).toEqual([['P2', 'P1'], []]);
    expect(lists('Z')).toEqual([['P3', 'P1', 'P5', 'P2', 'P4'], []]);
    expect(lists('P1')).toEqual([[], ['Y', 'Z']]);
    expect(lists('P2')).toEqual([[], ['Y', 'Z']]);
    expect(lists('P4')).toEqual([[], ['Z']]);
  });

  it('shares one frozen empty list among initiatives without neighbours', () => {
    expect(lists('Y')[1]).toBe(lists('Z')[1]);
    expect(Object.isFrozen(lists('P1')[0])).toBe(true);
  });
});
