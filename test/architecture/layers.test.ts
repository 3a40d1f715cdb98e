import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) out.push(...filesUnder(rel));
    else if (/\.tsx?$/.test(name)) out.push(rel);
  }
  return out;
}

describe('layering (docs/ARCHITECTURE.md "Layers")', () => {
  it('dependency-cruiser finds no forbidden import', () => {
    const out = execFileSync(
      join(root, 'node_modules', '.bin', 'depcruise'),
      ['--config', '.dependency-cruiser.js', '--output-type', 'err', 'src', 'taskpane', 'functions'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out).toContain('no dependency violations found');
  });

  it('only src/office touches the Excel and Office globals', () => {
    const offenders = ['src/core', 'src/xlsx', 'src/cli', 'functions', 'taskpane']
      .flatMap(filesUnder)
      .filter((f) => /\b(Excel|Office)\.[a-z]/i.test(readFileSync(join(root, f), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    expect(offenders).toEqual([]);
  });

  it('the layering check itself catches a core file importing a host and a later stage', () => {
    const fixtures = join(__dirname, 'fixtures');
    let out = '';
    try {
      execFileSync(join(root, 'node_modules', '.bin', 'depcruise'), ['--config', join(root, '.dependency-cruiser.js'), '--output-type', 'err', 'src'], {
        cwd: fixtures,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout);
    }
    expect(out).toContain('core-no-node-builtins: src/core/model/bad.ts → fs');
    expect(out).toContain('core-model-forward-only: src/core/model/bad.ts → src/core/rules/later.ts');
  });
});
