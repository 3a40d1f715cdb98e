import { NO_LINK_FIELDS } from './link-text';
import type { ProfileTable, SourceProfile } from './profile';

/**
 * Microsoft Planner's "Export plan to Excel": a few rows about the plan above the table (the
 * header sits on row 5; find-tables reads the rows above it as titles, or as a block of their
 * own: label-value rows, "Plan name" first, then "Plan ID" and the export date, which are the
 * plan's details and no tasks: notInitiatives), then Task ID (an opaque
 * string), Task Name, Bucket Name, Progress (Not started / In progress / Completed: the task's
 * status), Priority, Assigned To (several people ";"-separated), Created By, Created Date,
 * Start date, Due date, Is Recurring, Late, Completed Date, Completed By, Checklist Items,
 * Labels, Description. Basic plans have no dependency column, so no links are read.
 */
function isTaskTable(table: ProfileTable): boolean {
  return table.headers.includes('task id') && table.headers.includes('task name') && table.headers.includes('bucket name') && (table.headers.includes('progress') || table.headers.includes('assigned to'));
}

/** The plan's details above the tasks: "Plan name" and the plan's name, then a "Plan ID" row among label-value rows. */
function isPlanDetails(table: ProfileTable): boolean {
  return table.headers.length === 2 && table.headers[0] === 'plan name' && table.labels !== undefined && table.labels().includes('plan id');
}

export const PLANNER: SourceProfile = {
  id: 'planner',
  label: 'Microsoft Planner export',
  recognise: (table: ProfileTable) => isTaskTable(table) || isPlanDetails(table),
  notInitiatives: (table: ProfileTable) => (isTaskTable(table) ? undefined : "it is the plan's details that Microsoft Planner writes above its tasks (plan name, plan ID, export date), not tasks"),
  fields: {
    id: ['task id'],
    name: ['task name'],
    status: ['progress'],
    owner: ['assigned to'],
    start: ['start date'],
    due: ['due date'],
    // Progress is a word, not a percentage; the export has no last-updated date and no department.
    percentComplete: [],
    lastUpdated: [],
    department: [],
    ...NO_LINK_FIELDS,
  },
};
