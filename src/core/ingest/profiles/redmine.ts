import { NO_LINK_FIELDS, RowLinks, relationDirection, relationLabelLinks, textCells } from './link-text';
import type { ProfileLink, ProfileRow, ProfileTable, SourceProfile } from './profile';

/**
 * Redmine's issue CSV, both ways it arrives:
 * - The issue list's CSV export: #, Project, Tracker, Parent task, Status, Priority, Subject,
 *   Author, Assignee (Assigned to in older versions), Updated, Category, Target version, Start
 *   date, Due date, Estimated time, Spent time, % Done, Created, Closed, Related issues. The
 *   "Related issues" column writes each relation as its label, the delay when there is one and
 *   the other issue: "follows #12, blocked by #5, precedes (3 days) #7, related to #9".
 * - The CSV issue import (IssueImport), whose columns the user maps: the fixture's row, tracker,
 *   subject, start, due, parent, follows. A relation column (follows, precedes, blocks, blocked
 *   by) lists "2" (row 2 of the file), "#12" (issue 12, already in Redmine) or either with a
 *   delay ("2 1d"), comma-separated; parent names a row the same way.
 * follows X / blocked by X: this issue depends on X; precedes X / blocks X: X depends on this one;
 * the delay is the lag in days. Related to and duplicates are not dependencies. Issue ids and row
 * numbers mean something only inside their Redmine or file: ids are local to the source.
 * - The CSV is written in the user's language: a German Redmine's ("general_csv_separator" ";",
 *   ISO-8859-1) headers are its locale's field labels (config/locales/de.yml: Thema, Projekt,
 *   Zugewiesen an, Übergeordnete Aufgabe, Beginn, Abgabedatum, % erledigt, Aktualisiert,
 *   Zielversion, Zugehörige Tickets), its relations too ("Folgt (3 Tagen) #211", link-text.ts).
 * - Statuses: Redmine's default data (lib/redmine/default_data/loader.rb) opens New, In Progress,
 *   Resolved and Feedback and closes Closed and Rejected: Resolved is not closed, so it reads as in
 *   progress (statusWords), where the vocabulary reads it as done; the German defaults Neu, In
 *   Bearbeitung, Gelöst, Feedback, Erledigt, Abgewiesen read the same way.
 */
const RELATION_COLUMNS = ['follows', 'precedes', 'blocks', 'blocked by', 'blocked'];
const RELATION_TEXT = ['related issues', 'relations', 'zugehorige tickets'];
/** One import relation: a row number or #issue id, then an optional delay in days ("2 1d", "#12 -3d"). */
const IMPORT_RELATION = /^(#?)(\d+)(?:\s+(-?\d+)\s*d)?$/i;

export const REDMINE: SourceProfile = {
  id: 'redmine',
  label: 'Redmine issues CSV',
  recognise: (table: ProfileTable) =>
    (table.headers.includes('subject') || table.headers.includes('thema')) &&
    (table.headers.includes('tracker') ||
      (table.headers.includes('#') && ['related issues', '% done', 'target version', 'parent task', 'zugehorige tickets', '% erledigt', 'zielversion', 'ubergeordnete aufgabe'].some((h) => table.headers.includes(h)))),
  fields: {
    id: ['#', 'id', 'row', 'unique id'],
    name: ['subject', 'thema'],
    status: ['status'],
    owner: ['assignee', 'assigned to', 'zugewiesen an'],
    start: ['start date', 'start', 'beginn'],
    due: ['due date', 'due', 'abgabedatum'],
    percentComplete: ['% done', '% erledigt'],
    lastUpdated: ['updated', 'aktualisiert'],
    department: ['project', 'projekt'],
    ...NO_LINK_FIELDS,
  },
  statusWords: {
    resolved: 'unknown',
    neu: 'not-started',
    'in bearbeitung': 'unknown',
    gelöst: 'unknown',
    feedback: 'on-hold',
    erledigt: 'done',
    abgewiesen: 'cancelled',
  },
  localIds: true,
  parent: ['parent task', 'parent', 'ubergeordnete aufgabe'],
  links: (row: ProfileRow): ProfileLink[] => {
    const links = new RowLinks(row.id);
    for (const { text, cell } of textCells(row, RELATION_TEXT)) relationLabelLinks(links, text, cell);
    for (const header of RELATION_COLUMNS) {
      const dependsOnOther = relationDirection(header)!;
      for (const { text, cell } of textCells(row, [header])) {
        for (const piece of text.split(',')) {
          const m = IMPORT_RELATION.exec(piece.trim());
          // A row number stays a plain number (scoped to the file with the row ids); "#12" is an issue of the Redmine itself.
          if (m) links.add(`${m[1]}${m[2]}`, dependsOnOther, cell, m[3] === undefined ? 0 : Number(m[3]));
        }
      }
    }
    return links.links;
  },
};
