import { Dropdown, Option, makeStyles } from '@fluentui/react-components';
import { columnLetters } from '../../src/core/util/a1';

interface FieldColumnPickerProps {
  readonly fieldLabel: string;
  readonly headers: readonly string[];
  /** Absolute sheet column of the table's first column, to name columns by letter. */
  readonly firstColumn: number;
  /** Table column index now mapped, or undefined. */
  readonly column: number | undefined;
  /** Header text of the chosen column, or null when the user says the field has no column. */
  readonly onChange: (header: string | null) => void;
}

const useStyles = makeStyles({
  // Fluent's Dropdown is at least 250px wide; in a taskpane column it must shrink.
  root: { minWidth: 0, width: '100%' },
  button: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

/** The option that takes the field off its column (a wrong automatic match). */
const NOT_MAPPED = 'none';
const NOT_MAPPED_TEXT = 'Not mapped';

function optionText(headers: readonly string[], firstColumn: number, column: number): string {
  return `${columnLetters(firstColumn + column)}: ${headers[column] ?? ''}`;
}

/** Dropdown choosing which column of the table holds one field. */
export function FieldColumnPicker({ fieldLabel, headers, firstColumn, column, onChange }: FieldColumnPickerProps) {
  const styles = useStyles();
  // Choosing "Not mapped" saves null for the field (SavedMapping): the column is left unread.
  return (
    <Dropdown
      className={styles.root}
      button={{ className: styles.button }}
      size="small"
      aria-label={`Column for ${fieldLabel}`}
      placeholder={NOT_MAPPED_TEXT}
      value={column === undefined ? '' : optionText(headers, firstColumn, column)}
      selectedOptions={column === undefined ? [] : [String(column)]}
      onOptionSelect={(_, d) => {
        if (d.optionValue === NOT_MAPPED) {
          if (column !== undefined) onChange(null);
          return;
        }
        const header = d.optionValue === undefined ? undefined : headers[Number(d.optionValue)];
        if (header !== undefined) onChange(header);
      }}
    >
      <Option key={NOT_MAPPED} value={NOT_MAPPED} text={NOT_MAPPED_TEXT}>
        {NOT_MAPPED_TEXT}
      </Option>
      {headers.map((h, i) => (
        <Option key={i} value={String(i)} text={optionText(headers, firstColumn, i)}>
          {optionText(headers, firstColumn, i)}
        </Option>
      ))}
    </Dropdown>
  );
}
