import type { CellRef, Finding, Severity } from './finding';

/**
 * The finding catalog: every code Throughline emits (codes are stable; never reuse one).
 * README's rule table is tested against this list (test/docs/readme-rules.test.ts).
 * `stage` says which layer emits it: value-level problems surface while reading cells (ingest),
 * everything else is a rule over the model and analyses (src/core/rules/<code>.ts), but for
 * the findings about the action list itself, raised once the findings are known (src/core/govern).
 */
export interface CatalogEntry {
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
  /** How a user fixes it, one sentence. */
  readonly fix: string;
  readonly stage: 'ingest' | 'rules' | 'govern';
  /**
   * The finding's related ids are part of its identity (findingKey): one cell can name several
   * links, each its own finding (a successor planned before two of its predecessors).
   */
  readonly keyedByRelated?: true;
}

export const CATALOG = [
  { code: 'id.missing', severity: 'error', stage: 'rules', title: 'A row with data but no id', fix: 'Give the row an id, or delete it if it is not an initiative.' },
  { code: 'id.duplicate', severity: 'error', stage: 'rules', title: 'The same id twice in one source', fix: 'Give each row its own id, or merge the duplicated rows.' },
  { code: 'value.unparseable', severity: 'warning', stage: 'ingest', title: 'A date, percent, number, status or dependency that cannot be read', fix: 'Correct the cell; it is ignored until it can be read.' },
  { code: 'value.ambiguous-date', severity: 'warning', stage: 'ingest', title: 'Text dates that read two ways', fix: "Enter real dates or ISO dates (2026-04-03); they were read the way the table's other date columns are written, else by the date-order option." },
  { code: 'value.mixed-date-order', severity: 'warning', stage: 'ingest', title: 'A date column written both day first and month first', fix: 'Write the column one way (real dates or ISO dates are safest); its dates that read two ways were read by the table\'s other date columns, else by the date-order option.' },
  { code: 'value.date-without-year', severity: 'info', stage: 'ingest', title: 'Dates written with a day and month but no year', fix: 'Add the year (or enter real dates); each was read in the year nearest the as-of date, as Excel reads a date typed without a year.' },
  { code: 'value.fiscal-period', severity: 'info', stage: 'ingest', title: 'Dates written as fiscal quarters, halves or years ("Q2 FY27")', fix: 'Check the fiscal year start the finding names; if yours starts in another month, set it (the CLI\'s --fiscal-year-start), or write calendar dates.' },
  { code: 'value.excel-error', severity: 'warning', stage: 'ingest', title: 'An Excel error value (#N/A, #REF!, ...) in a mapped cell', fix: 'Fix the formula that produces the error.' },
  { code: 'dates.finish-before-start', severity: 'error', stage: 'rules', title: 'Due earlier than start (or an actual finish earlier than the actual start)', fix: 'Correct the start or the due date (the actual start or finish).' },
  { code: 'dependency.unknown', severity: 'error', stage: 'rules', title: 'Depends on an id that no source defines', fix: 'Correct the id, or add the missing initiative to its department sheet.' },
  { code: 'dependency.external', severity: 'warning', stage: 'rules', title: 'Waits on something written in words that is no initiative of any source: work outside the tracked portfolio', fix: 'If it is work someone does, add it to that department\'s tracker with an owner and a due, and depend on its id; if it is a tracked initiative, write its id.' },
  { code: 'dependency.self', severity: 'error', stage: 'rules', title: 'Depends on itself', fix: 'Remove the initiative from its own dependency list.' },
  { code: 'dependency.cycle', severity: 'error', stage: 'rules', title: 'A dependency cycle', fix: 'Break the loop: one of the listed dependencies is wrong or belongs the other way round.' },
  { code: 'dependency.needed-by-missed', severity: 'error', stage: 'rules', title: 'A predecessor is due (or, linked start-to-start, starts) after the date its successor needs it', fix: 'Bring the predecessor forward or agree a later needed-by date.' },
  { code: 'schedule.successor-before-predecessor', severity: 'error', stage: 'rules', title: 'A successor planned before its predecessor allows (link type and lag)', fix: 'Move the successor later or the predecessor earlier.', keyedByRelated: true },
  { code: 'schedule.overdue', severity: 'warning', stage: 'rules', title: 'Due before the as-of date and neither done nor cancelled', fix: 'Mark it done, or re-plan the due date.' },
  { code: 'schedule.forecast-slip', severity: 'warning', stage: 'rules', title: 'Forecast finish after the due date, reported by its owner or pushed by upstream slips (not yet overdue)', fix: 'Re-plan, or recover the upstream delay.' },
  { code: 'status.green-over-risk', severity: 'error', stage: 'rules', title: 'Reported green while a direct upstream dependency is amber, red, on hold, forecast late or overdue', fix: 'Review the status against the upstream risk, or remove the dependency if it no longer applies.' },
  { code: 'status.done-with-open-upstream', severity: 'warning', stage: 'rules', title: 'Done while a direct upstream dependency is neither done nor cancelled', fix: 'Check whether it is really done, or whether the dependency still holds.' },
  { code: 'status.complete-mismatch', severity: 'warning', stage: 'rules', title: '100% complete but not done, or done with less than 100%', fix: 'Make status and % complete agree.' },
  { code: 'status.stale', severity: 'warning', stage: 'rules', title: 'An open initiative whose last update is older than the review cadence (default 7 days)', fix: 'Ask the owner for a status update.' },
  { code: 'status.missing-update-date', severity: 'info', stage: 'rules', title: 'An open initiative with no last-updated date', fix: 'Add a last-updated column or date so staleness can be checked.' },
  { code: 'source.conflict', severity: 'error', stage: 'rules', title: 'Two sources report the same id with different values', fix: "Agree one value; the owning department's is used meanwhile." },
  { code: 'kpi.off-target-blocked', severity: 'warning', stage: 'rules', title: 'An off-target KPI whose linked initiatives are blocked upstream', fix: 'Unblock the named upstream initiative, or re-baseline the KPI.' },
  { code: 'kpi.unknown-initiative', severity: 'warning', stage: 'rules', title: 'A KPI linked to an id that no source defines', fix: 'Correct the initiative id on the KPI sheet.', keyedByRelated: true },
  { code: 'finance.cost-overrun', severity: 'warning', stage: 'rules', title: 'Forecast or spent cost above budget by more than the tolerance (default 5%)', fix: 'Re-approve the budget or bring the forecast down; a spend already past the budget needs the budget re-approved.' },
  { code: 'dates.missing', severity: 'info', stage: 'rules', title: 'An open initiative with no due date', fix: 'Add a due date so forecasts, slack and overdue checks can include it.' },
  { code: 'dependency.on-cancelled', severity: 'warning', stage: 'rules', title: 'A live initiative depends on a cancelled one', fix: 'Remove the dependency, or find another way to get what the cancelled initiative was to deliver.' },
  { code: 'status.missing', severity: 'info', stage: 'rules', title: 'An open initiative with no reported status', fix: 'Ask the owner for a RAG status (green, amber or red).' },
  { code: 'kpi.unknown', severity: 'warning', stage: 'rules', title: 'An initiative names a KPI that no KPI sheet defines (when there is a KPI sheet)', fix: 'Correct the KPI id or name in the initiative, or add the KPI to the KPI sheet.' },
  { code: 'ingest.table-ignored', severity: 'info', stage: 'ingest', title: 'A table or sheet that holds no initiatives, dependencies or KPIs', fix: 'Nothing to do, or map its columns if it should be read.' },
  { code: 'ingest.hidden-sheet', severity: 'info', stage: 'ingest', title: 'A table read from a hidden sheet', fix: 'Unhide the sheet to review what it holds, or exclude the table in the Mapping step if it is not current.' },
  { code: 'ingest.unmapped-columns', severity: 'info', stage: 'ingest', title: 'Columns that map to no field (kept, not used)', fix: 'Map them in the Mapping step if they hold a known field.' },
  { code: 'value.ambiguous-percent', severity: 'warning', stage: 'ingest', title: 'A % complete column that mixes 0-1 fractions with 0-100 numbers', fix: 'Write every value the same way (60% or 0.6); the bare numbers of the column are not read until then.' },
  { code: 'value.unknown-status', severity: 'warning', stage: 'ingest', title: 'A status column whose words are not a known vocabulary', fix: 'Map each value to a status in the Mapping step, or write Green, Amber, Red, Done, Not started, On hold or Cancelled.' },
  { code: 'value.status-fill-disagrees', severity: 'warning', stage: 'ingest', title: 'A written red, amber or green status in a cell coloured as another', fix: 'Make the text and the cell colour agree; the written status is read.' },
  { code: 'ingest.struck-rows', severity: 'info', stage: 'ingest', title: 'Rows struck through, read as closed (done where the row says so, else cancelled) whatever their status cell says', fix: 'Nothing to do if the strike means the work is closed; remove the strikethrough, or set the status, if it is live.' },
  { code: 'ingest.status-from-history', severity: 'info', stage: 'ingest', title: 'Statuses read from the latest rating of a weekly or monthly RAG history, for a table with no status column', fix: 'Nothing to do if the latest ratings are current; add a Status column to state them outright.' },
  { code: 'ingest.dates-from-timeline', severity: 'info', stage: 'ingest', title: 'Starts or dues read from the week or month columns of a hand-made Gantt, for a table with no column for them', fix: 'Nothing to do if the marks are the plan; add Start and Due columns to make the dates explicit.' },
  { code: 'ingest.status-from-fill', severity: 'info', stage: 'ingest', title: 'Status cells, empty or in words with no colour ("In Progress"), whose red, amber or green fill was read as their status', fix: 'Nothing to do if the colours are the statuses; write the status in the cell (Green, Amber, Red) to make it explicit.' },
  { code: 'ingest.no-id-column', severity: 'info', stage: 'ingest', title: 'An initiatives table with no id column, keyed by its names or rows', fix: 'Add an id column, or map one in the Mapping step, so other sheets can refer to its rows.' },
  { code: 'ingest.fields-missing', severity: 'warning', stage: 'ingest', title: 'An initiatives table with no column for a field the report needs (name, due, status, update date, dependencies), or with that column empty in every row', fix: 'Map the column in the Mapping step, or add it to the sheet; until then the report says the value is not given.' },
  { code: 'ingest.status-date-from-title', severity: 'info', stage: 'ingest', title: "An initiatives table with no update-date column, dated by its title (\"Status as at 27/11/2026\")", fix: 'Add a Last updated column if rows are updated on different days; until then every row is taken as updated on the title\'s date.' },
  { code: 'ingest.row-outside-table', severity: 'warning', stage: 'ingest', title: "A row typed just outside an Excel table's range", fix: "Resize the Excel table to include the row (Table Design > Resize Table); it was read as part of the table." },
  { code: 'ingest.malformed-text', severity: 'warning', stage: 'ingest', title: 'A CSV cell with a quote that never closes or closes mid-cell, or bytes that are not valid UTF-8', fix: 'Correct the cell in a text editor: close the quote, write a quote inside a quoted cell as two (""), save the file as UTF-8. Until then the line is read as written, the quote as a character, and bad bytes as \uFFFD.' },
  { code: 'dependency.ambiguous', severity: 'warning', stage: 'ingest', title: 'A dependency written as a name that several initiatives share', fix: 'Write the id of the one meant instead of its name.' },
  { code: 'ingest.money-unit', severity: 'info', stage: 'ingest', title: 'Money columns written in thousands or millions ("Budget (£k)", "All figures in £000"), read in units', fix: 'Nothing to do if the unit is right; otherwise correct the header or the note above the table.' },
  { code: 'value.mixed-currency', severity: 'warning', stage: 'ingest', title: 'Money written in more than one currency: amounts in another currency than the rest of their table (left out), or tables kept in different currencies (totals add them as written)', fix: 'Convert the amounts to one currency, or keep each currency in its own column or table; no exchange rate is applied.' },
  { code: 'ingest.dates-from-values', severity: 'info', stage: 'ingest', title: 'Due (and start) dates read from date columns whose headers name an event rather than a due ("Award date", "In market" and "Out of market"), in a table with no due column', fix: 'Nothing to do if those dates are the plan; otherwise pick the due column in the Mapping step, or head it Due.' },
  { code: 'ingest.due-from-duration', severity: 'info', stage: 'ingest', title: 'Rows with a start and a duration but no due date, whose due was worked out as the working day the task finishes', fix: 'Nothing to do if the durations are right; write the due date (Finish) to give it yourself: a written due wins over the duration.' },
  { code: 'dependency.unacknowledged', severity: 'warning', stage: 'rules', title: "A cross-department dependency the provider has not agreed to (neither the provider's Provides to nor the dependency register's Agreed / Accepted by says so)", fix: "Ask the providing department to accept it: name the consumer in its Provides to, or fill Agreed / Accepted by in the register; or remove the dependency if it does not hold." },
  { code: 'dependency.date-not-agreed', severity: 'warning', stage: 'rules', title: "A cross-department dependency whose two sides' dates do not meet (the date the provider agreed is after the needed-by date or the consumer's start or due, or the needed-by date is after the consumer's start or due)", fix: 'Agree one date: bring the agreed date forward or move the needed-by date, and re-plan the consumer to it.' },
  { code: 'dependency.provider-only', severity: 'info', stage: 'rules', title: "A provider's Provides to names a consumer that lists no dependency on it", fix: "Add the dependency to the consumer's Depends on (or the dependency register), or take the consumer off the provider's Provides to." },
  { code: 'calendar.unknown-department', severity: 'warning', stage: 'rules', title: 'A calendar for a department that no tracker names (its days off schedule nothing)', fix: 'Write the department as the trackers do, or list its code beside its name in a Departments table (Department, Code).' },
  { code: 'action.unassigned', severity: 'warning', stage: 'govern', title: 'Open errors or warnings that fall to nobody: no initiative owner and no lead named for the department', fix: "Name the initiative's owner, or the department's lead in a Departments table (Department, Lead) or the --leads file." },
] as const satisfies readonly CatalogEntry[];

export type FindingCode = (typeof CATALOG)[number]['code'];

const BY_CODE: ReadonlyMap<string, CatalogEntry> = new Map(CATALOG.map((e) => [e.code, e]));

export function catalogEntry(code: FindingCode): CatalogEntry {
  const entry = BY_CODE.get(code);
  if (!entry) throw new Error(`Unknown finding code ${code}`); // our bug, not user data
  return entry;
}

/** Build a finding with the catalog's severity for its code. */
export function makeFinding(
  code: FindingCode,
  message: string,
  cells: readonly CellRef[],
  extra: { initiativeId?: string; related?: readonly string[] } = {},
): Finding {
  // Literals rather than spreads (findings are built by the hundred thousand); the key order is
  // the same either way: code, severity, message, initiativeId?, related?, cells.
  const severity = catalogEntry(code).severity;
  const { initiativeId, related } = extra;
  const hasRelated = related !== undefined && related.length > 0;
  if (initiativeId !== undefined) {
    return hasRelated ? { code, severity, message, initiativeId, related, cells } : { code, severity, message, initiativeId, cells };
  }
  return hasRelated ? { code, severity, message, related, cells } : { code, severity, message, cells };
}
