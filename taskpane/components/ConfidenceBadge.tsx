import { Badge } from '@fluentui/react-components';

/** Confidence 0..1 as a word and a percent, coloured by how much to trust it. */
export function ConfidenceBadge({ value, compact = false }: { readonly value: number; readonly compact?: boolean }) {
  const pct = Math.round(value * 100);
  const [word, color] = value >= 0.8 ? (['High', 'success'] as const) : value >= 0.5 ? (['Medium', 'warning'] as const) : (['Low', 'danger'] as const);
  return (
    <Badge appearance="tint" color={color} aria-label={`Mapping confidence ${word.toLowerCase()}, ${pct} percent`}>
      {compact ? `${pct}%` : `${word} ${pct}%`}
    </Badge>
  );
}
