import type { Status } from '../types';

/** Finished or abandoned: no longer in anyone's way, and never at risk. */
export function isClosed(status: Status): boolean {
  return status === 'done' || status === 'cancelled';
}

/** Statuses the effective status never overrides: the owner has taken the item out of play. */
export function keepsReportedStatus(status: Status): boolean {
  return status === 'done' || status === 'cancelled' || status === 'on-hold';
}
