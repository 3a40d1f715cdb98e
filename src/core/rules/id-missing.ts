import { makeFinding, type Finding } from '../types';
import { flat } from './describe';
import type { RuleContext } from './rule-context';

/** id.missing: a row of an initiatives table with data but no id (ingest.rowsWithoutId). */
export function checkIdMissing({ model }: RuleContext): Finding[] {
  return model.ingest.rowsWithoutId.map((r) =>
    makeFinding('id.missing', flat`Row ${r.ref.row} of ${r.ref.sheet} in ${r.ref.source} has data but no id.`, r.cells),
  );
}
