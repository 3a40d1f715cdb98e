import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { AnyField, DetectedTable } from '../../src/core/types';
import { fieldLabel, fieldsOf } from '../app/present/field-labels';
import { describeMoneyUnit } from '../../src/core/ingest/money-unit';
import { ConfidenceBadge } from './ConfidenceBadge';
import { FieldColumnPicker } from './FieldColumnPicker';

interface FieldMappingTableProps {
  readonly table: DetectedTable;
  /** header: the chosen column's header text, or null for "not mapped". */
  readonly onChange: (field: AnyField, header: string | null) => void;
}

/** Each field of the table's kind, the column it was matched to, and how sure that match is. */
export function FieldMappingTable({ table, onChange }: FieldMappingTableProps) {
  if (!table.kind) return null;
  return (
    <Table size="extra-small" aria-label={`Column mapping of ${table.sheet}`} style={{ tableLayout: 'fixed', width: '100%' }}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: '32%' }}>Field</TableHeaderCell>
          <TableHeaderCell>Column</TableHeaderCell>
          <TableHeaderCell style={{ width: '4.5em' }}>Match</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {fieldsOf(table.kind).map((field) => {
          const m = table.mapping.find((x) => x.field === field);
          return (
            <TableRow key={field}>
              <TableCell>{fieldLabel(field)}</TableCell>
              <TableCell>
                <FieldColumnPicker
                  fieldLabel={fieldLabel(field)}
                  headers={table.headers}
                  firstColumn={table.range.left}
                  column={m?.column}
                  onChange={(header) => onChange(field, header)}
                />
                {m?.unit !== undefined && m.unit.scale > 0 ? (
                  <Text size={200} block>
                    In {describeMoneyUnit(m.unit)}: read in units
                  </Text>
                ) : null}
              </TableCell>
              <TableCell>
                {m ? (
                  m.by === 'user' ? <Text size={200}>Yours</Text> : <ConfidenceBadge value={m.confidence} compact />
                ) : (
                  <Text size={200}>—</Text>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
