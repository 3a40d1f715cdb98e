import type { DayNumber, Status } from './fields';

/**
 * Per-initiative results of src/core/analyse. All "days" counts are working days
 * (Mon-Fri unless configured), matching how slack is measured in scheduling tools.
 */
export interface InitiativeAnalysis {
  readonly id: string;
  /** Reported status raised by upstream risk and own forecast lateness (stable values). */
  readonly effectiveStatus: Status;
  /** Why the effective status differs from the reported one, in plain words; undefined when equal. */
  readonly effectiveReason?: string;
  /** Forecast dates from planned dates, upstream slips and overdue open work as of the as-of date. */
  readonly forecastStart?: DayNumber;
  readonly forecastFinish?: DayNumber;
  /** Working days the forecast finish is after the due date (0 when on time or unknown). */
  readonly slipDays: number;
  /**
   * Working days the owner's reported forecast finish (Initiative.reportedFinish) is after the due
   * date: the slip its owner reports (0 when on time or earlier); absent without both dates, or
   * for closed work. slipDays is ours, and never less than it.
   */
  readonly reportedSlipDays?: number;
  /** Critical-path method over planned dates (undefined without dates or inside a cycle). */
  readonly earlyStart?: DayNumber;
  readonly earlyFinish?: DayNumber;
  readonly lateStart?: DayNumber;
  readonly lateFinish?: DayNumber;
  readonly totalSlackDays?: number;
  readonly critical: boolean;
  /**
   * The calendar its dates and working days were counted in, when not the run's own: its
   * department's, or its source's (SourceCalendar). Absent: the run's calendar.
   */
  readonly calendar?: string;
  /** Last update older than the cadence while the initiative is open (false without a date: status.missing-update-date covers that). */
  readonly stale: boolean;
  /** Calendar days since lastUpdated, when known. */
  readonly daysSinceUpdate?: number;
  readonly inCycle: boolean;
  /** Direct predecessor ids. */
  readonly upstream: readonly string[];
  /** Direct successor ids. */
  readonly downstream: readonly string[];
}

export interface Bottleneck {
  readonly id: string;
  /** Every open initiative transitively downstream, in topological order (done and cancelled work neither waits nor passes the wait on). */
  readonly downstreamIds: readonly string[];
  /** Departments (other than the bottleneck's own) with work downstream. */
  readonly departmentsWaiting: readonly string[];
  /** Working days of downstream work (sum of planned durations), the ranking's first key. */
  readonly downstreamWorkDays: number;
}

/** counts[i][j]: dependencies where departments[i]'s work waits on departments[j]'s. */
export interface DepartmentMatrix {
  readonly departments: readonly string[];
  readonly counts: readonly (readonly number[])[];
}

/** For one off-target KPI: the initiatives linked to it that are blocked, each with its upstream chain. */
export interface KpiTrace {
  readonly kpi: string;
  readonly offTarget: boolean;
  /** chain[0] is the linked initiative, the last element the root blocker upstream. */
  readonly chains: ReadonlyArray<{ readonly initiativeId: string; readonly chain: readonly string[] }>;
}

export interface ValueAtRiskRow {
  readonly key: string;
  /** Budget and benefit of initiatives effectively amber/red. */
  readonly budgetAtRisk: number;
  readonly benefitAtRisk: number;
  /** The same, counting only what the departments themselves report as amber/red. */
  readonly reportedBudgetAtRisk: number;
  readonly reportedBenefitAtRisk: number;
  readonly initiativesAtRisk: number;
}

export interface ValueAtRisk {
  readonly total: ValueAtRiskRow;
  readonly byDepartment: readonly ValueAtRiskRow[];
  readonly byPillar: readonly ValueAtRiskRow[];
  readonly byKpi: readonly ValueAtRiskRow[];
}

export interface Analysis {
  readonly byId: ReadonlyMap<string, InitiativeAnalysis>;
  /** Each cycle once, as its loop in order (first id is the smallest, for determinism). */
  readonly cycles: readonly (readonly string[])[];
  /**
   * The critical path, in schedule order: the chain with the least total slack (0, or the most
   * negative when a deadline is past); on several calendars, the longest path (criticalBy).
   */
  readonly criticalPath: readonly string[];
  /**
   * How the critical path was found: absent, by total slack; 'longest-path' when initiatives are
   * on several calendars, where total slack shows float across each other's days off
   * (P6's Longest Path: driving links traced back from the last finish; analyse/longest-path.ts).
   */
  readonly criticalBy?: 'longest-path';
  /** P6's Longest Path, in schedule order, whatever criticalBy says (absent in hand-built analyses). */
  readonly longestPath?: readonly string[];
  /** Ranked, most blocking first: the top BOTTLENECK_LIMIT (src/core/analyse/bottlenecks.ts). */
  readonly bottlenecks: readonly Bottleneck[];
  readonly departmentMatrix: DepartmentMatrix;
  readonly kpiTraces: readonly KpiTrace[];
  readonly valueAtRisk: ValueAtRisk;
}

/** What moves when one initiative is delayed (impact(id, days)). */
export interface ImpactResult {
  readonly id: string;
  readonly delayDays: number;
  readonly initiatives: ReadonlyArray<{
    readonly id: string;
    /** Working days its forecast finish moves. */
    readonly slipDays: number;
    readonly oldFinish?: DayNumber;
    readonly newFinish?: DayNumber;
    /** Path from the delayed initiative to this one. */
    readonly via: readonly string[];
    /** True when the new finish passes the due date. */
    readonly becomesLate: boolean;
  }>;
  readonly kpis: ReadonlyArray<{ readonly kpi: string; readonly slipDays: number; readonly through: readonly string[] }>;
}
