import type { Finding, Initiative, Model } from '../types';

/**
 * Most rules look at one initiative at a time and find at most one thing wrong with it. Such a
 * rule is written as a check prepared once per run (what it needs from the options and analyses
 * worked out up front) and then asked about each initiative. checkRules asks all of them in one
 * pass over the initiatives, instead of one pass per rule: at 100,000 initiatives each pass is a
 * walk through memory the caches do not hold. (The one per-dependency rule,
 * schedule.successor-before-predecessor, reads links by position in its own loop.)
 */
export type InitiativeCheck = (i: Initiative, v: number) => Finding | undefined;

/** Every finding of the checks, over model.initiatives in order (v: the initiative's position), pushed onto `out`. */
export function eachInitiative(model: Model, checks: readonly InitiativeCheck[], out: Finding[] = []): Finding[] {
  const { initiatives } = model;
  for (let v = 0; v < initiatives.length; v++) {
    const i = initiatives[v]!;
    for (let c = 0; c < checks.length; c++) {
      const found = checks[c]!(i, v);
      if (found !== undefined) out.push(found);
    }
  }
  return out;
}
