import type { GridRange, RawSource } from '../types';
import { cleanText, isBlank } from './normalise/cell-text';
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
]);

/**
 * A department named by a file or sheet name: "Finance.xlsx" -> "Finance", "IT Projects.csv" ->
 * "IT"; undefined for names with digits or nothing but generic words ("Book1", "Initiatives").
 */
export function departmentFromName(name: string): string | undefined {
  const base = cleanText(name.replace(/\.[A-Za-z0-9]{1,5}$/, ''));
  if (base === '' || /\d/.test(base) || base.length > 40) return undefined;
  const words = base.split(/[\s_\-.]+/).filter((w) => w !== '' && !GENERIC.has(w.toLowerCase()));
  if (words.length === 0 || words.length > 3) return undefined;
  if (!words.every((w) => /^[\p{L}&']+$/u.test(w))) return undefined;
  return words.join(' ');
}

/**
 * Department named by where a table sits: a file's name ("Finance.xlsx"), or in the open
 * workbook (one sheet per department is the usual layout) the sheet's name.
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

/** Title rows looked at above a table (nearest first), and how many filled cells a title row may have. */
const MAX_TITLE_ROWS = 5;
const MAX_TITLE_CELLS = 2;

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
  const name = departmentFromName(text);
  if (name === undefined) return undefined;
  const words = name.split(' ');
  if (words.some((w) => TITLE_LABELS.has(w.toLowerCase()))) return undefined;
  if (!words.every((w) => w === '&' || /^\p{Lu}/u.test(w))) return undefined;
  return name;
}

/**
 * The department named by a title row above a table: the rows above its header row, nearest first,
 * skipping blank rows and stopping at a row with more than two filled cells (a previous table) or
 * after five title rows; the topmost title that names a department wins. In each row, cells over
 * the table's own columns are read before the others (side-by-side tables each have their title).
 */
export function departmentFromTitle(grid: SheetGrid, range: GridRange): string | undefined {
  const titles: string[][] = [];
  for (let row = range.top - 1; row >= grid.top && titles.length < MAX_TITLE_ROWS; row--) {
    if (grid.isBlankRow(row, grid.left, grid.right)) continue;
    const inside: string[] = [];
    const outside: string[] = [];
    let filled = 0;
    for (let col = grid.left; col <= grid.right; col++) {
      const value = grid.value(row, col);
      if (isBlank(value)) continue;
      filled++;
      if (typeof value === 'string') (col >= range.left && col <= range.right ? inside : outside).push(value);
    }
    if (filled > MAX_TITLE_CELLS) break;
    titles.push([...inside, ...outside]);
  }
  for (let k = titles.length - 1; k >= 0; k--) {
    for (const text of titles[k]!) {
      const department = departmentFromTitleText(text);
      if (department !== undefined) return department;
    }
  }
  return undefined;
}
