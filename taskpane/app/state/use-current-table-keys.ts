import { useEffect, useRef } from 'react';
import type { TaskpaneActions, TaskpaneState } from './use-taskpane';
import { withCurrentTableKeys } from './settings';

/**
 * Corrections found under a key their table no longer has (saved by index by an earlier version,
 * or by headers since renamed) are saved again under the table's key, once, whichever step is
 * open: else the next table added above it would take them.
 */
export function useCurrentTableKeys(state: TaskpaneState & TaskpaneActions): void {
  const latest = useRef(state);
  latest.current = state;
  const detected = state.detected;
  useEffect(() => {
    if (!detected?.ok || withCurrentTableKeys(latest.current.settings, detected.value) === undefined) return;
    latest.current.updateSettings((s) => withCurrentTableKeys(s, detected.value) ?? s);
  }, [detected]);
}
