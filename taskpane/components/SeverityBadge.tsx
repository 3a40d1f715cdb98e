import { Badge } from '@fluentui/react-components';
import type { Severity } from '../../src/core/types';

const LOOK: Record<Severity, { label: string; color: 'danger' | 'warning' | 'informative' }> = {
  error: { label: 'Error', color: 'danger' },
  warning: { label: 'Warning', color: 'warning' },
  info: { label: 'Info', color: 'informative' },
};

export function SeverityBadge({ severity }: { readonly severity: Severity }) {
  const look = LOOK[severity];
  return (
    <Badge appearance="filled" color={look.color} size="small">
      {look.label}
    </Badge>
  );
}
