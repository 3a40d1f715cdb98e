import type { ColumnProfile } from './column-profile';
import { share } from './column-profile';
import { parseWeekdays } from '../normalise/weekdays';
import { INITIATIVE_FIELD_SPECS, LEAD_TABLE_HEADERS } from '../../types';
import { headerEvidence, normaliseHeader } from './header-evidence';

/**
 * Tables that look like initiatives (an id, a name, an owner, a status, a date) but hold
 * something else, told by their content rather than by their first header's word: a project
 * tool's resource and assignment tables, RACI charts, stakeholder lists, pivots and summary
 * blocks, and risk, issue, action and decision logs.
 */
export interface OtherKind {
  readonly kind: string;
  /** The headers (or values) that told it, for the finding. */
  readonly evidence: readonly string[];
  /** What told it when no header did ("its sheet is named "Risk Log""). */
  readonly because?: string;
}

/** "it looks like a risk log ("Likelihood", "Impact"), not initiatives": the reason an ignored table gives. */
export function otherKindReason(other: OtherKind): string {
  if (other.kind === COST_LINES) return `${COST_LINES_REASON} (${other.evidence.map((e) => `"${e}"`).join(', ')}), not initiatives`;
  const told = other.because ?? other.evidence.map((e) => `"${e}"`).join(', ');
  return `it looks like ${/^[aeiou]/i.test(other.kind) ? 'an' : 'a'} ${other.kind} (${told}), not initiatives`;
}

/** An OKR sheet: read as KPIs when its key results have a target or current value (classify.ts), else not read. */
export const OKR_SHEET = 'OKR sheet';

interface Signature {
  readonly kind: string;
  /** Header words or phrases (normalised) that are typical of the kind. */
  readonly words: readonly string[];
  /** How many distinct typical headers are needed. */
  readonly needs: number;
  /** True when plan evidence (dependencies, % complete, start and due dates together) overrules it. */
  readonly yieldsToPlans: boolean;
  /** Each of these groups must be hit by some header, beyond the count. */
  readonly requires?: ReadonlyArray<readonly string[]>;
}

const SIGNATURES: readonly Signature[] = [
  { kind: 'resource table', words: ['initials', 'max units', 'std rate', 'standard rate', 'ovt rate', 'overtime rate', 'cost use', 'cost per use', 'accrue at', 'base calendar', 'resource type', 'material label', 'max units available', 'peak', 'rate', 'capacity', 'resource group'], needs: 2, yieldsToPlans: false },
  { kind: 'assignment table', words: ['resource name', 'resource names', 'units', 'assignment units', 'work', 'task name', 'task id', 'resource id', 'assignment'], needs: 3, yieldsToPlans: true },
  { kind: 'stakeholder list', words: ['stakeholder', 'stakeholders', 'influence', 'interest', 'power', 'engagement', 'attitude', 'email', 'phone', 'role', 'organisation', 'organization', 'contact', 'communication', 'support level'], needs: 3, yieldsToPlans: true },
  { kind: 'risk log', words: ['risk', 'risk id', 'risk description', 'likelihood', 'probability', 'impact', 'mitigation', 'mitigations', 'severity', 'proximity', 'risk score', 'response', 'contingency', 'exposure', 'trigger', 'risk owner', 'inherent', 'residual'], needs: 3, yieldsToPlans: true },
  { kind: 'issue log', words: ['issue', 'issue id', 'issue description', 'raised by', 'date raised', 'raised', 'resolution', 'escalated', 'escalation', 'workaround', 'impact', 'severity', 'root cause', 'date resolved', 'resolved'], needs: 3, yieldsToPlans: true },
  { kind: 'action log', words: ['action', 'action id', 'actions', 'action owner', 'date raised', 'raised', 'raised by', 'meeting', 'date closed', 'closed', 'update', 'by when'], needs: 3, yieldsToPlans: true },
  // A change control log (requests, their impact and the board's decision) records governance, not the work it changes.
  { kind: 'change log', words: ['change no', 'change number', 'change ref', 'change request', 'change requests', 'cr', 'cr no', 'cr number', 'cr id', 'requested by', 'date requested', 'request date', 'impact assessment', 'impact', 'decision', 'decision date', 'change type', 'cab date', 'approved by', 'raised by'], needs: 4, yieldsToPlans: true },
  // Key results with the initiatives that drive them: each row is a measure, and the initiatives it lists are defined elsewhere.
  { kind: OKR_SHEET, words: ['key result', 'key results', 'kr', 'krs', 'okr', 'okrs', 'objective', 'objectives', 'confidence', 'initiatives', 'projects', 'epics', 'score', 'grade', 'quarter'], needs: 3, yieldsToPlans: false, requires: [['key result', 'key results', 'kr', 'krs', 'okr', 'okrs'], ['initiatives', 'projects', 'epics']] },
  { kind: 'decision log', words: ['decision', 'decision id', 'decisions', 'decided by', 'decision date', 'rationale', 'alternatives', 'options considered', 'approver', 'approved by', 'decision maker'], needs: 3, yieldsToPlans: true },
];

