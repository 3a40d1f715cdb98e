import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  cell: { whiteSpace: 'nowrap', maxWidth: '14em', overflow: 'hidden', textOverflow: 'ellipsis' },
});

interface RowPreviewProps {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The first rows of a table exactly as written, so a user can check the mapping by eye. */
export function RowPreview({ caption, headers, rows }: RowPreviewProps) {
  const styles = useStyles();
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={caption}>
      <Table size="extra-small" aria-label={caption} style={{ width: 'auto' }}>
        <TableHeader>
          <TableRow>
            {headers.map((h, i) => (
              <TableHeaderCell key={i} className={styles.cell}>
                {h}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, r) => (
            <TableRow key={r}>
              {headers.map((_, c) => (
                <TableCell key={c} className={styles.cell} title={row[c]}>
                  {row[c]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
