import type { Action } from '../types';

export interface PersonActions {
  readonly person: string;
  readonly actions: readonly Action[];
}

/**
 * The actions per person, in the one order governance gives them (buildActions: the person with
 * the oldest, most severe action first, unassigned last; each person's oldest first). The Actions
 * sheet lists them in that order, the digest and the taskpane's Actions view group them with this.
 */
export function actionsByPerson(actions: readonly Action[]): PersonActions[] {
  const out: { person: string; actions: Action[] }[] = [];
  const at = new Map<string, number>();
  for (const a of actions) {
    const k = at.get(a.person);
    if (k === undefined) {
      at.set(a.person, out.length);
      out.push({ person: a.person, actions: [a] });
    } else out[k]!.actions.push(a);
  }
  return out;
}