const PIVOT_LABELS = /^(?:row labels|column labels|grand total|values)$|^(?:sum|count|average|max|min) of /i;

/** Sheets named for a log ("RAID log", "Risks", "Decision register"). "Risk" alone may be a department (a bank's Risk function). */
const LOG_SHEET = /^(?:raid(?: log)?|risks|issues|actions|decisions|assumptions|lessons(?: learned| learnt)?|risks (?:and|&) issues|(?:risk|issue|action|decision|change|assumption|lesson) (?:log|register))$/i;
/** A key column named for what a log records ("Risk ID", "Decision ref"); work items (tickets, issues, actions) are not excluded by it. */
const LOG_KEY = /^(risk|decision|assumption|lesson|change request)s?\b/;

/** What a table holds instead of initiatives, or undefined when it may be initiatives. */
export function recogniseOtherKind(profiles: readonly ColumnProfile[], hasPlanColumns: boolean, sheetName = ''): OtherKind | undefined {
  const sheet = sheetName.trim();
  if (!hasPlanColumns && LOG_SHEET.test(sheet)) {
    const what = /raid/i.test(sheet) ? 'RAID log' : `${/^(risk|issue|action|decision|change|assumption|lesson)/i.exec(sheet)?.[1]?.toLowerCase() ?? 'project'} log`;
    return { kind: what, evidence: [], because: `its sheet is named "${sheet}"` };
  }
  const calendar = hasPlanColumns ? undefined : recogniseCalendarTable(profiles.map(calendarSample));
  if (calendar) return { kind: 'holiday calendar', evidence: calendar.evidence };
  const departments = hasPlanColumns ? undefined : departmentList(profiles);
  if (departments) return { kind: 'department list', evidence: departments };
  const first = profiles.find((p) => p.form.words.length > 0);
  const key = first ? LOG_KEY.exec(first.form.words.join(' ')) : null;
  if (!hasPlanColumns && key && first) return { kind: `${key[1]} log`, evidence: [first.header] };
  // A column that says what each row is, in RAID words ("Risk", "Issue", "Decision"): a RAID log, whatever the file is called.
  const raid = hasPlanColumns ? undefined : profiles.find((p) => p.filled >= 2 && TYPE_HEADER.test(p.form.words.join(' ')) && raidTypes(p.examples));
  if (raid) return { kind: 'RAID log', evidence: [raid.header], because: `"${raid.header}" says each row is a ${raidTypes(raid.examples)!.join(', ')}` };
  const pivot = profiles.flatMap((p) => [p.header, ...p.examples.slice(0, 3)]).filter((t) => PIVOT_LABELS.test(t.trim()));
  if (pivot.length > 0) return { kind: 'pivot table or summary block', evidence: [...new Set(pivot)].slice(0, 3) };
  const raci = profiles.filter((p) => p.filled >= 2 && share(p, p.raciLetters) >= 0.8);
  if (raci.length >= 3) return { kind: 'RACI chart', evidence: raci.slice(0, 4).map((p) => p.header) };
  const costs = hasPlanColumns ? undefined : recogniseCostLines(profiles);
  if (costs) return { kind: COST_LINES, evidence: costs.evidence };
  let best: OtherKind | undefined;
  let bestHits = 0;
  for (const signature of SIGNATURES) {
    if (signature.yieldsToPlans && hasPlanColumns) continue;
    if (signature.requires?.some((group) => !profiles.some((p) => group.some((w) => matchesWord(p.form.words, w))))) continue;
    const hits = profiles.filter((p) => signature.words.some((w) => matchesWord(p.form.words, w)));
    const distinct = [...new Set(hits.map((p) => p.header))];
    if (distinct.length >= signature.needs && distinct.length > bestHits) {
      best = { kind: signature.kind, evidence: distinct.slice(0, 4) };
      bestHits = distinct.length;
    }
  }
  return best;
}

