import { findingsPage, searchTextOf, type FindingFilter, type FindingItem, type FindingsPage } from '../app/present/finding-view';

/**
 * The last run's findings, kept in the worker: the Findings step asks for the page it shows
 * (the filter's first `limit` and how many match) instead of holding every finding on the main
 * thread (at 100,000 initiatives, several hundred thousand). Each finding's search text is made
 * at the first search and kept for the next ones (a search per keystroke).
 */
export interface FindingsStore {
  hold(run: number, items: readonly FindingItem[]): void;
  drop(): void;
  /** The page of run `run`, or undefined when the findings held are another run's (or none). */
  page(run: number, filter: FindingFilter, limit: number): FindingsPage | undefined;
}

export function createFindingsStore(): FindingsStore {
  let held: { readonly run: number; readonly items: readonly FindingItem[]; texts?: readonly string[] } | undefined;
  return {
    hold(run, items) {
      held = { run, items };
    },
    drop() {
      held = undefined;
    },
    page(run, filter, limit) {
      if (!held || held.run !== run) return undefined;
      if (filter.query.trim() !== '' && !held.texts) held.texts = held.items.map(searchTextOf);
      return findingsPage(held.items, filter, limit, held.texts);
    },
  };
}
