import { registerCell } from '../model';
import { makeFinding, type CellRef, type Finding } from '../types';
import { label, listing } from './describe';
import type { RuleContext } from './rule-context';

/** dependency.unknown: a dependsOn cell or a register row naming an id that no source defines. */
export function checkDependencyUnknown({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const r of model.records) {
    let named: Set<string> | undefined; // made only for a row naming an unknown id (few)
    for (const link of r.dependsOn) {
      if (model.byId.has(link.id) || named?.has(link.id)) continue; // an id written twice in a row is one problem
      (named ??= new Set<string>()).add(link.id);
      const who = model.byId.get(r.id) ?? r;
      out.push(
        makeFinding('dependency.unknown', `${label(who)} depends on ${link.id}, which no source defines.`, [link.cell], {
          initiativeId: r.id,
          related: [link.id],
        }),
      );
    }
  }
  for (const r of model.ingest.dependencies) {
    const unknown = [r.from, r.to].filter((id, k, all) => !model.byId.has(id) && all.indexOf(id) === k);
    if (unknown.length === 0) continue;
    const cells: CellRef[] = [];
    if (!model.byId.has(r.from) && r.cells.from) cells.push(r.cells.from);
    if (!model.byId.has(r.to) && r.to !== r.from && r.cells.to) cells.push(r.cells.to);
    const known = model.byId.has(r.to) ? r.to : model.byId.has(r.from) ? r.from : undefined;
    out.push(
      makeFinding(
        'dependency.unknown',
        `The dependency register links ${r.from} to ${r.to}, but no source defines ${listing(unknown).replace(/ and /, ' or ')}.`,
        cells.length ? cells : [registerCell(r)],
        { ...(known !== undefined ? { initiativeId: known } : {}), related: unknown },
      ),
    );
  }
  return out;
}
