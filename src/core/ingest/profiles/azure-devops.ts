import { NAME_LEVELS } from '../read-hierarchy';
import { NO_LINK_FIELDS } from './link-text';
import type { ProfileTable, SourceProfile } from './profile';

/**
 * Azure DevOps (Azure Boards) query results saved with "Export to CSV" (or opened in Excel): one
 * column per column of the query, ID first, then Work Item Type, Title, Assigned To, State, Tags
 * and whatever else the query shows (Area Path, Iteration Path, Start Date, Target Date, Finish
 * Date, Closed Date, Changed Date, Parent...). Identities are written "Display Name <email>" (the
 * owner is the name); Tags are ";"-separated. See Microsoft's "Import, update, and export bulk
 * work items with CSV files" and test/fixtures/exports/azure-devops/SOURCES.md.
 * - Flat and tree queries. A tree query writes each row's title in the column of its level ("Title
 *   1", "Title 2", "Title 3"): the name is the one filled, and a row's parent the nearest row above
 *   it on a lower level (outline 'name levels', read-hierarchy.ts).
 * - Parent (System.Parent) holds the parent work item's ID: the hierarchy of a flat query (and of
 *   a tree query that shows it).
 * - No dependencies: the CSV carries parent-child links only (as Title N columns); Microsoft says
 *   no other link type can be given in it, and a direct-links query is written as a flat list of
 *   work items with no link-type column. Predecessor / Successor links cannot reach the file.
 * - Dates: Target Date (the date "by which a feature should be completed", Epic and Feature)
 *   before Finish Date (when the schedule says a task completes) and Due Date (an Agile Issue's);
 *   one column is read, the first of them holding dates. Closed Date is the actual finish (Resolved
 *   Date is not: Resolved work is still in progress to Azure Boards); Changed Date the last update.
 *   Activated Date is reset when closed work is reopened: no actual start.
 * - Area Path ("Fabrikam\Web\Identity") is the department, written whole: area paths group work
 *   by team or product area and a team owns an area path (and maybe its sub-areas), so the whole
 *   path names the team; its last segment alone can repeat under two parents.
 * - States are read by the general vocabulary: New, Proposed, To Do (not started); Active,
 *   Committed, In Progress, Doing (in progress); Closed, Done (done); Removed (cancelled). But
 *   Resolved is in progress (statusWords), where the vocabulary reads it as done (Jira's and
 *   Redmine's Resolved work is finished): Azure Boards' Resolved state category holds work whose
 *   solution is implemented but not yet verified, and its tools treat it exactly as In Progress
 *   (Microsoft, "How workflow states and state categories are used in Backlogs and Boards").
 * Work item IDs are numbers of one organisation: local to the source.
 */
export const AZURE_DEVOPS: SourceProfile = {
  id: 'azure-devops',
  label: 'Azure DevOps export',
  recognise: (table: ProfileTable) =>
    table.headers.includes('id') &&
    table.headers.includes('work item type') &&
    (table.headers.includes('title') || table.headers.includes('title 1')) &&
    ['state', 'assigned to', 'area path', 'iteration path'].some((h) => table.headers.includes(h)),
  fields: {
    id: ['id'],
    name: ['title', 'title 1'],
    status: ['state'],
    owner: ['assigned to'],
    start: ['start date'],
    due: ['target date', 'finish date', 'due date'],
    actualStart: [],
    actualFinish: ['closed date'],
    lastUpdated: ['changed date'],
    department: ['area path'],
    // Completed Work and Remaining Work are hours, not a share of the work.
    percentComplete: [],
    ...NO_LINK_FIELDS,
  },
  statusWords: { resolved: 'unknown' },
  localIds: true,
  parent: ['parent'],
  outline: [NAME_LEVELS],
};
