import type { ColumnMapping, InitiativeField } from '../../types';
import type { Block } from '../find-tables';
import { normaliseHeader } from '../match/header-evidence';
import { JIRA } from './jira';
import { MSPROJECT } from './msproject';
import { SMARTSHEET } from './smartsheet';
import { ASANA } from './asana';
import { AZURE_DEVOPS } from './azure-devops';
import { CLICKUP } from './clickup';
import { GITHUB } from './github';
import { GITLAB } from './gitlab';
import { MONDAY } from './monday';
import { NOTION } from './notion';
import { OPENPROJECT } from './openproject';
import { PLANE } from './plane';
import { PLANNER } from './planner';
import { PRIMAVERA_LAYOUT, PRIMAVERA_WORKBOOK } from './primavera';
import { REDMINE } from './redmine';
import { TRELLO } from './trello';
import { WRIKE } from './wrike';
import type { ProfileTable, SourceProfile } from './profile';

export type { FallbackField, ProfileLink, ProfileRow, ProfileRowValues, ProfileTable, SourceProfile } from './profile';
export { headerIs } from './profile';

/** Every source profile, most specific first: the first that recognises a table reads it. */
export const PROFILES: readonly SourceProfile[] = [
  JIRA,
  MSPROJECT,
  PRIMAVERA_LAYOUT,
  PRIMAVERA_WORKBOOK,
  SMARTSHEET,
  ASANA,
  PLANNER,
  MONDAY,
  CLICKUP,
  WRIKE,
  TRELLO,
  NOTION,
  GITLAB,
  GITHUB,
  REDMINE,
  OPENPROJECT,
  PLANE,
  AZURE_DEVOPS,
];

/** The table as profiles see it. */
export function profileTable(block: Block, source: string): ProfileTable {
  const labels = (): string[] => {
    const out: string[] = [];
    for (let row = block.headerRow + 1; row <= block.range.bottom; row++) {
      const value = block.grid.value(row, block.range.left);
      if (typeof value === 'string' && value.trim() !== '') out.push(normaliseHeader(value));
    }
    return out;
  };
  return { headers: block.headers.map(normaliseHeader), sheet: block.grid.sheet.name, source, labels };
}

/** The profile that recognises a table, if any. */
export function recogniseProfile(table: ProfileTable, profiles: readonly SourceProfile[] = PROFILES): SourceProfile | undefined {
  return profiles.find((p) => p.recognise(table));
}

/**
 * The columns a profile fixes: each listed field on the first of its headers present (the
 * leftmost column with that header), or null when the export has none of them (the general
 * matcher then leaves the field unmapped rather than guess).
 */
export function profileMapping(
  profile: SourceProfile,
  table: ProfileTable,
  rawHeaders: readonly string[],
  filled: (column: number) => boolean = () => true,
): Map<InitiativeField, ColumnMapping | null> {
  const fixed = new Map<InitiativeField, ColumnMapping | null>();
  const used = new Set<number>();
  for (const [field, headers] of Object.entries(profile.fields) as Array<[InitiativeField, readonly string[]]>) {
    // The first listed header whose column holds data; else the first present (an empty column, said as such).
    const present = headers.map((header) => table.headers.findIndex((h, i) => h === header && !used.has(i))).filter((c) => c >= 0);
    const column = present.find(filled) ?? present[0];
    if (column === undefined) {
      fixed.set(field, null);
      continue;
    }
    fixed.set(field, { field, column, header: rawHeaders[column] ?? '', confidence: 1, by: 'header' });
    used.add(column);
  }
  return fixed;
}
