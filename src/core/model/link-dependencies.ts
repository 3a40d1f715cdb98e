import type { CellRef, Dependency, DependencyRecord, InitiativeRecord } from '../types';

/** The cell a register row is pointed at: its From cell, else To, else any cell of the row. */
export function registerCell(r: DependencyRecord): CellRef {
  const cell = r.cells.from ?? r.cells.to ?? Object.values(r.cells)[0];
  return cell ?? { source: r.ref.source, sheet: r.ref.sheet, address: `A${r.ref.row}` };
}

/**
 * Dependencies between known initiatives, from dependsOn cells (every record, owner or not)
 * and from dependency register rows. Links to unknown ids and self-links are left out here:
 * rules report them from the records (model.records, model.ingest.dependencies).
 * De-duplicated per (from, to, type): the first link is kept in place; when a register row
 * repeats a link, its needed-by date is added to the kept one.
 */
export function linkDependencies(
  records: readonly InitiativeRecord[],
  register: readonly DependencyRecord[],
  isKnown: (id: string) => boolean,
): Dependency[] {
  const out: Dependency[] = [];
  // Kept links by successor: a few per initiative, scanned in order (no key text per link);
  // a successor with many predecessors switches to a map, so hostile input stays linear.
  const bySuccessor = new Map<string, Slot>();
  const find = (slot: Slot, d: Dependency): number | undefined => {
    if (slot.byKey) return slot.byKey.get(`${d.from}\u0000${d.type}`);
    for (const k of slot.at) {
      const kept = out[k]!;
      if (kept.from === d.from && kept.type === d.type) return k;
    }
    return undefined;
  };
  const accept = (d: Dependency, toKnown: boolean): void => {
    if (d.from === d.to || !toKnown || !isKnown(d.from)) return;
    const slot = bySuccessor.get(d.to);
    const at = slot ? find(slot, d) : undefined;
    if (at === undefined) {
      const index = out.length;
      out.push(d);
      if (!slot) bySuccessor.set(d.to, { at: [index] });
      else if (slot.byKey) slot.byKey.set(`${d.from}\u0000${d.type}`, index);
      else {
        slot.at.push(index);
        if (slot.at.length > SCAN_LIMIT) slot.byKey = new Map(slot.at.map((k) => [`${out[k]!.from}\u0000${out[k]!.type}`, k]));
      }
      return;
    }
    const kept = out[at]!;
    if (kept.neededBy === undefined && d.neededBy !== undefined) out[at] = { ...kept, neededBy: d.neededBy };
  };
  for (const r of records) {
    if (r.dependsOn.length === 0) continue;
    const toKnown = isKnown(r.id); // every link of a row has the row as its successor
    for (const link of r.dependsOn) {
      accept({ from: link.id, to: r.id, type: link.type, lagDays: link.lagDays, origin: 'column', cell: link.cell }, toKnown);
    }
  }
  for (const r of register) {
    accept({
      from: r.from,
      to: r.to,
      type: r.type,
      lagDays: r.lagDays,
      ...(r.neededBy !== undefined ? { neededBy: r.neededBy } : {}),
      origin: 'register',
      cell: registerCell(r),
    }, isKnown(r.to));
  }
  return out;
}

/** Links kept for one successor: their indexes in the output, and past SCAN_LIMIT a map by predecessor and type. */
interface Slot {
  readonly at: number[];
  byKey?: Map<string, number>;
}

const SCAN_LIMIT = 16;
