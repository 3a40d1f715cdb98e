import { NO_LINK_FIELDS, issueTextLinks } from './link-text';
import type { ProfileLink, ProfileRow, ProfileTable, SourceProfile } from './profile';

/**
 * GitLab's "Export as CSV" of an issue list (Issues::ExportCsvService): Title, Description,
 * Issue ID (the issue's number in its project, its iid), URL, State (Open / Closed), Author,
 * Author Username, Assignee (names joined with ", "), Assignee Username, Confidential, Locked,
 * Due Date, Created At (UTC), Updated At (UTC), Closed At (UTC), Milestone, Weight, Labels, Time
 * Estimate, Time Spent (GitLab 18.4 adds IID, Type, Start Date and Parent IID). Issue numbers
 * mean something only inside their project: ids are local to the file. Links are read from the
 * text: "Depends on #3" / "Blocked by #3" in the description or title (this issue depends on
 * #3), "Blocks #7" (#7 depends on this issue).
 */
export const GITLAB: SourceProfile = {
  id: 'gitlab',
  label: 'GitLab issues export',
  recognise: (table: ProfileTable) =>
    (table.headers.includes('issue id') || table.headers.includes('iid')) &&
    table.headers.includes('title') &&
    table.headers.includes('state') &&
    ['url', 'author username', 'assignee username', 'confidential', 'created at utc', 'updated at utc'].some((h) => table.headers.includes(h)),
  fields: {
    id: ['iid', 'issue id'],
    name: ['title'],
    status: ['state'],
    owner: ['assignee'],
    start: ['start date'],
    due: ['due date'],
    lastUpdated: ['updated at utc', 'updated at'],
    department: [],
    percentComplete: [],
    ...NO_LINK_FIELDS,
  },
  localIds: true,
  parent: ['parent iid'],
  links: (row: ProfileRow): ProfileLink[] => issueTextLinks(row, ['title', 'description']),
};
