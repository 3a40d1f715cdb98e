import type { PersonGroup } from '../app/present/action-view';

/** Actions per message (each a few hundred bytes: the message stays a short task to copy). */
export const ACTIONS_PER_MESSAGE = 1_000;

/** Actions per person cut into parts of at most `per` items; a person's items may go on in the next part. */
export function actionParts(groups: readonly PersonGroup[], per = ACTIONS_PER_MESSAGE): PersonGroup[][] {
  const parts: PersonGroup[][] = [];
  let part: PersonGroup[] = [];
  let size = 0;
  for (const g of groups) {
    if (g.items.length === 0) part.push(g);
    for (let i = 0; i < g.items.length; ) {
      const items = g.items.slice(i, i + per - size);
      part.push({ ...g, items });
      size += items.length;
      i += items.length;
      if (size === per) {
        parts.push(part);
        part = [];
        size = 0;
      }
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** Adds a part to the groups received so far: a person's items that went on from the last part join it. */
export function appendActionPart(into: PersonGroup[], part: readonly PersonGroup[]): void {
  for (const g of part) {
    const tail = into[into.length - 1];
    if (tail && tail.person === g.person && tail.as === g.as) into[into.length - 1] = { ...tail, items: [...tail.items, ...g.items] };
    else into.push(g);
  }
}
