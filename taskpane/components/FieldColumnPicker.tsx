import { Dropdown, Option } from '@fluentui/react-components';
import { columnLetters } from '../../src/core/util/a1';

interface FieldColumnPickerProps {
  readonly fieldLabel: string;
  readonly headers: readonly string[];
  /** Absolute sheet column of the table's first column, to name columns by letter. */
  readonly firstColumn: number;
  /** Table column index now mapped, or undefined. */
  readonly column: number | undefined;
  /** Header text of the chosen column. */
  readonly onChange: (header: string) => void;
}

function optionText(headers: readonly string[], firstColumn: number, column: number): string {
  return `${columnLetters(firstColumn + column)}: ${headers[column] ?? ''}`;
}

/** Dropdown choosing which column of the table holds one field. */
export function FieldColumnPicker({ fieldLabel, headers, firstColumn, column, onChange }: FieldColumnPickerProps) {
  // A field is mapped by choosing its column; the core has no "unmap" (see SavedMapping).
  return (
    <Dropdown
      size="small"
      aria-label={`Column for ${fieldLabel}`}
      placeholder="Not mapped"
      value={column === undefined ? '' : optionText(headers, firstColumn, column)}
      selectedOptions={column === undefined ? [] : [String(column)]}
      onOptionSelect={(_, d) => {
        const header = d.optionValue === undefined ? undefined : headers[Number(d.optionValue)];
        if (header !== undefined) onChange(header);
      }}
    >
      {headers.map((h, i) => (
        <Option key={i} value={String(i)} text={optionText(headers, firstColumn, i)}>
          {optionText(headers, firstColumn, i)}
        </Option>
      ))}
    </Dropdown>
  );
}
