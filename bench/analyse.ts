import { analyseModel } from '../src/core/analyse';
import { makeOptions } from '../src/core/types/options';
import type { CellRef, Dependency, Initiative, Kpi, LinkType, Model, Status } from '../src/core/types';
import { dayFromIso } from '../src/core/util/days';

/**
 * analyseModel on a synthetic portfolio built in memory: n initiatives in 12 departments over
 * three years, each depending on 2 or 3 earlier initiatives (mostly FS, some SS/FF/SF with lags),
 * mixed statuses, 200 KPIs. Links go to random earlier initiatives, so downstream sets are large
 * (the hard case for bottlenecks). Seeded: the same n gives the same model.
 */
export function benchAnalyse(n: number): { n: number; links: number; ms: number; cpuMs: number } {
  const model = syntheticModel(n);
  const options = makeOptions(dayFromIso('2026-06-15')!);
  analyseModel(model, options); // warm up the JIT
  let best = Infinity;
  let bestCpu = Infinity;
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    analyseModel(model, options);
    const cpu = process.cpuUsage(c0);
    best = Math.min(best, performance.now() - t0);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  // Wall time (ms) suffers when the machine is shared; CPU time (cpuMs) is the process's own work.
  return { n, links: model.dependencies.length, ms: Math.round(best), cpuMs: Math.round(bestCpu) };
}

const CELL: CellRef = { source: 'bench', sheet: 'Initiatives', address: 'A1' };
const STATUSES: Status[] = ['green', 'green', 'green', 'amber', 'red', 'done', 'not-started', 'on-hold'];
const TYPES: LinkType[] = ['FS', 'FS', 'FS', 'FS', 'FS', 'SS', 'FF', 'SF'];

export function syntheticModel(n: number): Model {
  let seed = 0x2545f491;
  const random = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  const base = dayFromIso('2025-01-06')!;
  const initiatives: Initiative[] = [];
  const dependencies: Dependency[] = [];
  const kpiLinks: string[][] = Array.from({ length: 200 }, () => []);
  for (let i = 0; i < n; i++) {
    const id = `I-${i + 1}`;
    const start = base + Math.floor((i / n) * 900) + Math.floor(random() * 30);
    const kpi = random() < 0.3 ? Math.floor(random() * 200) : -1;
    if (kpi >= 0) kpiLinks[kpi]!.push(id);
    initiatives.push({
      id,
      name: `Initiative ${i + 1}`,
      department: `Dept ${1 + Math.floor(random() * 12)}`,
      status: STATUSES[Math.floor(random() * STATUSES.length)]!,
      start,
      due: start + 5 + Math.floor(random() * 60),
      lastUpdated: dayFromIso('2026-06-01')! + Math.floor(random() * 14),
      kpis: kpi >= 0 ? [`K-${kpi + 1}`] : [],
      pillar: `Pillar ${1 + Math.floor(random() * 5)}`,
      budget: Math.round(random() * 1e6),
      benefit: Math.round(random() * 2e6),
      sources: ['bench'],
      cells: { byField: {} },
      home: CELL,
    });
    if (i === 0) continue;
    const links = 2 + (random() < 0.5 ? 1 : 0);
    const seen = new Set<number>();
    for (let k = 0; k < links; k++) {
      const from = Math.max(0, i - 1 - Math.floor(random() * Math.min(i, 2000)));
      if (seen.has(from)) continue;
      seen.add(from);
      const type = TYPES[Math.floor(random() * TYPES.length)]!;
      dependencies.push({ from: `I-${from + 1}`, to: id, type, lagDays: type === 'FS' ? 0 : Math.floor(random() * 5) - 2, origin: 'column', cell: CELL });
    }
  }
  const kpis: Kpi[] = kpiLinks.map((ids, k) => ({
    id: `K-${k + 1}`,
    direction: 'higher',
    initiatives: ids,
    target: 100,
    actual: k % 3 === 0 ? 80 : 120,
    onTarget: k % 3 !== 0,
  }));
  return {
    initiatives,
    byId: new Map(initiatives.map((i) => [i.id, i])),
    dependencies,
    kpis,
    sources: [],
    records: [],
    ingest: { tables: [], initiatives: [], rowsWithoutId: [], dependencies: [], kpis: [], findings: [] },
  };
}

if (require.main === module) {
  for (const n of [1_000, 10_000, 100_000]) console.log(JSON.stringify(benchAnalyse(n)));
}
