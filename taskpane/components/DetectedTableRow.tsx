import { Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DetectedTable } from '../../src/core/types';
import { tableLabel } from '../app/present/table-label';
import { ConfidenceBadge } from './ConfidenceBadge';
import { KindBadge } from './KindBadge';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { flexGrow: 1, minWidth: '8em' },
  meta: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
});

interface DetectedTableRowProps {
  readonly table: DetectedTable;
  readonly included: boolean;
  readonly onIncludedChange: (included: boolean) => void;
}

/** One detected table: include it or not, what it holds, how many rows, how sure the mapping is. */
export function DetectedTableRow({ table, included, onIncludedChange }: DetectedTableRowProps) {
  const styles = useStyles();
  const label = tableLabel(table);
  return (
    <li className={styles.row}>
      <Checkbox checked={included} onChange={(_, d) => onIncludedChange(d.checked === true)} aria-label={`Include ${label}`} />
      <Text className={styles.name} weight="semibold">
        {label}
      </Text>
      <span className={styles.meta}>
        <KindBadge kind={table.kind} />
        <Text size={200}>{`${table.rowCount} row${table.rowCount === 1 ? '' : 's'}`}</Text>
        {table.kind && <ConfidenceBadge value={table.confidence} />}
      </span>
    </li>
  );
}
