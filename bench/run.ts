/**
 * npm run bench [-- --sizes 1000,10000,100000 | --quick] [--no-build] [--no-write] [--profile] [--json]
 *                 [--cold-only | --no-cold] [--repeat N] [--no-taskpane]
 *
 * Then, unless --no-taskpane: the taskpane's run in chromium, drop to result, with its longest
 * main-thread task, beside the exceljs read (bench/taskpane-browser.ts; uses the add-in build).
 *
 * Last, unless --no-cold: `throughline check` and `throughline report` as whole cold processes
 * beside the exceljs read of the same files, N rounds (default 2) per size (bench/cold-cli.ts);
 * --cold-only measures only that (e.g. `npm run bench -- --cold-only --sizes 100000`).
 *
 * --profile writes a CPU profile per size to .cache/bench/profiles/ (summarise it with
 * `tsx bench/profile-summary.ts <file>`); --no-write skips the summary workbook write.
 *
 * For each size, a child process generates (or reuses) the synthetic portfolio and measures the
 * exceljs read floor, every core stage, the report build and the xlsx write; then the custom
 * functions' 10,000-cell recalculation and the taskpane's initial bundle size (gzipped).
 * Prints a table with the targets beside the figures. Not a test: figures vary by machine.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { loadOptional, measureSize, type SizeFigures } from './measure';
import { formatCold, measureCold } from './cold-cli';
import { formatTaskpane, measureTaskpane } from './taskpane-browser';
import { bytes, formatSizeTable, judgeSizes, ms, TARGETS, verdict } from './report';

const CHILD_FLAG = '--one';
const RESULT_PREFIX = 'BENCH_RESULT ';
const PARTIAL_PREFIX = 'BENCH_PARTIAL ';
const ROOT = path.resolve(__dirname, '..');

interface Args {
  readonly sizes: readonly number[];
  readonly build: boolean;
  readonly profile: boolean;
  readonly json: boolean;
  readonly write: boolean;
  readonly tsx: boolean;
  readonly cold: 'also' | 'only' | 'no';
  readonly repeat: number;
  /** The taskpane's run in chromium (bench/taskpane-browser.ts), after the cold CLI. */
  readonly taskpane: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let sizes: number[] = [1_000, 10_000, 100_000];
  let build = true;
  let profile = false;
  let json = false;
  let write = true;
  let tsx = false;
  let cold: Args['cold'] = 'also';
  let repeat = 2;
  let taskpane = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') sizes = [1_000];
    else if (a === '--sizes') sizes = (argv[++i] ?? '').split(',').map((s) => Number(s.trim()));
    else if (a.startsWith('--sizes=')) sizes = a.slice(8).split(',').map((s) => Number(s.trim()));
    else if (a === '--no-build') build = false;
    else if (a === '--profile') profile = true;
    else if (a === '--json') json = true;
    else if (a === '--no-write') write = false;
    else if (a === '--tsx') tsx = true;
    else if (a === '--cold-only') cold = 'only';
    else if (a === '--no-cold') cold = 'no';
    else if (a === '--repeat') repeat = Number(argv[++i]);
    else if (a === '--no-taskpane') taskpane = false;
    else throw new Error(`unknown option ${a} (use --sizes 1000,10000,100000, --quick, --no-build, --no-write, --tsx, --profile, --json)`);
  }
  if (sizes.some((s) => !Number.isInteger(s) || s < 20)) throw new Error('--sizes takes whole numbers of at least 20');
  return { sizes, build, profile, json, write, tsx, cold, repeat, taskpane };
}

