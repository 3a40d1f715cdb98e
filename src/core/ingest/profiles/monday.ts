import { NO_LINK_FIELDS, RowLinks, nameList, textCells } from './link-text';
import type { CellValue } from '../../types';
import type { ProfileLink, ProfileRow, ProfileRowValues, ProfileTable, SourceProfile } from './profile';

/**
 * monday.com's "Export board to Excel": row 1 is the board's name; then each group is a title
 * row and the column header row again (Name, Subitems, Person or Owner, Status, Date or
 * Timeline, ..., Item ID (auto generated)), then its items. Groups separated by blank rows are
 * read as one table each (the group title is the title above it); groups that follow each other
 * directly stay one table, the repeated header rows and the group titles above them left out
 * (dataRows). A board's Dependency column names items of the same board by name, ", "-joined:
 * Dependency = A on row B means B depends on A (by: 'name').
 *
 * An item with subitems is followed by a subitem block: a header row of its own ("Subitems",
 * "Name", then the subitem columns: one column to the right of the item header's) and one row
 * per subitem, its Name cell blank and its name under Subitems (nworbdier/orderly_flow
 * src/lib/excel-import.js, parseMondayStructure). Those columns are not the table's, so the
 * block is left out (groupRow) and said once (groupRowsUnread), not read as children.
 */
const ITEM_ID = 'item id auto generated';
const DEPENDENCY = ['dependency', 'dependencies', 'dependent on'];
const SUBITEMS = 'monday.com subitems';

function lower(value: CellValue): string | undefined {
  return typeof value === 'string' ? value.trim().toLowerCase() : undefined;
}

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
    // A Date column is the item's date; a Timeline column holds a range ("2024-03-04 - 2024-03-08"): due its end, and without a start column, start its start.
    due: ['date', 'due date', 'deadline', 'timeline'],
    start: ['start date'],
    lastUpdated: ['last updated'],
    percentComplete: [],
    department: [],
    ...NO_LINK_FIELDS,
  },
  groupRow: (row: ProfileRowValues, previous: string | undefined) => {
    const name = row.value('name');
    const subitems = row.value('subitems');
    if (lower(name) === 'subitems' && lower(subitems) === 'name') return SUBITEMS;
    return previous === SUBITEMS && name === null && subitems !== null ? SUBITEMS : undefined;
  },
  groupRowsUnread: 'subitems have their own header row and columns, which are not mapped, so they are not read as initiatives.',
  links: (row: ProfileRow): ProfileLink[] => {
    const links = new RowLinks(row.id);
    for (const { text, cell } of textCells(row, DEPENDENCY)) for (const name of nameList(text, row.isName)) links.add(name, true, cell, 0, 'name');
    return links.links;
  },
};
