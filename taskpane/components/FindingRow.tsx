import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingItem } from '../app/present/finding-view';
import { SeverityBadge } from './SeverityBadge';
import { useListRowStyles } from './list-row-styles';

const useStyles = makeStyles({
  waived: { color: tokens.colorNeutralForeground3 },
});

interface FindingRowProps {
  readonly item: FindingItem;
  readonly onGo: () => void;
  readonly onWaive: () => void;
  readonly onUnwaive: () => void;
}

function where(item: FindingItem): string {
  const c = item.finding.cells[0];
  return c ? `${c.sheet}!${c.address} · ${c.source}` : 'Whole source';
}

/** One finding: its message (click to go to the cell), where it is, and waive / un-waive. */
export function FindingRow({ item, onGo, onWaive, onUnwaive }: FindingRowProps) {
  const styles = { ...useListRowStyles(), ...useStyles() };
  const cell = item.finding.cells[0];
  return (
    <li className={styles.row}>
      <div className={styles.line}>
        <SeverityBadge severity={item.finding.severity} />
        {item.finding.initiativeId && <Text weight="semibold">{item.finding.initiativeId}</Text>}
        {item.waiver && <Text size={200} className={styles.waived}>Waived</Text>}
      </div>
      <Button
        appearance="transparent"
        className={styles.go}
        disabled={!cell}
        onClick={onGo}
        aria-label={cell ? `${item.finding.message} Go to ${cell.sheet}!${cell.address} in ${cell.source}` : item.finding.message}
      >
        {item.finding.message}
      </Button>
      {item.owner && <Text size={200} className={styles.detail}>{`Owner: ${item.owner}`}</Text>}
      {item.age && <Text size={200} className={styles.detail}>{item.age}</Text>}
      {item.fix && <Text size={200} className={styles.detail}>{`How to fix: ${item.fix}`}</Text>}
      <div className={styles.line}>
        <Text size={200}>{where(item)}</Text>
        {item.waiver ? (
          <Button size="small" appearance="subtle" onClick={onUnwaive}>
            Un-waive
          </Button>
        ) : (
          <Button size="small" appearance="subtle" onClick={onWaive}>
            Waive…
          </Button>
        )}
      </div>
      {item.waiver && <Text size={200} className={styles.waived}>{`Reason: ${item.waiver.reason}`}</Text>}
    </li>
  );
}
