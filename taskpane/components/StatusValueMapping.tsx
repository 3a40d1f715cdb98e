import {
  Dropdown,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { StatusValue } from '../../src/core/ingest/status-column';
import type { StatusColumnView } from '../run/run-view';
import type { Status } from '../../src/core/types';
import { STATUSES } from '../../src/core/types';
import { STATUS_CHOICES, statusChoiceLabel, valuesToOffer } from '../app/present/status-values';

interface StatusValueMappingProps {
  /** The table's name, for the table's accessible name. */
  readonly tableLabel: string;
  readonly column: StatusColumnView;
  /** status: the user's reading of the value; null: back to Throughline's reading. */
  readonly onChange: (value: string, status: Status | null) => void;
}

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  value: { display: 'flex', flexDirection: 'column', minWidth: 0, wordBreak: 'break-word' },
  // Fluent's Dropdown is at least 250px wide; in a taskpane column it must shrink.
  picker: { minWidth: 0, width: '100%' },
  button: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

/** The option that forgets the user's choice. */
const AS_READ = 'as-read';

function cellsText(count: number): string {
  return count === 1 ? '1 row' : `${count} rows`;
}

/** Each distinct value of the status column, how it reads, and a Dropdown to say how it should. */
export function StatusValueMapping({ tableLabel, column, onChange }: StatusValueMappingProps) {
  const styles = useStyles();
  const headingId = useId();
  const { shown, more } = valuesToOffer(column);
  if (shown.length === 0) return null;
  const unread = column.values.filter((v) => v.status === undefined).length;
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.sub}>
        Status values
      </h3>
      {column.unknownVocabulary ? (
        <MessageBar intent="warning">
          <MessageBarBody>Most values of this status column are not a status Throughline knows. Choose how each one reads; your choices are saved with the workbook.</MessageBarBody>
        </MessageBar>
      ) : (
        <Text size={200}>
          {unread > 0
            ? `${unread === 1 ? '1 value does' : `${unread} values do`} not read as a status. Choose how each reads; your choices are saved with the workbook.`
            : column.scale.name === 'confidence'
              ? 'Read on a confidence scale: High is green, Medium amber, Low red. Change how any value reads.'
              : 'How each value of the status column reads. Change any; your choices are saved with the workbook.'}
        </Text>
      )}
      <Table size="extra-small" aria-label={`Status values of ${tableLabel}`} style={{ tableLayout: 'fixed', width: '100%' }}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '42%' }}>Value</TableHeaderCell>
            <TableHeaderCell>Reads as</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((v) => (
            <TableRow key={v.text}>
              <TableCell>
                <span className={styles.value}>
                  <Text>{v.text}</Text>
                  <Text size={200}>{cellsText(v.count)}</Text>
                </span>
              </TableCell>
              <TableCell>
                <StatusPicker value={v} onChange={(status) => onChange(v.text, status)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {more > 0 && <Text size={200}>{`${more} more ${more === 1 ? 'value is' : 'values are'} not shown.`}</Text>}
    </section>
  );
}

function StatusPicker({ value, onChange }: { readonly value: StatusValue; readonly onChange: (status: Status | null) => void }) {
  const styles = useStyles();
  const mine = value.by === 'user';
  const shownText = value.status === undefined ? '' : `${statusChoiceLabel(value.status)}${mine ? ' (yours)' : ''}`;
  return (
    <Dropdown
      className={styles.picker}
      button={{ className: styles.button }}
      size="small"
      aria-label={`Status for "${value.text}"`}
      placeholder="Not read"
      value={shownText}
      selectedOptions={value.status === undefined ? [] : [value.status]}
      onOptionSelect={(_, d) => {
        if (d.optionValue === AS_READ) onChange(null);
        else if ((STATUSES as readonly string[]).includes(d.optionValue ?? '')) onChange(d.optionValue as Status);
      }}
    >
      {mine && (
        <Option key={AS_READ} value={AS_READ} text="Throughline's reading">
          Throughline's reading
        </Option>
      )}
      {STATUS_CHOICES.map((c) => (
        <Option key={c.status} value={c.status} text={c.label}>
          {c.label}
        </Option>
      ))}
    </Dropdown>
  );
}
