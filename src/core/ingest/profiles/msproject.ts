import type { CellValue } from '../../types';
import type { ProfileRowValues, ProfileTable, SourceProfile } from './profile';

/**
 * Microsoft Project (desktop / Project Online) exports, through an Import/Export map: the Excel
 * export's Task_Table, Resource_Table and Assignment_Table sheets ("ID", "Task Name" or "Name",
 * "Duration", "Start", "Finish", "Predecessors", "Resource Names", "% Complete", "Outline Level",
 * "Unique ID"), the same map saved as CSV ("Start_Date", "Finish_Date", "Outline_Level",
 * "Percent_Comp", "Resource_Names"), and a Project XML file turned into a Task_Table by
 * src/xlsx/read-mspdi-source.ts. Only tasks are initiatives.
 * - Predecessors name task IDs (row numbers of the file): "3", "14FS+3d", "3FS+2 days", several
 *   separated by a comma or a semicolon (the locale's list separator); an ID alone is FS. The
 *   depends-on reader reads them; ids are local to the file (localIds). An export whose map has
 *   only Unique ID Predecessors (the stable form: IDs renumber on insert) names Unique IDs: its
 *   links are resolved through the Unique ID column to the tasks, still keyed by ID (otherId).
 * - Resource Names is the owner ("Resource2,Resource3" as written), without the units Project
 *   writes after a resource not assigned at 100% ("Bo Chen[50%]", ownerUnits).
 * - With no Status column, % Complete gives the status, as Project works its own Status field out
 *   of it (Complete: the task is 100% complete; PjStatusType): 100% done, part done in progress,
 *   0% not started (statusFromPercent).
 * - A task marked inactive (Active: No; Project 2010 and later keep it in the plan, out of the
 *   schedule) and an external task (External Task: Yes: another project's task, shown as the far
 *   end of a cross-project link) are not this project's work: left out, said once per run of rows.
 * - Status Date (Project's project-wide date that progress is reported as of, which the XML reader
 *   writes on every task) is each task's last update; Project keeps no per-task one.
 * - Rows nest by the Outline Level column (or Outline Number, WBS) when the map exports it, else by
 *   the sheet's grouped rows when the export groups summary tasks' children (the marker 'grouped':
 *   RawSheet.rowOutlineLevels, Excel's row outline), else by the indentation of the task name
 *   (the marker 'indent': leading spaces, as the Excel export writes summary tasks' children).
 * - German Project writes its own field names (Nr., Vorgangsname, Dauer, Anfang, Ende, Vorgänger,
 *   Ressourcennamen, % abgeschlossen, Gliederungsebene; the sheets Vorgang_Tabelle,
 *   Ressource_Tabelle, Zuordnung_Tabelle), link types EA, AA, EE, AE (FS, SS, FF, SF) and units
 *   (Tage, Wochen, Std.): the depends-on and duration readers read those (normalise/dependency.ts,
 *   lag-units.ts). The German names are from German Project's field list, as its exports write them.
 * See ../shared/EXPORT-FORMATS.md, "Microsoft Project".
 */
const RESOURCE_SIGNS = ['max units', 'std rate', 'ovt rate', 'cost use', 'accrue at', 'base calendar', 'initials', 'material label'];

/** German Project's names of the fields read here, normalised (accents folded). */
const GERMAN = {
  id: ['nr', 'einmalige nr'],
  name: ['vorgangsname'],
  start: ['anfang'],
  finish: ['ende'],
  predecessors: ['vorganger'],
  resourceNames: ['ressourcennamen'],
  percentComplete: ['% abgeschlossen'],
  outline: ['gliederungsebene', 'gliederungsnummer', 'psp code'],
  deadline: ['stichtag'],
  actualStart: ['aktueller anfang'],
  actualFinish: ['aktuelles ende'],
  cost: ['kosten'],
  actualCost: ['aktuelle kosten'],
  duration: ['dauer'],
  projectOnly: ['dauer', 'gliederungsebene', 'ressourcennamen', 'einmalige nr'],
} as const;

const TASK_SHEETS = ['Task_Table', 'Vorgang_Tabelle'];

function has(table: ProfileTable, header: string): boolean {
  return table.headers.includes(header);
}

function hasAny(table: ProfileTable, headers: readonly string[]): boolean {
  return headers.some((h) => table.headers.includes(h));
}