/** The header of a column saying what kind of item a row is ("Type", "RAID type", "Category"), not a status column ("At risk" and "Issues" are statuses too). */
const TYPE_HEADER = /^(?:(?:raid|item|log|entry|record) )?(?:type|category|kind)$|^raid$/;
/** What a RAID log's type column says a row is. */
const RAID_TYPE = /^(?:risk|issue|action|decision|assumption|dependency|opportunity|lesson|change)s?$/i;

/** The distinct RAID words of a column's values, when they are all RAID words and at least two differ; else undefined. */
function raidTypes(examples: readonly string[]): string[] | undefined {
  if (examples.length < 2 || !examples.every((e) => RAID_TYPE.test(e.trim()))) return undefined;
  const kinds = [...new Set(examples.map((e) => e.trim().toLowerCase().replace(/s$/, '')))];
  return kinds.length >= 2 ? kinds : undefined;
}

/** OtherKind.kind of a cost breakdown: read for its money (src/core/ingest/read-cost-lines.ts), not ignored. */
export const COST_LINES = 'cost lines';
/** How a cost-line table's reason begins: ingest tells the table by it (isCostLinesReason). */
const COST_LINES_REASON = 'it holds cost lines of initiatives defined elsewhere';

/** True for the reason classify gives a cost-line table (recogniseCostLines). */
export function isCostLinesReason(reason: string | undefined): boolean {
  return reason !== undefined && reason.startsWith(COST_LINES_REASON);
}

/** The money fields a cost line carries, summed per initiative. */
export type CostField = 'budget' | 'forecastCost' | 'actualCost' | 'benefit';
export const COST_FIELDS: readonly CostField[] = ['budget', 'forecastCost', 'actualCost', 'benefit'];

/** The columns of a cost-line table (0-based within the block). */
export interface CostLineColumns {
  /** The column naming the initiative each line belongs to. */
  readonly reference: number;
  /** Whether it names the initiative by id ("CT-01") or by name ("Payroll consolidation", resolved by ingest). */
  readonly by: 'id' | 'name';
  readonly money: Partial<Record<CostField, number>>;
  /** The reference and money headers, for the reason. */
  readonly evidence: readonly string[];
  /** What each row is: a cost line, or a benefit of a benefits register. */
  readonly noun: LineNoun;
  /** A benefits register's column naming each benefit: the rows' name when the register is read as items of its own. */
  readonly itemName?: number;
}

export type LineNoun = 'cost line' | 'benefit';

/**
 * Headers that name the initiative a row belongs to, not the row itself. Not "Programme" or
 * "Workstream": in a PMO's list those group initiatives, and rows under a programme are initiatives.
 */
const REFERENCE_HEADER = /^(?:initiative|project)(?: (?:id|ref|reference|code|key|no|number))?$/;
/** Headers that name the initiative a row belongs to by its name ("Initiative", "Project name"). */
const NAME_REFERENCE_HEADER = /^(?:initiative|project)(?: (?:name|title))?$/;
/** "Initiative" or "Project" alone: the ids of the initiatives a line is for, or the rows' own names. */
const BARE_REFERENCE_HEADER = /^(?:initiative|project)$/;
/** Headers of a column keying each cost line, not an initiative ("Cost line", "Line ID", "Invoice", "Cost centre"). */
const LINE_KEY_HEADER = /\b(?:line|lines|entry|entries|cost|costs|item|invoice|po|order|transaction|expense|centre|center)\b/;
/** A column naming each row ("Name", "Task title"; not "Initiative name", which repeats with its id on cost lines). */
const ROW_NAME_HEADER = /^(?:(?!initiative |project )[\p{L}\p{N}]+ )?(?:name|title)$/u;
/**
 * Columns that make a table a tracker of its own rows, not a cost breakdown: a status, dates, and
 * an owner or KPI per row (someone answers for each row; a cost line would drop them unread).
 */
