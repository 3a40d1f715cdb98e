import { syntheticModel } from '../../../bench/analyse';
import { analyseModel, compareIds } from '../../../src/core/analyse';
import type { Model, Status } from '../../../src/core/types';
import { makeOptions } from '../../../src/core/types/options';
import { makeCalendar, workingDaysInclusive } from '../../../src/core/util/calendar';
import { day, initiative, modelOf, parseLink } from './build';

const MON_FRI = makeCalendar();
const closed = (s: Status): boolean => s === 'done' || s === 'cancelled';

/** Every open initiative's downstream work by a plain walk per initiative (quadratic: the reference). */
function bruteForceTop(model: Model, limit: number): Array<[string, number]> {
  const index = new Map(model.initiatives.map((i, k) => [i.id, k]));
  const next: number[][] = model.initiatives.map(() => []);
  for (const d of model.dependencies) next[index.get(d.from)!]!.push(index.get(d.to)!);
  const work = model.initiatives.map((i) => (i.start !== undefined && i.due !== undefined ? workingDaysInclusive(MON_FRI, i.start, i.due) : 0));
  const ranked: Array<{ id: string; work: number; departments: number; count: number }> = [];
  const seen = new Int32Array(model.initiatives.length).fill(-1);
  model.initiatives.forEach((i, v) => {
    if (closed(i.status)) return;
    let total = 0;
    let count = 0;
    const departments = new Set<string>();
    const stack = [v];
    seen[v] = v;
    while (stack.length > 0) {
      for (const t of next[stack.pop()!]!) {
        const target = model.initiatives[t]!;
        if (seen[t] === v || closed(target.status)) continue;
        seen[t] = v;
        stack.push(t);
        total += work[t]!;
        count++;
        if (target.department !== undefined && target.department !== i.department) departments.add(target.department);
      }
    }
    if (count > 0) ranked.push({ id: i.id, work: total, departments: departments.size, count });
  });
  ranked.sort((a, b) => b.work - a.work || b.departments - a.departments || compareIds(a.id, b.id));
  return ranked.slice(0, limit).map((r) => [r.id, r.work]);
}

/**
 * Decoys whose cheap bound is high and whose real downstream work is low: each fans out to 20
 * initiatives that all feed one, then a chain of 10 (bound 20 x 12 days, real 31 days). The real
 * top sits on ten long chains (100-109 days) that only an exact walk tells from the decoys, after
 * the 600 decoys (19 passes of 32) are evaluated.
 */
function decoyPortfolio(): Model {
  const ids: string[] = [];
  const links: string[] = [];
  for (let w = 1; w <= 10; w++) {
    const chain = [`W${w}`, ...Array.from({ length: 99 + w }, (_, k) => `W${w}-${k + 1}`)];
    ids.push(...chain);
    for (let k = 1; k < chain.length; k++) links.push(`${chain[k - 1]}>${chain[k]}`);
  }
  for (let d = 1; d <= 600; d++) {
    const fan = Array.from({ length: 20 }, (_, k) => `D${d}-X${k + 1}`);
    const tail = Array.from({ length: 10 }, (_, k) => `D${d}-C${k + 1}`);
    ids.push(`D${d}`, ...fan, `D${d}-Y`, ...tail);
    for (const x of fan) links.push(`D${d}>${x}`, `${x}>D${d}-Y`);
    links.push(`D${d}-Y>${tail[0]}`);
    for (let k = 1; k < tail.length; k++) links.push(`${tail[k - 1]}>${tail[k]}`);
  }
  // One working day each (a Monday): downstream work is a count of initiatives.
  return modelOf(ids.map((id) => initiative({ id, dept: 'Ops', start: '2026-06-01', due: '2026-06-01' })), links.map(parseLink));
}

describe('bottleneck ranking on a large layered portfolio', () => {
  it('is the exact top 10 when the cheap bounds favour 600 decoys', () => {
    const model = decoyPortfolio();
    const analysis = analyseModel(model, makeOptions(day('2026-06-15')));
    const top = analysis.bottlenecks.map((b) => [b.id, b.downstreamWorkDays]);
    expect(top).toEqual(bruteForceTop(model, 10));
    expect(top).toEqual([
      ['W10', 109],
      ['W9', 108],
      ['W10-1', 108],
      ['W8', 107],
      ['W9-1', 107],
      ['W10-2', 107],
      ['W7', 106],
      ['W8-1', 106],
      ['W9-2', 106],
      ['W10-3', 106],
    ]);
  });

  // The benchmark's shape (2-3 links each to earlier work) at a size the reference can walk.
  it('is the exact top 10 of a brute-force walk at 4,000 initiatives', () => {
    const model = syntheticModel(4_000);
    const analysis = analyseModel(model, makeOptions(day('2026-06-15')));
    expect(analysis.bottlenecks.map((b) => [b.id, b.downstreamWorkDays])).toEqual(bruteForceTop(model, 10));
  });
});