function isTaskTable(table: ProfileTable): boolean {
  return (
    hasAny(table, ['predecessors', 'unique id predecessors', ...GERMAN.predecessors]) &&
    hasAny(table, ['finish', 'finish date', ...GERMAN.finish]) &&
    hasAny(table, ['task name', 'name', ...GERMAN.name]) &&
    (TASK_SHEETS.includes(table.sheet) || hasAny(table, ['duration', 'outline level', 'resource names', 'unique id', ...GERMAN.projectOnly]))
  );
}

function isResourceTable(table: ProfileTable): boolean {
  if (table.sheet === 'Resource_Table' || table.sheet === 'Ressource_Tabelle') return true;
  return has(table, 'resource name') && RESOURCE_SIGNS.filter((h) => has(table, h)).length >= 2;
}

function isAssignmentTable(table: ProfileTable): boolean {
  if (table.sheet === 'Assignment_Table' || table.sheet === 'Zuordnung_Tabelle') return true;
  return has(table, 'task name') && has(table, 'resource name') && (has(table, 'work') || has(table, 'units')) && !has(table, 'predecessors');
}

export const MSPROJECT: SourceProfile = {
  id: 'msproject',
  label: 'Microsoft Project export',
  recognise: (table) => isTaskTable(table) || isResourceTable(table) || isAssignmentTable(table),
  notInitiatives: (table) => {
    if (isTaskTable(table)) return undefined;
    if (isAssignmentTable(table)) return "it is Microsoft Project's assignment table (which resource works on which task), not tasks";
    return "it is Microsoft Project's resource table, not tasks";
  },
  fields: {
    id: ['id', 'unique id', ...GERMAN.id],
    name: ['task name', 'name', ...GERMAN.name],
    owner: ['resource names', ...GERMAN.resourceNames],
    status: ['status'],
    start: ['start', 'start date', ...GERMAN.start],
    due: ['finish', 'finish date', ...GERMAN.finish],
    // Project's Deadline, Actual Start and Actual Finish fields (NA when not set), as an export map or the XML writes them.
    deadline: ['deadline', ...GERMAN.deadline],
    actualStart: ['actual start', 'actual start date', ...GERMAN.actualStart],
    actualFinish: ['actual finish', 'actual finish date', ...GERMAN.actualFinish],
    percentComplete: ['% complete', 'percent complete', 'percent comp', ...GERMAN.percentComplete],
    // "0 days" is a milestone; a start and a duration with no finish give the finish.
    duration: ['duration', ...GERMAN.duration],
    dependsOn: ['predecessors', 'unique id predecessors', ...GERMAN.predecessors],
    budget: ['baseline cost'],
    forecastCost: ['cost', ...GERMAN.cost],
    // Project's Actual Cost field: what the task has cost so far.
    actualCost: ['actual cost', ...GERMAN.actualCost],
    // Project keeps no per-task update date or KPI: never guessed from other columns.
    lastUpdated: ['status date'],
    kpi: [],
  },
  statusFromPercent: true,
  ownerUnits: true,
  dependsOnSyntax: 'ids',
  localIds: true,
  otherId: { headers: ['unique id', 'einmalige nr'], namedBy: ['unique id predecessors'] },
  outline: ['outline level', 'outline number', 'wbs', ...GERMAN.outline, 'grouped', 'indent'],
  groupRow: (row: ProfileRowValues) => {
    if (isNo(row.value('active'))) return INACTIVE;
    if (isYes(row.value('external task'))) return EXTERNAL;
    return undefined;
  },
  groupRowsUnread: "Project leaves inactive tasks out of its schedule, links and all, and another project's tasks stand in the plan only as the far end of a cross-project link.",
  groupRowsApart: true,
  groupRowColumns: ['active', 'external task'],
};

const INACTIVE = 'a task marked inactive (Active: No)';
const EXTERNAL = "another project's task (External Task: Yes)";

/** Project's Yes/No fields as its export writes them. */
function isYes(value: CellValue): boolean {
  return value === true || (typeof value === 'string' && /^(?:yes|true|1)$/i.test(value.trim())) || value === 1;
}

function isNo(value: CellValue): boolean {
  return value === false || (typeof value === 'string' && /^(?:no|false|0)$/i.test(value.trim())) || value === 0;
}
