/**
 * tsx bench/profile-summary.ts <file.cpuprofile> [top=25] [filter]
 *
 * Summarises a V8 CPU profile (from `npm run bench -- --profile`): the functions with the most
 * self time, and total (inclusive) time per source file under src/, so a missed target can be
 * traced to the function that costs it.
 */
import { readFileSync } from 'fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export function summariseProfile(profile: CpuProfile, top = 25, filter = ''): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const label = (n: ProfileNode): string => {
    const url = n.callFrame.url.replace(/^file:\/\//, '').replace(/^.*?\/(src|bench|node_modules)\//, '$1/');
    return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const fileTotal = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + us);
    // Inclusive per file: count each file once per sample stack.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const url = byId.get(cur)!.callFrame.url;
      const m = /\/((?:src|dist)\/[^?]+)$/.exec(url);
      if (m && !seen.has(m[1]!)) {
        seen.add(m[1]!);
        fileTotal.set(m[1]!, (fileTotal.get(m[1]!) ?? 0) + us);
      }
    }
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const fmt = (us: number): string => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
  const rows = [...self.entries()].filter(([k]) => k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, top);
  const files = [...fileTotal.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `total sampled: ${(total / 1000).toFixed(0)} ms`,
    '',
    'self time by function:',
    ...rows.map(([k, us]) => `${fmt(us)}  ${k}`),
    '',
    'inclusive time by file (src/ or dist/):',
    ...files.map(([k, us]) => `${fmt(us)}  ${k}`),
  ].join('\n');
}

if (require.main === module) {
  const [file, top, filter] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top] [filter]\n');
    process.exitCode = 2;
  } else {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    process.stdout.write(`${summariseProfile(profile, Number(top ?? 25), filter ?? '')}\n`);
  }
}
