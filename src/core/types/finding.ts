/** Where a finding points: an exact source cell. */
export interface CellRef {
  /** RawSource.name, e.g. "Finance.xlsx" or "This workbook". */
  readonly source: string;
  readonly sheet: string;
  /** A1 address, e.g. "C7". */
  readonly address: string;
}

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface Finding {
  /** Stable rule code, e.g. "dependency.cycle" (see src/core/rules/catalog.ts). */
  readonly code: string;
  readonly severity: Severity;
  /** One plain sentence naming the values involved. */
  readonly message: string;
  readonly initiativeId?: string;
  readonly related?: readonly string[];
  /** One or more offending cells; empty only for findings about a whole source or sheet. */
  readonly cells: readonly CellRef[];
}

/** A user's decision to accept a finding, kept with the workbook and shown in the report. */
export interface Waiver {
  /** Finding key (see findingKey in src/core/rules/finding-key.ts). */
  readonly key: string;
  readonly reason: string;
  readonly by?: string;
  /** ISO date the waiver was made. */
  readonly on?: string;
}
