import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../src/core/types';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' } });

const NAMES: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'] };

interface SeverityFilterProps {
  readonly counts: Record<Severity, number>;
  readonly shown: readonly Severity[];
  readonly onToggle: (severity: Severity) => void;
}

/** Counts by severity that double as filters (pressed = shown). */
export function SeverityFilter({ counts, shown, onToggle }: SeverityFilterProps) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label="Show findings by severity">
      {(['error', 'warning', 'info'] as const).map((s) => {
        const n = counts[s];
        return (
          <ToggleButton key={s} size="small" checked={shown.includes(s)} onClick={() => onToggle(s)}>
            {`${n} ${NAMES[s][n === 1 ? 0 : 1]}`}
          </ToggleButton>
        );
      })}
    </div>
  );
}
