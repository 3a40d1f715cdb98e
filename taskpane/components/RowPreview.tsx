import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { Status } from '../../src/core/types';
import type { PreviewCell, PreviewRow } from '../app/present/preview-rows';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  cell: { whiteSpace: 'nowrap', maxWidth: '14em', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'top' },
  read: { display: 'block' },
  written: { display: 'block', fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  // Two lines of the finding at most (its whole text is the cell's title): a long message made rows a screen tall.
  problem: {
    display: '-webkit-box',
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorPaletteRedForeground1,
    whiteSpace: 'normal',
    width: '12em',
  },
  dot: { display: 'inline-block', width: '8px', height: '8px', borderRadius: '50%', marginRight: tokens.spacingHorizontalXXS },
});

/** The colour of a status dot: the report's RAG colours, neutral for the rest. */
const DOT: Partial<Record<Status, string>> = {
  green: tokens.colorPaletteGreenBackground3,
  amber: tokens.colorPaletteMarigoldBackground3,
  red: tokens.colorPaletteRedBackground3,
  done: tokens.colorPaletteBlueBackground2,
};

interface RowPreviewProps {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly PreviewRow[];
}

function describe(cell: PreviewCell): string {
  return [cell.read ? `${cell.read} (written ${cell.text || 'blank'})` : cell.text, cell.problem].filter(Boolean).join(' — ');
}

/** The first rows of a table as read (a date as a date, 70%, a status with its colour, money with its currency) over what is written, and the finding on a rejected cell. */
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
          {rows.map((row) => (
            <TableRow key={row.row}>
              {headers.map((_, c) => {
                const cell = row.cells[c];
                if (!cell) return <TableCell key={c} className={styles.cell} />;
                return (
                  <TableCell key={c} className={styles.cell} title={describe(cell)}>
                    <span className={styles.read}>
                      {cell.status && DOT[cell.status] && <span className={styles.dot} style={{ background: DOT[cell.status] }} aria-hidden="true" />}
                      {cell.read ?? cell.text}
                    </span>
                    {cell.read !== undefined && cell.text !== '' && <span className={styles.written}>{cell.text}</span>}
                    {cell.problem && <span className={styles.problem}>{cell.problem}</span>}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
