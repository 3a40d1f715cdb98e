import type { JobStage } from '../../run/protocol';

/**
 * The stage the worker is at, outside React state: a run reports eight stages, and each one
 * through useState re-rendered the whole step (twenty source cards took a long task each time);
 * only the progress bar subscribes to this (useSyncExternalStore).
 */
export interface StageStore {
  get(): JobStage | undefined;
  set(stage: JobStage | undefined): void;
  subscribe(listener: () => void): () => void;
}

export function createStageStore(): StageStore {
  let stage: JobStage | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => stage,
    set(next) {
      if (next === stage) return;
      stage = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
