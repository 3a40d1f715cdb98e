import type { GridRange, RawSource } from '../types';
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
  // The tool a file was exported from names no department ("jira-export.csv", "notion-project-tasks.csv").
  'jira', 'asana', 'smartsheet', 'clickup', 'wrike', 'trello', 'gitlab', 'github', 'redmine', 'openproject', 'notion', 'airtable',
  'youtrack', 'zoho', 'servicenow', 'snow', 'azure', 'devops', 'ado', 'vsts', 'tfs', 'primavera', 'msproject', 'mpp', 'basecamp',
  'query', 'queries', 'results', 'issue', 'items', 'tickets', 'backlog', 'pm', 'ppm',
  // "Finance Department", "IT Dept": the word says what the name is, not which one.
  'department', 'dept',
]);

/**
 * Words naming a view of a table, generic in a file or sheet name: Airtable names a CSV download
 * "<table>-<view>.csv" ("Tasks-Grid view.csv", "Marketing-Kanban view.csv"), a view's default
 * name being its kind, and a sheet may be a tracker's Gantt or board. Not in a title, where a
 * "Transformation Board" is a body of people ('list' and 'timeline' are generic everywhere).
 */
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
  if (words.length === 0 || words.length > 3) return undefined;
  if (!words.every((w) => /^[\p{L}&']+$/u.test(w))) return undefined;
  return words.join(' ');
}

/**
 * Department named by where a table sits: a file's name ("Finance.xlsx"), or in the open
 * workbook (one sheet per department is the usual layout) the sheet's name. A file's sheet names
 * are not read: they name what a sheet holds ("Cost Register", "Vendor Milestones") far more
 * often than a department.
 */
export function departmentFromPlace(source: RawSource, sheetName: string): string | undefined {
  return source.origin === 'file' ? departmentFromName(source.name) : departmentFromName(sheetName);
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
