import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ActionItem } from '../app/present/action-view';
import { SeverityBadge } from './SeverityBadge';
import { useListRowStyles } from './list-row-styles';

const useStyles = makeStyles({
  up: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

interface ActionRowProps {
  readonly item: ActionItem;
  readonly onGo: () => void;
}

/** One action: severity, initiative, what to do (click to go to the cell), by when, its age and escalation. */
export function ActionRow({ item, onGo }: ActionRowProps) {
  const styles = { ...useListRowStyles(), ...useStyles() };
  const cell = item.cell;
  return (
    <li className={styles.row}>
      <div className={styles.line}>
        <SeverityBadge severity={item.severity} />
        {item.initiativeId && <Text weight="semibold">{item.initiativeId}</Text>}
        <Text size={200} className={styles.detail}>{`By ${item.due}`}</Text>
      </div>
      <Button appearance="transparent" className={styles.go} disabled={!cell} onClick={onGo} aria-label={cell ? `${item.todo} Go to ${cell.sheet}!${cell.address} in ${cell.source}` : item.todo}>
        {item.todo}
      </Button>
      <div className={styles.line}>
        <Text size={200} className={styles.detail}>{item.age}</Text>
        {item.escalation && <Text size={200} className={styles.up}>{`Escalated: ${item.escalation}`}</Text>}
      </div>
    </li>
  );
}