const TRACKER_FIELDS = ['status', 'start', 'due', 'lastUpdated', 'owner', 'kpi'] as const;

/**
 * A cost breakdown (Cost line | Initiative | Cost centre | Budget | Forecast): rows are cost lines
 * of initiatives defined elsewhere. Told by content: a column headed as an initiative or project
 * reference whose values are ids and repeat (several lines per initiative), at least one money
 * column (budget, forecast, benefit) holding numbers, and no status, start, due, update-date,
 * owner or KPI column, nor a Name / Title column naming each row. A tracker whose Project column holds a
 * different id per row is not one.
 */
export function recogniseCostLines(profiles: readonly ColumnProfile[]): CostLineColumns | undefined {
  const words = (p: ColumnProfile): string => p.form.words.join(' ');
  const byIdColumn = profiles.find((p) => REFERENCE_HEADER.test(words(p)) && p.filled >= 2 && share(p, p.idLike) >= 0.8 && p.distinct < p.filled);
  // "ID | Initiative | Budget": an ID column of the rows' own beside a bare Initiative heading keys them; Initiative is their name.
  const byId = byIdColumn && !(BARE_REFERENCE_HEADER.test(words(byIdColumn)) && keyedOtherwise(profiles, byIdColumn, words)) ? byIdColumn : undefined;
  const reference = byId ?? (byIdColumn ? undefined : nameReference(profiles));
  if (reference === undefined) return undefined;
  const tracker = profiles.some(
    (p) => TRACKER_FIELDS.some((f) => headerEvidence(p.form, INITIATIVE_FIELD_SPECS[f]) >= 0.75) || (p.filled > 0 && share(p, p.colours) >= 0.8),
  );
  // Rows with a Name or Title of their own ("ID | Name | Project | Budget") are items under a project, not its cost lines;
  // and the same title again under the same id is an initiative written twice (id.duplicate), not two cost lines.
  const named = profiles.some((p) => p !== reference && ROW_NAME_HEADER.test(words(p)) && p.filled >= 2);
  if (tracker || named) return undefined;
  const money: Partial<Record<CostField, number>> = {};
  const taken = new Set<number>([reference.column]);
  for (const field of COST_FIELDS) {
    let best: ColumnProfile | undefined;
    let bestScore = 0.5;
    for (const p of profiles) {
      if (taken.has(p.column) || p.filled === 0 || share(p, p.numbers) < 0.5) continue;
      const score = headerEvidence(p.form, INITIATIVE_FIELD_SPECS[field]);
      if (score >= bestScore && (best === undefined || score > bestScore)) {
        best = p;
        bestScore = score;
      }
    }
    if (best === undefined) continue;
    money[field] = best.column;
    taken.add(best.column);
  }
  const columns = COST_FIELDS.flatMap((f) => (money[f] === undefined ? [] : [profiles[money[f]!]!]));
  if (columns.length === 0) return undefined;
  return { reference: reference.column, by: byId ? 'id' : 'name', money, evidence: [reference.header, ...columns.map((p) => p.header)], noun: 'cost line' };
}

/** Headers keying each row as a benefit (or saving) by its id: "Benefit ID", "Benefit ref", "Savings no". */
const BENEFIT_KEY_HEADER = /^(?:benefit|benefits|saving|savings) (?:id|ref|reference|code|key|no|number)$/;
/** Headers naming each row as a benefit: "Benefit", "Benefit name", "Benefit description". */
const BENEFIT_NAME_HEADER = /^(?:benefit|benefits|saving|savings)(?: (?:name|title|description|summary))?$/;
/** Headers of the initiative a benefit comes from: "Project", "Linked project", "Enabling project(s)", "Initiative ID", "Delivered by". */
const INITIATIVE_REFERENCE_HEADER =
  /^(?:(?:linked|enabling|delivering|contributing|related|parent|source) )?(?:initiative|initiatives|project|projects|programme|programmes|program|programs)(?: (?:id|ids|ref|reference|code|key|no|number|name|title))?$|^(?:delivered|enabled) by$/;

