import { Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { TaskpaneActions, TaskpaneState } from '../app/state/use-taskpane';
import { tableLabel } from '../app/present/table-label';
import { withFieldColumn, withStatusValue } from '../app/state/settings';
import { ConfidenceBadge } from '../components/ConfidenceBadge';
import { EmptyState } from '../components/EmptyState';
import { FieldMappingTable } from '../components/FieldMappingTable';
import { KindBadge } from '../components/KindBadge';
import { RowPreview } from '../components/RowPreview';
import { RunFailed } from '../components/RunFailed';
import { StatusValueMapping } from '../components/StatusValueMapping';
import { StepHeading } from '../components/StepHeading';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/**
 * Step 2: per table, the detected column mapping; change a field's column, and say how each value
 * of the status column reads. Both are saved with the workbook.
 */
export function MappingStep({ state }: { readonly state: TaskpaneState & TaskpaneActions }) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<string>();
  const heading = <StepHeading title="Mapping" hint="Check which column holds each field. Your changes are saved with the workbook." />;
  if (!state.detected) return heading;
  if (!state.detected.ok) return <RunFailed message={state.detected.message} />;
  const tables = state.detected.value.filter((t) => t.kind && !state.settings.excludedTables.includes(t.key));
  if (tables.length === 0) {
    return (
      <div className={styles.stack}>
        {heading}
        <EmptyState title="Nothing mapped yet">
          No included table was recognised. Include a table or add a department file under Sources.
        </EmptyState>
      </div>
    );
  }
  const table = tables.find((t) => t.key === chosen) ?? tables[0]!;
  const label = (t: (typeof tables)[number]) => `${tableLabel(t)} · ${t.source}`;
  const view = state.tableViews.get(table.key);
  const statusColumn = view?.statusColumn;

  return (
    <div className={styles.stack}>
      {heading}
      <Field label="Table">
        <Dropdown value={label(table)} selectedOptions={[table.key]} onOptionSelect={(_, d) => setChosen(d.optionValue)}>
          {tables.map((t) => (
            <Option key={t.key} value={t.key} text={label(t)}>
              {label(t)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.meta}>
        <KindBadge kind={table.kind} />
        <Text size={200}>{`${table.rowCount} rows`}</Text>
        <ConfidenceBadge value={table.confidence} />
      </div>
      <FieldMappingTable
        table={table}
        onChange={(field, header) => state.updateSettings(withFieldColumn(state.settings, table.key, field, header))}
      />
      {statusColumn && (
        <StatusValueMapping
          tableLabel={tableLabel(table)}
          column={statusColumn}
          onChange={(value, status) => state.updateSettings(withStatusValue(state.settings, table.key, value, status))}
        />
      )}
      <h3 className={styles.sub}>First rows</h3>
      <RowPreview caption={`First rows of ${tableLabel(table)}`} headers={table.headers} rows={view?.preview ?? []} />
    </div>
  );
}
