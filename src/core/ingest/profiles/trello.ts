import type { ProfileTable, SourceProfile } from './profile';

/**
 * Trello's board CSV export: Card ID, Card Name, Card URL, Card Description, Labels, Members,
 * Due Date, Attachment Count, Attachment Links, Checklist Item Total Count, Checklist Item
 * Completed Count, Vote Count, Comment Count, Last Activity Date, List ID, List Name, Board ID,
 * Board Name, Archived, Start Date, Due Complete. A card's list is its column on the board
 * (To Do, Doing, Done), read as its status; an archived card (Archived true: the API's
 * `closed`, a card taken off the board, kept only to be restored) is no live work: done, unless
 * its list says it was cancelled (closedWhen). Trello has no
 * dependencies of its own; a custom field that holds them or KPIs is left to the general matcher.
 */
export const TRELLO: SourceProfile = {
  id: 'trello',
  label: 'Trello export',
  recognise: (table: ProfileTable) =>
    table.headers.includes('card id') && table.headers.includes('card name') && ['list name', 'card url', 'board name'].some((h) => table.headers.includes(h)),
  fields: {
    id: ['card id'],
    name: ['card name'],
    status: ['list name'],
    owner: ['members'],
    start: ['start date'],
    due: ['due date'],
    lastUpdated: ['last activity date'],
    department: ['board name'],
    percentComplete: [],
  },
  closedWhen: ['archived'],
};
