import { normaliseId } from '../normalise/id';
import { cleanText, isBlank } from '../normalise/cell-text';
import type { ProfileLink, ProfileRow, ProfileTable, SourceProfile } from './profile';

/**
 * Jira Cloud / Data Center CSV and Excel exports ("all fields" and "current fields"): Issue key,
 * Summary, Status and Status Category, Assignee, Due date, Updated, Parent, Project name, with
 * repeated columns for multi-valued fields. Status is a workflow's own state; Status Category is
 * the one of To Do, In Progress and Done Jira files it under, read where the status's words are
 * not known ("Awaiting approval"). Jira Plans' Custom field (Target start) / (Target end) give
 * the start and due where the row has none. Jira Cloud renamed issues "work items": both header
 * spellings are read. Older exports name an issue's epic in Custom field (Epic Link), read as
 * its parent where Parent is blank. The CSV is written in the user's language: a German or French
 * Jira's headers and default statuses are read too (LOCALISED below). Links: each link type has an
 * outward and an inward description, and a column names the other issue in that direction from
 * the row's side:
 * - Blocks (outward "blocks", inward "is blocked by"): "Outward issue link (Blocks)" = B on row A
 *   means A blocks B (B depends on A); "Inward issue link (Blocks)" = A on row B says the same
 *   link from B's side.
 * - Depends (outward "depends on", inward "is depended on by"): the other way round: "Outward
 *   issue link (Depends)" = B on row A means A depends on B; Inward (Depends) = A on row B, that
 *   A depends on B.
 * - Gantt End to Start (the Gantt apps' type: outward "has to be done before") reads as Blocks.
 * Relates, Cloners, Duplicate and other types are not dependencies.
 */
/**
 * Jira's German and French field names and default statuses, normalised (normaliseHeader: accents
 * folded). From Jira's de_DE and fr_FR language packs as their exports write them (Vorgangsschlüssel,
 * Zusammenfassung, Zugewiesene Person, Fälligkeitsdatum, Übergeordnet, Statuskategorie; Clé de
 * ticket, Résumé, État, Responsable, Date d'échéance, Lien de ticket entrant / sortant); the
 * custom-field prefix is written both "Benutzerdefiniertes Feld" and "Benutzerdefinierte Felder".
 */
const LOCALISED = {
  key: ['vorgangsschlussel', 'cle de ticket'],
  id: ['vorgangs id', 'id de ticket'],
  summary: ['zusammenfassung', 'resume'],
  status: ['etat'],
  issueType: ['vorgangstyp', 'type de ticket'],
  statusCategory: ['statuskategorie', 'categorie d etat'],
  assignee: ['zugewiesene person', 'bearbeiter', 'responsable'],
  due: ['falligkeitsdatum', 'date d echeance'],
  updated: ['aktualisiert', 'mise a jour'],
  resolved: ['erledigt'],
  project: ['projektname', 'nom du projet'],
  parent: ['ubergeordnet'],
  customField: ['benutzerdefiniertes feld', 'benutzerdefinierte felder', 'champ personnalise'],
} as const;
const CUSTOM_FIELD = ['custom field', ...LOCALISED.customField];
const custom = (name: string): string[] => CUSTOM_FIELD.map((prefix) => `${prefix} ${name}`);

const KEY = ['issue key', 'work item key', ...LOCALISED.key];

/**
 * Link type names (as in the header's parentheses) that are dependencies -> whether the row
 * depends on the issue its Outward column names (Depends: "depends on") or that issue on the
 * row (Blocks: "blocks"). Types no stored documentation describes keep the Blocks reading.
 */
const OUTWARD_DEPENDS_ON_OTHER: ReadonlyMap<string, boolean> = new Map([
  ['blocks', false],
  ['depends', true],
  ['gantt end to start', false],
  ['gantt dependency', false],
  ['blocker', false],
  ['dependency', false],
  ['dependent', false],
  ['finish to start', false],
]);
const LINK_HEADER = /^(inward|outward) (?:issue|work item) link (.+)$/;
/** The French export's link columns: "Lien de ticket entrant (Blocks)" is the inward column, "sortant" the outward. */
const LINK_HEADER_FR = /^lien de ticket (entrant|sortant) (.+)$/;

