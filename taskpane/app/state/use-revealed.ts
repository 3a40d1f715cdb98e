import { useEffect, useState } from 'react';

/**
 * How many of `total` items to show: `step` at first, then `step` more after each task until all
 * are shown (fewer again when `total` drops, then growing from there). Mounting twenty source
 * cards at once was one long render and layout; a few at a time keeps each task short
 * (docs/BENCHMARKS.md).
 */
export function useRevealed(total: number, step: number): number {
  const [shown, setShown] = useState(step);
  useEffect(() => {
    if (shown > total) setShown(Math.max(step, total));
    else if (shown < total) {
      const t = setTimeout(() => setShown((n) => n + step), 0);
      return () => clearTimeout(t);
    }
    return undefined;
  }, [shown, total, step]);
  return Math.min(shown, total);
}
