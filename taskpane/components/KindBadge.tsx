import { Badge } from '@fluentui/react-components';
import type { TableKind } from '../../src/core/types';

const LABELS: Record<TableKind, string> = { initiatives: 'Initiatives', dependencies: 'Dependencies', kpis: 'KPIs' };

/** What a detected table holds; null when it is not a table Throughline reads. */
export function KindBadge({ kind }: { readonly kind: TableKind | null }) {
  return kind ? (
    <Badge appearance="outline" color="brand">
      {LABELS[kind]}
    </Badge>
  ) : (
    <Badge appearance="outline" color="informative">
      Not recognised
    </Badge>
  );
}

export function kindLabel(kind: TableKind | null): string {
  return kind ? LABELS[kind] : 'Not recognised';
}
