import { modelIndex } from '../model';
import { makeFinding, type CellRef, type Dependency, type Finding } from '../types';
import { flat } from './describe';
import { indexesOf } from './indexes';
import type { RuleContext } from './rule-context';

/**
 * dependency.cycle: each loop of analysis.cycles once, as the whole loop in order. Arrows point
 * from a predecessor to the initiative waiting on it (the loop is read the other way round when
 * the analysis lists it in depends-on order). Cells: each link's cell, in loop order.
 */
export function checkDependencyCycle({ model, analysis }: RuleContext): Finding[] {
  if (analysis.cycles.length === 0) return [];
  // Only links between initiatives on a loop can close one: key just those (a few), not all 200,000.
  const onLoop = new Set<string>();
  for (const cycle of analysis.cycles) for (const id of cycle) onLoop.add(id);
  // The positions on a loop, so most links are passed over by the position of their predecessor
  // alone (one id, one position in buildModel's models), without reading the link or its ids.
  const { fromAt, byIdInOrder } = indexesOf(model);
  const onLoopAt = new Uint8Array(model.initiatives.length);
  if (byIdInOrder) {
    const { positions } = modelIndex(model);
    for (const id of onLoop) {
      const at = positions.get(id);
      if (at !== undefined) onLoopAt[at] = 1;
    }
  }
  const linkOf = new Map<string, Dependency>();
  for (let k = 0; k < model.dependencies.length; k++) {
    if (byIdInOrder && fromAt[k]! >= 0 && onLoopAt[fromAt[k]!] === 0) continue;
    const d = model.dependencies[k]!;
    if (!onLoop.has(d.from) || !onLoop.has(d.to)) continue;
    const key = `${d.from}\u0000${d.to}`;
    if (!linkOf.has(key)) linkOf.set(key, d);
  }
  const links = (loop: readonly string[]): Dependency[] | undefined => {
    const found: Dependency[] = [];
    for (let k = 0; k < loop.length; k++) {
      const d = linkOf.get(`${loop[k]}\u0000${loop[(k + 1) % loop.length]}`);
      if (!d) return undefined;
      found.push(d);
    }
    return found;
  };
  const out: Finding[] = [];
  for (const cycle of analysis.cycles) {
    if (cycle.length === 0) continue;
    let loop: readonly string[] = cycle;
    let found = links(loop);
    if (!found) {
      // listed successor -> predecessor: reverse, keeping the same first id
      const reversed = [cycle[0]!, ...cycle.slice(1).reverse()];
      const back = links(reversed);
      if (back) {
        loop = reversed;
        found = back;
      }
    }
    const cells: CellRef[] = found ? found.map((d) => d.cell) : loop.flatMap((id) => {
      const i = model.byId.get(id);
      return i ? [i.home] : [];
    });
    const path = [...loop, loop[0]!].join(' → ');
    out.push(
      makeFinding('dependency.cycle', flat`${path} is a dependency cycle: each initiative waits on the one before it.`, cells, {
        initiativeId: loop[0]!,
        related: loop.slice(1),
      }),
    );
  }
  return out;
}
