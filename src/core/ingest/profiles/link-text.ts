import type { CellRef, CellValue, InitiativeField } from '../../types';
import { cleanText } from '../normalise/cell-text';
import { normaliseId } from '../normalise/id';
import type { ProfileLink, ProfileRow } from './profile';

/**
 * What the tool-export profiles share: reading a link cell's text, collecting a row's links once
 * each, and the link syntaxes several tools use ("Depends on #3" in issue text, Redmine-style
 * relation labels, task names joined with ", ").
 */

/** A cell's text for reading links from: '' for a blank, a date, a boolean or an error. */
export function cellString(value: CellValue): string {
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** The fields a profile leaves unmapped on purpose (a tool has no KPI column; its links are read by links()). */
export const NO_LINK_FIELDS: Partial<Record<InitiativeField, readonly string[]>> = { kpi: [], dependsOn: [] };

/**
 * One row's links, each once (the same link written in the title and the description reads once)
 * and never to the row itself.
 */
export class RowLinks {
  private readonly seen = new Set<string>();
  readonly links: ProfileLink[] = [];

  constructor(private readonly rowId: string) {}

  /** A link between the row and `other`: the row depends on `other` when `rowDependsOnOther`, else `other` depends on the row. */
  add(other: string, rowDependsOnOther: boolean, cell: CellRef, lagDays = 0, by?: 'name'): void {
    if (other === '' || (by === undefined && other === this.rowId)) return;
    const from = rowDependsOnOther ? other : this.rowId;
    const to = rowDependsOnOther ? this.rowId : other;
    const key = `${from}\u0000${to}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.links.push({ from, to, type: 'FS', lagDays, cell, ...(by ? { by } : {}) });
  }
}

/** Every non-blank cell under the given headers, with its text. */
export function* textCells(row: ProfileRow, headers: readonly string[]): Generator<{ text: string; cell: CellRef }> {
  for (const header of headers) {
    for (const { value, cell } of row.cells(header)) {
      const text = cellString(value);
      if (text !== '') yield { text, cell };
    }
  }
}

/**
 * "Depends on #3", "Blocked by #3, #4", "Blocks #7" (GitHub and GitLab issue text): the phrase,
 * then one or more issue numbers of the same repository ("#3"; "group/project#3" names another
 * project and is not read). Depends on / blocked by: this issue depends on #3; blocks /
 * blocking: #7 depends on this issue.
 */
const ISSUE_PHRASE = /\b(depends\s+on|blocked\s+by|blocks|blocking)\b\s*:?\s*(#\d+(?:\s*(?:,|;|&|\band\b)\s*#\d+)*)/gi;
const ISSUE_NUMBER = /#(\d+)/g;

export function issueTextLinks(row: ProfileRow, headers: readonly string[]): ProfileLink[] {
  const links = new RowLinks(row.id);
  for (const { text, cell } of textCells(row, headers)) {
    for (const m of text.matchAll(ISSUE_PHRASE)) {
      const phrase = m[1]!.toLowerCase();
      const dependsOnOther = phrase.startsWith('depends') || phrase.startsWith('blocked');
      for (const n of m[2]!.matchAll(ISSUE_NUMBER)) links.add(n[1]!, dependsOnOther, cell);
    }
  }
  return links.links;
}

/**
 * Redmine's relation labels, as its issue list writes them in the "Related issues" column
 * (IssueRelation#to_s: label, the delay when there is one, the other issue): "follows #12",
 * "blocked by #5", "precedes (3 days) #7", "related to #9". OpenProject, a Redmine fork, names
 * its relation types the same way. Follows / blocked by: this depends on the other; precedes /
 * blocks: the other depends on this. Related to, duplicates, duplicated by, copied to/from are
 * not dependencies. A German Redmine writes its locale's labels (config/locales/de.yml:
 * label_follows "Folgt", label_precedes "Vorgänger von", label_blocks "Blockiert",
 * label_blocked_by "Blockiert durch", the delay as x_days, "(3 Tagen)", "(1 Tag)").
 */
const RELATION_LABELS: ReadonlyMap<string, boolean | undefined> = new Map([
  ['follows', true],
  ['blocked by', true],
  ['precedes', false],
  ['blocks', false],
  ['folgt', true],
  ['blockiert durch', true],
  ['vorgänger von', false],
  ['blockiert', false],
  // Not dependencies: read so that their issue numbers are taken by no other label.
  ['related to', undefined],
  ['relates to', undefined],
  ['duplicated by', undefined],
  ['duplicates', undefined],
  ['copied to', undefined],
  ['copied from', undefined],
  ['beziehung mit', undefined],
  ['dupliziert durch', undefined],
  ['duplikat von', undefined],
  ['kopiert nach', undefined],
  ['kopiert von', undefined],
]);
/** Longest label first, so that "blocked by" is not read as "blocks" nor "Blockiert durch" as "Blockiert". */
const RELATION_LABEL = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...RELATION_LABELS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((label) => label.replace(/ /g, '\\s+'))
    .join('|')})\\s*(?:\\(\\s*(-?\\d+)\\s+\\p{L}+\\s*\\)\\s*)?#(\\d+)`,
  'giu',
);

export function relationLabelLinks(links: RowLinks, text: string, cell: CellRef): void {
  for (const m of text.matchAll(RELATION_LABEL)) {
    const dependsOnOther = RELATION_LABELS.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
    if (dependsOnOther === undefined) continue;
    links.add(m[3]!, dependsOnOther, cell, m[2] === undefined ? 0 : Number(m[2]));
  }
}

/** A relation type's name (from a column header or a JSON "type") -> whether the row depends on the other end, or undefined when it is no dependency. */
export function relationDirection(type: string): boolean | undefined {
  switch (type.toLowerCase().replace(/[\s_-]+/g, ' ').trim()) {
    case 'follows':
    case 'blocked by':
    case 'blocked':
      return true;
    case 'precedes':
    case 'blocks':
    case 'blocking':
      return false;
    default:
      return undefined;
  }
}

/**
 * Task names joined with ", " (Asana's dependency columns, monday.com's Dependency column): each
 * name, trimmed. A name may hold ", " itself ("Research, interviews and survey"): where `isName`
 * knows the table's names, the longest run of pieces that is a task's name is read as one name.
 */
export function nameList(text: string, isName?: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  for (const line of text.split(/\s*\n\s*/)) {
    const parts = line.split(/\s*,\s+/).map((name) => name.trim());
    for (let i = 0; i < parts.length; ) {
      let end = i + 1;
      if (isName !== undefined) {
        for (let j = parts.length; j > i + 1; j--) {
          if (isName(parts.slice(i, j).join(', '))) {
            end = j;
            break;
          }
        }
      }
      pieces.push(parts.slice(i, end).join(', '));
      i = end;
    }
  }
  return pieces.filter((name) => name !== '');
}

/** An id written in a link cell ("TEST-2", " #12 ") in canonical form, or undefined. */
export function linkId(text: string): string | undefined {
  return normaliseId(text.replace(/^#/, ''));
}
