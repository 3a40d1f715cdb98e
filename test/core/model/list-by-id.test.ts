import { ListById } from '../../../src/core/model';
import { analyseModel } from '../../../src/core/analyse';
import { makeModel, options } from '../../support/model-builders';

describe('ListById: an id map over a list and its id positions', () => {
  const list = [{ id: 'B-2' }, { id: 'A-1' }, { id: 'C-3' }];
  const view = new ListById(new Map(list.map((item, v) => [item.id, v])), list);

  it('answers get, has and size as a Map of the same entries', () => {
    expect(view.size).toBe(3);
    expect(view.get('A-1')).toBe(list[1]);
    expect(view.get('C-3')).toBe(list[2]);
    expect(view.get('a-1')).toBeUndefined();
    expect(view.has('B-2')).toBe(true);
    expect(view.has('D-4')).toBe(false);
  });

  it('iterates in list order, every way a Map can be iterated', () => {
    expect([...view]).toEqual([['B-2', list[0]], ['A-1', list[1]], ['C-3', list[2]]]);
    expect([...view.entries()]).toEqual([...view]);
    expect([...view.keys()]).toEqual(['B-2', 'A-1', 'C-3']);
    expect([...view.values()]).toEqual(list);
    const seen: string[] = [];
    view.forEach(function (this: { tag: string }, item, id, map) {
      seen.push(`${this.tag}:${id}=${item.id}:${map === view}`);
    }, { tag: 't' });
    expect(seen).toEqual(['t:B-2=B-2:true', 't:A-1=A-1:true', 't:C-3=C-3:true']);
  });
});

describe("the model's and the analysis's byId", () => {
  const model = makeModel({
    initiatives: [
      { id: 'ENG-2', source: 'Eng.xlsx', start: '2026-01-05', due: '2026-02-27' },
      { id: 'ENG-1', source: 'Eng.xlsx' },
      { id: 'FIN-1', source: 'Fin.xlsx', dependsOn: ['ENG-2'] },
      { id: 'ENG-2', source: 'Fin.xlsx' },
    ],
  });

  it('hold every initiative once, under its id, in model order', () => {
    expect([...model.byId.keys()]).toEqual(['ENG-2', 'ENG-1', 'FIN-1']);
    model.initiatives.forEach((i) => expect(model.byId.get(i.id)).toBe(i));
    const analysis = analyseModel(model, options());
    expect([...analysis.byId.keys()]).toEqual(['ENG-2', 'ENG-1', 'FIN-1']);
    expect(analysis.byId.get('FIN-1')!.upstream).toEqual(['ENG-2']);
    expect(analysis.byId.get('ENG-2')!.downstream).toEqual(['FIN-1']);
    expect(analysis.byId.get('GHOST')).toBeUndefined();
  });
});
