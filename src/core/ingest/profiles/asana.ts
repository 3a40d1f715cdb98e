import { NO_LINK_FIELDS, RowLinks, nameList, textCells } from './link-text';
import type { ProfileLink, ProfileRow, ProfileTable, SourceProfile } from './profile';

/**
 * Asana's project CSV export: Task ID (a numeric gid), Created At, Completed At, Last Modified,
 * Name, Section/Column, Assignee, Assignee Email, Start Date, Due Date, Tags, Notes, Projects,
 * Parent task (the parent's name; "Parent Task" in some copies: headers are compared in lower
 * case), "Blocked By (Dependencies)" and "Blocking (Dependencies)", then one column per custom
 * field (Priority, Status, Task Progress...). Task Progress (On track / At risk / Off track) is
 * the status, else a Status field, else the section the task sits in. Projects and Tags are
 * comma-separated (a task can sit in several projects): the first project is the department.
 * The dependency columns hold task NAMES joined with ", ", and a name may hold ", " itself: the
 * longest run of pieces that names a task of the export is one name (nameList).
 * "Blocked By" = A on row B means B depends on A; "Blocking" = B on row A says the same link from
 * A's side. Both are read as name references (by: 'name'), resolved to the task of that name.
 */
const BLOCKED_BY = 'blocked by dependencies';
const BLOCKING = 'blocking dependencies';

/** Columns only Asana's export has beside Task ID and Name; two of them make the signature. */
const SIGNATURE = ['section column', 'assignee email', 'last modified', 'completed at', 'parent task', 'projects', BLOCKED_BY, BLOCKING];

export const ASANA: SourceProfile = {
  id: 'asana',
  label: 'Asana export',
  recognise: (table: ProfileTable) =>
    table.headers.includes('task id') && table.headers.includes('name') && SIGNATURE.filter((h) => table.headers.includes(h)).length >= 2,
  fields: {
    id: ['task id'],
    name: ['name'],
    // The Task Progress custom field (On track / At risk / Off track) or a Status one first, else the board column the task sits in.
    status: ['task progress', 'status', 'section column'],
    owner: ['assignee'],
    start: ['start date'],
    due: ['due date'],
    lastUpdated: ['last modified'],
    department: ['department', 'team', 'projects'],
    percentComplete: [],
    ...NO_LINK_FIELDS,
  },
  // A task the progress field says nothing of is read by its Status field or its board column ("Done").
  fallback: { status: ['status', 'section column'] },
  // Projects lists every project the task sits in, ", "-joined: the first is its department.
  firstListed: ['department'],
  parent: ['parent task'],
  links: (row: ProfileRow): ProfileLink[] => {
    const links = new RowLinks(row.id);
    for (const { text, cell } of textCells(row, [BLOCKED_BY])) for (const name of nameList(text, row.isName)) links.add(name, true, cell, 0, 'name');
    for (const { text, cell } of textCells(row, [BLOCKING])) for (const name of nameList(text, row.isName)) links.add(name, false, cell, 0, 'name');
    return links.links;
  },
};
