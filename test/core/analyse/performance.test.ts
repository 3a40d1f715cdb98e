import { syntheticModel } from '../../../bench/analyse';
import { analyseModel } from '../../../src/core/analyse';
import { makeOptions } from '../../../src/core/types/options';
import { day } from './build';

/** CPU time of this process: steadier than wall time on a machine shared with other jobs. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeAnalyse(n: number, runs: number): number {
  const model = syntheticModel(n);
  const options = makeOptions(day('2026-06-15'));
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const t0 = cpuMs();
    const analysis = analyseModel(model, options);
    best = Math.min(best, cpuMs() - t0);
    expect(analysis.byId.size).toBe(n);
  }
  return best;
}

describe('analyseModel performance', () => {
  it('analyses 100,000 initiatives with 2-3 links each in linear time', () => {
    const small = timeAnalyse(25_000, 2); // the first run also warms up the JIT
    const large = timeAnalyse(100_000, 1);
    // eslint-disable-next-line no-console
    console.log(`analyseModel (CPU time): 25k in ${small.toFixed(0)} ms, 100k in ${large.toFixed(0)} ms`);
    expect(large).toBeLessThan(8000); // generous: the test machine is shared
    // 4x the input: linear work takes about 4x; anything quadratic would take 16x.
    expect(large / small).toBeLessThan(10);
  });
});