/** Each size in a fresh process: its peak memory and JIT state are its own. */
function runChild(size: number, profile: boolean, write: boolean, buildDir: string | undefined): SizeFigures {
  const profileDir = path.join(ROOT, '.cache', 'bench', 'profiles');
  if (profile) mkdirSync(profileDir, { recursive: true });
  const nodeArgs = [
    ...process.execArgv,
    '--expose-gc',
    '--max-old-space-size=6144',
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=core-${size}.cpuprofile`] : []),
  ];
  const child = spawnSync(process.execPath, [...nodeArgs, __filename, CHILD_FLAG, String(size)], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, BENCH_SKIP_WRITE: write ? '0' : '1', BENCH_BUILD_DIR: buildDir ?? '' },
  });
  const lines = child.stdout.split('\n');
  const line = lines.find((l) => l.startsWith(RESULT_PREFIX));
  if (child.status === 0 && line) return JSON.parse(line.slice(RESULT_PREFIX.length)) as SizeFigures;
  // The child died (typically out of memory in the xlsx write): keep what it measured before.
  const why = /heap out of memory/.test(child.stderr) ? 'ran out of memory (6 GB heap)' : `exited ${child.status ?? child.signal}: ${child.stderr.trim().split('\n').slice(-1)[0] ?? ''}`;
  const partial = lines.filter((l) => l.startsWith(PARTIAL_PREFIX)).pop();
  if (!partial) throw new Error(`benchmark of ${size} initiatives ${why}`);
  const figures = JSON.parse(partial.slice(PARTIAL_PREFIX.length)) as SizeFigures;
  return { ...figures, notes: [...figures.notes, `the xlsx write ${why}`] };
}

/** Column matching at width: 100 tables of 300 columns x 1,000 rows through detectTables. */
async function measureMapping(): Promise<string[]> {
  const benchMapping = await loadOptional<(tables: number) => { ms: number }>('./mapping', 'benchMapping');
  if (!benchMapping) return ['column mapping: bench/mapping.ts (benchMapping) not available'];
  const { ms: took } = benchMapping(100);
  return [`column mapping, 100 tables of 300 columns x 1,000 rows: ${ms(took)} (${(took / 100).toFixed(0)} ms a table)`];
}

async function measureFunctions(): Promise<string[]> {
  const benchFunctions = await loadOptional<(rows: number) => unknown>('./functions', 'benchFunctions');
  if (!benchFunctions) return ['custom functions: bench/functions.ts (benchFunctions) not available'];
  const t0 = performance.now();
  const result = await benchFunctions(10_000);
  const wall = performance.now() - t0;
  const reported = typeof result === 'number' ? result : pickMs(result);
  const figure = reported ?? wall;
  return [
    verdict(figure <= TARGETS.functionsMsFor10k * 1.25, `custom functions, 10,000 cells recalculated in ${ms(figure)} (target ~1 s)`),
    ...(typeof result === 'object' && result !== null ? [`  detail: ${JSON.stringify(result)}`] : []),
  ];
}

function pickMs(result: unknown): number | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const r = result as Record<string, unknown>;
  for (const key of ['recalcMs', 'totalMs', 'ms', 'elapsedMs']) if (typeof r[key] === 'number') return r[key] as number;
  return undefined;
}

/** Initial chunks of the taskpane: the scripts taskpane.html loads (else taskpane*.js), gzipped. */
export function measureBundle(distDir: string): { lines: string[]; gzipBytes?: number } {
  if (!existsSync(distDir)) return { lines: [`taskpane bundle: ${path.relative(ROOT, distDir)} not built`] };
  const html = path.join(distDir, 'taskpane.html');
  let scripts: string[] = [];
  if (existsSync(html)) {
    const src = readFileSync(html, 'utf8');
    // Minified HTML may leave attribute values unquoted: <script defer src=taskpane.js>.
    scripts = [...src.matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+)/g)]
      .map((m) => m[1]!)
      .filter((s) => !/^https?:/.test(s) && !/office(\.debug)?\.js$/i.test(s) && !s.includes('office-js'));
  }
  if (scripts.length === 0) scripts = readdirSync(distDir).filter((f) => /^taskpane.*\.js$/.test(f));
  if (scripts.length === 0) return { lines: ['taskpane bundle: no taskpane scripts found in dist/addin'] };
  let raw = 0;
  let gz = 0;
  const lines: string[] = [];
  for (const s of scripts) {
    const file = path.join(distDir, s.replace(/^\.?\//, '').split('?')[0]!);
    if (!existsSync(file)) continue;
    const content = readFileSync(file);
    const g = gzipSync(content, { level: 9 }).length;
    raw += content.length;
    gz += g;
    lines.push(`  ${path.basename(file)}: ${bytes(content.length)} minified, ${bytes(g)} gzipped`);
  }
  return {
    gzipBytes: gz,
    lines: [verdict(gz < TARGETS.bundleGzipBytes, `taskpane initial bundle: ${bytes(gz)} gzipped (${bytes(raw)} minified; target < 350 KB gzipped)`), ...lines],
  };
}

/** Compile src/core, src/xlsx (and src/cli) with tsc into .cache/bench/dist: the code the CLI ships. */
function compileCore(): string {
  const outDir = path.join(ROOT, '.cache', 'bench', 'dist');
  process.stderr.write('compiling src/ with tsc (use --tsx to skip)...\n');
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  // Type errors elsewhere do not stop tsc emitting; only a missing output is fatal.
  spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json', '--outDir', outDir], { cwd: ROOT, stdio: 'ignore' });
  if (!existsSync(path.join(outDir, 'core', 'index.js'))) throw new Error('tsc produced no build of src/core; run with --tsx');
  return outDir;
}

/** The cold runs measure the CLI as installed: dist/ from `npm run build:cli`. */
function buildCli(): void {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'ignore' });
}

function buildAddin(): string | undefined {
  if (!existsSync(path.join(ROOT, 'webpack.config.js'))) return 'webpack.config.js not present: bundle not built';
  const t0 = Date.now();
  const r = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) return `webpack build failed (exit ${r.status}): ${(r.stderr || r.stdout).split('\n').slice(-5).join(' | ')}`;
  return `webpack production build: ${((Date.now() - t0) / 1000).toFixed(1)} s`;
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === CHILD_FLAG) {
    const figures = await measureSize(Number(argv[1]), (partial) => process.stdout.write(`${PARTIAL_PREFIX}${JSON.stringify(partial)}\n`));
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(figures)}\n`);
    return;
  }
  const args = parseArgs(argv);
  if (args.cold === 'only') {
    buildCli();
    process.stdout.write(`${formatCold(await measureCold(args.sizes, args.repeat, args.profile)).join('\n')}\n`);
    return;
  }
  const cpus = os.cpus();
  const out: string[] = [
    `Throughline benchmark: node ${process.version}, ${cpus.length} x ${cpus[0]?.model.trim() ?? 'cpu'}, ${os.platform()}`,
    'Synthetic portfolio: 20 departmental workbooks, 2-3 links per initiative, a few percent messy cells, some cycles (bench/portfolio.ts).',
    '',
  ];
  process.stderr.write(`measuring ${args.sizes.join(', ')} initiatives (workbooks cached in .cache/bench/)...\n`);
  const buildDir = args.tsx ? undefined : compileCore();
  out.push(buildDir ? `Measured: the tsc build of src/ (${path.relative(ROOT, buildDir)}), as the CLI ships it.` : 'Measured: src/ through tsx.', '');
  const figures: SizeFigures[] = [];
  for (const size of args.sizes) {
    process.stderr.write(`  ${size}...\n`);
    figures.push(runChild(size, args.profile, args.write, buildDir));
  }
  out.push(formatSizeTable(figures), '');
  for (const f of figures) for (const n of f.notes) out.push(`note (${f.size}): ${n}`);
  for (const f of figures) if (Object.keys(f.extra).length > 0) out.push(`stage benchmarks (${f.size}): ${JSON.stringify(f.extra)}`);
  out.push(...judgeSizes(figures));
  out.push(...(await measureFunctions()));
  out.push(...(await measureMapping()));
  if (args.build) out.push(buildAddin() ?? '');
  out.push(...measureBundle(path.join(ROOT, 'dist', 'addin')).lines);
  if (args.cold === 'also') {
    buildCli();
    out.push('', ...formatCold(await measureCold(args.sizes, args.repeat, args.profile)));
  }
  if (args.taskpane) out.push('', ...formatTaskpane(await measureTaskpane(args.sizes)));
  if (args.profile) out.push(`CPU profiles: ${path.join('.cache', 'bench', 'profiles')} (open in Chrome DevTools > Performance)`);
  process.stdout.write(`${out.filter((l) => l !== undefined).join('\n')}\n`);
  if (args.json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
