import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CellRef } from '../../src/core/types';
import { ACTIONS_PAGE, type ActionsPage, type ActionsSummary } from '../app/present/action-view';
import { useRevealed } from '../app/state/use-revealed';
import { ActionRow } from '../components/ActionRow';
import { EmptyState } from '../components/EmptyState';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  person: { margin: 0, display: 'inline', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  summary: { cursor: 'pointer', paddingTop: tokens.spacingVerticalS },
});

/** Rows mounted per task: a hundred action rows at once were one long render and layout. */
const ROWS_PER_TASK = 20;

interface ActionsViewProps {
  readonly summary: ActionsSummary;
  /** The first page, sent with the run. */
  readonly first: ActionsPage;
  /** The first `limit` actions, from the worker (undefined: it holds another run now). */
  readonly load: (limit: number) => Promise<ActionsPage | undefined>;
  readonly onGo: (cell: CellRef) => void;
}

/**
 * The open errors and warnings as actions per person, in the Actions sheet's order. The actions
 * stay in the worker: this shows the first ACTIONS_PAGE, and Show more asks for more.
 */
export function ActionsView({ summary, first, load, onGo }: ActionsViewProps) {
  const styles = useStyles();
  const [limit, setLimit] = useState(ACTIONS_PAGE);
  const [asked, setAsked] = useState<ActionsPage>();
  useEffect(() => {
    if (limit === ACTIONS_PAGE) return;
    let live = true;
    load(limit).then(
      (page) => live && page && setAsked(page),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load, limit]);
  const page = limit === ACTIONS_PAGE ? first : (asked ?? first);
  const revealed = useRevealed(page.shown, ROWS_PER_TASK);
  if (summary.total === 0) return <EmptyState title="No actions">No open error or warning needs anyone to act.</EmptyState>;
  const { total, people } = summary;
  let left = revealed;
  return (
    <>
      <Text role="status" size={200}>{`${total} open ${total === 1 ? 'action' : 'actions'} for ${people} ${people === 1 ? 'person' : 'people'}, oldest and most severe first`}</Text>
      {page.groups.map((g) => {
        const items = g.items.slice(0, Math.max(0, left));
        left -= items.length;
        return (
          <details key={g.person} open aria-label={`${g.person}, ${g.count}`}>
            <summary className={styles.summary}>
              <h3 className={styles.person}>{`${g.person} (${g.count})`}</h3> <Text size={200}>{g.as}</Text>
            </summary>
            <ul className={styles.list}>
              {items.map((item) => (
                <ActionRow key={item.key} item={item} onGo={() => item.cell && onGo(item.cell)} />
              ))}
            </ul>
          </details>
        );
      })}
      {page.shown < total && (
        <Button onClick={() => setLimit(page.shown + ACTIONS_PAGE)}>{`Show ${Math.min(ACTIONS_PAGE, total - page.shown)} more actions`}</Button>
      )}
    </>
  );
}
