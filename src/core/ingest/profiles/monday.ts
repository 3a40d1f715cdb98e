import { NO_LINK_FIELDS, RowLinks, nameList, textCells } from './link-text';
import type { ProfileLink, ProfileRow, ProfileTable, SourceProfile } from './profile';

/**
 * monday.com's "Export board to Excel": row 1 is the board's name; then each group is a title
 * row and the column header row again (Name, Subitems, Person or Owner, Status, Date or
 * Timeline, ..., Item ID (auto generated)), then its items. Groups separated by blank rows are
 * read as one table each (the group title is the title above it); groups that follow each other
 * directly stay one table, the repeated header rows and the group titles above them left out
 * (dataRows). A board's Dependency column names items of the same board by name, ", "-joined:
 * Dependency = A on row B means B depends on A (by: 'name').
 */
const ITEM_ID = 'item id auto generated';
const DEPENDENCY = ['dependency', 'dependencies', 'dependent on'];

export const MONDAY: SourceProfile = {
  id: 'monday',
  label: 'monday.com export',
  recognise: (table: ProfileTable) =>
    table.headers.includes('name') && (table.headers.includes(ITEM_ID) || (table.headers[0] === 'name' && table.headers[1] === 'subitems')),
  fields: {
    id: [ITEM_ID, 'item id'],
    name: ['name'],
    owner: ['person', 'owner', 'people'],
    status: ['status'],
    // A Date column is the item's date; a Timeline column holds a range ("2024-03-04 - 2024-03-08") no date field reads.
    due: ['date', 'due date', 'deadline'],
    start: ['start date'],
    lastUpdated: ['last updated'],
    percentComplete: [],
    department: [],
    ...NO_LINK_FIELDS,
  },
  links: (row: ProfileRow): ProfileLink[] => {
    const links = new RowLinks(row.id);
    for (const { text, cell } of textCells(row, DEPENDENCY)) for (const name of nameList(text)) links.add(name, true, cell, 0, 'name');
    return links.links;
  },
};
