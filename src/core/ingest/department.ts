import type { DepartmentFrom, DetectedTable, GridRange, RawSource, RunOptions, SavedMapping } from '../types';
import { ownValue } from '../util/own';
import { normaliseHeader } from './match/header-evidence';
import { cleanText } from './normalise/cell-text';
import { titleRows } from './title-rows';
import type { SheetGrid } from './sheet-grid';

/** Words that describe the file or sheet, not the department ("Finance initiatives.xlsx" -> Finance). */
const GENERIC = new Set([
  'initiatives', 'initiative', 'projects', 'project', 'portfolio', 'tracker', 'plan', 'plans', 'register', 'status',
  'report', 'data', 'export', 'sheet', 'book', 'workbook', 'list', 'update', 'updates', 'rag', 'dependencies',
  'kpis', 'kpi', 'okrs', 'roadmap', 'programme', 'program', 'master', 'copy', 'final', 'draft', 'summary', 'table', 'the', 'of',
  'overview', 'notes', 'lookup', 'lookups', 'lists', 'settings', 'config', 'instructions', 'readme', 'info', 'about', 'cover',
  'contents', 'index', 'dashboard', 'timeline', 'milestones', 'risks', 'issues', 'actions', 'decisions', 'budget', 'budgets',
  'metrics', 'okr', 'tasks', 'log', 'raid', 'changes', 'findings', 'all', 'main', 'new', 'old', 'template',
  // A file of a department's parts: "Operations_Regions.xlsx" is Operations'.
  'regions', 'regional', 'sites', 'areas', 'branches',
  // The tool a file was exported from names no department ("jira-export.csv", "notion-project-tasks.csv").
  'jira', 'asana', 'smartsheet', 'clickup', 'wrike', 'trello', 'gitlab', 'github', 'redmine', 'openproject', 'notion', 'airtable',
  'youtrack', 'zoho', 'servicenow', 'snow', 'azure', 'devops', 'ado', 'vsts', 'tfs', 'primavera', 'msproject', 'mpp', 'basecamp',
  'query', 'queries', 'results', 'issue', 'items', 'tickets', 'backlog', 'pm', 'ppm',
  // "Finance Department", "IT Dept": the word says what the name is, not which one.
  'department', 'dept',
]);

/** A word that names no department in a file or sheet name ("tracker", "plan", "status", "sheet"). */
export function isGenericWord(word: string): boolean {
  const w = word.toLowerCase();
  return GENERIC.has(w) || VIEW_WORDS.has(w) || TAB_WORDS.has(w);
}

/**
 * Words naming a view of a table, generic in a file or sheet name: Airtable names a CSV download
 * "<table>-<view>.csv" ("Tasks-Grid view.csv", "Marketing-Kanban view.csv"), a view's default
 * name being its kind, and a sheet may be a tracker's Gantt or board. Not in a title, where a
 * "Transformation Board" is a body of people ('list' and 'timeline' are generic everywhere).
 */
const CONNECTIVES = new Set(['and', '&', 'or', 'for', 'with', 'to', 'in', 'on', 'by', 'a', 'an']);

const VIEW_WORDS = new Set(['grid', 'view', 'views', 'kanban', 'gallery', 'calendar', 'gantt', 'board', 'boards', 'form', 'forms']);

/**
 * A department named by a file or sheet name: "Finance.xlsx" -> "Finance", "IT Projects.csv" ->
 * "IT"; undefined for names with digits or nothing but generic words ("Book1", "Initiatives").
 */
export function departmentFromName(name: string): string | undefined {
  return departmentOf(name, true);
}

