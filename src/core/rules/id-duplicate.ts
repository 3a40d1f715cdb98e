import { makeFinding, type CellRef, type Finding, type InitiativeRecord } from '../types';
import type { RuleContext } from './rule-context';

function idCell(r: InitiativeRecord): CellRef {
  return r.cells.id ?? { source: r.ref.source, sheet: r.ref.sheet, address: `A${r.ref.row}` };
}

/** id.duplicate: the same id twice in one source; one finding per extra row, pointing at it and the first. */
export function checkIdDuplicate({ model }: RuleContext): Finding[] {
  // First record per id, per source (nested maps: no key text built per record).
  const firstBySource = new Map<string, Map<string, InitiativeRecord>>();
  const out: Finding[] = [];
  for (const r of model.records) {
    let first = firstBySource.get(r.ref.source);
    if (!first) firstBySource.set(r.ref.source, (first = new Map()));
    const earlier = first.get(r.id);
    if (!earlier) {
      first.set(r.id, r);
      continue;
    }
    const again = idCell(r);
    const before = idCell(earlier);
    out.push(
      makeFinding(
        'id.duplicate',
        `${r.id} is defined again in ${r.ref.source} at ${again.sheet}!${again.address}; it was first defined at ${before.sheet}!${before.address}.`,
        [again, before],
        { initiativeId: r.id },
      ),
    );
  }
  return out;
}
