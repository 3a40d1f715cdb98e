/**
 * Primavera P6 exports to Excel: an Activities layout grouped by WBS (band rows, P6's text dates
 * with " A" for an actual date and "*" for a constrained one) and the XLSX import/export workbook
 * (TASK, TASKPRED, TASKRSRC, PROJWBS sheets; row 1 field names, row 2 labels). Every expected
 * value was read off the rows below by hand.
 */
import { ingestSources } from '../../../../src/core/ingest';
import { PROFILES } from '../../../../src/core/ingest/profiles';
import { PRIMAVERA_LAYOUT, PRIMAVERA_WORKBOOK } from '../../../../src/core/ingest/profiles/primavera';
import { makeOptions, type CellValue, type RawSource } from '../../../../src/core/types';
import { dayFromIso, isoFromDay } from '../../../../src/core/util/days';
import { readCsvSource } from '../../../../src/xlsx/read-csv';

const options = makeOptions(dayFromIso('2026-11-16')!);
const iso = (day: number | undefined): string | null => (day === undefined ? null : isoFromDay(day));
const date = (text: string): Date => new Date(`${text}T00:00:00Z`);

describe('the Primavera P6 profiles', () => {
  it('are in PROFILES', () => {
    expect(PROFILES).toContain(PRIMAVERA_LAYOUT);
    expect(PROFILES).toContain(PRIMAVERA_WORKBOOK);
  });
});

describe('a P6 Activities layout exported to Excel, grouped by WBS', () => {
  const csv = [
    'Activity ID,Activity Name,Original Duration,Remaining Duration,Start,Finish,Activity % Complete,Activity Status,Predecessors',
    'DEP.1  Preliminaries,,9,0,01-Sep-26 A,11-Sep-26 A,,,',
    'A1000,Mobilise site,9,0,01-Sep-26 A,11-Sep-26 A,100%,Completed,',
    'DEP.2  Substructure,,64,18,14-Sep-26 A,04-Dec-26,,,',
    'A1010,Excavate foundations,49,5,14-Sep-26 A,20-Nov-26,65%,In Progress,A1000',
    'A1030,Steel frame,40,40,07-Dec-26,29-Jan-27*,0%,Not Started,A1010',
    'M1090,Building watertight,0,0,,26-Feb-27*,0%,Not Started,A1030',
  ].join('\n');
  const result = ingestSources([readCsvSource(new TextEncoder().encode(csv), 'Activities.csv')], options);

  it('leaves the WBS band rows out and reads " A" dates as actual, "*" dates as the dates they mark', () => {
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Primavera P6 layout export', 4]]);
    expect(result.initiatives.map((r) => [r.id, r.status, iso(r.start), iso(r.due), iso(r.actualStart), iso(r.actualFinish), r.duration])).toEqual([
      ['A1000', 'done', '2026-09-01', '2026-09-11', '2026-09-01', '2026-09-11', 9],
      ['A1010', 'unknown', '2026-09-14', '2026-11-20', '2026-09-14', null, 49],
      ['A1030', 'not-started', '2026-12-07', '2027-01-29', null, null, 40],
      ['M1090', 'not-started', null, '2027-02-26', null, null, 0],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
    // The actual start of A1010 points at its Start cell (E5).
    expect(result.initiatives[1]!.cells).toMatchObject({ elsewhere: { actualStart: { address: 'E5' } } });
  });
});

describe('the P6 XLSX import/export workbook', () => {
  const sheet = (name: string, values: CellValue[][]) => ({ name, origin: { row: 0, col: 0 }, values });
  const source: RawSource = {
    name: 'p6.xlsx',
    origin: 'file',
    dateSystem: 1900,
    sheets: [
      sheet('TASK', [
        ['task_code', 'status_code', 'task_name', 'start_date', 'end_date', 'complete_pct', 'target_drtn_hr_cnt'],
        ['Activity ID', 'Activity Status', 'Activity Name', '(*)Start', '(*)Finish', 'Activity % Complete', 'Original Duration(h)'],
        ['B100', 'Not Started', 'Survey', date('2026-11-23'), date('2026-11-27'), 0, 40],
        ['B110', 'Not Started', 'Design', date('2026-11-30'), null, 0, 80],
      ]),
      sheet('TASKPRED', [
        ['task_id', 'pred_task_id', 'pred_type', 'lag_hr_cnt'],
        ['Successor', 'Predecessor', 'Relationship Type', 'Lag(h)'],
        ['B110', 'B100', 'PR_FS', 0],
      ]),
      sheet('TASKRSRC', [
        ['task_id', 'rsrc_id', 'target_qty'],
        ['Activity ID', 'Resource ID', 'Budgeted Units'],
        ['B100', 'SURVEYOR', 40],
      ]),
      sheet('PROJWBS', [
        ['wbs_short_name', 'wbs_name', 'parent_wbs_id'],
        ['WBS Code', 'WBS Name', 'Parent WBS'],
        ['DEP.1', 'Preliminaries', 'DEP'],
      ]),
    ],
  };
  const result = ingestSources([source], options);

  it('reads TASK as the activities, Original Duration(h) in hours, TASKPRED as the links; PROJWBS and TASKRSRC are no activities', () => {
    expect(result.tables.map((t) => [t.sheet, t.kind, t.profile])).toEqual([
      ['TASK', 'initiatives', 'Primavera P6 workbook'],
      ['TASKPRED', 'dependencies', undefined],
      ['TASKRSRC', null, 'Primavera P6 workbook'],
      ['PROJWBS', null, 'Primavera P6 workbook'],
    ]);
    // 40 h / 8 = 5 days; Design has no finish: 80 h = 10 working days from Mon 2026-11-30 is Fri 2026-12-11.
    expect(result.initiatives.map((r) => [r.id, r.duration, iso(r.start), iso(r.due)])).toEqual([
      ['B100', 5, '2026-11-23', '2026-11-27'],
      ['B110', 10, '2026-11-30', '2026-12-11'],
    ]);
    expect(result.dependencies.map((d) => `${d.from} -> ${d.to} ${d.type}`)).toEqual(['B100 -> B110 FS']);
    // The two header rows are read as one (field name and label); the table is placed at its label row, 2.
    expect(result.findings.filter((f) => f.code === 'ingest.table-ignored').map((f) => f.message.split(': ').slice(1).join(': '))).toEqual([
      "the cells at A2:C3 hold no initiatives, dependencies or KPIs and were not read: it is Primavera P6's resource or assignment table (RSRC, TASKRSRC), not activities.",
      "the cells at A2:C3 hold no initiatives, dependencies or KPIs and were not read: it is Primavera P6's WBS table (PROJWBS: the codes and names activities are grouped under), not activities.",
    ]);
  });
});
