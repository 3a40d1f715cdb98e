import { makeFinding, type CellRef, type Finding, type InitiativeRecord } from '../types';
import type { RuleContext } from './rule-context';

function idCell(r: InitiativeRecord): CellRef {
  return r.cells.id ?? { source: r.ref.source, sheet: r.ref.sheet, address: `A${r.ref.row}` };
}

/** id.duplicate: the same id twice in one source; one finding per extra row, pointing at it and the first. */
export function checkIdDuplicate({ model }: RuleContext): Finding[] {
  const first = new Map<string, InitiativeRecord>();
  const out: Finding[] = [];
  for (const r of model.records) {
    const key = `${r.ref.source}\u0000${r.id}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, r);
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
