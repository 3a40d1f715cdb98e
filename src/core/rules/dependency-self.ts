import { registerCell } from '../model';
import { makeFinding, type Finding } from '../types';
import { flat, label } from './describe';
import { indexesOf, initiativeOfRecord } from './indexes';
import type { RuleContext } from './rule-context';

/** dependency.self: an initiative listed among its own dependencies, in a cell or a register row. */
export function checkDependencySelf({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const { selfLinks } = indexesOf(model); // the first self link of each row: one finding per row
  for (let q = 0; q < selfLinks.length; q += 2) {
    const j = selfLinks[q]!;
    const r = model.records[j]!;
    const who = initiativeOfRecord(model, j) ?? r;
    out.push(makeFinding('dependency.self', flat`${label(who)} depends on itself.`, [r.dependsOn[selfLinks[q + 1]!]!.cell], { initiativeId: r.id }));
  }
  for (const r of model.ingest.dependencies) {
    if (r.from !== r.to) continue;
    out.push(
      makeFinding('dependency.self', flat`The dependency register links ${r.from} to itself.`, [registerCell(r)], {
        ...(model.byId.has(r.from) ? { initiativeId: r.from } : {}),
      }),
    );
  }
  return out;
}