/** Whether a table's headers may be a benefits register's (a benefit key or name, and an initiative reference): before its columns are profiled for it. */
export function mayBeBenefitRegister(headers: readonly string[]): boolean {
  const forms = headers.map(normaliseHeader);
  return forms.some((h) => BENEFIT_KEY_HEADER.test(h) || BENEFIT_NAME_HEADER.test(h)) && forms.some((h) => INITIATIVE_REFERENCE_HEADER.test(h));
}

/**
 * A benefits register (Benefit ID | Benefit | Project | Benefit owner | Annual value): its rows
 * are benefits, each the value one initiative is to bring. Ingest reads them into the initiatives
 * they name when other tables define most of those, else as items of their own. Told by content: a
 * column keying the rows as benefits (a "Benefit ID" of distinct ids, or a "Benefit" column of
 * distinct text that comes before the reference), a column naming the initiative each comes from
 * (its ids or names), and a column of amounts. The benefit's own owner, dates and status are the
 * register's, not the initiative's: they are left unread (and listed as unmapped).
 */
export function recogniseBenefitLines(profiles: readonly ColumnProfile[]): CostLineColumns | undefined {
  const words = (p: ColumnProfile): string => p.form.words.join(' ');
  const reference = profiles.find((p) => INITIATIVE_REFERENCE_HEADER.test(words(p)) && p.filled >= 2);
  if (reference === undefined) return undefined;
  const distinctText = (p: ColumnProfile): boolean => p.filled >= 2 && p.distinct === p.filled && share(p, p.numbers) < 0.2;
  const others = profiles.filter((p) => p !== reference && distinctText(p));
  const key = others.find((p) => BENEFIT_KEY_HEADER.test(words(p)) && share(p, p.idLike) >= 0.8);
  const name = others.find((p) => BENEFIT_NAME_HEADER.test(words(p)) && share(p, p.texts) >= 0.8);
  if (key === undefined && (name === undefined || name.column > reference.column)) return undefined;
  // The amount: the column a header names as a benefit, else the one column of money.
  const amounts = profiles.filter((p) => p !== reference && p.filled > 0 && share(p, p.numbers) >= 0.6 && share(p, p.dates) < 0.2);
  const named = amounts
    .map((p) => ({ p, score: headerEvidence(p.form, INITIATIVE_FIELD_SPECS.benefit) }))
    .filter((c) => c.score >= 0.4)
    .sort((a, b) => b.score - a.score || a.p.column - b.p.column)[0]?.p;
  const monies = amounts.filter((p) => share(p, p.money) >= 0.6);
  const amount = named ?? (monies.length === 1 ? monies[0] : undefined);
  if (amount === undefined) return undefined;
  const by = share(reference, reference.idLike) >= 0.8 ? 'id' : 'name';
  return { reference: reference.column, by, money: { benefit: amount.column }, evidence: [reference.header, amount.header], noun: 'benefit', ...(name ? { itemName: name.column } : {}) };
}

/**
 * Cost lines that name their initiative by name (Cost line | Initiative | Budget, the Initiative
 * column holding "Payroll consolidation" on several lines): a column headed as an initiative or
 * project (name), of text that is not ids, whose values repeat; and no column keying each row as
 * an item of its own (an ID / Ref / Key column, or one of distinct ids that are not amounts), but for a line's key
 * ("Cost line", "Line ID", "Invoice", a cost centre). "ID | Initiative | Budget" stays initiatives.
 */
function nameReference(profiles: readonly ColumnProfile[]): ColumnProfile | undefined {
  const words = (p: ColumnProfile): string => p.form.words.join(' ');
  const reference = profiles.find((p) => NAME_REFERENCE_HEADER.test(words(p)) && p.filled >= 2 && share(p, p.texts) >= 0.8 && share(p, p.idLike) < 0.5 && p.distinct < p.filled);
  if (reference === undefined) return undefined;
  const keyed = profiles.some(
    (p) =>
      p !== reference &&
      !LINE_KEY_HEADER.test(words(p)) &&
      (headerEvidence(p.form, INITIATIVE_FIELD_SPECS.id) >= 0.75 || (p.filled >= 2 && share(p, p.idLike) >= 0.8 && share(p, p.numbers) < 0.5 && p.distinct === p.filled)),
  );
  return keyed ? undefined : reference;
}

