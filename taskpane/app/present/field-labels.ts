import type { AnyField, TableKind } from '../../../src/core/types';
import { FIELD_SPECS } from '../../../src/core/types';

/** A field's label in the Mapping step, from the field registry. */
export function fieldLabel(field: AnyField, kind?: TableKind): string {
  const kinds: readonly TableKind[] = kind ? [kind] : ['initiatives', 'dependencies', 'kpis'];
  for (const k of kinds) {
    const spec = FIELD_SPECS[k].find((s) => s.field === field);
    if (spec) return spec.label;
  }
  return field;
}

/** The fields a table of this kind can map, in the order users think of them. */
export function fieldsOf(kind: TableKind): readonly AnyField[] {
  return FIELD_SPECS[kind].map((s) => s.field);
}
