import fc from 'fast-check';
import { buildForecastContext } from '../../../src/core/analyse/context';
import { forecastWithChange, runForecast } from '../../../src/core/analyse/forecast';
import type { Dependency, Initiative, LinkType, Status } from '../../../src/core/types';
import { makeOptions } from '../../../src/core/types/options';
import { CELL, day, initiative, modelOf } from './build';

/**
 * forecastWithChange recomputes only what one initiative's change reaches; the oracle is the
 * whole forward pass (runForecast) on the set-up changed the same way, on random networks with
 * every link type, leads and lags, cycles, closed work, actual starts and finishes, % complete,
 * reported finishes and parents.
 */
const BASE = day('2026-03-02');
const TYPES: LinkType[] = ['FS', 'SS', 'FF', 'SF'];
const STATUSES: Status[] = ['green', 'amber', 'red', 'done', 'not-started', 'on-hold', 'cancelled'];

const arbInitiative = fc.record({
  start: fc.integer({ min: 0, max: 30 }),
  length: fc.integer({ min: 0, max: 12 }),
  dated: fc.integer({ min: 0, max: 9 }),
  status: fc.constantFrom(...STATUSES),
  actual: fc.integer({ min: 0, max: 5 }),
  pct: fc.integer({ min: -1, max: 10 }),
  reported: fc.integer({ min: -1, max: 40 }),
  parent: fc.integer({ min: -1, max: 30 }),
});
const arbLink = fc.record({ a: fc.nat(), b: fc.nat(), type: fc.constantFrom(...TYPES), lag: fc.integer({ min: -3, max: 4 }) });

type Spec = { start: number; length: number; dated: number; status: Status; actual: number; pct: number; reported: number; parent: number };

function modelFrom(specs: Spec[], links: { a: number; b: number; type: LinkType; lag: number }[], withParents: boolean) {
  const n = specs.length;
  const initiatives = specs.map((s, i): Initiative => {
    const base = initiative({
      id: `I-${i}`,
      status: s.status,
      ...(s.dated > 0 ? { start: iso(BASE + s.start), due: iso(BASE + s.start + s.length) } : {}),
    });
    return {
      ...base,
      ...(s.dated > 0 && s.actual === 1 ? { actualStart: BASE + s.start } : {}),
      ...(s.dated > 0 && s.actual === 2 ? { actualStart: BASE + s.start, actualFinish: BASE + s.start + s.length + 2 } : {}),
      ...(s.pct >= 0 ? { percentComplete: s.pct / 10 } : {}),
      ...(s.reported >= 0 ? { reportedFinish: BASE + s.reported } : {}),
      ...(withParents && s.parent >= 0 && s.parent % n !== i ? { parent: `I-${s.parent % n}` } : {}),
    };
  });
  const seen = new Set<string>();
  const dependencies: Dependency[] = [];
  for (const l of links) {
    const from = l.a % n;
    const to = l.b % n;
    if (from === to || seen.has(`${from}>${to}`)) continue;
    seen.add(`${from}>${to}`);
    dependencies.push({ from: `I-${from}`, to: `I-${to}`, type: l.type, lagDays: l.lag, origin: 'column', cell: CELL });
  }
  return modelOf(initiatives, dependencies);
}

function iso(d: number): string {
  return new Date(d * 86_400_000).toISOString().slice(0, 10);
}

describe('forecastWithChange', () => {
  it.each([false, true])('equals the whole forecast re-run with one initiative shorter, longer or held later (parents: %s)', (withParents) => {
    fc.assert(
      fc.property(
        fc.array(arbInitiative, { minLength: 1, maxLength: 12 }),
        fc.array(arbLink, { maxLength: 24 }),
        fc.integer({ min: 0, max: 40 }),
        fc.nat(),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: -5, max: 60 }),
        (specs, links, asOf, pick, length, floorShift) => {
          const model = modelFrom(specs, links, withParents);
          const { setup, base } = buildForecastContext(model, makeOptions(BASE + asOf));
          const at = pick % specs.length;
          const duration = setup.net.duration.slice();
          duration[at] = length;
          const byLength = runForecast({ ...setup, net: { ...setup.net, duration } });
          expect(forecastWithChange(setup, base, at, { duration: length })).toEqual(byLength);
          const floor = setup.finishFloor.slice();
          floor[at] = base.finish[at]! + floorShift;
          const byFloor = runForecast(setup, floor);
          expect(forecastWithChange(setup, base, at, { finishFloor: floor[at] })).toEqual(byFloor);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leaves what the changed initiative does not reach as it was: a chain A -> B and an unlinked C', () => {
    // Mon 2 March 2026 as of; A Mon 2 .. Fri 6 (5 days), B Mon 9 .. Tue 10 FS after A, C alone.
    const model = modelOf(
      [
        initiative({ id: 'A', start: '2026-03-02', due: '2026-03-06' }),
        initiative({ id: 'B', start: '2026-03-09', due: '2026-03-10' }),
        initiative({ id: 'C', start: '2026-03-02', due: '2026-03-03' }),
      ],
      [{ from: 'A', to: 'B', type: 'FS', lagDays: 0, origin: 'column', cell: CELL }],
    );
    const { setup, base } = buildForecastContext(model, makeOptions(BASE));
    // A lengthened to 7 working days ends Tue 10; B then runs Wed 11 .. Thu 12: 2 working days late.
    const longer = forecastWithChange(setup, base, 0, { duration: 7 });
    expect(longer.finish[0]! - base.finish[0]!).toBe(2);
    expect(longer.finish[1]! - base.finish[1]!).toBe(2);
    expect(longer.slip[1]).toBe(2);
    expect(longer.slip[0]).toBe(2);
    expect(longer.finish[2]).toBe(base.finish[2]);
    expect(longer.slip[2]).toBe(0);
  });
});
