import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * How long a settings field waits after the last keystroke or step before it commits: each commit
 * saves the settings and, for the run's inputs, runs the core again (at 100,000 initiatives, seconds
 * of work in the worker that every keystroke used to cancel and start over).
 */
export const SETTINGS_DEBOUNCE_MS = 400;

export interface Debounced<T> {
  /** The value to commit once `delayMs` pass with no newer one. */
  set(value: T): void;
  /** Commit the value waiting now, if one is; true when one was. */
  flush(): boolean;
  /** A value is waiting. */
  readonly pending: boolean;
}

/** The last of a burst of values, committed `delayMs` after it (timers only: no React). */
export function debounce<T>(commit: (value: T) => void, delayMs = SETTINGS_DEBOUNCE_MS): Debounced<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: { value: T } | undefined;
  const flush = (): boolean => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const w = waiting;
    waiting = undefined;
    if (w) commit(w.value);
    return w !== undefined;
  };
  return {
    set(value) {
      waiting = { value };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    get pending() {
      return waiting !== undefined;
    },
  };
}

export interface Draft<T> {
  /** What the field shows: the value being typed while it waits, else the committed one. */
  readonly value: T;
  /** A value is typed and not committed yet. */
  readonly pending: boolean;
  /** Show `next` now and commit it once the typing stops. */
  change(next: T): void;
  /** Commit what waits now (the field lost focus, a choice was picked). */
  flush(): void;
}

/**
 * A settings field's value while it is typed: shown at once, committed (`commit`, the latest one
 * given) SETTINGS_DEBOUNCE_MS after the last change, when `flush` is called, and when the field
 * unmounts, so leaving the step keeps what was typed.
 */
export function useDraft<T>(committed: T, commit: (next: T) => void, delayMs = SETTINGS_DEBOUNCE_MS): Draft<T> {
  const [typed, setTyped] = useState<{ value: T }>();
  const latestCommit = useRef(commit);
  latestCommit.current = commit;
  const debounced = useRef<Debounced<T>>();
  if (!debounced.current) {
    debounced.current = debounce((value: T) => {
      setTyped(undefined);
      latestCommit.current(value);
    }, delayMs);
  }
  useEffect(() => {
    const d = debounced.current!;
    return () => void d.flush();
  }, []);
  const change = useCallback((next: T) => {
    setTyped({ value: next });
    debounced.current!.set(next);
  }, []);
  const flush = useCallback(() => void debounced.current!.flush(), []);
  return { value: typed ? typed.value : committed, pending: typed !== undefined, change, flush };
}
