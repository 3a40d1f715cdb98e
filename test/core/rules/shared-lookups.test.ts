import { analysisAt, indexesOf, initiativeOfRecord, recordGroupsOf } from '../../../src/core/rules/indexes';
import { cellsOrHome } from '../../../src/core/rules/cells-or-home';
import { eachInitiative } from '../../../src/core/rules/per-item';
import { upstreamReasons } from '../../../src/core/rules/upstream-reasons';
import { makeFinding, type Model } from '../../../src/core/types';
import { cell, makeAnalysis, makeModel } from '../../support/model-builders';

const eng = (address: string) => cell('Eng.xlsx', 'Initiatives', address);

/** A model with a repeated id (in one source and across two), an unknown link, a self link and a register row. */
function sample(): Model {
  return makeModel({
    initiatives: [
      { id: 'A', row: 2, status: 'green', dependsOn: ['B', 'GHOST', 'A', 'B', 'A'] },
      { id: 'B', row: 3, status: 'red' },
      { id: 'A', row: 4, status: 'green', dependsOn: ['C'] },
      { id: 'C', row: 5, status: 'done', dependsOn: ['NOBODY'] },
      { id: 'B', source: 'Fin.xlsx', row: 2, status: 'amber' },
    ],
    dependencies: [{ from: 'C', to: 'B', row: 2 }],
  });
}

describe('indexesOf', () => {
  it('gives each dependency the positions of its ends and each initiative its incoming links, in model order', () => {
    const model = sample();
    const ix = indexesOf(model);
    expect(model.initiatives.map((i) => i.id)).toEqual(['A', 'B', 'C']);
    expect(model.dependencies.map((d) => `${d.from}>${d.to}`)).toEqual(['B>A', 'C>A', 'C>B']);
    expect([...ix.fromAt]).toEqual([1, 2, 2]);
    expect([...ix.toAt]).toEqual([0, 0, 1]);
    expect([...ix.incomingStart]).toEqual([0, 2, 3, 3]);
    expect([...ix.incoming]).toEqual([0, 1, 2]);
    expect(ix.statusAt).toEqual(['green', 'red', 'done']);
    expect(ix.byIdInOrder).toBe(true);
    expect(indexesOf(model)).toBe(ix); // memoised
  });

  it('lists each record position, its links to unknown ids and its first self link', () => {
    const model = sample();
    const ix = indexesOf(model);
    expect([...ix.recordAt]).toEqual([0, 1, 0, 2, 1]);
    expect(ix.unknownLinks).toEqual([0, 1, 3, 0]); // record 0 link 1 (GHOST), record 3 link 0 (NOBODY)
    expect(ix.selfLinks).toEqual([0, 2]); // record 0, its first link to itself
    expect(initiativeOfRecord(model, 2)).toBe(model.initiatives[0]);
  });

  it('follows byId for a model whose byId is not its list of initiatives', () => {
    const base = sample();
    const [a, b, c] = base.initiatives;
    // byId without C, and C listed first: C's links are found by id, an end byId lacks has no position.
    const model: Model = { ...base, initiatives: [c!, a!, b!], byId: new Map([['A', a!], ['B', b!]]) };
    const ix = indexesOf(model);
    expect(ix.byIdInOrder).toBe(false);
    expect([...ix.fromAt]).toEqual([2, -1, -1]);
    expect([...ix.toAt]).toEqual([1, 1, 2]);
    expect([...ix.incomingStart]).toEqual([0, 0, 2, 3]);
    expect([...ix.incoming]).toEqual([0, 1, 2]);
    expect(ix.unknownLinks).toEqual([0, 1, 2, 0, 3, 0]); // GHOST, C (unknown to this byId) and NOBODY
    expect([...ix.recordAt]).toEqual([1, 2, 1, -1, 2]);
  });
});

describe('recordGroupsOf', () => {
  it('chains the records of each id in record order', () => {
    const { first, next } = recordGroupsOf(sample());
    expect([...first]).toEqual([1, 1, 0, 1, 0]);
    expect([...next]).toEqual([2, 4, -1, -1, -1]);
  });
});

describe('analysisAt', () => {
  it('aligns the analyses with model.initiatives, by id where their order differs', () => {
    const model = sample();
    const analysis = makeAnalysis(model, { B: { slipDays: 4 } });
    expect(analysisAt(model, analysis).map((a) => a?.id)).toEqual(['A', 'B', 'C']);
    const reordered = { ...analysis, byId: new Map([...analysis.byId].reverse()) };
    const aligned = analysisAt(model, reordered);
    expect(aligned.map((a) => a?.id)).toEqual(['A', 'B', 'C']);
    expect(aligned[1]!.slipDays).toBe(4);
    const partial = { ...analysis, byId: new Map([...analysis.byId].slice(0, 2)) };
    expect(analysisAt(model, partial).map((a) => a?.id)).toEqual(['A', 'B', undefined]);
  });
});

describe('upstreamReasons', () => {
  it('names each open predecessor once, with the status cell and each link cell once', () => {
    const model = sample();
    const found = upstreamReasons(model, 0, (pred) => pred.status);
    expect(found).toEqual({ reasons: ['B (red)'], related: ['B'], cells: [eng('E2'), eng('J2')] });
    expect(upstreamReasons(model, 0, () => undefined)).toBeUndefined();
    expect(upstreamReasons(model, 2, () => 'late')).toBeUndefined(); // no links into C
  });
});

describe('per-item checks', () => {
  it('asks every check about each initiative in order, keeping what they find', () => {
    const model = sample();
    const seen: string[] = [];
    const found = eachInitiative(model, [
      (i, v) => {
        seen.push(`${v}:${i.id}`);
        return undefined;
      },
      (i) => (i.status === 'green' ? makeFinding('status.missing', `${i.id} first`, [i.home]) : undefined),
      (i) => (i.status === 'green' ? makeFinding('status.missing', `${i.id} second`, [i.home]) : undefined),
    ]);
    expect(seen).toEqual(['0:A', '1:B', '2:C']);
    expect(found.map((f) => f.message)).toEqual(['A first', 'A second']);
    const more = eachInitiative(model, [(i, v) => (v === 2 ? makeFinding('status.missing', `${i.id} third`, [i.home]) : undefined)], found);
    expect(more).toBe(found);
    expect(found.map((f) => f.message)).toEqual(['A first', 'A second', 'C third']);
  });
});

describe('cellsOrHome', () => {
  it('keeps the cells that exist, in order, and falls back to the home cell', () => {
    const [a, b, home] = [eng('A1'), eng('B1'), eng('A9')];
    expect(cellsOrHome(a, b, home)).toEqual([a, b]);
    expect(cellsOrHome(a, undefined, home)).toEqual([a]);
    expect(cellsOrHome(undefined, b, home)).toEqual([b]);
    expect(cellsOrHome(undefined, undefined, home)).toEqual([home]);
  });
});
