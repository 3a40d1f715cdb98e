/**
 * A deterministic synthetic portfolio for the benchmarks: N initiatives across 20 departments,
 * one .xlsx workbook per department, each in its own header style, 2-3 dependency links per
 * initiative (mostly to earlier ids, plus a few deliberate cycles) and the mess real
 * departmental sheets carry: bad and ambiguous dates, unknown ids, statuses written many ways,
 * missing ids, duplicate ids, Excel error values.
 *
 * Same N and seed -> byte-for-byte the same rows. Workbooks are cached under .cache/bench/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';

/** Bump when the generator's output changes so cached workbooks are rebuilt. */
const GENERATOR_VERSION = 4;
export const BENCH_AS_OF_ISO = '2026-03-02';
const AS_OF_MS = Date.UTC(2026, 2, 2);
const DAY_MS = 86_400_000;
const WAVES = 10;
const WAVE_DAYS = 75;
const FIRST_WAVE_MS = Date.UTC(2025, 6, 1);

export const DEPARTMENTS: ReadonlyArray<{ readonly prefix: string; readonly name: string }> = [
  { prefix: 'FIN', name: 'Finance' },
  { prefix: 'OPS', name: 'Operations' },
  { prefix: 'IT', name: 'Technology' },
  { prefix: 'HR', name: 'People' },
  { prefix: 'MKT', name: 'Marketing' },
  { prefix: 'SAL', name: 'Sales' },
  { prefix: 'LEG', name: 'Legal' },
  { prefix: 'PRC', name: 'Procurement' },
  { prefix: 'RND', name: 'Research' },
  { prefix: 'CX', name: 'Customer' },
  { prefix: 'SEC', name: 'Security' },
  { prefix: 'DAT', name: 'Data' },
  { prefix: 'FAC', name: 'Facilities' },
  { prefix: 'SUP', name: 'Supply Chain' },
  { prefix: 'QA', name: 'Quality' },
  { prefix: 'ENG', name: 'Engineering' },
  { prefix: 'PRD', name: 'Product' },
  { prefix: 'COM', name: 'Communications' },
  { prefix: 'RSK', name: 'Risk' },
  { prefix: 'STR', name: 'Strategy' },
];

/** Four header dialects, as different teams write them (all in DESIGN.md's synonym lists). */
const HEADER_STYLES: ReadonlyArray<{ readonly title?: string; readonly headers: readonly string[] }> = [
  {
    headers: ['ID', 'Name', 'Department', 'Owner', 'Status', 'Start', 'Due', '% Complete', 'Last Updated', 'Depends On', 'KPI', 'Pillar', 'Budget', 'Forecast Cost', 'Benefit'],
  },
  {
    headers: ['Ref', 'Initiative', 'Dept', 'Lead', 'RAG', 'Start Date', 'Due Date', 'Progress', 'Updated', 'Dependencies', 'KPIs', 'Strategic Objective', 'Approved Budget', 'EAC', 'Benefits'],
  },
  {
    headers: ['Project ID', 'Project', 'Function', 'Accountable', 'Health', 'Planned Start', 'Target Date', 'Percent Done', 'Status Date', 'Predecessors', 'Metric', 'Theme', 'Baseline Cost', 'Actual Cost', 'Savings'],
  },
  {
    title: 'portfolio review',
    headers: ['Key', 'Title', 'Team', 'PM', 'Delivery Confidence', 'Begin', 'Deadline', '% Complete', 'As Of', 'Blocked By', 'Key Result', 'Goal', 'Budget', 'Forecast', 'Value'],
  },
];

const STATUS_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  green: ['Green', 'G', 'On track', 'green', 'GREEN', '🟢'],
  amber: ['Amber', 'A', 'At risk', 'Yellow', '🟡'],
  red: ['Red', 'R', 'Off track', 'Blocked', '🔴'],
  done: ['Complete', 'Done', 'Closed'],
  'not-started': ['Not started', 'Not Started'],
  'on-hold': ['On hold', 'Paused'],
  cancelled: ['Cancelled'],
};
const BAD_STATUSES = ['Greenish', '??', 'see notes', 'tbd'];
const BAD_DATES = ['TBC', 'Q3', '31/02/2026', 'next week', '2026-13-01'];
const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!'];
const PILLARS = ['Grow revenue', 'Reduce cost', 'Customer first', 'Operational resilience', 'People'];
const FIRST = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jo', 'Kai', 'Lea'];
const LAST = ['Okafor', 'Smith', 'Novak', 'Ito', 'Silva', 'Berg', 'Khan', 'Moreau', 'Rossi', 'Park'];
const VERBS = ['Automate', 'Consolidate', 'Migrate', 'Launch', 'Redesign', 'Outsource', 'Digitise', 'Retire', 'Standardise', 'Pilot'];
const NOUNS = ['month-end close', 'supplier onboarding', 'CRM', 'payroll', 'data warehouse', 'field service app', 'contract register', 'pricing engine', 'onboarding portal', 'risk dashboard'];

