import fc from 'fast-check';
import { analyseModel, compareIds, findLinkViolations, scheduleTasks } from '../../../src/core/analyse';
import { rankBottlenecks } from '../../../src/core/analyse/bottlenecks';
import { buildPlan } from '../../../src/core/analyse/plan';
import type { Bottleneck, Dependency, LinkType, Model, Status } from '../../../src/core/types';
import { makeOptions } from '../../../src/core/types/options';
import { makeCalendar, workingDaysInclusive } from '../../../src/core/util/calendar';
import { CELL, day, initiative, modelOf } from './build';

const BASE = day('2026-03-02');
const MON_FRI = makeCalendar();
const TYPES: LinkType[] = ['FS', 'SS', 'FF', 'SF'];
const STATUSES: Status[] = ['green', 'amber', 'red', 'done', 'not-started', 'on-hold', 'cancelled', 'unknown'];

const arbInitiative = fc.record({
  start: fc.integer({ min: 0, max: 30 }),
  length: fc.integer({ min: 0, max: 12 }),
  dated: fc.integer({ min: 0, max: 9 }),
  status: fc.constantFrom(...STATUSES),
  dept: fc.constantFrom('Finance', 'IT', 'Ops', undefined),
});
const arbLink = fc.record({
  a: fc.nat(),
  b: fc.nat(),
  type: fc.constantFrom(...TYPES),
  lag: fc.integer({ min: -3, max: 4 }),
});

type Spec = { start: number; length: number; dated: number; status: Status; dept: string | undefined };
type LinkSpec = { a: number; b: number; type: LinkType; lag: number };

