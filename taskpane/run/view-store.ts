import { actionsPage, type ActionsPage, type PersonGroup } from '../app/present/action-view';
import { findingsPage, searchTextOf, type FindingFilter, type FindingItem, type FindingsPage } from '../app/present/finding-view';
import { initiativeLabel, initiativeOptions, type InitiativeName, type InitiativeOptions } from '../app/present/initiative-options';

/** What the taskpane lists of one run, kept in the worker. */
export interface HeldView {
  readonly findings: readonly FindingItem[];
  readonly actions: readonly PersonGroup[];
  readonly initiatives: readonly InitiativeName[];
}

/**
 * The last run's lists, kept in the worker: the Findings step, the Actions view and the Impact
 * picker ask for the page they show instead of holding every finding, action and initiative on
 * the main thread (at 100,000 initiatives, several hundred thousand of each: copying them was a
 * long task a message, and rendering a person's thousands of actions one of 29 s). Search texts
 * are made at the first search of a run and kept for the next ones (a search per keystroke).
 * Every answer is undefined when the lists held are another run's (or none).
 */
export interface ViewStore {
  hold(run: number, view: HeldView): void;
  drop(): void;
  findingsPage(run: number, filter: FindingFilter, limit: number): FindingsPage | undefined;
  actionsPage(run: number, limit: number): ActionsPage | undefined;
  initiativeOptions(run: number, query: string, limit: number): InitiativeOptions | undefined;
}

export function createViewStore(): ViewStore {
  let held: { readonly run: number; readonly view: HeldView; findingTexts?: readonly string[]; initiativeTexts?: readonly string[] } | undefined;
  const of = (run: number) => (held && held.run === run ? held : undefined);
  return {
    hold(run, view) {
      held = { run, view };
    },
    drop() {
      held = undefined;
    },
    findingsPage(run, filter, limit) {
      const h = of(run);
      if (!h) return undefined;
      if (filter.query.trim() !== '' && !h.findingTexts) h.findingTexts = h.view.findings.map(searchTextOf);
      return findingsPage(h.view.findings, filter, limit, h.findingTexts);
    },
    actionsPage(run, limit) {
      const h = of(run);
      return h ? actionsPage(h.view.actions, limit) : undefined;
    },
    initiativeOptions(run, query, limit) {
      const h = of(run);
      if (!h) return undefined;
      if (query !== '' && !h.initiativeTexts) h.initiativeTexts = h.view.initiatives.map((i) => initiativeLabel(i).toLowerCase());
      return initiativeOptions(h.view.initiatives, query, limit, h.initiativeTexts);
    },
  };
}
