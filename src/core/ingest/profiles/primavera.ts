import { headerIs, type ProfileRowValues, type ProfileTable, type SourceProfile } from './profile';

/**
 * Oracle Primavera P6 exports to Excel, in two shapes:
 * - An Activities layout exported to Excel (Activity ID, Activity Name, Original Duration,
 *   Remaining Duration, Start, Finish, Activity % Complete, Total Float, Activity Status,
 *   Predecessors, Successors; the layout's own columns). A layout grouped by WBS writes a band row
 *   above each group: the WBS code and name in the Activity ID column, no activity name, the
 *   group's dates and durations beside it; band rows are headings, not activities (groupRow).
 *   Dates are text with P6's marks: "01-Sep-26 A" is an actual date (the activity's actual start
 *   or finish), "29-Jan-27*" a date a constraint is set on (dateMarks). An Activity Type column's
 *   Start Milestone and Finish Milestone (the workbook's task_type TT_Mile, TT_FinMile) are
 *   milestones at the start and at the end of their day (activityType).
 * - The XLSX import/export workbook (File > Export > Spreadsheet): one sheet per table, row 1 its
 *   field names (task_code, task_name, target_drtn_hr_cnt), row 2 their labels (Activity ID,
 *   Activity Name, Original Duration(h)). TASK holds the activities and is read by the general
 *   matcher (its durations in hours by their header, normalise/duration.ts); TASKPRED, the
 *   relationships, is read as a dependency register by the general matcher too; PROJWBS (the WBS),
 *   TASKRSRC (resource assignments), RSRC (resources) and the other tables are not initiatives.
 */
/** P6's activity types that are milestones, as a layout shows them and as the workbook's task_type writes them. */
const P6_ACTIVITY_TYPE = { headers: ['activity type', 'task type'], start: ['start milestone', 'tt mile'], finish: ['finish milestone', 'tt finmile'] } as const;

export const PRIMAVERA_LAYOUT: SourceProfile = {
  id: 'primavera-layout',
  label: 'Primavera P6 layout export',
  recognise: (table) =>
    has(table, 'activity id') && has(table, 'activity name') && ['original duration', 'remaining duration', 'activity status', 'total float', 'activity % complete'].some((h) => has(table, h)),
  fields: {
    id: ['activity id'],
    name: ['activity name'],
    status: ['activity status'],
    start: ['start', 'planned start', 'early start'],
    due: ['finish', 'planned finish', 'early finish'],
    actualStart: ['actual start'],
    actualFinish: ['actual finish'],
    percentComplete: ['activity % complete', 'duration % complete', 'physical % complete'],
    duration: ['original duration', 'planned duration', 'at completion duration'],
    dependsOn: ['predecessors'],
    successors: ['successors'],
  },
  groupRow: (row: ProfileRowValues) => (row.value('activity name') === null && row.value('activity id') !== null ? String(row.value('activity id')) : undefined),
  dateMarks: { actual: /\s+A$/, other: /\s*\*$/ },
  activityType: P6_ACTIVITY_TYPE,
};

/** A column of the P6 workbook: its field name first (the joined header "task_code Activity ID" normalised). */
const FIELD = (name: string) => (h: string) => headerIs(h, name);

const NOT_ACTIVITIES: ReadonlyArray<readonly [string, string]> = [
  ['wbs short name', "it is Primavera P6's WBS table (PROJWBS: the codes and names activities are grouped under), not activities"],
  ['rsrc id', "it is Primavera P6's resource or assignment table (RSRC, TASKRSRC), not activities"],
];

export const PRIMAVERA_WORKBOOK: SourceProfile = {
  id: 'primavera-workbook',
  label: 'Primavera P6 workbook',
  // The relationships (pred_task_id) are left to the general matcher's dependency register.
  recognise: (table) => !table.headers.some(FIELD('pred task id')) && (isTaskTable(table) || NOT_ACTIVITIES.some(([h]) => table.headers.some(FIELD(h)))),
  notInitiatives: (table) => (isTaskTable(table) ? undefined : NOT_ACTIVITIES.find(([h]) => table.headers.some(FIELD(h)))?.[1]),
  // Mapped by the general matcher: each header is the field name and its label.
  fields: {},
  activityType: P6_ACTIVITY_TYPE,
};

function isTaskTable(table: ProfileTable): boolean {
  return table.headers.some(FIELD('task code')) && table.headers.some(FIELD('task name'));
}

function has(table: ProfileTable, header: string): boolean {
  return table.headers.includes(header);
}
