/**
 * Prints the README's rule table from the finding catalog (one source of truth).
 * `npx tsx scripts/rules-table.ts` -> paste between the RULES markers in README.md;
 * test/docs/readme-rules.test.ts fails when the README drifts from the catalog.
 */
import { CATALOG } from '../src/core/types/catalog';

export function rulesTable(): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const lines = ['| code | severity | what it means | how to fix |', '|---|---|---|---|'];
  for (const e of CATALOG) lines.push(`| \`${e.code}\` | ${e.severity} | ${escape(e.title)} | ${escape(e.fix)} |`);
  return lines.join('\n');
}

if (require.main === module) process.stdout.write(`${rulesTable()}\n`);
