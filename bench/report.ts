/** Prints the benchmark figures as a plain table, with the targets beside them. */
import type { SizeFigures } from './measure';

export const TARGETS = {
  coreMsAt100k: 2000,
  coreOverFloor: 0.5,
  growthPer10x: 12,
  functionsMsFor10k: 1000,
  bundleGzipBytes: 350 * 1024,
} as const;

/** Core = everything from RawSource to ReportDocument (no file I/O). */
export function coreMs(f: SizeFigures): number | undefined {
  const parts = [f.ingestMs, f.modelMs, f.analyseMs, f.rulesMs, f.reportBuildMs];
  if (parts.some((p) => p === undefined)) return undefined;
  return parts.reduce<number>((a, b) => a + (b ?? 0), 0);
}

function modelRulesAnalyses(f: SizeFigures): number | undefined {
  if (f.modelMs === undefined || f.analyseMs === undefined || f.rulesMs === undefined) return undefined;
  return f.modelMs + f.analyseMs + f.rulesMs;
}

export function ms(v: number | undefined): string {
  if (v === undefined) return '-';
  return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`;
}

export function bytes(v: number | undefined): string {
  if (v === undefined) return '-';
  if (v >= 1024 * 1024) return `${(v / 1024 / 1024).toFixed(1)} MB`;
  return `${(v / 1024).toFixed(1)} KB`;
}

function ratio(a: number | undefined, b: number | undefined, digits = 2): string {
  return a === undefined || b === undefined || b === 0 ? '-' : (a / b).toFixed(digits);
}

/** Growth of a figure from the previous size (when it is exactly 10x smaller). */
function growth(all: readonly SizeFigures[], i: number, pick: (f: SizeFigures) => number | undefined): string {
  const cur = all[i]!;
  const prev = all[i - 1];
  if (!prev || prev.size * 10 !== cur.size) return '-';
  const a = pick(cur);
  const b = pick(prev);
  return a === undefined || b === undefined || b === 0 ? '-' : `${(a / b).toFixed(1)}x`;
}

/** The table, one line per figure, one column per size. */
export function formatSizeTable(all: readonly SizeFigures[]): string {
  const rows: Array<[string, ...string[]]> = [];
  const add = (label: string, cell: (f: SizeFigures, i: number) => string, target = ''): void => {
    rows.push([label, ...all.map(cell), target]);
  };
  add('source workbooks (20 files)', (f) => bytes(f.sourceBytes));
  add('exceljs read (floor)', (f) => ms(f.exceljsReadMs));
  add('readSourceFile (floor + adapter)', (f) => ms(f.readSourceMs));
  add('ingest', (f) => ms(f.ingestMs));
  add('model + analyses + rules', (f) => ms(modelRulesAnalyses(f)));
  add('  model', (f) => ms(f.modelMs));
  add('  analyses', (f) => ms(f.analyseMs));
  add('  rules (+ sort, waivers)', (f) => ms(f.rulesMs));
  add('report build', (f) => ms(f.reportBuildMs));
  add('core total (ingest..report)', (f) => ms(coreMs(f)), '< 2 s at 100,000');
  add('core total, CPU time', (f) => ms(f.coreCpuMs), '< 2 s at 100,000');
  add('core total, first run (cold JIT)', (f) => ms(f.coreFirstRunMs));
  add('  CPU: ingest / model', (f) => `${ms(f.stageCpuMs?.ingest)} / ${ms(f.stageCpuMs?.model)}`);
  add('  CPU: analyses / rules', (f) => `${ms(f.stageCpuMs?.analyse)} / ${ms(f.stageCpuMs?.rules)}`);
  add('  CPU: report build', (f) => ms(f.stageCpuMs?.report));
  add('core / exceljs read', (f) => ratio(coreMs(f), f.exceljsReadMs), '< 0.50');
  add('xlsx write (summary)', (f) => ms(f.xlsxWriteMs));
  add('summary workbook size', (f) => bytes(f.reportBytes));
  add('report cells (all sheets)', (f) => (f.reportCells === undefined ? '-' : f.reportCells.toLocaleString('en-US')));
  add('peak RSS', (f) => bytes(f.peakRssBytes));
  add('peak heap used', (f) => bytes(f.peakHeapBytes));
  add('initiatives in model', (f) => (f.initiatives === undefined ? '-' : f.initiatives.toLocaleString('en-US')));
  add('findings', (f) => (f.findings === undefined ? '-' : f.findings.toLocaleString('en-US')));
  add('growth per 10x: core', (_f, i) => growth(all, i, coreMs), '<= 12x');
  add('growth per 10x: exceljs read', (_f, i) => growth(all, i, (f) => f.exceljsReadMs));
  add('growth per 10x: xlsx write', (_f, i) => growth(all, i, (f) => f.xlsxWriteMs));
  add('growth per 10x: peak heap', (_f, i) => growth(all, i, (f) => f.peakHeapBytes));

  const header: [string, ...string[]] = ['initiatives', ...all.map((f) => f.size.toLocaleString('en-US')), 'target'];
  const table = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((cell, c) => (c === 0 || c === r.length - 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Verdicts on the targets that the size table can judge. */
export function judgeSizes(all: readonly SizeFigures[]): string[] {
  const out: string[] = [];
  const big = all.find((f) => f.size === 100_000);
  if (big) {
    const core = coreMs(big);
    if (core !== undefined) {
      out.push(verdict(core < TARGETS.coreMsAt100k, `100,000 initiatives through the core in ${ms(core)} wall, ${ms(big.coreCpuMs)} CPU (target < 2 s)`));
      out.push(verdict(core / big.exceljsReadMs < TARGETS.coreOverFloor, `core / exceljs read = ${ratio(core, big.exceljsReadMs)} (target < 0.50)`));
    }
  }
  for (let i = 1; i < all.length; i++) {
    const g = growth(all, i, coreMs);
    if (g !== '-') out.push(verdict(Number.parseFloat(g) <= TARGETS.growthPer10x, `core growth ${all[i - 1]!.size.toLocaleString('en-US')} -> ${all[i]!.size.toLocaleString('en-US')}: ${g} (target <= 12x)`));
  }
  return out;
}

export function verdict(ok: boolean, text: string): string {
  return `${ok ? 'MET   ' : 'MISSED'} ${text}`;
}
