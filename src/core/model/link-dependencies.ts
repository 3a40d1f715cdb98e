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
  const indexByKey = new Map<string, number>();
  const accept = (d: Dependency): void => {
    if (d.from === d.to || !isKnown(d.from) || !isKnown(d.to)) return;
    const key = `${d.from}\u0000${d.to}\u0000${d.type}`;
    const at = indexByKey.get(key);
    if (at === undefined) {
      indexByKey.set(key, out.length);
      out.push(d);
      return;
    }
    const kept = out[at]!;
    if (kept.neededBy === undefined && d.neededBy !== undefined) out[at] = { ...kept, neededBy: d.neededBy };
  };
  for (const r of records) {
    for (const link of r.dependsOn) {
      accept({ from: link.id, to: r.id, type: link.type, lagDays: link.lagDays, origin: 'column', cell: link.cell });
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
    });
  }
  return out;
}
