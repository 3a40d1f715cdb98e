import type { ProfileTable, SourceProfile } from './profile';

/**
 * A Notion database exported as CSV: one column per property, the title property first (its
 * name is the user's: "Name", "Task name"). Notion's own properties keep their default names:
 * sub-items add the relations "Parent item" and "Sub-item" (the older Projects & Tasks template:
 * "Parent-task" and "Sub-tasks"), dependencies "Blocked by" and "Blocking", the time stamps
 * "Created time" and "Last edited time"; the task templates' person property is "Assign" or
 * "Assignee". A relation cell lists the related pages' titles, each followed by its address:
 * "Logo (https://www.notion.so/Logo-1a2b...), Style guide (...)", read as the titles.
 * - Parent item names the row's parent; Sub-item lists its children, the same hierarchy from the
 *   other side: neither is an id (a database has none unless an ID property is added).
 * - "Blocked by" = A on row B: B depends on A; "Blocking" = B on row A, the same link from A's
 *   side: the depends-on and successors columns, read by title.
 */
const SUB_ITEMS: ReadonlyArray<readonly [string, string]> = [
  ['parent item', 'sub item'],
  ['parent task', 'sub tasks'],
];

export const NOTION: SourceProfile = {
  id: 'notion',
  label: 'Notion database export',
  recognise: (table: ProfileTable) =>
    SUB_ITEMS.some(([parent, children]) => has(table, parent) && has(table, children)) ||
    (has(table, 'blocked by') && has(table, 'blocking') && (has(table, 'last edited time') || has(table, 'created time'))),
  fields: {
    // An ID property (Notion's unique ID) when the database has one; else the rows are keyed by their titles.
    id: ['id'],
    owner: ['assign', 'assignee', 'assigned to', 'owner'],
    lastUpdated: ['last edited time'],
    dependsOn: ['blocked by'],
    successors: ['blocking'],
    kpi: [],
  },
  parent: ['parent item', 'parent task'],
};

function has(table: ProfileTable, header: string): boolean {
  return table.headers.includes(header);
}
