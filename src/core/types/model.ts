import type { DayNumber, LinkType, Status } from './fields';
import type { CellRef } from './finding';
import type { Delivery, DetectedTable, IngestResult, InitiativeCells, InitiativeRecord, KpiDirection, MilestoneAt, StatusFrom } from './ingest';

/** One initiative after merging every source that reports it. */
export interface Initiative {
  readonly id: string;
  readonly name?: string;
  readonly department?: string;
  readonly owner?: string;
  /** Reported status (the owning department's, when sources disagree). */
  readonly status: Status;
  readonly statusText?: string;
  /** 'fill': the status was read from its cell's colour, the cell being empty; 'percent': off its % complete; 'history': its latest weekly or monthly rating; 'strike': its row is struck through (InitiativeRecord.statusFrom). */
  readonly statusFrom?: StatusFrom;
  readonly start?: DayNumber;
  readonly due?: DayNumber;
  /** A date the work must finish by: the schedule's late finish never passes it, so slack can be negative. */
  readonly deadline?: DayNumber;
  /** When the work really started and finished: the forecast and schedule use them in place of the plan. */
  readonly actualStart?: DayNumber;
  readonly actualFinish?: DayNumber;
  /** The owner's reported forecast finish beside the due date: a later one is a reported slip (InitiativeAnalysis.reportedSlipDays). */
  readonly reportedFinish?: DayNumber;
  /** A zero-length task (InitiativeRecord.milestone): it takes no working day, falling at the end of its due day ('finish') or the start of it ('start'). */
  readonly milestone?: MilestoneAt;
  readonly percentComplete?: number;
  readonly lastUpdated?: DayNumber;
  readonly kpis: readonly string[];
  readonly pillar?: string;
  readonly budget?: number;
  readonly forecastCost?: number;
  /** Spent so far (an Actuals / Spend to date column). */
  readonly actualCost?: number;
  readonly benefit?: number;
  /** The consumers its rows say it delivers to, unioned across sources by id (the first record's date wins); absent when none. */
  readonly providesTo?: readonly Delivery[];
  /** Id of its parent in a tool's hierarchy (the owning record's, see InitiativeRecord.parent). */
  readonly parent?: string;
  /** Some initiative of the model names this one as its parent: a roll-up, left out of status and value totals. */
  readonly isParent?: true;
  /** Source names reporting this id, owning source first. */
  readonly sources: readonly string[];
  /** Cells the winning values came from: cellOf(initiative.cells, field). */
  readonly cells: InitiativeCells;
  /** The id cell of the owning record: where "go to initiative" lands. */
  readonly home: CellRef;
}

/** predecessor (from) -> successor (to). */
export interface Dependency {
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  /** Working days; negative is a lead. */
  readonly lagDays: number;
  readonly neededBy?: DayNumber;
  readonly origin: 'column' | 'register';
  readonly cell: CellRef;
}

export interface Kpi {
  readonly id: string;
  readonly name?: string;
  /** A percentage's target and actual are in points (27 is 27%), however the sheet wrote them (src/core/model/kpi-reading.ts). */
  readonly target?: number;
  readonly actual?: number;
  readonly direction: KpiDirection;
  /** 'name': no Direction cell said, and the KPI's words did ("complaints", "handling time": lower is better). */
  readonly directionFrom?: 'name';
  /** Linked initiative ids, from the KPI sheet and from initiatives' kpi cells. */
  readonly initiatives: readonly string[];
  readonly unit?: string;
  readonly owner?: string;
  /** undefined when target or actual is missing. */
  readonly onTarget?: boolean;
  readonly home?: CellRef;
}

export interface SourceSummary {
  readonly name: string;
  readonly origin: 'workbook' | 'file';
  readonly sheets: readonly string[];
  readonly tables: readonly DetectedTable[];
  /** Department this source speaks for (user-named, or inferred). */
  readonly department?: string;
  readonly initiativeCount: number;
  /** Most recent lastUpdated in the source: its freshness. */
  readonly latestUpdate?: DayNumber;
}

export interface Model {
  /** In a stable order: by first appearance across sources (sources in input order). */
  readonly initiatives: readonly Initiative[];
  readonly byId: ReadonlyMap<string, Initiative>;
  /** De-duplicated: one per (from, to, type). */
  readonly dependencies: readonly Dependency[];
  readonly kpis: readonly Kpi[];
  readonly sources: readonly SourceSummary[];
  /** Every ingested record, kept so rules can compare sources (source.conflict, id.duplicate). */
  readonly records: readonly InitiativeRecord[];
  /** The ingest result the model was built from. */
  readonly ingest: IngestResult;
  /** The calendars the sources give (Calendar/Holidays sheets, a project file's calendar); absent: none. */
  readonly calendars?: readonly SourceCalendar[];
}

/**
 * A working calendar a source gives: working weekdays and days off, for one department (a
 * Calendar sheet's Department or Calendar column) or, without one, for the work of its source
 * (src/core/model/run-calendar.ts says which initiatives each one schedules).
 */
export interface SourceCalendar {
  /** The source that gives it. */
  readonly source: string;
  /** The department it is for (as written); absent: its source's. */
  readonly department?: string;
  /** Where the department was first named. */
  readonly departmentCell?: CellRef;
  /** Working weekdays, 0 = Sunday .. 6 = Saturday, when the source names them ("Working days: Sun-Thu"); else the run's. */
  readonly weekdays?: readonly number[];
  /** Where the working weekdays were read. */
  readonly weekdaysCell?: CellRef;
  readonly holidays: readonly Holiday[];
  /** Days worked that the week pattern has off (a project file's working exceptions). */
  readonly workdays?: readonly DayNumber[];
}

/** A day off a source lists (a bank holiday, a shutdown day). */
export interface Holiday {
  readonly day: DayNumber;
  readonly name?: string;
  readonly cell: CellRef;
}
