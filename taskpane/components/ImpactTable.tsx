import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { ImpactResult } from '../../src/core/types';
import { displayDate } from '../../src/core/report/cells';

interface ImpactTableProps {
  readonly impact: ImpactResult;
  /** Initiative names by id. */
  readonly names: ReadonlyMap<string, string | undefined>;
}

/** Everything downstream that moves, by how much, and whether it now misses its due date. */
export function ImpactTable({ impact, names }: ImpactTableProps) {
  return (
    <Table size="small" aria-label={`Initiatives that move when ${impact.id} slips ${impact.delayDays} working days`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Initiative</TableHeaderCell>
          <TableHeaderCell>Moves</TableHeaderCell>
          <TableHeaderCell>New finish</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {impact.initiatives.map((i) => (
          <TableRow key={i.id}>
            <TableCell>
              <strong>{i.id}</strong> {names.get(i.id) ?? ''}
            </TableCell>
            <TableCell>{`+${i.slipDays} d`}</TableCell>
            <TableCell>
              {i.newFinish !== undefined ? displayDate(i.newFinish) : '—'}{' '}
              {i.becomesLate && (
                <Badge color="danger" appearance="tint" size="small">
                  late
                </Badge>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
