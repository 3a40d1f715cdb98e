import type { FindingLife } from '../../../src/core/types';
import { isoFromDay } from '../../../src/core/util/days';

/** A finding's life in words: "New", "Reopened", "Open 3 reviews, since 2026-03-02". */
export function lifeText(life: FindingLife): string {
  if (life.reviewsOpen <= 1) return life.state === 'reopened' ? 'Reopened' : 'New';
  return `Open ${life.reviewsOpen} reviews, since ${isoFromDay(life.firstSeen)}${life.state === 'reopened' ? ' (reopened)' : ''}`;
}
