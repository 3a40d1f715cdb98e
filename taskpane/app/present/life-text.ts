import type { FindingLife } from '../../../src/core/types';
import { displayDate } from '../../../src/core/report/cells';

/** A finding's life in words: "New", "Reopened", "Open 3 reviews, since 2 Mar 2026". */
export function lifeText(life: FindingLife): string {
  if (life.reviewsOpen <= 1) return life.state === 'reopened' ? 'Reopened' : 'New';
  return `Open ${life.reviewsOpen} reviews, since ${displayDate(life.firstSeen)}${life.state === 'reopened' ? ' (reopened)' : ''}`;
}
