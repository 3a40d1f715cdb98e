import type { RawSource } from '../types';
import { cleanText } from './normalise/cell-text';

/** Words that describe the file or sheet, not the department ("Finance initiatives.xlsx" -> Finance). */
const GENERIC = new Set([
  'initiatives', 'initiative', 'projects', 'project', 'portfolio', 'tracker', 'plan', 'plans', 'register', 'status',
  'report', 'data', 'export', 'sheet', 'book', 'workbook', 'list', 'update', 'updates', 'rag', 'dependencies',
  'kpis', 'kpi', 'okrs', 'roadmap', 'programme', 'program', 'master', 'copy', 'final', 'draft', 'summary', 'table', 'the', 'of',
  'overview', 'notes', 'lookup', 'lookups', 'lists', 'settings', 'config', 'instructions', 'readme', 'info', 'about', 'cover',
  'contents', 'index', 'dashboard', 'timeline', 'milestones', 'risks', 'issues', 'actions', 'decisions', 'budget', 'budgets',
  'metrics', 'okr', 'tasks', 'log', 'raid', 'changes', 'findings', 'all', 'main', 'new', 'old', 'template',
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
