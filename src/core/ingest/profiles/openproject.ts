import { NO_LINK_FIELDS, RowLinks, relationDirection, relationLabelLinks, textCells } from './link-text';
import type { ProfileLink, ProfileRow, ProfileTable, SourceProfile } from './profile';

/**
 * OpenProject's work package CSV export: the columns of the work package table being exported
 * (ID, Subject, Type, Status, Assignee, Accountable, Priority, Start date, Finish date, Parent,
 * Project, Updated on, % Complete, Work, ...) and, last, Description. Relation columns of the
 * table (one per relation type: Precedes, Follows, Blocks, Blocked by, Relates to...) list the
 * related work packages ("#12, #14" or "12, 14"); a Relations column in Redmine's wording
 * ("follows #12, blocked by #5"; OpenProject is a Redmine fork) is read too. follows / blocked
 * by: this depends on the other; precedes / blocks: the other depends on this; relates to,
 * duplicates and the rest are not dependencies. Work package ids are numbers of one OpenProject:
 * local to the source.
 * Statuses: OpenProject's standard seed (StatusSeeder) runs New, In specification, Specified,
 * Confirmed, To be scheduled, Scheduled, In progress, Developed, In testing, Tested, Test failed,
 * then Closed, On hold, Rejected; only Closed and Rejected are closed. From In specification on,
 * work on the package has begun: those open states read as in progress (statusWords), the
 * vocabulary reading New, In progress, In testing, Closed, On hold and Rejected.
 */
const TYPE_WORDS = /\b(precedes|follows|blocked by|blocks)\b/;
const IDS = /#(\d+)/g;
const PLAIN_IDS = /^\d+(?:\s*,\s*\d+)*$/;

export const OPENPROJECT: SourceProfile = {
  id: 'openproject',
  label: 'OpenProject export',
  recognise: (table: ProfileTable) =>
    table.headers.includes('subject') &&
    !table.headers.includes('tracker') &&
    (table.headers.includes('finish date') || (table.headers.includes('type') && table.headers.includes('accountable'))),
  fields: {
    id: ['id'],
    name: ['subject'],
    status: ['status'],
    owner: ['assignee', 'accountable'],
    start: ['start date'],
    due: ['finish date', 'due date'],
    lastUpdated: ['updated on', 'updated'],
    percentComplete: ['% complete', '% done', 'progress'],
    department: ['project'],
    ...NO_LINK_FIELDS,
  },
  statusWords: {
    'in specification': 'unknown',
    specified: 'unknown',
    confirmed: 'unknown',
    'to be scheduled': 'unknown',
    scheduled: 'unknown',
    developed: 'unknown',
    tested: 'unknown',
    'test failed': 'unknown',
  },
  localIds: true,
  parent: ['parent'],
  links: (row: ProfileRow): ProfileLink[] => {
    const links = new RowLinks(row.id);
    for (const { text, cell } of textCells(row, ['relations'])) relationLabelLinks(links, text, cell);
    for (const header of new Set(row.headers)) {
      // A relation type's column: "Precedes", "Follows", "Blocked by" and wordings around them; "relations" is read above.
      const type = header === 'relations' ? null : TYPE_WORDS.exec(header);
      if (!type) continue;
      const dependsOnOther = relationDirection(type[1]!)!;
      for (const { text, cell } of textCells(row, [header])) {
        const ids = PLAIN_IDS.test(text) ? text.split(',').map((s) => s.trim()) : [...text.matchAll(IDS)].map((m) => m[1]!);
        for (const id of ids) links.add(id, dependsOnOther, cell);
      }
    }
    return links.links;
  },
};
