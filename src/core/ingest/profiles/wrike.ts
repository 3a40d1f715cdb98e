import { NO_LINK_FIELDS } from './link-text';
import type { ProfileTable, SourceProfile } from './profile';

/**
 * Wrike's Excel import/export layout: first row Key, Parent task, Title, Status, then Priority,
 * Assigned To, Start Date, Duration, Due Date, Description and more. Key is the row's own key,
 * Parent task the key of its parent. A folder or project is a row whose Title is wrapped in
 * slashes ("/Marketing/", "/Marketing/Website relaunch/"); a project's Status is Green, Yellow
 * or Red (or a status group: Active, Completed, Deferred, Cancelled). Its dependency syntax is
 * not documented, so no links are read.
 */
export const WRIKE: SourceProfile = {
  id: 'wrike',
  label: 'Wrike export',
  recognise: (table: ProfileTable) => table.headers.includes('key') && table.headers.includes('parent task') && table.headers.includes('title'),
  fields: {
    id: ['key'],
    name: ['title'],
    status: ['status'],
    owner: ['assigned to', 'assignee', 'assignees'],
    start: ['start date'],
    due: ['due date'],
    lastUpdated: ['updated', 'last updated'],
    percentComplete: [],
    department: [],
    ...NO_LINK_FIELDS,
  },
  parent: ['parent task'],
};
