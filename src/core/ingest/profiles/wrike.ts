import type { ProfileRowValues, ProfileTable, SourceProfile } from './profile';

/**
 * Wrike's Excel import/export layout: first row Key, Parent task, Title, Status, then Priority,
 * Assigned To, Start Date, Duration, Due Date, Description and more. Key is the row's own key,
 * Parent task the key of its parent. A folder or project is a row whose Title is wrapped in
 * slashes ("/Marketing/", "/Marketing/Website relaunch/"); a project's Status is Green, Yellow
 * or Red (or a status group: Active, Completed, Deferred, Cancelled). Its dependency syntax is
 * not documented, so no profile link syntax is read; a column that holds dependencies or KPIs is
 * left to the general matcher, as a hand-made column would be.
 *
 * Folder and project rows without a Key are headings (groupRow), not items: neither records
 * nor rows without an id. Wrike puts a task in a folder by placing it on the rows just below
 * the folder's row (help.wrike.com/hc/de/articles/1500005122961), but a folder is not an item
 * (it has no attributes of its own) and nothing documents it as a department, so the tasks
 * below are read without it. A slash-wrapped row with a Key stays an item: other rows may name
 * it as their Parent task.
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
  },
  parent: ['parent task'],
  groupRow: (row: ProfileRowValues) => {
    if (row.value('key') !== null) return undefined;
    const title = row.value('title');
    if (typeof title !== 'string') return undefined;
    const text = title.trim();
    return text.length > 2 && text.startsWith('/') && text.endsWith('/') ? text : undefined;
  },
};
