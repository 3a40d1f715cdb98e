import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CellRef } from '../../src/core/types';
import type { PersonGroup } from '../app/present/action-view';
import { ActionRow } from '../components/ActionRow';
import { EmptyState } from '../components/EmptyState';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  person: { margin: 0, display: 'inline', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  summary: { cursor: 'pointer', paddingTop: tokens.spacingVerticalS },
});

/** People shown at first; the rest one click away (a portfolio can have hundreds of owners). */
const PEOPLE = 40;

interface ActionsViewProps {
  readonly groups: readonly PersonGroup[];
  readonly onGo: (cell: CellRef) => void;
}

/** The open errors and warnings as actions per person, in the Actions sheet's order. */
export function ActionsView({ groups, onGo }: ActionsViewProps) {
  const styles = useStyles();
  const [people, setPeople] = useState(PEOPLE);
  if (groups.length === 0) return <EmptyState title="No actions">No open error or warning needs anyone to act.</EmptyState>;
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <>
      <Text role="status" size={200}>{`${total} open ${total === 1 ? 'action' : 'actions'} for ${groups.length} ${groups.length === 1 ? 'person' : 'people'}, oldest and most severe first`}</Text>
      {groups.slice(0, people).map((g) => (
        <details key={g.person} open aria-label={`${g.person}, ${g.items.length}`}>
          <summary className={styles.summary}>
            <h3 className={styles.person}>{`${g.person} (${g.items.length})`}</h3> <Text size={200}>{g.as}</Text>
          </summary>
          <ul className={styles.list}>
            {g.items.map((item) => (
              <ActionRow key={item.key} item={item} onGo={() => item.cell && onGo(item.cell)} />
            ))}
          </ul>
        </details>
      ))}
      {groups.length > people && (
        <Button onClick={() => setPeople((n) => n + PEOPLE)}>{`Show ${Math.min(PEOPLE, groups.length - people)} more people`}</Button>
      )}
    </>
  );
}