function build(specs: Spec[], linkSpecs: LinkSpec[], acyclic: boolean) {
  const n = specs.length;
  const initiatives = specs.map((s, i) =>
    initiative({
      id: `I-${i}`,
      status: s.status,
      ...(s.dept ? { dept: s.dept } : {}),
      ...(s.dated > 0 ? { start: isoOf(BASE + s.start), due: isoOf(BASE + s.start + s.length) } : {}),
    }),
  );
  const seen = new Set<string>();
  const dependencies: Dependency[] = [];
  for (const l of linkSpecs) {
    let from = l.a % n;
    let to = l.b % n;
    if (from === to) continue;
    if (acyclic && from > to) [from, to] = [to, from];
    const key = `${from}>${to}>${l.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    dependencies.push({ from: `I-${from}`, to: `I-${to}`, type: l.type, lagDays: l.lag, origin: 'column', cell: CELL });
  }
  return modelOf(initiatives, dependencies);
}

function isoOf(d: number): string {
  return new Date(d * 86_400_000).toISOString().slice(0, 10);
}

describe('analysis properties', () => {
  it('adding a link never makes a forecast earlier', () => {
    fc.assert(
      fc.property(
        fc.array(arbInitiative, { minLength: 2, maxLength: 10 }),
        fc.array(arbLink, { maxLength: 15 }),
        arbLink,
        fc.integer({ min: 0, max: 50 }),
        (specs, linkSpecs, extra, asOf) => {
          const options = makeOptions(BASE + asOf);
          const before = build(specs, linkSpecs, true);
          const after = build(specs, [...linkSpecs, extra], true);
          const a = analyseModel(before, options);
          const b = analyseModel(after, options);
          for (const i of before.initiatives) {
            const x = a.byId.get(i.id)!;
            const y = b.byId.get(i.id)!;
            expect(y.forecastStart === undefined).toBe(x.forecastStart === undefined);
            if (x.forecastStart === undefined) continue;
            expect(y.forecastStart!).toBeGreaterThanOrEqual(x.forecastStart);
            expect(y.forecastFinish!).toBeGreaterThanOrEqual(x.forecastFinish!);
            expect(y.slipDays).toBeGreaterThanOrEqual(x.slipDays);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an initiative is effectively amber or red exactly when it, or open work upstream of it, is amber, red or late', () => {
    fc.assert(
      fc.property(
        fc.array(arbInitiative, { minLength: 1, maxLength: 9 }),
        fc.array(arbLink, { maxLength: 18 }),
        fc.integer({ min: 0, max: 40 }),
        (specs, linkSpecs, asOf) => {
          const model = build(specs, linkSpecs, false);
          const analysis = analyseModel(model, makeOptions(BASE + asOf));
          const open = (id: string) => !['done', 'cancelled'].includes(model.byId.get(id)!.status);
          const risky = (id: string) => {
            const i = model.byId.get(id)!;
            return open(id) && (i.status === 'amber' || i.status === 'red' || analysis.byId.get(id)!.slipDays > 0);
          };
          // Risk reaches v from u through open initiatives only (u itself open).
          const reached = new Set<string>();
          const queue = model.initiatives.map((i) => i.id).filter(risky);
          const seen = new Set(queue);
          while (queue.length > 0) {
            const u = queue.shift()!;
            for (const d of model.dependencies) {
              if (d.from !== u) continue;
              reached.add(d.to);
              if (open(d.to) && !seen.has(d.to)) {
                seen.add(d.to);
                queue.push(d.to);
              }
            }
          }
          for (const i of model.initiatives) {
            const a = analysis.byId.get(i.id)!;
            if (['done', 'cancelled', 'on-hold'].includes(i.status)) {
              expect(a.effectiveStatus).toBe(i.status);
              continue;
            }
            const atRisk = a.effectiveStatus === 'amber' || a.effectiveStatus === 'red';
            expect(atRisk).toBe(i.status === 'amber' || i.status === 'red' || a.slipDays > 0 || reached.has(i.id));
            expect(a.effectiveStatus === 'red').toBe(i.status === 'red' || a.slipDays > 0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every reported cycle is a real loop, and every loop is reported through its component', () => {
    fc.assert(
      fc.property(fc.array(arbInitiative, { minLength: 1, maxLength: 9 }), fc.array(arbLink, { maxLength: 20 }), (specs, linkSpecs) => {
        const model = build(specs, linkSpecs, false);
        const analysis = analyseModel(model, makeOptions(BASE));
        const n = specs.length;
        const linked = new Set(model.dependencies.map((d) => `${d.from}>${d.to}`));
        // Brute-force reachability (paths of one or more links).
        const reach = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => linked.has(`I-${i}>I-${j}`)));
        for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (reach[i]![k] && reach[k]![j]) reach[i]![j] = true;
        const onLoop = (i: number): boolean => reach[i]![i]!;
        for (let i = 0; i < n; i++) expect(analysis.byId.get(`I-${i}`)!.inCycle).toBe(onLoop(i));

        const components = new Set<string>();
        for (let i = 0; i < n; i++) {
          if (!onLoop(i)) continue;
          const members = Array.from({ length: n }, (_, j) => j).filter((j) => j === i || (reach[i]![j] && reach[j]![i]));
          components.add(members.join(','));
        }
        expect(analysis.cycles).toHaveLength(components.size);
        const covered = new Set<string>();
        for (const cycle of analysis.cycles) {
          expect(new Set(cycle).size).toBe(cycle.length);
          cycle.forEach((id, k) => expect(linked.has(`${id}>${cycle[(k + 1) % cycle.length]}`)).toBe(true));
          const first = Number(cycle[0]!.slice(2));
          const members = [...components].find((c) => c.split(',').includes(String(first)))!;
          expect(members).toBeDefined();
          expect(cycle.every((id) => members.split(',').includes(id.slice(2)))).toBe(true);
          expect(members.split(',').map((m) => `I-${m}`).sort(compareIds)[0]).toBe(cycle[0]);
          covered.add(members);
        }
        expect(covered.size).toBe(components.size);
      }),
      { numRuns: 300 },
    );
  });

  it('the schedule honours every link, with non-negative slack', () => {
    fc.assert(
      fc.property(fc.array(arbInitiative, { minLength: 1, maxLength: 10 }), fc.array(arbLink, { maxLength: 15 }), (specs, linkSpecs) => {
        const model = build(specs, linkSpecs, true);
        const tasks = model.initiatives.map((i) => ({ id: i.id, start: i.start ?? BASE, finish: i.due ?? BASE, startNoEarlierThan: i.start ?? BASE }));
        const links = model.dependencies.map((d) => ({ from: d.from, to: d.to, type: d.type, lagDays: d.lagDays }));
        const schedule = scheduleTasks(tasks, links, MON_FRI);
        const early = tasks.map((t) => ({ id: t.id, start: schedule.tasks.get(t.id)!.earlyStart, finish: schedule.tasks.get(t.id)!.earlyFinish }));
        const late = tasks.map((t) => ({ id: t.id, start: schedule.tasks.get(t.id)!.lateStart, finish: schedule.tasks.get(t.id)!.lateFinish }));
        // Zero-length tasks finish the working day before they start: their dates cannot be re-read as a length.
        if (tasks.every((t) => workingDaysInclusive(MON_FRI, t.start, t.finish) > 0)) {
          expect(findLinkViolations(early, links, MON_FRI)).toEqual([]);
          expect(findLinkViolations(late, links, MON_FRI)).toEqual([]);
        }
        for (const t of tasks) {
          const s = schedule.tasks.get(t.id)!;
          expect(s.totalSlackDays).toBeGreaterThanOrEqual(0);
          expect(s.earlyStart).toBeGreaterThanOrEqual(t.startNoEarlierThan);
          expect(s.critical).toBe(s.totalSlackDays === 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ranks bottlenecks exactly as a brute-force walk does', () => {
    fc.assert(
      fc.property(fc.array(arbInitiative, { minLength: 1, maxLength: 10 }), fc.array(arbLink, { maxLength: 20 }), (specs, linkSpecs) => {
        const model = build(specs, linkSpecs, false);
        const analysis = analyseModel(model, makeOptions(BASE));
        expect(analysis.bottlenecks.map(summary)).toEqual(bruteForceBottlenecks(model));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the exact top when candidates span several 32-wide passes', () => {
    fc.assert(
      fc.property(fc.array(arbInitiative, { minLength: 30, maxLength: 90 }), fc.array(arbLink, { minLength: 40, maxLength: 200 }), fc.boolean(), (specs, linkSpecs, acyclic) => {
        const model = build(specs, linkSpecs, acyclic);
        const options = makeOptions(BASE);
        expect(rankBottlenecks(model, buildPlan(model, options), 3).map(summary)).toEqual(bruteForceBottlenecks(model).slice(0, 3));
      }),
      { numRuns: 100 },
    );
  });
});

function summary(b: Bottleneck) {
  return { id: b.id, work: b.downstreamWorkDays, departments: b.departmentsWaiting.length, count: b.downstreamIds.length };
}

function bruteForceBottlenecks(model: Model) {
  const closed = (s: Status) => s === 'done' || s === 'cancelled';
  return model.initiatives
    .filter((i) => !closed(i.status))
    .map((i) => {
      const seen = new Set<string>();
      const queue = [i.id];
      while (queue.length > 0) {
        const u = queue.shift()!;
        for (const d of model.dependencies) {
          const t = model.byId.get(d.to)!;
          if (d.from !== u || seen.has(t.id) || t.id === i.id || closed(t.status)) continue;
          seen.add(t.id);
          queue.push(t.id);
        }
      }
      const down = [...seen].map((id) => model.byId.get(id)!);
      const work = down.reduce((sum, t) => sum + (t.start !== undefined && t.due !== undefined ? workingDaysInclusive(MON_FRI, t.start, t.due) : 0), 0);
      const depts = new Set(down.map((t) => t.department).filter((d) => d !== undefined && d !== i.department));
      return { id: i.id, work, departments: depts.size, count: seen.size };
    })
    .filter((r) => r.count > 0)
    .sort((a, b) => b.work - a.work || b.departments - a.departments || compareIds(a.id, b.id));
}
