import fc from 'fast-check';
import { analyseModel } from '../../../src/core/analyse';
import { findLinkViolations } from '../../../src/core/analyse/schedule';
import { checkDependencyCycle } from '../../../src/core/rules/dependency-cycle';
import { checkScheduleSuccessorBeforePredecessor } from '../../../src/core/rules/schedule-successor-before-predecessor';
import type { LinkType } from '../../../src/core/types';
import { makeCalendar } from '../../../src/core/util/calendar';
import { isoFromDay } from '../../../src/core/util/days';
import { day, makeContext, type RecordSpec } from '../../support/model-builders';

/** A random dependency graph over ids N0..N(n-1): edges [from, to] (self-links included: the model drops them). */
const graphArb = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 3 * n }),
  }),
);

function specOf(n: number, edges: ReadonlyArray<readonly [number, number]>): RecordSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `N${i}`,
    row: i + 2,
    dependsOn: edges.filter(([, to]) => to === i).map(([from]) => `N${from}`),
  }));
}

/** Strongly connected components by brute-force reachability: independent of the engine's Tarjan. */
function componentsOf(n: number, edges: ReadonlyArray<readonly [number, number]>): number[][] {
  const out: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) if (a !== b) out[a]!.push(b);
  const reach = Array.from({ length: n }, (_, s) => {
    const seen = new Set<number>([s]);
    const queue = [s];
    while (queue.length) for (const v of out[queue.shift()!]!) if (!seen.has(v)) (seen.add(v), queue.push(v));
    return seen;
  });
  const comps: number[][] = [];
  const placed = new Set<number>();
  for (let u = 0; u < n; u++) {
    if (placed.has(u)) continue;
    const comp = [...Array(n).keys()].filter((v) => reach[u]!.has(v) && reach[v]!.has(u));
    comp.forEach((v) => placed.add(v));
    if (comp.length > 1) comps.push(comp);
  }
  return comps;
}

describe('dependency.cycle over analyseModel (property)', () => {
  it('every reported cycle is a real loop of links, and every cyclic component is reported exactly once', () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges }) => {
        const ctx = makeContext({ initiatives: specOf(n, edges) });
        const analysis = analyseModel(ctx.model, ctx.options);
        const findings = checkDependencyCycle({ ...ctx, analysis });
        const linkCell = new Map(ctx.model.dependencies.map((d) => [`${d.from}>${d.to}`, d.cell]));
        const comps = componentsOf(n, edges).map((c) => new Set(c.map((v) => `N${v}`)));

        expect(findings).toHaveLength(comps.length);
        const covered = new Set<number>();
        for (const f of findings) {
          const loop = [f.initiativeId!, ...(f.related ?? [])];
          expect(new Set(loop).size).toBe(loop.length); // a simple loop
          // each step is a real link, and the cells are those links' cells in loop order
          const cells = loop.map((id, k) => linkCell.get(`${id}>${loop[(k + 1) % loop.length]}`));
          expect(cells.every((c) => c !== undefined)).toBe(true);
          expect(f.cells).toEqual(cells);
          expect(f.message).toBe(`${[...loop, loop[0]].join(' → ')} is a dependency cycle: each initiative waits on the one before it.`);
          const inComp = comps.findIndex((c) => loop.every((id) => c.has(id)));
          expect(inComp).toBeGreaterThanOrEqual(0);
          expect(covered.has(inComp)).toBe(false);
          covered.add(inComp);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('schedule.successor-before-predecessor agrees with the schedule engine (property)', () => {
  const types: LinkType[] = ['FS', 'SS', 'FF', 'SF'];
  const taskArb = fc.record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 15 }) });
  const linkArb = (n: number) =>
    fc.record({ from: fc.nat({ max: n - 1 }), to: fc.nat({ max: n - 1 }), type: fc.constantFrom(...types), lag: fc.integer({ min: -5, max: 5 }) });

  it.each([
    ['Mon-Fri', [1, 2, 3, 4, 5]],
    ['Sun-Thu', [0, 1, 2, 3, 4]],
  ])('reports exactly the links findLinkViolations finds (%s)', (_name, weekdays) => {
    const base = day('2026-03-02');
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(fc.array(taskArb, { minLength: n, maxLength: n }), fc.array(linkArb(n), { maxLength: 8 }))),
        ([tasks, links]) => {
          const initiatives: RecordSpec[] = tasks.map((t, i) => ({
            id: `T${i}`,
            row: i + 2,
            start: isoFromDay(base + t.start),
            due: isoFromDay(base + t.start + t.length),
            dependsOn: links.filter((l) => l.to === i).map((l) => [`T${l.from}`, l.type, l.lag] as const),
          }));
          const ctx = makeContext({ initiatives }, {}, {}, { ...makeContext({}).options, workingWeekdays: weekdays });
          const ours = checkScheduleSuccessorBeforePredecessor(ctx).map((f) => `${f.related![0]}>${f.initiativeId}>${f.message}`);
          const engine = findLinkViolations(
            ctx.model.initiatives.map((i) => ({ id: i.id, start: i.start!, finish: i.due! })),
            ctx.model.dependencies,
            makeCalendar(weekdays),
          ).map((v) => `${v.link.from}>${v.link.to}>${isoFromDay(v.earliestAllowed)}`);
          expect(ours.map((s) => s.replace(/^(\S+>\S+)>.* (\d{4}-\d{2}-\d{2}) at the earliest\.$/, '$1>$2'))).toEqual(engine);
        },
      ),
      { numRuns: 300 },
    );
  });
});