/** [direction, link type] of a link column's header, undefined for another column. */
function linkHeader(header: string): ['inward' | 'outward', string] | undefined {
  const m = LINK_HEADER.exec(header);
  if (m) return [m[1] as 'inward' | 'outward', m[2]!];
  const fr = LINK_HEADER_FR.exec(header);
  return fr ? [fr[1] === 'entrant' ? 'inward' : 'outward', fr[2]!] : undefined;
}

export const JIRA: SourceProfile = {
  id: 'jira',
  label: 'Jira export',
  recognise: (table: ProfileTable) =>
    table.headers.some((h) => KEY.includes(h)) &&
    table.headers.some((h) => h === 'summary' || (LOCALISED.summary as readonly string[]).includes(h)) &&
    ['status', 'issue type', 'work type', 'work item type', ...LOCALISED.status, ...LOCALISED.issueType].some((h) => table.headers.includes(h)),
  fields: {
    id: KEY,
    name: ['summary', ...LOCALISED.summary],
    status: [...custom('rag'), ...custom('rag status'), ...custom('health'), 'status', ...LOCALISED.status],
    owner: ['assignee', ...LOCALISED.assignee],
    // Jira Plans' (Advanced Roadmaps') Target start / Target end where the export has no other dates.
    due: ['due date', 'due', ...LOCALISED.due, ...custom('target end'), 'target end'],
    start: [...custom('start date'), 'start date', ...custom('target start'), 'target start'],
    lastUpdated: ['updated', ...LOCALISED.updated],
    // The resolution date: when the issue was resolved, i.e. its actual finish.
    actualFinish: ['resolved', 'resolution date', ...LOCALISED.resolved],
    department: [...custom('team'), 'team', 'project name', ...LOCALISED.project],
    percentComplete: [...custom('progress'), 'progress'],
    kpi: [],
    dependsOn: [],
  },
  // Parent holds the parent's key, or since 2024 (Epic Link's end) its numeric Issue id, as Parent id always does.
  // A status of the team's own workflow ("Awaiting approval") is read by the category Jira files it under; a blank start or due by the plan's target dates.
  fallback: { status: ['status category', ...LOCALISED.statusCategory], start: [...custom('target start'), 'target start'], due: [...custom('target end'), 'target end'] },
  // Jira's default statuses in German and French that the general vocabulary does not read.
  statusWords: {
    'zu erledigen': 'not-started',
    offen: 'unknown',
    'erneut geöffnet': 'unknown',
    geschlossen: 'done',
    ouvert: 'unknown',
    ouverte: 'unknown',
    réouvert: 'unknown',
    réouverte: 'unknown',
    résolu: 'done',
    résolue: 'done',
    fermé: 'done',
    fermée: 'done',
  },
  parent: ['parent', 'parent id', 'parent key', ...LOCALISED.parent, ...custom('epic link'), 'epic link'],
  otherId: { headers: ['issue id', 'work item id', ...LOCALISED.id], namedBy: [] },
  links: (row: ProfileRow): ProfileLink[] => {
    const out: ProfileLink[] = [];
    for (const header of new Set(row.headers)) {
      const m = linkHeader(header);
      const outwardDependsOnOther = m ? OUTWARD_DEPENDS_ON_OTHER.get(m[1]) : undefined;
      if (outwardDependsOnOther === undefined) continue;
      // The inward column is the same link seen from the other issue.
      const dependsOnOther = m![0] === 'outward' ? outwardDependsOnOther : !outwardDependsOnOther;
      for (const { value, cell } of row.cells(header)) {
        if (isBlank(value)) continue;
        for (const piece of cleanText(String(value)).split(/[,;\s]+/)) {
          const other = normaliseId(piece);
          if (other === undefined || other === row.id) continue;
          out.push(dependsOnOther ? { from: other, to: row.id, type: 'FS', lagDays: 0, cell } : { from: row.id, to: other, type: 'FS', lagDays: 0, cell });
        }
      }
    }
    return out;
  },
};
