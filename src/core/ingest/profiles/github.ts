import { NO_LINK_FIELDS, issueTextLinks } from './link-text';
import type { ProfileLink, ProfileRow, ProfileTable, SourceProfile } from './profile';

/**
 * GitHub has no issue CSV export of its own; issue lists come out of the REST API through tools
 * such as github-csv-tools, whose default columns are number, title, state (open / closed),
 * labels, milestone, user, assignee, assignees (logins joined with ","), created_at, updated_at,
 * closed_at, body. Issue numbers mean something only inside their repository: ids are local to
 * the file. Links are read from the text: "Depends on #3" / "Blocked by #3" in the body or title
 * (this issue depends on #3), "Blocks #7" (#7 depends on this issue); "owner/repo#3" names another
 * repository and is not read.
 */
const SIGNATURE = ['created at', 'updated at', 'closed at', 'body', 'assignees', 'assignee', 'milestone', 'html url', 'user'];

export const GITHUB: SourceProfile = {
  id: 'github',
  label: 'GitHub issues export',
  recognise: (table: ProfileTable) =>
    table.headers.includes('number') && table.headers.includes('title') && table.headers.includes('state') && SIGNATURE.filter((h) => table.headers.includes(h)).length >= 2,
  fields: {
    id: ['number'],
    name: ['title'],
    status: ['state'],
    owner: ['assignees', 'assignee'],
    lastUpdated: ['updated at'],
    // GitHub issues have no start or due date (a milestone's due date is not in the list).
    start: [],
    due: [],
    department: [],
    percentComplete: [],
    ...NO_LINK_FIELDS,
  },
  localIds: true,
  links: (row: ProfileRow): ProfileLink[] => issueTextLinks(row, ['title', 'body']),
};
