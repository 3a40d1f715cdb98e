import { normaliseId } from '../normalise/id';
import { cleanText, isBlank } from '../normalise/cell-text';
import type { ProfileLink, ProfileRow, ProfileTable, SourceProfile } from './profile';

/**
 * Jira Cloud / Data Center CSV and Excel exports ("all fields" and "current fields"): Issue key,
 * Summary, Status and Status Category, Assignee, Due date, Updated, Parent, Project name, with
 * repeated columns for multi-valued fields. Jira Cloud renamed issues "work items": both header
 * spellings are read. Links: "Inward issue link (Blocks)" = A on row B means B is blocked by A
 * (B depends on A); "Outward issue link (Blocks)" = B on row A says the same link from A's side.
 * "Depends" links read the same way; Relates, Cloners, Duplicate are not dependencies.
 */
const KEY = ['issue key', 'work item key'];

/** Link type names (as in the header's parentheses) that are dependencies. */
const DEPENDENCY_LINKS = new Set(['blocks', 'depends', 'dependency', 'dependent', 'blocker', 'gantt dependency', 'gantt end to start', 'finish to start']);
const LINK_HEADER = /^(inward|outward) (?:issue|work item) link (.+)$/;

export const JIRA: SourceProfile = {
  id: 'jira',
  label: 'Jira export',
  recognise: (table: ProfileTable) =>
    table.headers.some((h) => KEY.includes(h)) &&
    table.headers.includes('summary') &&
    (table.headers.includes('status') || table.headers.includes('issue type') || table.headers.includes('work type') || table.headers.includes('work item type')),
  fields: {
    id: KEY,
    name: ['summary'],
    status: ['custom field rag', 'custom field rag status', 'custom field health', 'status'],
    owner: ['assignee'],
    due: ['due date', 'due'],
    start: ['custom field start date', 'start date'],
    lastUpdated: ['updated'],
    // The resolution date: when the issue was resolved, i.e. its actual finish.
    actualFinish: ['resolved', 'resolution date'],
    department: ['custom field team', 'team', 'project name'],
    percentComplete: ['custom field progress', 'progress'],
    kpi: [],
    dependsOn: [],
  },
  parent: ['parent', 'parent id', 'parent key'],
  links: (row: ProfileRow): ProfileLink[] => {
    const out: ProfileLink[] = [];
    for (const header of new Set(row.headers)) {
      const m = LINK_HEADER.exec(header);
      if (!m || !DEPENDENCY_LINKS.has(m[2]!)) continue;
      const inward = m[1] === 'inward';
      for (const { value, cell } of row.cells(header)) {
        if (isBlank(value)) continue;
        for (const piece of cleanText(String(value)).split(/[,;\s]+/)) {
          const other = normaliseId(piece);
          if (other === undefined || other === row.id) continue;
          out.push(inward ? { from: other, to: row.id, type: 'FS', lagDays: 0, cell } : { from: row.id, to: other, type: 'FS', lagDays: 0, cell });
        }
      }
    }
    return out;
  },
};
