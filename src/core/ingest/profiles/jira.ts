import { normaliseId } from '../normalise/id';
import { cleanText, isBlank } from '../normalise/cell-text';
import type { ProfileLink, ProfileRow, ProfileTable, SourceProfile } from './profile';

/**
 * Jira Cloud / Data Center CSV and Excel exports ("all fields" and "current fields"): Issue key,
 * Summary, Status and Status Category, Assignee, Due date, Updated, Parent, Project name, with
 * repeated columns for multi-valued fields. Status is a workflow's own state; Status Category is
 * the one of To Do, In Progress and Done Jira files it under, read where the status's words are
 * not known ("Awaiting approval"). Jira Plans' Custom field (Target start) / (Target end) give
 * the start and due where the row has none. Jira Cloud renamed issues "work items": both header
 * spellings are read. Links: each link type has an outward and an inward description, and a
 * column names the other issue in that direction from the row's side:
 * - Blocks (outward "blocks", inward "is blocked by"): "Outward issue link (Blocks)" = B on row A
 *   means A blocks B (B depends on A); "Inward issue link (Blocks)" = A on row B says the same
 *   link from B's side.
 * - Depends (outward "depends on", inward "is depended on by"): the other way round: "Outward
 *   issue link (Depends)" = B on row A means A depends on B; Inward (Depends) = A on row B, that
 *   A depends on B.
 * - Gantt End to Start (the Gantt apps' type: outward "has to be done before") reads as Blocks.
 * Relates, Cloners, Duplicate and other types are not dependencies.
 */
const KEY = ['issue key', 'work item key'];

/**
 * Link type names (as in the header's parentheses) that are dependencies -> whether the row
 * depends on the issue its Outward column names (Depends: "depends on") or that issue on the
 * row (Blocks: "blocks"). Types no stored documentation describes keep the Blocks reading.
 */
const OUTWARD_DEPENDS_ON_OTHER: ReadonlyMap<string, boolean> = new Map([
  ['blocks', false],
  ['depends', true],
  ['gantt end to start', false],
  ['gantt dependency', false],
  ['blocker', false],
  ['dependency', false],
  ['dependent', false],
  ['finish to start', false],
]);
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
    // Jira Plans' (Advanced Roadmaps') Target start / Target end where the export has no other dates.
    due: ['due date', 'due', 'custom field target end', 'target end'],
    start: ['custom field start date', 'start date', 'custom field target start', 'target start'],
    lastUpdated: ['updated'],
    // The resolution date: when the issue was resolved, i.e. its actual finish.
    actualFinish: ['resolved', 'resolution date'],
    department: ['custom field team', 'team', 'project name'],
    percentComplete: ['custom field progress', 'progress'],
    kpi: [],
    dependsOn: [],
  },
  // Parent holds the parent's key, or since 2024 (Epic Link's end) its numeric Issue id, as Parent id always does.
  // A status of the team's own workflow ("Awaiting approval") is read by the category Jira files it under; a blank start or due by the plan's target dates.
  fallback: { status: ['status category'], start: ['custom field target start', 'target start'], due: ['custom field target end', 'target end'] },
  parent: ['parent', 'parent id', 'parent key'],
  otherId: { headers: ['issue id', 'work item id'], namedBy: [] },
  links: (row: ProfileRow): ProfileLink[] => {
    const out: ProfileLink[] = [];
    for (const header of new Set(row.headers)) {
      const m = LINK_HEADER.exec(header);
      const outwardDependsOnOther = m ? OUTWARD_DEPENDS_ON_OTHER.get(m[2]!) : undefined;
      if (outwardDependsOnOther === undefined) continue;
      // The inward column is the same link seen from the other issue.
      const dependsOnOther = m![1] === 'outward' ? outwardDependsOnOther : !outwardDependsOnOther;
      for (const { value, cell } of row.cells(header)) {
        if (isBlank(value)) continue;
        for (const piece of cleanText(String(value)).split(/[,;\s]+/)) {
          const other = normaliseId(piece);
          if (other === undefined || other === row.id) continue;
          out.push(dependsOnOther ? { from: other, to: row.id, type: 'FS', lagDays: 0, cell } : { from: row.id, to: other, type: 'FS', lagDays: 0, cell });
        }
      }
    }
    return out;
  },
};
