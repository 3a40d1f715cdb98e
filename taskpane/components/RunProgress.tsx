import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import { STAGES } from '../app/present/stage-labels';
import type { StageStore } from '../app/state/stage-store';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
});

interface RunProgressProps {
  readonly stage: StageStore;
  /** Files are being read (before the run has a stage). */
  readonly reading: boolean;
  readonly onCancel: () => void;
  /** Where the run happens, said beside the progress when it is not a worker. */
  readonly inWorker: boolean;
}

/** The stage the pipeline is at, and Cancel (which stops it and leaves the workbook as it is). */
export function RunProgress({ stage, reading, onCancel, inWorker }: RunProgressProps) {
  const styles = useStyles();
  const now = useSyncExternalStore(stage.subscribe, stage.get);
  const { label, at } = STAGES[reading ? 'read-file' : (now ?? 'detect')];
  return (
    <div className={styles.row}>
      <Field className={styles.grow} validationMessage={inWorker ? label : `${label} (this browser has no workers: the pane may not respond until it is done)`} validationState="none">
        <ProgressBar value={at} max={1} aria-label={label} />
      </Field>
      <Button size="small" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

/** After Cancel: nothing was written; run again when ready. */
export function RunCancelled({ onRunAgain }: { readonly onRunAgain: () => void }) {
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        <MessageBarTitle>Run cancelled</MessageBarTitle>
        Nothing was written to the workbook.
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRunAgain}>
          Run again
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