/** departmentFromName of a name, with view words ("Grid view", "Kanban") generic or not. */
function departmentOf(name: string, viewsGeneric: boolean): string | undefined {
  const base = cleanText(name.replace(/\.[A-Za-z0-9]{1,5}$/, ''));
  if (base === '' || /\d/.test(base) || base.length > 40) return undefined;
  const generic = (w: string): boolean => GENERIC.has(w.toLowerCase()) || (viewsGeneric && VIEW_WORDS.has(w.toLowerCase()));
  const words = base.split(/[\s_\-.]+/).filter((w) => w !== '' && !generic(w));
  // "Legal_Matters_and_Dependencies": a connective left at either end joins nothing.
  while (words.length > 0 && CONNECTIVES.has(words[words.length - 1]!.toLowerCase())) words.pop();
  while (words.length > 0 && CONNECTIVES.has(words[0]!.toLowerCase())) words.shift();
  if (words.length === 0 || words.length > 3) return undefined;
  if (!words.every((w) => /^[\p{L}&']+$/u.test(w))) return undefined;
  return words.join(' ');
}

/**
 * Department named by where a table sits: its file's name ("Finance.xlsx"), the same for a file
 * read by the CLI, added in the taskpane or open in Excel, so a file is named the same way
 * everywhere. Only an open workbook not yet saved as a file ("Book1", "This workbook") is named by
 * the sheet's name. A sheet's name alone is not read otherwise: it names what a sheet holds ("Cost
 * Register", "Vendor Milestones") far more often than a department; sheets that differ only by
 * their names are (sheetDepartments).
 */
export function departmentFromPlace(source: RawSource, sheetName: string): string | undefined {
  return placeDepartment(source, sheetName)?.department;
}

/** A workbook's name that is a file's: "Portfolio.xlsx", not an unsaved "Book1". */
const FILE_NAME = /\.(?:xlsx|xlsm|xlsb|xls|xltx|xltm|csv|tsv|txt|ods)$/i;

function placeDepartment(source: RawSource, sheetName: string): { department: string; from: DepartmentFrom } | undefined {
  const bySheet = source.origin === 'workbook' && !FILE_NAME.test(source.name);
  const department = departmentFromName(bySheet ? sheetName : source.name);
  return department === undefined ? undefined : { department, from: bySheet ? 'sheet' : 'file' };
}

/**
 * The key of RunOptions.sourceDepartments naming one sheet's department ("Portfolio.xlsx!HR"):
 * the CLI's --department FILE!SHEET=NAME. A sheet's name wins over its source's.
 */
export function sheetDepartmentKey(source: string, sheet: string): string {
  return `${source}!${sheet}`;
}

/** The department the user named for a sheet of a source (FILE!SHEET), else for the source (FILE). */
export function userDepartment(named: Readonly<Record<string, string>>, source: string, sheet: string): string | undefined {
  return ownValue(named, sheetDepartmentKey(source, sheet)) ?? ownValue(named, source);
}

/**
 * A table's department and where it came from, the first that gives one: the user's name for the
 * table (its saved mapping's), for its sheet or for its source, the one value of its Department column, its place (the
 * file's name, an unsaved workbook's sheet name), a title row above it. sheetDepartments may put
 * the sheet's name before the place and the title afterwards, once every table of the source is known.
 */
export function tableDepartment(
  source: RawSource,
  sheetName: string,
  options: RunOptions,
  saved: SavedMapping | undefined,
  columnValue: (() => string | undefined) | undefined,
  title: () => string | undefined,
): { department: string; from: DepartmentFrom } | undefined {
  // The user's name for this one table (the taskpane's Sources step) is the most particular, so it wins over theirs for its sheet or source.
  if (saved?.department !== undefined && saved.department.trim() !== '') return { department: saved.department.trim(), from: 'mapping' };
  const user = userDepartment(options.sourceDepartments, source.name, sheetName);
  if (user !== undefined) return { department: user, from: 'user' };
  const column = columnValue?.();
  if (column !== undefined) return { department: column, from: 'column' };
  const place = placeDepartment(source, sheetName);
  if (place !== undefined) return place;
  const titled = title();
  return titled === undefined ? undefined : { department: titled, from: 'title' };
}

/**
 * Words that make a sheet's name a period, a date or a version, never a department: tabs "Q3",
 * "2026", "Nov", "Week 12", "Archive", "Old", "v2", "Draft". (Names with digits are none already.)
 */
const PERIOD_WORDS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august',
  'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
  'spring', 'summer', 'autumn', 'fall', 'winter',
  'day', 'daily', 'week', 'weekly', 'wk', 'month', 'monthly', 'quarter', 'quarterly', 'qtr', 'year', 'yearly', 'annual', 'half',
  'ytd', 'mtd', 'qtd', 'fy', 'cy', 'period', 'today', 'current', 'previous', 'prior', 'last', 'next', 'latest', 'this',
  'archive', 'archived', 'old', 'new', 'history', 'historic', 'historical', 'backup', 'copy', 'draft', 'final', 'version', 'ver',
  'rev', 'revision', 'revised', 'original', 'baseline', 'snapshot', 'working', 'wip', 'temp', 'tmp', 'test', 'closed', 'completed', 'done',
]);

/** Words that make a sheet's name generic in a tab name as well as the file-name ones: "Tab", "Page". */
const TAB_WORDS = new Set(['tab', 'page', 'sheet', 'blad', 'feuille', 'hoja', 'foglio', 'tabelle']);

/**
 * The department a sheet's name gives its tables when sheets of one template are told apart by
 * their names: "Finance", "HR initiatives" -> "HR"; undefined for a generic name ("Sheet1", "Tab
 * 2", "Tracker"), a period or date ("Q3", "2026", "Nov", "Week 12"), an archive or a version
 * ("Archive", "Old", "v2", "Draft").
 */
export function departmentFromSheetName(name: string): string | undefined {
  const words = cleanText(name).toLowerCase().split(/[^\p{L}\p{N}&']+/u).filter((w) => w !== '');
  if (words.some((w) => PERIOD_WORDS.has(w) || TAB_WORDS.has(w) || /\d/.test(w))) return undefined;
  return departmentOf(name, true);
}

/** Share of the larger header set two tables have in common for them to be the same template. */
const SAME_TEMPLATE = 0.75;

/**
 * One tab per department: where two or more sheets of a source hold initiatives tables built on
 * one template (the same or nearly the same headers: SAME_TEMPLATE) with no Department column, the
 * sheets' names are what tells their rows apart, so each sheet's name is its tables' department
 * (from 'sheets'), before the file's name and a title. Only where at least two of those sheets
 * name distinct departments (departmentFromSheetName): tabs that are periods, dates, versions or
 * generic ("Q1" / "Q2", "Nov" / "Dec", "Current" / "Archive", "Sheet1" / "Sheet2") are snapshots or
 * parts of one tracker, not departments, and keep the file's department (their rows merge by id
 * as any two tables' do). Nor where every tab's title names the same department (`titleOf`:
 * "Operations - North region" on each of North, South, Scotland): those tabs are its regions or
 * sites. A department the user named, a saved mapping's or a Department column's still wins. Returns the items with their tables updated (the same array when nothing changes).
 */
export function sheetDepartments<T extends { readonly table: DetectedTable }>(found: T[], titleOf?: (item: T) => string | undefined): T[] {
  const open = (t: DetectedTable): boolean =>
    t.kind === 'initiatives' && !t.mapping.some((m) => m.field === 'department') && t.departmentFrom !== 'user' && t.departmentFrom !== 'mapping' && t.departmentFrom !== 'column';
  let out: T[] | undefined;
  for (const group of templateGroups(found, open)) {
    // Every tab's title names one department ("Operations - North region", "Operations - South region"): the tabs are its parts (regions, sites), not departments.
    const titled = titleOf === undefined ? [] : group.map((k) => titleOf(found[k]!)?.toLowerCase());
    if (titled.length > 0 && titled[0] !== undefined && titled.every((d) => d === titled[0])) continue;
    const named = new Map<number, string>();
    for (const k of group) {
      const department = departmentFromSheetName(found[k]!.table.sheet);
      if (department !== undefined) named.set(k, department);
    }
    if (new Set([...named.values()].map((d) => d.toLowerCase())).size < 2) continue;
    for (const [k, department] of named) {
      out ??= [...found];
      const f = found[k]!;
      out[k] = { ...f, table: { ...f.table, department, departmentFrom: 'sheets' } };
    }
  }
  return out ?? found;
}

/**
 * The tables (indexes into `found`) that `include` keeps, grouped by template (SAME_TEMPLATE:
 * the same or nearly the same header set), each group spanning two sheets or more; in sheet order.
 */
export function templateGroups<T extends { readonly table: DetectedTable }>(found: readonly T[], include: (t: DetectedTable) => boolean): number[][] {
  const at = found.flatMap((f, k) => (include(f.table) ? [k] : []));
  if (new Set(at.map((k) => found[k]!.table.sheet)).size < 2) return [];
  const headers = at.map((k) => new Set(found[k]!.table.headers.map(normaliseHeader).filter((h) => h !== '')));
  // Union-find over pairs: a few tables per workbook.
  const parent = at.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < at.length; i++) {
    for (let j = i + 1; j < at.length; j++) if (sameTemplate(headers[i]!, headers[j]!)) parent[root(j)] = root(i);
  }
  const groups = new Map<number, number[]>();
  at.forEach((k, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(k);
    else groups.set(r, [k]);
  });
  return [...groups.values()].filter((g) => new Set(g.map((k) => found[k]!.table.sheet)).size >= 2);
}

/** Two header sets share at least SAME_TEMPLATE of the larger one, and at least two headers. */
function sameTemplate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let common = 0;
  for (const h of a) if (b.has(h)) common++;
  return common >= 2 && common >= SAME_TEMPLATE * Math.max(a.size, b.size);
}

/**
 * Words that make the lead of a title a label, not a department: "Updated: 3 March", "Prepared
 * by - J. Smith", "As of: ...", "Source: ...".
 */
const TITLE_LABELS = new Set([
  'updated', 'update', 'prepared', 'by', 'owner', 'owners', 'author', 'date', 'dates', 'source', 'sources', 'note', 'notes', 'nb',
  'version', 'as', 'at', 'period', 'reporting', 'reported', 'created', 'modified', 'reviewed', 'approved', 'printed', 'week',
  'month', 'quarter', 'year', 'ending', 'key', 'legend', 'contact', 'page', 'classification', 'official', 'sensitive',
  'confidential', 'internal', 'sponsor', 'sro', 'lead', 'manager', 'comments', 'comment', 'purpose', 'scope', 'name',
]);

/** Leads that announce the department after the separator: "Department: Finance". */
const DEPARTMENT_LABELS = new Set(['department', 'dept', 'directorate', 'division', 'business unit', 'function', 'team', 'owning department']);

/**
 * Between the department and the rest of a title: a hyphen with spaces around it ("Engineering -
 * Claims", never "Go-Live"), an en or em dash, or a colon.
 */
const TITLE_SEPARATOR = /\s+-+\s+|\s*[\u2013\u2014]\s*|\s*:\s*/;

/**
 * The department a title names: the part before its first dash or colon, when that part is a short
 * proper name ("Engineering - Claims Automation Programme" -> "Engineering", "Finance: initiatives
 * tracker Q3" -> "Finance"), or the part after "Department:". Undefined for titles without a
 * separator ("Project Plan"), with digits, generic words or a label before it ("Q3 2026 status:
 * draft", "Project plan - Q3", "Updated: 3 March"), or in lower case ("draft - do not circulate").
 */
export function departmentFromTitleText(title: string): string | undefined {
  const text = cleanText(title).replace(/\s+/g, ' ');
  const m = TITLE_SEPARATOR.exec(text);
  if (!m || m.index === 0) return undefined;
  const lead = text.slice(0, m.index).trim();
  if (DEPARTMENT_LABELS.has(lead.toLowerCase())) {
    const rest = text.slice(m.index + m[0].length).split(TITLE_SEPARATOR)[0]!.trim();
    return properName(rest);
  }
  return properName(lead);
}

/**
 * A short proper name, as departmentFromName reads one (generic words dropped: "Finance
 * initiatives" -> "Finance"), whose words are all capitalised (or "&") and none a label.
 */
function properName(text: string): string | undefined {
  const name = departmentOf(text, false);
  if (name === undefined) return undefined;
  const words = name.split(' ');
  if (words.some((w) => TITLE_LABELS.has(w.toLowerCase()))) return undefined;
  if (!words.every((w) => w === '&' || /^\p{Lu}/u.test(w))) return undefined;
  return name;
}

/**
 * The department named by a title row above a table (titleRows): the topmost title that names a
 * department wins.
 */
export function departmentFromTitle(grid: SheetGrid, range: GridRange): string | undefined {
  const titles = titleRows(grid, range);
  for (let k = titles.length - 1; k >= 0; k--) {
    for (const text of titles[k]!) {
      const department = departmentFromTitleText(text);
      if (department !== undefined) return department;
    }
  }
  return undefined;
}
