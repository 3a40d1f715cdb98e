import { homeCell } from '../model';
import { makeFinding, type Finding } from '../types';
import { flat } from './describe';
import { recordGroupsOf } from './indexes';
import type { RuleContext } from './rule-context';

/** id.duplicate: the same id twice in one source; one finding per extra row, pointing at it and the first. */
export function checkIdDuplicate({ model }: RuleContext): Finding[] {
  const records = model.records;
  const { first, next } = recordGroupsOf(model);
  // The earlier record of the same id and source, per record; only ids with several records (few) are looked at.
  const earlier = new Int32Array(records.length).fill(-1);
  for (let j = 0; j < records.length; j++) {
    if (first[j] === 0 || next[j]! < 0) continue;
    const firstBySource = new Map<string, number>();
    for (let m = j; m >= 0; m = next[m]!) {
      const source = records[m]!.ref.source;
      const before = firstBySource.get(source);
      if (before === undefined) firstBySource.set(source, m);
      else earlier[m] = before;
    }
  }
  const out: Finding[] = [];
  for (let j = 0; j < records.length; j++) {
    if (earlier[j]! < 0) continue;
    const r = records[j]!;
    const again = homeCell(r.cells, r.ref);
    const firstRecord = records[earlier[j]!]!;
    const before = homeCell(firstRecord.cells, firstRecord.ref);
    out.push(
      makeFinding(
        'id.duplicate',
        flat`${r.id} is defined again in ${r.ref.source} at ${again.sheet}!${again.address}; it was first defined at ${before.sheet}!${before.address}.`,
        [again, before],
        { initiativeId: r.id },
      ),
    );
  }
  return out;
}
