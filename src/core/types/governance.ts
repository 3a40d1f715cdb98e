import type { DayNumber } from './fields';
import type { CellRef, Finding, Severity } from './finding';

/**
 * What one run remembers of each finding for the next (kept in the summary's hidden snapshot and
 * the taskpane's workbook settings), matched by findingKey.
 */
export interface FindingHistoryEntry {
  /** findingKey: identity across runs. */
  readonly key: string;
  readonly code: string;
  readonly severity: Severity;
  readonly initiativeId?: string;
  readonly message: string;
  /** The as-of date of the first review that found it. */
  readonly firstSeen: DayNumber;
  /** Reviews (distinct as-of dates) at which it was open, the last one included. */
  readonly reviewsOpen: number;
  /** open: active at that run; waived: accepted then (its age stands still); resolved: gone since resolvedOn. */
  readonly state: 'open' | 'waived' | 'resolved';
  readonly resolvedOn?: DayNumber;
}

/** The previous run's memory of findings: its as-of date and an entry per finding it knew. */
export interface FindingHistory {
  readonly asOf: DayNumber;
  readonly entries: readonly FindingHistoryEntry[];
}

/** A finding's life as of this run. */
export interface FindingLife {
  readonly key: string;
  readonly firstSeen: DayNumber;
  /** Reviews at which it has been open, this one included (1 for a new finding). */
  readonly reviewsOpen: number;
  /** Calendar days from first seen to this run's as-of date. */
  readonly ageDays: number;
  /** new: first seen now; open: open at the previous review too; reopened: resolved before, back now. */
  readonly state: 'new' | 'open' | 'reopened';
}

/** Who an action falls to: the initiative's owner, else its department's lead, else nobody. */
export type Assignee = 'owner' | 'lead' | 'unassigned';

/** The rungs of escalation, lowest first. */
export type EscalationLevel = 'owner' | 'department-lead' | 'steering-committee';

/**
 * When an open finding climbs the ladder: at `leadAfter` reviews open (beyond the first) it goes
 * to the department lead, at `steeringAfter` to the steering committee; a red item on the
 * critical path goes to the steering committee at once unless `redCriticalAtOnce` is false.
 */
export interface EscalationLadder {
  readonly leadAfter: number;
  readonly steeringAfter: number;
  readonly redCriticalAtOnce: boolean;
}

export const DEFAULT_LADDER: EscalationLadder = { leadAfter: 2, steeringAfter: 4, redCriticalAtOnce: true };

/** One open error or warning as something a named person must do by the next review. */
export interface Action {
  readonly finding: Finding;
  readonly key: string;
  /** The person it falls to, or "unassigned". */
  readonly person: string;
  readonly assignee: Assignee;
  readonly department?: string;
  /** The rule's how-to-fix (catalog) followed by this finding's values (its message). */
  readonly todo: string;
  /** The next review: this run's as-of date plus the cadence. */
  readonly dueBy: DayNumber;
  readonly level: EscalationLevel;
  /** Who it is escalated to at that level: the owner's name, the lead's, or "Steering committee". */
  readonly escalatedTo: string;
  readonly life: FindingLife;
}

/** The findings that left since the previous review. */
export interface ResolvedFinding {
  readonly entry: FindingHistoryEntry;
  readonly resolvedOn: DayNumber;
}

/** Findings' life, the actions and what was resolved: computed once per run (src/core/govern). */
export interface Governance {
  /** By findingKey, for every active finding. */
  readonly life: ReadonlyMap<string, FindingLife>;
  /** Open errors and warnings as actions, in the Actions sheet's order. */
  readonly actions: readonly Action[];
  /** Findings open at the previous review and gone now (waived ones are not resolved). */
  readonly resolved: readonly ResolvedFinding[];
  /** What the next run remembers. */
  readonly history: FindingHistory;
}

/** A department's lead, from a Departments/leads table in a source or the user's list (--leads). */
export interface DepartmentLead {
  readonly department: string;
  readonly lead: string;
  /** Where it was read; absent for a lead the user named outside the sources. */
  readonly cell?: CellRef;
}