export type BenchCell = string | number | Date | { error: string } | null;

export interface DepartmentSheet {
  readonly fileName: string;
  readonly department: string;
  /** Rows above the header row (a title, a blank line), as some teams lay sheets out. */
  readonly titleRows: readonly (readonly BenchCell[])[];
  readonly headers: readonly string[];
  readonly rows: readonly (readonly BenchCell[])[];
}

export interface Portfolio {
  readonly size: number;
  readonly departments: readonly DepartmentSheet[];
  /** Rows seeded with a problem, by kind (what the findings should at least account for). */
  readonly mess: Readonly<Record<string, number>>;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function idOf(index: number): string {
  const dept = DEPARTMENTS[index % DEPARTMENTS.length]!;
  return `${dept.prefix}-${Math.floor(index / DEPARTMENTS.length) + 1}`;
}

/** Build the rows in memory (no I/O). */
export function generatePortfolio(size: number, seed = 20260302): Portfolio {
  const rnd = makeRandom(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number): boolean => rnd() < p;
  const mess: Record<string, number> = {};
  const count = (kind: string): void => {
    mess[kind] = (mess[kind] ?? 0) + 1;
  };

  // Deliberate cycles: every ~2,000th initiative closes a loop of 2-4 with the ones after it.
  const backLinks = new Map<number, number[]>();
  for (let i = 500; i + 4 < size; i += 2000) {
    const len = 2 + (Math.floor(i / 2000) % 3);
    // i -> i+1 -> ... -> i+len-1 -> i (each entry depends on the next one's predecessor chain)
    for (let k = 0; k < len; k++) {
      const from = i + k;
      const to = k === len - 1 ? i : i + k + 1;
      const list = backLinks.get(from) ?? [];
      list.push(to);
      backLinks.set(from, list);
    }
    count('cycle');
  }

  const perDept: BenchCell[][][] = DEPARTMENTS.map(() => []);
  // Work comes in ten waves of ~75 days from 2025-07-01; each initiative depends on 2-3 recent
  // initiatives of the one or two waves before it, so planned dates mostly respect the links.
  const byWave: number[][] = Array.from({ length: WAVES }, () => []);
  for (let i = 0; i < size; i++) {
    const deptIndex = i % DEPARTMENTS.length;
    const style = deptIndex % HEADER_STYLES.length;
    const id = idOf(i);
    const wave = Math.floor(rnd() * WAVES);

    const startMs = FIRST_WAVE_MS + (wave * WAVE_DAYS + int(0, 20)) * DAY_MS;
    const dueMs = startMs + int(20, 50) * DAY_MS;
    const updatedMs = AS_OF_MS - (chance(0.85) ? int(0, 10) : int(11, 60)) * DAY_MS;

    const statusKey =
      dueMs < AS_OF_MS && chance(0.85)
        ? 'done'
        : startMs > AS_OF_MS
          ? pick(['not-started', 'not-started', 'green', 'green', 'amber', 'on-hold', 'cancelled'])
          : pick(['green', 'green', 'green', 'amber', 'amber', 'red', 'on-hold']);
    let status: BenchCell = pick(STATUS_SPELLINGS[statusKey]!);
    if (chance(0.01)) (status = pick(BAD_STATUSES)), count('bad-status');
    const elapsed = (AS_OF_MS - startMs) / (dueMs - startMs);
    const pct = statusKey === 'done' ? 1 : Math.round(Math.min(0.95, Math.max(0, elapsed)) * 100) / 100;

    const links: string[] = [];
    if (wave > 0) {
      const wanted = int(2, 3);
      for (let k = 0; k < wanted * 3 && links.length < wanted; k++) {
        const pool = byWave[Math.max(0, wave - int(1, 2))]!;
        if (pool.length === 0) continue;
        const target = idOf(pool[pool.length - 1 - int(0, Math.min(pool.length - 1, 400))]!);
        if (!links.includes(target)) links.push(target);
      }
    }
    byWave[wave]!.push(i);
    for (const to of backLinks.get(i) ?? []) links.push(idOf(to));
    if (chance(0.01)) links.push(`XX-${int(1, 99999)}`), count('unknown-dependency');
    const sep = style === 0 ? ', ' : style === 1 ? '; ' : style === 2 ? '\n' : ' ';
    const depCell = links.map((l, k) => (k === 0 && chance(0.1) ? `${l} FS+${int(1, 5)}d` : l)).join(sep);

    const budget = int(20, 5000) * 1000;
    const row: BenchCell[] = [
      id,
      `${pick(VERBS)} ${pick(NOUNS)}`,
      DEPARTMENTS[deptIndex]!.name,
      `${pick(FIRST)} ${pick(LAST)}`,
      status,
      writeDate(startMs, style, rnd),
      writeDate(dueMs, style, rnd),
      style === 1 && chance(0.5) ? `${Math.round(pct * 100)}%` : pct,
      chance(0.03) ? null : writeDate(updatedMs, style, rnd),
      depCell || null,
      `KPI-${String(int(1, 40)).padStart(2, '0')}`,
      pick(PILLARS),
      budget,
      Math.round(budget * (0.85 + rnd() * 0.25)),
      int(0, 20_000) * 1000,
    ];

    // The mess: a few percent of rows carry one problem each.
    const roll = rnd();
    if (roll < 0.01) (row[5] = pick(BAD_DATES)), count('bad-date');
    else if (roll < 0.015) (row[6] = `0${int(1, 9)}/0${int(1, 9)}/2026`), count('ambiguous-date');
    else if (roll < 0.02) (row[0] = null), count('missing-id');
    else if (roll < 0.025) (row[int(4, 8)] = { error: pick(ERRORS) }), count('error-value');
    else if (roll < 0.028) (row[0] = i > 20 ? idOf(i - 20) : id), count('duplicate-id');
    else if (roll < 0.033) (row[7] = pick(['half', 'n/a', '150%'])), count('bad-percent');
    else if (roll < 0.036) (row[6] = writeDate(startMs - int(5, 60) * DAY_MS, style, rnd)), count('finish-before-start');

    perDept[deptIndex]!.push(row);
  }

  const departments = DEPARTMENTS.map((d, k): DepartmentSheet => {
    const style = HEADER_STYLES[k % HEADER_STYLES.length]!;
    return {
      fileName: `${String(k + 1).padStart(2, '0')}-${d.name.replace(/\s+/g, '-')}.xlsx`,
      department: d.name,
      titleRows: style.title ? [[`${d.name} ${style.title}`], []] : [],
      headers: style.headers,
      rows: perDept[k]!,
    };
  });
  return { size, departments, mess };
}

/** Dates as teams type them: real dates mostly, ISO text in one dialect, day/month text sometimes. */
function writeDate(ms: number, style: number, rnd: () => number): BenchCell {
  const d = new Date(ms);
  if (style === 1 && rnd() < 0.5) return d.toISOString().slice(0, 10);
  if (style === 3 && rnd() < 0.2) {
    const dd = d.getUTCDate();
    // Day > 12 so the text is unambiguous; ambiguous ones are seeded as mess.
    if (dd > 12) return `${dd}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  return d;
}

/** Strategy also keeps the KPI sheet the initiatives link to. */
function addKpiSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['KPI', 'Name', 'Target', 'Actual', 'Direction']);
  const rnd = makeRandom(40);
  for (let k = 1; k <= 40; k++) {
    const target = 50 + Math.floor(rnd() * 50);
    ws.addRow([`KPI-${String(k).padStart(2, '0')}`, `Metric ${k}`, target, Math.round(target * (0.7 + rnd() * 0.5)), k % 5 === 0 ? 'Lower' : 'Higher']);
  }
}

/** One department's workbook as .xlsx bytes. */
export async function writeDepartmentWorkbook(sheet: DepartmentSheet, withKpis: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(AS_OF_MS);
  wb.modified = new Date(AS_OF_MS);
  const ws = wb.addWorksheet(sheet.department);
  for (const r of sheet.titleRows) ws.addRow([...r]);
  ws.addRow([...sheet.headers]);
  for (const r of sheet.rows) ws.addRow([...r]);
  for (const c of [6, 7, 9]) ws.getColumn(c).numFmt = 'yyyy-mm-dd';
  ws.getColumn(8).numFmt = '0%';
  if (withKpis) addKpiSheet(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface PortfolioFiles {
  readonly size: number;
  readonly dir: string;
  readonly files: readonly string[];
  readonly mess: Readonly<Record<string, number>>;
  readonly totalBytes: number;
}

/** Write (or reuse) the workbooks for a size under cacheRoot (default .cache/bench). */
export async function ensurePortfolio(size: number, cacheRoot = path.join(process.cwd(), '.cache', 'bench')): Promise<PortfolioFiles> {
  const dir = path.join(cacheRoot, `portfolio-${size}-v${GENERATOR_VERSION}`);
  const manifestPath = path.join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const cached = JSON.parse(readFileSync(manifestPath, 'utf8')) as PortfolioFiles;
    if (cached.files.every((f) => existsSync(f))) return cached;
  }
  mkdirSync(dir, { recursive: true });
  const portfolio = generatePortfolio(size);
  const files: string[] = [];
  let totalBytes = 0;
  for (const [k, sheet] of portfolio.departments.entries()) {
    const bytes = await writeDepartmentWorkbook(sheet, k === portfolio.departments.length - 1);
    const file = path.join(dir, sheet.fileName);
    writeFileSync(file, bytes);
    files.push(file);
    totalBytes += bytes.length;
  }
  const result: PortfolioFiles = { size, dir, files, mess: portfolio.mess, totalBytes };
  writeFileSync(manifestPath, JSON.stringify(result, null, 2));
  return result;
}
