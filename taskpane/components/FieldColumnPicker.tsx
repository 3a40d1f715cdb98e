import { Dropdown, Option } from '@fluentui/react-components';
import { columnLetters } from '../../src/core/util/a1';

const NOT_MAPPED = '';

interface FieldColumnPickerProps {
  readonly fieldLabel: string;
  readonly headers: readonly string[];
  /** Absolute sheet column of the table's first column, to name columns by letter. */
  readonly firstColumn: number;
  /** Table column index now mapped, or undefined. */
  readonly column: number | undefined;
  /** Header text chosen, '' for "not mapped". */
  readonly onChange: (header: string) => void;
}

function optionText(headers: readonly string[], firstColumn: number, column: number): string {
  return `${columnLetters(firstColumn + column)}: ${headers[column] ?? ''}`;
}

/** Dropdown choosing which column of the table holds one field. */
export function FieldColumnPicker({ fieldLabel, headers, firstColumn, column, onChange }: FieldColumnPickerProps) {
  const value = column === undefined ? 'Not mapped' : optionText(headers, firstColumn, column);
  return (
    <Dropdown
      size="small"
      aria-label={`Column for ${fieldLabel}`}
      value={value}
      selectedOptions={[column === undefined ? NOT_MAPPED : String(column)]}
      onOptionSelect={(_, d) => onChange(d.optionValue === NOT_MAPPED || d.optionValue === undefined ? '' : headers[Number(d.optionValue)] ?? '')}
    >
      <Option value={NOT_MAPPED}>Not mapped</Option>
      {headers.map((h, i) => (
        <Option key={i} value={String(i)} text={optionText(headers, firstColumn, i)}>
          {optionText(headers, firstColumn, i)}
        </Option>
      ))}
    </Dropdown>
  );
}
