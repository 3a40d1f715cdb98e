import { NO_LINK_FIELDS, RowLinks, linkId, relationDirection, textCells } from './link-text';
import type { ProfileLink, ProfileRow, ProfileTable, SourceProfile } from './profile';

/**
 * Plane's issue CSV export: Project Name, Project Identifier, Parent, Identifier (TEST-1),
 * Sequence Id, Name, State Name, Priority, Assignees (a JSON list), Subscribers, Created By Name,
 * Start Date, Target Date, Completed At, Created At, Updated At, Archived At, Estimate, Labels,
 * Cycles, Modules, Links, Relations, Comments, Sub Issues Count, Link Count, Attachment Count,
 * Is Draft (newer exporters: ID, Project, State, Sequence ID). Relations is JSON, either a list
 * of {"type": "blocked_by", "issue": "TEST-2", "direction": "outgoing"} or an object
 * {"blocked_by": "TEST-2"} (the newer exporter, every relation as seen from this issue).
 * blocked_by X: this issue depends on X; blocking X: X depends on this one. An "incoming"
 * relation is the other issue's, seen from it, so it reads the other way round. relates_to,
 * duplicate and the start/finish before/after date relations are not read as dependencies.
 */
interface ListedRelation {
  readonly type?: unknown;
  readonly issue?: unknown;
  readonly direction?: unknown;
}

export const PLANE: SourceProfile = {
  id: 'plane',
  label: 'Plane export',
  recognise: (table: ProfileTable) =>
    table.headers.includes('name') &&
    table.headers.includes('target date') &&
    (table.headers.includes('identifier') || table.headers.includes('id')) &&
    (table.headers.includes('project identifier') || table.headers.includes('sequence id')),
  fields: {
    id: ['identifier', 'id'],
    name: ['name'],
    status: ['state name', 'state'],
    owner: ['assignees'],
    start: ['start date'],
    due: ['target date'],
    lastUpdated: ['updated at'],
    department: ['project name', 'project'],
    percentComplete: [],
    ...NO_LINK_FIELDS,
  },
  parent: ['parent'],
  links: (row: ProfileRow): ProfileLink[] => {
    const links = new RowLinks(row.id);
    for (const { text, cell } of textCells(row, ['relations'])) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        continue;
      }
      const pairs: Array<{ type: string; issue: string; incoming: boolean }> = [];
      if (Array.isArray(parsed)) {
        for (const r of parsed as ListedRelation[]) {
          if (r && typeof r.type === 'string' && typeof r.issue === 'string') pairs.push({ type: r.type, issue: r.issue, incoming: r.direction === 'incoming' });
        }
      } else if (parsed && typeof parsed === 'object') {
        for (const [type, issue] of Object.entries(parsed as Record<string, unknown>)) if (typeof issue === 'string') pairs.push({ type, issue, incoming: false });
      }
      for (const { type, issue, incoming } of pairs) {
        const dependsOnOther = relationDirection(type);
        const other = linkId(issue);
        if (dependsOnOther === undefined || other === undefined) continue;
        links.add(other, incoming ? !dependsOnOther : dependsOnOther, cell);
      }
    }
    return links.links;
  },
};
