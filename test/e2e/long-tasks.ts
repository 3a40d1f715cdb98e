import type { Page } from 'playwright-core';

/** The target: no main-thread task over this while a run is going. */
export const TARGET_TASK_MS = 200;

/** One phase in the page: how long it took, and its main thread's longest task and tasks over 200 ms. */
export interface PagePhase {
  readonly ms: number;
  readonly longestTaskMs: number;
  readonly tasksOver200: number;
}

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** Every long task of the page from its start (buffered), kept on window: `page.addInitScript(OBSERVE_LONG_TASKS)`. */
export const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * Run `act` and wait for `done`; the phase's time in the page's clock and its long tasks
 * (PerformanceObserver 'longtask'). Wait with CSS selectors in `done`: the harness's own
 * accessibility-tree queries (getByRole) run on the page's main thread and are long tasks too.
 */
export async function phase(page: Page, act: () => Promise<void>, done: () => Promise<void>): Promise<PagePhase> {
  const t0 = await now(page);
  await act();
  await done();
  const t1 = await now(page);
  // A task that ends after the phase is still the phase's (the observer reports it when it ends).
  await page.waitForTimeout(50);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);
  const mine = tasks.filter((t) => t.start + t.duration >= t0 && t.start <= t1);
  return { ms: t1 - t0, longestTaskMs: Math.max(0, ...mine.map((t) => t.duration)), tasksOver200: mine.filter((t) => t.duration > TARGET_TASK_MS).length };
}
