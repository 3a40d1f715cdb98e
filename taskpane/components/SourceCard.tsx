import { Button, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { DetectedTable, SavedMapping } from '../../src/core/types';
import { DepartmentField } from './DepartmentField';
import { DetectedTableRow } from './DetectedTableRow';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Cards below the fold are not laid out or painted until scrolled to (twenty cards at once
  // were one long layout on a run's first result).
  card: { contentVisibility: 'auto', containIntrinsicSize: 'auto 220px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-word' },
});

interface SourceCardProps {
  readonly name: string;
  readonly description: string;
  readonly tables: readonly DetectedTable[];
  readonly excluded: readonly string[];
  readonly department: string;
  readonly inferredDepartment?: string;
  readonly onIncludedChange: (tableKey: string, included: boolean) => void;
  readonly onDepartment: (source: string, department: string) => void;
  /** The saved mappings: where a table's own department is kept. */
  readonly mappings: readonly SavedMapping[];
  readonly onTableDepartment: (tableKey: string, department: string) => void;
  /** Present for added files, absent for this workbook. */
  readonly onRemove?: (source: string) => void;
}

/**
 * A source (this workbook or an added file) with its detected tables and its department.
 * Memoised: the callbacks are stable, so a card renders again only when its own tables or
 * settings change, not on every update of the step.
 */
export const SourceCard = memo(function SourceCard(props: SourceCardProps) {
  const styles = useStyles();
  const { onRemove, onDepartment, onTableDepartment, name } = props;
  // With one table read, the source's department is the table's: a field per table only where there are several.
  const perTable = props.tables.filter((t) => t.kind && !props.excluded.includes(t.key)).length > 1;
  return (
    <Card className={styles.card}>
      <CardHeader
        header={<h3 className={styles.heading}>{props.name}</h3>}
        description={<Text size={200}>{props.description}</Text>}
        action={onRemove && <Button size="small" onClick={() => onRemove(name)} aria-label={`Remove ${props.name}`}>Remove</Button>}
      />
      {props.tables.length === 0 ? (
        <Text>No sheet here looks like a table of initiatives, dependencies or KPIs.</Text>
      ) : (
        <ul className={styles.list} aria-label={`Tables in ${props.name}`}>
          {props.tables.map((t) => (
            <DetectedTableRow
              key={t.key}
              table={t}
              included={!props.excluded.includes(t.key)}
              onIncludedChange={(inc) => props.onIncludedChange(t.key, inc)}
              {...(perTable ? { department: { value: props.mappings.find((m) => m.tableKey === t.key)?.department ?? '', onCommit: (d: string) => onTableDepartment(t.key, d) } } : {})}
            />
          ))}
        </ul>
      )}
      <DepartmentField
        source={props.name}
        value={props.department}
        inferred={props.inferredDepartment}
        onCommit={(d) => onDepartment(name, d)}
      />
    </Card>
  );
});
