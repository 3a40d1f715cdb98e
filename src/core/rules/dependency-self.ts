import { registerCell } from '../model';
import { makeFinding, type Finding } from '../types';
import { label } from './describe';
import type { RuleContext } from './rule-context';

/** dependency.self: an initiative listed among its own dependencies, in a cell or a register row. */
export function checkDependencySelf({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const r of model.records) {
    const self = r.dependsOn.find((link) => link.id === r.id); // once per row, however often it is written
    if (self) out.push(makeFinding('dependency.self', `${label(model.byId.get(r.id) ?? r)} depends on itself.`, [self.cell], { initiativeId: r.id }));
  }
  for (const r of model.ingest.dependencies) {
    if (r.from !== r.to) continue;
    out.push(
      makeFinding('dependency.self', `The dependency register links ${r.from} to itself.`, [registerCell(r)], {
        ...(model.byId.has(r.from) ? { initiativeId: r.from } : {}),
      }),
    );
  }
  return out;
}
