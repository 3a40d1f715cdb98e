import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../src/core/types';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' } });

const NAMES: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'] };

interface SeverityFilterProps {
  readonly counts: Record<Severity, number>;
  /** The one severity shown, or undefined when all are. */
  readonly only: Severity | undefined;
  readonly onChange: (only: Severity | undefined) => void;
}

/**
 * Counts by severity that work as filters the way a reader expects: all findings are shown and
 * no chip is pressed; pressing "10 errors" shows only the errors; pressing it again shows all.
 */
export function SeverityFilter({ counts, only, onChange }: SeverityFilterProps) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label="Show only one severity">
      {(['error', 'warning', 'info'] as const).map((s) => {
        const n = counts[s];
        const label = `${n} ${NAMES[s][n === 1 ? 0 : 1]}`;
        return (
          <ToggleButton key={s} size="small" checked={only === s} onClick={() => onChange(only === s ? undefined : s)} title={only === s ? 'Show all findings' : `Show only the ${NAMES[s][1]}`}>
            {label}
          </ToggleButton>
        );
      })}
    </div>
  );
}
