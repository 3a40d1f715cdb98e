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
  /** Red items on a KPI's chain or the critical path to a committed date: the trade-offs to decide, most late first. */
  readonly tradeOffs: readonly TradeOff[];
  /** Red items that qualified but were left out past the limit (TRADE_OFF_LIMIT). */
  readonly tradeOffsLeftOut: number;
  /** Decisions the user recorded for items that no longer need one (kept, so a decision never vanishes). */
  readonly settledDecisions: readonly Decision[];
}

/**
 * What leadership decided about a trade-off, as the user wrote it in the Decisions sheet (read
 * back by the next run, like waivers), keyed by the initiative that slips.
 */
export interface Decision {
  readonly initiativeId: string;
  readonly decision: string;
  readonly by?: string;
  readonly on?: DayNumber;
  /** Decided on as the user wrote it, when that is not a date. */
  readonly onText?: string;
}

/** One committed date a red item puts at stake: its own, or that of work its finish drives. */
export interface DateAtStake {
  readonly initiativeId: string;
  /** due: the committed finish; deadline: a must-finish-by date. */
  readonly kind: 'due' | 'deadline';
  readonly date: DayNumber;
  readonly forecastFinish: DayNumber;
  /** Working days the forecast finish passes the date (0: the date holds). */
  readonly slipDays: number;
  /** When the date holds: how many more working days the red item may slip before it breaks (0 when it is broken). */
  readonly spareDays: number;
  /**
   * Working days the red item must finish earlier to keep this date (0 when it holds);
   * undefined when recovering the red item alone cannot keep it (other work drives it late as
   * well, or the red item cannot finish that early: not before the as-of date, nor in under a day).
   */
  readonly recoveryDays?: number;
}

/** A red item the model can compute options for, asking for a decision rather than a colour. */
export interface TradeOff {
  readonly initiativeId: string;
  /** Why it is here: it feeds a KPI (itself or through the work it drives), it is on the critical path to a committed date. */
  readonly onKpiChain: boolean;
  readonly onCriticalPath: boolean;
  /** Its own forecast slip past its due date, in working days. */
  readonly slipDays: number;
  readonly forecastFinish?: DayNumber;
  readonly due?: DayNumber;
  /** Every committed date of it and of the open work its finish drives, most slipped first. */
  readonly dates: readonly DateAtStake[];
  /** Working days of recovery on it that keep every date it breaks; undefined when some cannot be kept by it alone. */
  readonly recoveryDays?: number;
  /** Working days it can finish earlier at most. */
  readonly maxRecoveryDays: number;
  /** KPIs, pillars of it and of the work it drives (KPI and model order). */
  readonly kpis: readonly string[];
  readonly pillars: readonly string[];
  /** Budget and benefit of it and the open work it drives (undefined when none is given). */
  readonly budgetAtStake?: number;
  readonly benefitAtStake?: number;
  /** Open initiatives its finish drives. */
  readonly drives: number;
  /** The decision recorded for it, when the user entered one. */
  readonly decision?: Decision;
}

/** A department's lead, from a Departments/leads table in a source or the user's list (--leads). */
export interface DepartmentLead {
  readonly department: string;
  readonly lead: string;
  /** Where it was read; absent for a lead the user named outside the sources. */
  readonly cell?: CellRef;
}