/** A column other than the reference headed as the rows' id (ID, Ref, Key), not a cost line's own key. */
function keyedOtherwise(profiles: readonly ColumnProfile[], reference: ColumnProfile, words: (p: ColumnProfile) => string): boolean {
  return profiles.some((p) => p !== reference && !LINE_KEY_HEADER.test(words(p)) && headerEvidence(p.form, INITIATIVE_FIELD_SPECS.id) >= 0.75);
}

/**
 * A department list (Department | Code, Department | Lead): a department column beside a code or a
 * lead column, and nothing but those and a description or contact. Its codes and leads are read
 * (read-leads.ts); "Code" is not an initiative's id.
 */
function departmentList(profiles: readonly ColumnProfile[]): string[] | undefined {
  const used = profiles.filter((p) => p.filled > 0 || p.header.trim() !== '');
  const header = (p: ColumnProfile): string => p.form.words.join(' ');
  const is = (names: readonly string[]) => (p: ColumnProfile): boolean => names.includes(header(p));
  const department = used.find(is(LEAD_TABLE_HEADERS.department));
  const other = used.find((p) => is(LEAD_TABLE_HEADERS.code)(p) || is(LEAD_TABLE_HEADERS.lead)(p));
  if (department === undefined || other === undefined) return undefined;
  const extra = /^(?:department name|description|notes?|email|e mail|contact|phone)$/;
  if (!used.every((p) => p === department || is(LEAD_TABLE_HEADERS.code)(p) || is(LEAD_TABLE_HEADERS.lead)(p) || extra.test(header(p)))) return undefined;
  return [department.header, other.header];
}

