import { analyseModel } from '../../../src/core/analyse';
import { makeOptions } from '../../../src/core/types/options';
import { buildTestModel, day } from './build';

const options = makeOptions(day('2026-03-02'));

function effective(spec: Parameters<typeof buildTestModel>[0]): Record<string, [string, string | undefined]> {
  const model = buildTestModel(spec);
  const analysis = analyseModel(model, options);
  return Object.fromEntries(model.initiatives.map((i) => [i.id, [analysis.byId.get(i.id)!.effectiveStatus, analysis.byId.get(i.id)!.effectiveReason]]));
}

describe('effective status', () => {
  it('carries risk round a dependency cycle and names the root outside it', () => {
    expect(
      effective({
        initiatives: [{ id: 'A', status: 'red' }, { id: 'B' }, { id: 'C' }, { id: 'D', status: 'not-started' }],
        links: ['A>B', 'B>C', 'C>B', 'C>D'],
      }),
    ).toEqual({
      A: ['red', undefined],
      B: ['amber', 'Upstream A is red.'],
      C: ['amber', 'Upstream A is red (via B).'],
      D: ['amber', 'Upstream A is red (via C).'],
    });
  });

  it('names the worst risk upstream, and stops at a node more severe than what is behind it', () => {
    expect(
      effective({
        initiatives: [{ id: 'A', status: 'amber' }, { id: 'B', status: 'red' }, { id: 'C' }, { id: 'D', status: 'amber' }, { id: 'E' }],
        links: ['A>B', 'B>C', 'D>E', 'A>E'],
      }),
    ).toEqual({
      A: ['amber', undefined],
      B: ['red', undefined],
      C: ['amber', 'Upstream B is red.'],
      D: ['amber', undefined],
      E: ['amber', 'Upstream D is amber.'],
    });
  });

  it('lets done and cancelled work stop the risk, and keeps on-hold as reported while passing risk on', () => {
    expect(
      effective({
        initiatives: [
          { id: 'A', status: 'red' },
          { id: 'B', status: 'done' },
          { id: 'C' },
          { id: 'H', status: 'on-hold' },
          { id: 'J', status: 'unknown' },
        ],
        links: ['A>B', 'B>C', 'A>H', 'H>J'],
      }),
    ).toEqual({
      A: ['red', undefined],
      B: ['done', undefined],
      C: ['green', undefined],
      H: ['on-hold', undefined],
      J: ['amber', 'Upstream A is red (via H).'],
    });
  });
});
