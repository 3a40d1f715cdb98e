import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesTable } from '../../scripts/rules-table';

describe('README rule table', () => {
  it('is exactly the table generated from the finding catalog (npx tsx scripts/rules-table.ts)', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const m = /<!-- RULES:START -->\n([\s\S]*?)\n<!-- RULES:END -->/.exec(readme);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(rulesTable());
  });
});
