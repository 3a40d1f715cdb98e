import type { ProfileTable, SourceProfile } from './profile';

/**
 * ClickUp's task CSV export: Task ID, Task Name, Task Content, Status, Priority, Date Created,
 * Date Updated, Start Date, Due Date, Date Closed (each date also as "(Unix)" milliseconds,
 * which are not read: the text columns hold the same dates), Space Name, Folder Name, List Name,
 * Parent ID (a subtask's parent), Assignees ("[John Smith, Mary Smith]"), Creator, Watchers,
 * Tags, time tracking, checklists, attachments, then custom fields. Dependencies (waiting on /
 * blocking) are not among the standard columns; a custom field that holds them ("Dependencies",
 * "Depends on") or KPIs is left to the general matcher, as a hand-made column would be.
 * Statuses are a space's own, lower case as ClickUp writes them: the defaults to do, in progress
 * and complete read by the vocabulary; a review stage such as "qa review" is work in progress
 * (statusWords).
 */
const SIGNATURE = ['space name', 'folder name', 'list name', 'task content', 'date updated', 'parent id', 'date created unix'];

export const CLICKUP: SourceProfile = {
  id: 'clickup',
  label: 'ClickUp export',
  recognise: (table: ProfileTable) =>
    table.headers.includes('task id') && table.headers.includes('task name') && SIGNATURE.filter((h) => table.headers.includes(h)).length >= 2,
  fields: {
    id: ['task id'],
    name: ['task name'],
    status: ['status'],
    owner: ['assignees'],
    start: ['start date'],
    due: ['due date'],
    lastUpdated: ['date updated'],
    // A Space is most often a team's or a department's.
    department: ['space name', 'folder name', 'list name'],
    percentComplete: [],
  },
  statusWords: { 'qa review': 'unknown', qa: 'unknown' },
  parent: ['parent id'],
};
