import { FIELD_SPECS, type TableKind } from '../../types';
import { headerEvidence, headerForm } from './header-evidence';

/** A header that names a field this plainly counts towards its row being a header row. */
export const HEADER_ROW_EVIDENCE = 0.6;
const KINDS: readonly TableKind[] = ['initiatives', 'dependencies', 'kpis'];

/**
 * The field a header most likely names, as "kind:field", or undefined when it names none
 * plainly enough: what header-row detection counts (values are not known yet there).
 */
export function bestHeaderField(header: string): string | undefined {
  const form = headerForm(header);
  if (form.words.length === 0) return undefined;
  let best: string | undefined;
  let bestScore = HEADER_ROW_EVIDENCE - 1e-9;
  for (const kind of KINDS) {
    for (const spec of FIELD_SPECS[kind]) {
      const score = headerEvidence(form, spec);
      if (score > bestScore) {
        best = `${kind}:${spec.field}`;
        bestScore = score;
      }
    }
  }
  return best;
}
