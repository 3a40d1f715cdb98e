import { Badge, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DetectedTable } from '../../src/core/types';
import { tableLabel } from '../app/present/table-label';
import { ConfidenceBadge } from './ConfidenceBadge';
import { DepartmentField } from './DepartmentField';
import { KindBadge } from './KindBadge';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: '32px minmax(0, 1fr)', alignItems: 'start', columnGap: tokens.spacingHorizontalXS },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingTop: tokens.spacingVerticalXS },
  name: { wordBreak: 'break-word' },
  meta: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
});

interface DetectedTableRowProps {
  readonly table: DetectedTable;
  readonly included: boolean;
  readonly onIncludedChange: (included: boolean) => void;
  /** The department the user named for this table ('' for none), with its setter: given where a source has several tables read. */
  readonly department?: { readonly value: string; readonly onCommit: (department: string) => void };
}

/** One detected table: include it or not, what it holds, which tool's export it is, how many rows, how sure the mapping is, whether its sheet is hidden, and why a table is not read. */
export function DetectedTableRow({ table, included, onIncludedChange, department }: DetectedTableRowProps) {
  const styles = useStyles();
  const label = tableLabel(table);
  return (
    <li className={styles.row}>
      {/* A block that is not a table of ours is never read, so there is nothing to include. */}
      {table.kind ? <Checkbox checked={included} onChange={(_, d) => onIncludedChange(d.checked === true)} aria-label={`Include ${label}`} /> : <span />}
      <div className={styles.body}>
        <Text className={styles.name} weight="semibold">
          {label}
        </Text>
        <span className={styles.meta}>
          <KindBadge kind={table.kind} />
          <Text size={200}>{`${table.rowCount} row${table.rowCount === 1 ? '' : 's'}`}</Text>
          {table.kind && <ConfidenceBadge value={table.confidence} />}
          {table.profile && (
            <Badge appearance="tint" color="informative">
              {table.profile}
            </Badge>
          )}
          {table.hidden && (
            <Badge appearance="outline" color="informative">
              Hidden sheet
            </Badge>
          )}
        </span>
        {table.kind === null && table.ignoredReason && <Text size={200}>{`Not read: ${table.ignoredReason}.`}</Text>}
        {/* What the table reads as now is the placeholder; a name typed here wins over the source's. */}
        {department && table.kind && included && (
          <DepartmentField
            source={label}
            value={department.value}
            placeholder={tablePlaceholder(table)}
            onCommit={department.onCommit}
          />
        )}
      </div>
    </li>
  );
}

/** What a table's department field shows while empty: the department it reads as now, and why. */
function tablePlaceholder(t: DetectedTable): string {
  if (t.department === undefined || t.departmentFrom === 'mapping') return 'As for the source';
  return t.departmentFrom === 'user' ? `${t.department} (as for the source)` : `${t.department} (detected)`;
}