/** A header is the typical word when it is the word or phrase, or ends with it ("Risk Owner" ends with "owner" is not enough: the whole phrase must appear). */
function matchesWord(words: readonly string[], phrase: string): boolean {
  const parts = phrase.split(' ');
  if (parts.length === 1) return words.length <= 3 && words.includes(parts[0]!);
  outer: for (let i = 0; i + parts.length <= words.length; i++) {
    for (let k = 0; k < parts.length; k++) if (words[i + k] !== parts[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * A calendar table (a Calendar or Holidays sheet, whatever it is called): told by its content,
 * a column of dates beside a holiday name (its header says holiday, day off, closure... or its
 * values are holidays' names), maybe a department / calendar column and a Working yes/no column;
 * or a Working days column of weekday lists ("Mon-Fri", "Sun-Thu") by department.
 */
export interface CalendarColumns {
  readonly date?: number;
  /** A second date column ending each row's days off (a shutdown "From .. To"). */
  readonly until?: number;
  readonly name?: number;
  readonly department?: number;
  /** Yes/No: the date is a working day (a calendar exception that adds work), not a day off. */
  readonly working?: number;
  readonly weekdays?: number;
  /** The headers or values that told it. */
  readonly evidence: readonly string[];
}

/** What the calendar recogniser needs of each column: its header and a sample of its cells. */
export interface CalendarColumnSample {
  readonly header: string;
  readonly filled: number;
  readonly dates: number;
  /** Cells that read as a list of weekdays ("Mon-Fri"). */
  readonly weekdays: number;
  /** Text cells, as written. */
  readonly texts: readonly string[];
}

const HOLIDAY_HEADER = /\b(?:holidays?|bank holidays?|public holidays?|days? off|closures?|closed|shutdowns?|non ?working(?: days?)?|exceptions?|observances?)\b/;
const NAME_HEADER = /^(?:name|holiday|holiday name|description|occasion|event|reason|exception|exception name|closure|note|notes|comment|day off|what)$/;
const DATE_HEADER = /^(?:date|dates|day|on|from|start|start date|first day|holiday date|date off|day off)$/;
const UNTIL_HEADER = /^(?:to|until|till|end|end date|through|thru|last day|finish|finish date)$/;
const DEPARTMENT_HEADER = /^(?:department|dept|team|function|calendar|calendar name|site|unit|business unit|division|region|country|location|applies to|for)$/;
const WORKING_HEADER = /^(?:working|work|working day|workday|is working|type)$/;
export const WORKING_DAYS_HEADER = /^(?:working days|work days|workdays|working week|work week|workweek|working pattern|work pattern|days worked|working weekdays)$/;
/** Names of holidays most calendars list: a column of them is a holiday list whatever its header says. */
const HOLIDAY_NAMES = /\b(?:christmas|xmas|new year|easter|good friday|boxing day|bank holiday|labou?r day|may day|independence day|thanksgiving|memorial day|veterans day|juneteenth|martin luther king|presidents|columbus day|whit ?monday|ascension|pentecost|national day|eid|diwali|hanukkah|yom kippur|rosh hashanah|lunar new year|chinese new year|anzac|canada day|australia day|king's birthday|queen's birthday|st\.? patrick|spring bank|summer bank|all saints|assumption|epiphany|reformation day|unification day|boxing)\b/i;

export function recogniseCalendarTable(columns: readonly CalendarColumnSample[]): CalendarColumns | undefined {
  const header = (c: CalendarColumnSample): string => normaliseCalendarHeader(c.header);
  const used = columns.filter((c) => c.filled > 0 || c.header.trim() !== '');
  if (used.length === 0 || used.length > 6) return undefined;
  const index = (c: CalendarColumnSample | undefined): number | undefined => (c === undefined ? undefined : columns.indexOf(c));
  const department = columns.find((c) => DEPARTMENT_HEADER.test(header(c)) && c.dates === 0);
  const weekdays = columns.find((c) => WORKING_DAYS_HEADER.test(header(c)) && c.weekdays > 0 && c.weekdays * 2 >= c.filled);
  // At least half of its cells dates: typos in it are findings, not a reason to miss the calendar.
  const dated = columns.filter((c) => c.dates > 0 && c.dates * 2 >= c.filled);
  const date = dated.find((c) => !UNTIL_HEADER.test(header(c)));
  if (date === undefined) {
    if (weekdays === undefined) return undefined;
    return { weekdays: index(weekdays)!, ...optional('department', index(department)), evidence: [weekdays.header] };
  }
  const until = dated.find((c) => c !== date && UNTIL_HEADER.test(header(c)));
  if (dated.length > (until === undefined ? 1 : 2)) return undefined;
  const texts = columns.filter((c) => c !== department && c.dates === 0 && c.weekdays === 0 && c.texts.length > 0);
  const named = texts.find((c) => HOLIDAY_NAMES.test(c.texts.join(' | '))) ?? texts.find((c) => NAME_HEADER.test(header(c)));
  const byHeader = columns.find((c) => HOLIDAY_HEADER.test(header(c)));
  const byName = named !== undefined && HOLIDAY_NAMES.test(named.texts.join(' | '));
  if (named === undefined || (byHeader === undefined && !byName)) return undefined;
  if (!DATE_HEADER.test(header(date)) && byHeader === undefined && !HOLIDAY_HEADER.test(header(date))) return undefined;
  const working = columns.find((c) => c !== named && WORKING_HEADER.test(header(c)) && c.dates === 0);
  const evidence = byHeader !== undefined ? [byHeader.header] : [named.header, ...named.texts.filter((t) => HOLIDAY_NAMES.test(t)).slice(0, 2)];
  return {
    date: index(date)!,
    name: index(named)!,
    ...optional('until', index(until)),
    ...optional('department', index(department)),
    ...optional('working', index(working)),
    ...optional('weekdays', index(weekdays)),
    evidence,
  };
}

/** A profiled column as the calendar recogniser sees it (its examples stand for its text). */
function calendarSample(p: ColumnProfile): CalendarColumnSample {
  const weekdays = p.examples.length > 0 && p.examples.every((e) => parseWeekdays(e) !== undefined) ? p.filled : 0;
  return { header: p.header, filled: p.filled, dates: p.dates, weekdays, texts: p.texts > 0 ? p.examples : [] };
}

/** A calendar's header compared as words ("Working days:" -> "working days"). */
export function normaliseCalendarHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

function optional<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}
