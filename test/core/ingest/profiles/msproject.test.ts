/**
 * The Microsoft Project profile on Project's own export layouts:
 * - ../shared/data/exports/msproject-export-aspose-tasktable.xlsx: Project's "Export to Excel"
 *   layout written by Aspose.Tasks (MIT, see that folder's SOURCES.md): Task_Table, Resource_Table
 *   and Assignment_Table, headers with a leading space (" ID", " Task Name"), an unnamed second
 *   column, children's names indented by four spaces a level, dates like " Thu 6/08/00";
 * - the same task-table map saved as CSV (Outline_Level, Percent_Comp, Resource_Names,
 *   Start_Date / Finish_Date), written here by hand.
 * Every expected value below was read off the file's cells (or the CSV text), not off our output.
 */
import { readFileSync } from 'fs';
import { ingestSources } from '../../../../src/core/ingest';
import { MSPROJECT } from '../../../../src/core/ingest/profiles/msproject';
import { PROFILES } from '../../../../src/core/ingest/profiles';
import { makeOptions, type DependencyLink, type IngestResult } from '../../../../src/core/types';
import { dayFromIso, isoFromDay } from '../../../../src/core/util/days';
import { readCsvSource } from '../../../../src/xlsx/read-csv';
import { readSourceFile } from '../../../../src/xlsx/read-source';
import { sharedData } from '../../../support/shared-data';

const FILE = 'msproject-export-aspose-tasktable.xlsx';
const options = makeOptions(dayFromIso('2000-07-17')!);
const iso = (day: number | undefined): string | undefined => (day === undefined ? undefined : isoFromDay(day));
const link = (l: DependencyLink) => `${l.id} ${l.type}${l.lagDays === 0 ? '' : l.lagDays > 0 ? `+${l.lagDays}` : l.lagDays} @${l.cell.address}`;

function fields(result: IngestResult, sheet: string): Record<string, string> {
  const table = result.tables.find((t) => t.sheet === sheet)!;
  return Object.fromEntries(table.mapping.map((m) => [m.field, `${String.fromCharCode(65 + m.column)} ${m.header}`]));
}

describe('the Microsoft Project profile', () => {
  it('is in PROFILES', () => {
    expect(PROFILES).toContain(MSPROJECT);
  });
});

describe(`Microsoft Project's Excel export (${FILE})`, () => {
  let result: IngestResult;
  const id = (n: number): string => String(n);
  beforeAll(async () => {
    const source = await readSourceFile(new Uint8Array(readFileSync(sharedData('exports', FILE))), FILE);
    result = ingestSources([source], options);
  });

  it('reads the task table and ignores the resource and assignment tables, saying why', () => {
    expect(result.tables.map((t) => [t.sheet, t.kind, t.profile, t.rowCount, t.ignoredReason])).toEqual([
      ['Task_Table', 'initiatives', 'Microsoft Project export', 10, undefined],
      // Resource_Table: a blank row 2, then resources 1-5; Assignment_Table: assignments 11-19 (8 rows).
      ['Resource_Table', null, 'Microsoft Project export', 5, "it is Microsoft Project's resource table, not tasks"],
      ['Assignment_Table', null, 'Microsoft Project export', 8, "it is Microsoft Project's assignment table (which resource works on which task), not tasks"],
    ]);
  });

  it('maps each field to its column (headers as written, leading space gone), Duration too', () => {
    expect(fields(result, 'Task_Table')).toEqual({
      id: 'A ID',
      name: 'C Task Name',
      duration: 'D Duration',
      start: 'E Start',
      due: 'F Finish',
      dependsOn: 'G Predecessors',
      owner: 'H Resource Names',
    });
    expect(result.tables[0]!.unmapped).toEqual([]);
  });

  it('reads the ten tasks with their own task IDs (the only plan read, so its numbers are kept), names without their indentation, dates and resources', () => {
    expect(
      result.initiatives.map((r) => [r.id, r.name, iso(r.start), iso(r.due), r.owner ?? null]),
    ).toEqual([
      [id(1), 'Task1', '2000-06-08', '2000-07-16', null], // " Thu 6/08/00" .. " Sun 7/16/00"
      [id(2), 'Task2', '2000-06-08', '2000-06-08', null],
      [id(3), 'Task3', '2000-06-08', '2000-06-09', 'Resource1'],
      [id(4), 'Task4', '2000-06-10', '2000-06-23', 'Resource2,Resource3'],
      [id(5), 'Task5', '2000-06-24', '2000-07-08', 'Resource2'],
      [id(6), 'Task6', '2000-06-24', '2000-07-07', null],
      [id(7), 'Task7', '2000-06-24', '2000-07-08', 'Resource3'],
      [id(8), 'Task8', '2000-07-09', '2000-07-12', 'Resource4,Resource5'],
      [id(9), 'Task9', '2000-07-13', '2000-07-13', null],
      [id(10), 'Task10', '2000-07-14', '2000-07-16', 'Resource5'],
    ]);
  });

  it('reads every predecessor by task ID as a finish-to-start link from its cell', () => {
    expect(result.initiatives.filter((r) => r.dependsOn.length > 0).map((r) => [r.id, r.dependsOn.map(link)])).toEqual([
      [id(4), [`${id(3)} FS @G5`]],
      [id(5), [`${id(4)} FS @G6`]],
      [id(8), [`${id(5)} FS @G9`]],
      [id(9), [`${id(8)} FS @G10`]],
      [id(10), [`${id(9)} FS @G11`]],
    ]);
    expect(result.dependencies).toEqual([]);
  });

  it('nests the tasks by the indentation of their names: Task1 holds 2-5 and 8-10, Task5 holds 6 and 7', () => {
    expect(result.initiatives.map((r) => [r.id, r.parent ?? null])).toEqual([
      [id(1), null],
      [id(2), id(1)],
      [id(3), id(1)],
      [id(4), id(1)],
      [id(5), id(1)],
      [id(6), id(5)],
      [id(7), id(5)],
      [id(8), id(1)],
      [id(9), id(1)],
      [id(10), id(1)],
    ]);
  });

  it('raises no value finding on the task table', () => {
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });
});

describe("Microsoft Project's task table saved as CSV (Import/Export map field names)", () => {
  const csv = [
    'ID,Unique_ID,Name,Duration,Start_Date,Finish_Date,Predecessors,Outline_Level,Resource_Names,Percent_Comp',
    '1,11,Claims platform,20 days,2026-03-02,2026-03-27,,1,,25',
    '2,12,Design,5 days,2026-03-02,2026-03-06,,2,Ana Ruiz,100',
    '3,13,Build,10 days,2026-03-11,2026-03-24,2FS+2 days,2,"Ben Okafor,Chen Li",10',
    '4,15,Test,3 days,2026-03-25,2026-03-27,"3FS-1d;2SS+3d",2,Chen Li,0',
    '5,16,Go-live,0 days,2026-03-27,2026-03-27,"4, 3FF",1,,0',
  ].join('\n');
  const result = ingestSources([readCsvSource(new TextEncoder().encode(csv), 'Plan.csv')], makeOptions(dayFromIso('2026-03-16')!));
  const id = (n: number): string => String(n);

  it('is recognised and mapped by the profile (Unique_ID unmapped, Outline_Level read for nesting)', () => {
    expect(result.tables.map((t) => [t.sheet, t.kind, t.profile, t.rowCount])).toEqual([['Plan', 'initiatives', 'Microsoft Project export', 5]]);
    expect(fields(result, 'Plan')).toEqual({
      id: 'A ID',
      name: 'C Name',
      duration: 'D Duration',
      start: 'E Start_Date',
      due: 'F Finish_Date',
      dependsOn: 'G Predecessors',
      owner: 'I Resource_Names',
      percentComplete: 'J Percent_Comp',
    });
  });

  it('reads names, dates, owners and percents', () => {
    expect(result.initiatives.map((r) => [r.id, r.name, iso(r.start), iso(r.due), r.owner ?? null, r.percentComplete])).toEqual([
      [id(1), 'Claims platform', '2026-03-02', '2026-03-27', null, 0.25],
      [id(2), 'Design', '2026-03-02', '2026-03-06', 'Ana Ruiz', 1],
      [id(3), 'Build', '2026-03-11', '2026-03-24', 'Ben Okafor,Chen Li', 0.1],
      [id(4), 'Test', '2026-03-25', '2026-03-27', 'Chen Li', 0],
      [id(5), 'Go-live', '2026-03-27', '2026-03-27', null, 0],
    ]);
  });

  it('reads "2FS+2 days", semicolon and comma lists, leads, SS and FF, each from its predecessor', () => {
    expect(result.initiatives.map((r) => [r.id, r.dependsOn.map(link)])).toEqual([
      [id(1), []],
      [id(2), []],
      [id(3), [`${id(2)} FS+2 @G4`]],
      [id(4), [`${id(3)} FS-1 @G5`, `${id(2)} SS+3 @G5`]],
      [id(5), [`${id(4)} FS @G6`, `${id(3)} FF @G6`]],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });

  it('nests by Outline_Level: Design, Build and Test under Claims platform, Go-live on top', () => {
    expect(result.initiatives.map((r) => [r.id, r.parent ?? null])).toEqual([
      [id(1), null],
      [id(2), id(1)],
      [id(3), id(1)],
      [id(4), id(1)],
      [id(5), null],
    ]);
  });
});

describe("Microsoft Project's % Complete as the status of a table with no Status column", () => {
  // Project's own Status field is worked out of % complete: Complete is a task 100% complete (PjStatusType, Aspose TaskStatus).
  const csv = [
    'ID,Name,Start_Date,Finish_Date,Predecessors,Outline_Level,Percent_Comp',
    '1,Plant extension,2026-09-01,2027-01-04,,1,30',
    '2,Permit,2026-09-01,2026-09-21,,2,100',
    '3,Foundations,2026-09-22,2026-10-19,2,2,40',
    '4,Handover,2027-01-04,2027-01-04,3,2,0',
    '5,Snagging,2027-01-05,2027-01-08,4,2,',
  ].join('\n');
  const result = ingestSources([readCsvSource(new TextEncoder().encode(csv), 'Plant.csv')], makeOptions(dayFromIso('2026-11-16')!));

  it('reads 100% as done, 30% and 40% as in progress (no colour), 0% as not started, a blank percent as no status', () => {
    expect(result.initiatives.map((r) => [r.id, r.status ?? null, r.statusFrom ?? null, r.statusText ?? null])).toEqual([
      ['1', 'unknown', 'percent', null],
      ['2', 'done', 'percent', null],
      ['3', 'unknown', 'percent', null],
      ['4', 'not-started', 'percent', null],
      ['5', null, null, null],
    ]);
  });

  it('does not call the status column missing: the percent gives it', () => {
    const missing = result.findings.filter((f) => f.code === 'ingest.fields-missing').map((f) => f.message);
    expect(missing).toEqual([
      'Plant.csv, sheet "Plant": no column was found for last updated, so the report gives its 5 initiatives no update dates (no staleness check); they are shown as not given.',
    ]);
  });

  it('reads a Status column where the map exports one, not the percent', () => {
    const withStatus = ['ID,Name,Finish_Date,Predecessors,Outline_Level,Percent_Comp,Status', '1,Permit,2026-09-21,,1,100,Late'].join('\n');
    const read = ingestSources([readCsvSource(new TextEncoder().encode(withStatus), 'Plant.csv')], makeOptions(dayFromIso('2026-11-16')!));
    expect(read.initiatives.map((r) => [r.id, r.statusText ?? null, r.statusFrom ?? null])).toEqual([['1', 'Late', null]]);
  });
});

describe("Microsoft Project's Resource Names with assignment units", () => {
  // Project writes a resource's units after its name when not 100%: "[50%]", or "[0.5]" when units are shown as decimals.
  it('reads the owners as the resources named, without their units', () => {
    const csv = [
      'ID,Name,Finish_Date,Predecessors,Resource_Names',
      '1,Vendor selection,2026-07-31,,"Bo Chen[50%],Ana Silva"',
      '2,Integrations,2026-11-03,1,Dev Team[200%]',
      '3,Testing,2026-12-10,2,QA [0.5]',
      '4,Go-live,2026-12-11,3,Ana Silva',
    ].join('\n');
    const result = ingestSources([readCsvSource(new TextEncoder().encode(csv), 'Crm.csv')], makeOptions(dayFromIso('2026-11-16')!));
    expect(result.initiatives.map((r) => [r.id, r.owner])).toEqual([
      ['1', 'Bo Chen,Ana Silva'],
      ['2', 'Dev Team'],
      ['3', 'QA'],
      ['4', 'Ana Silva'],
    ]);
  });
});

describe("Microsoft Project's task table linked by Unique ID Predecessors only", () => {
  // Unique IDs never renumber, IDs do (EXPORT-FORMATS.md): the map exports the stable links; tasks stay keyed by ID.
  const csv = [
    'ID,Unique ID,Name,Duration,Start,Finish,Unique ID Predecessors,Outline Level',
    '1,1,ERP upgrade,30 days,2026-09-01,2026-10-12,,1',
    '2,4,Sandbox build,10 days,2026-09-01,2026-09-14,,2',
    '3,7,Code remediation,10 days,2026-09-15,2026-09-28,4,2',
    '4,9,Regression test,5 days,2026-09-29,2026-10-05,"7;99",2',
    '5,12,Cut-over,3 days,2026-10-08,2026-10-12,9FS+2 days,1',
  ].join('\n');
  const result = ingestSources([readCsvSource(new TextEncoder().encode(csv), 'Erp.csv')], makeOptions(dayFromIso('2026-09-16')!));

  it('is recognised as a task table, the links read from Unique ID Predecessors and the Outline Level read as the outline', () => {
    expect(result.tables.map((t) => [t.sheet, t.kind, t.profile, t.rowCount])).toEqual([['Erp', 'initiatives', 'Microsoft Project export', 5]]);
    expect(fields(result, 'Erp')).toEqual({ id: 'A ID', name: 'C Name', duration: 'D Duration', start: 'E Start', due: 'F Finish', dependsOn: 'G Unique ID Predecessors' });
    expect(result.initiatives.map((r) => [r.id, r.parent ?? null])).toEqual([
      ['1', null],
      ['2', '1'],
      ['3', '1'],
      ['4', '1'],
      ['5', null],
    ]);
    // Unique ID and Outline Level are read, so not "not used".
    expect(result.tables[0]!.unmapped.map((u) => u.header)).toEqual([]);
  });

  it('resolves each Unique ID to the task that has it: UID 4 is task 2, UID 7 task 3, UID 9 task 4; UID 99 is no task of the file', () => {
    expect(result.initiatives.map((r) => [r.id, r.dependsOn.map(link)])).toEqual([
      ['1', []],
      ['2', []],
      ['3', ['2 FS @G4']],
      ['4', ['3 FS @G5', 'Unique ID 99 FS @G5']],
      ['5', ['4 FS+2 @G6']],
    ]);
  });
});

describe("Microsoft Project's task table with the Active and External Task fields", () => {
  // Project 2010 and later keep an inactive task in the plan, out of the schedule; an external task
  // is another project's task shown for a cross-project link. Rows 3, 4 and 6 are not this plan's work.
  const csv = [
    'ID,Name,Duration,Start,Finish,Predecessors,Active,External Task',
    '1,Design,5 days,2026-09-01,2026-09-07,,Yes,No',
    '2,Hypercare,5 days,2026-09-08,2026-09-14,1,No,No',
    '3,Pilot,5 days,2026-09-08,2026-09-14,1,No,No',
    '4,Build,5 days,2026-09-08,2026-09-14,1,Yes,No',
    '5,Power upgrade,10 days,2026-09-01,2026-09-14,,Yes,Yes',
  ].join('\n');
  const result = ingestSources([readCsvSource(new TextEncoder().encode(csv), 'Plan.csv')], makeOptions(dayFromIso('2026-09-16')!));

  it('leaves the inactive and external tasks out, says so once per run of rows, and counts Active and External Task as read', () => {
    expect(result.initiatives.map((r) => r.id)).toEqual(['1', '4']);
    expect(result.tables[0]!.rowCount).toBe(2);
    expect(result.findings.filter((f) => f.code === 'ingest.table-ignored').map((f) => [f.cells[0]!.address, f.message])).toEqual([
      [
        'A3',
        'Plan.csv, sheet "Plan": rows 3 to 4 (A3:H4) hold a task marked inactive (Active: No) and were not read: ' +
          "Project leaves inactive tasks out of its schedule, links and all, and another project's tasks stand in the plan only as the far end of a cross-project link.",
      ],
      [
        'A6',
        'Plan.csv, sheet "Plan": row 6 (A6:H6) holds another project\'s task (External Task: Yes) and was not read: ' +
          "Project leaves inactive tasks out of its schedule, links and all, and another project's tasks stand in the plan only as the far end of a cross-project link.",
      ],
    ]);
    expect(result.tables[0]!.unmapped).toEqual([]);
  });
});

describe("German Microsoft Project's task table (Vorgang_Tabelle)", () => {
  // German Project's field names, link types (EA = FS, AA = SS, EE = FF, AE = SF) and units, ";" between links.
  const csv = [
    'Nr.,Vorgangsname,Dauer,Anfang,Ende,Vorgänger,Ressourcennamen,% abgeschlossen,Gliederungsebene',
    '1,Umzug Rechenzentrum,60 Tage,05.10.2026,25.12.2026,,,30%,1',
    '2,Bestandsaufnahme,10 Tage,05.10.2026,16.10.2026,,Jana Keller,100%,2',
    '3,Hardware bestellen,15 Tage,21.10.2026,10.11.2026,2EA+2 Tage,Tim Vogel,100%,2',
    '4,Migration Server,20 Tage,16.11.2026,11.12.2026,"3AA+1 Woche;2EA",Jana Keller,0%,2',
    '5,Abnahme,0 Tage,11.12.2026,11.12.2026,4EE,Jana Keller,0%,1',
  ].join('\n');
  const result = ingestSources([readCsvSource(new TextEncoder().encode(csv), 'Vorgang_Tabelle.csv')], makeOptions(dayFromIso('2026-11-16')!));

  it('is read by the Project profile: its links, durations, resources as owners and outline levels', () => {
    expect(result.tables.map((t) => [t.sheet, t.kind, t.profile, t.rowCount])).toEqual([['Vorgang_Tabelle', 'initiatives', 'Microsoft Project export', 5]]);
    expect(fields(result, 'Vorgang_Tabelle')).toEqual({
      id: 'A Nr.',
      name: 'B Vorgangsname',
      duration: 'C Dauer',
      start: 'D Anfang',
      due: 'E Ende',
      dependsOn: 'F Vorgänger',
      owner: 'G Ressourcennamen',
      percentComplete: 'H % abgeschlossen',
    });
    // 2 Tage lag: 2 working days; 1 Woche: 5. Gliederungsebene 2 sits under the row of level 1 above it.
    expect(result.initiatives.map((r) => [r.id, r.owner ?? null, r.duration, r.parent ?? null, r.dependsOn.map(link)])).toEqual([
      ['1', null, 60, null, []],
      ['2', 'Jana Keller', 10, '1', []],
      ['3', 'Tim Vogel', 15, '1', ['2 FS+2 @F4']],
      ['4', 'Jana Keller', 20, '1', ['3 SS+5 @F5', '2 FS @F5']],
      ['5', 'Jana Keller', 0, null, ['4 FF @F6']],
    ]);
    expect(result.tables[0]!.unmapped).toEqual([]);
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });
});

describe('what the profile recognises', () => {
  const table = (headers: string[], sheet = 'Sheet1') => ({ headers, sheet, source: 'x.xlsx' });

  it('a task table by its Predecessors, Finish and name columns beside a Project column or the Task_Table sheet', () => {
    expect(MSPROJECT.recognise(table(['id', 'task name', 'duration', 'start', 'finish', 'predecessors']))).toBe(true);
    expect(MSPROJECT.recognise(table(['id', 'name', 'start', 'finish', 'predecessors'], 'Task_Table'))).toBe(true);
    // A hand-built plan with no Project-only column is left to the general matcher.
    expect(MSPROJECT.recognise(table(['id', 'name', 'start', 'finish', 'predecessors']))).toBe(false);
    // Unique ID Predecessors are Project's too (the stable form of the links).
    expect(MSPROJECT.recognise(table(['id', 'unique id', 'task name', 'duration', 'start', 'finish', 'unique id predecessors']))).toBe(true);
    // Smartsheet's End Date is not Project's Finish.
    expect(MSPROJECT.recognise(table(['task name', 'start date', 'end date', 'duration', 'predecessors']))).toBe(false);
  });

  it('a resource table and an assignment table by their Project columns, as not initiatives', () => {
    const resources = table(['id', '', 'resource name', 'type', 'material label', 'initials', 'group', 'max units', 'std rate']);
    expect(MSPROJECT.recognise(resources)).toBe(true);
    expect(MSPROJECT.notInitiatives!(resources)).toBe("it is Microsoft Project's resource table, not tasks");
    const assignments = table(['uid', 'task name', 'resource name', 'work', 'duration']);
    expect(MSPROJECT.recognise(assignments)).toBe(true);
    expect(MSPROJECT.notInitiatives!(assignments)).toBe("it is Microsoft Project's assignment table (which resource works on which task), not tasks");
    expect(MSPROJECT.notInitiatives!(table(['id', 'task name', 'duration', 'start', 'finish', 'predecessors']))).toBeUndefined();
  });
});

describe("Microsoft Project's cost fields (Baseline Cost, Cost, Actual Cost)", () => {
  // Project's Cost is the task's total (forecast) cost, Baseline Cost its budget and Actual Cost what it has cost so far.
  const csv = [
    'ID,Name,Start_Date,Finish_Date,Predecessors,Outline_Level,Resource_Names,Baseline_Cost,Cost,Actual_Cost',
    '1,Design,2026-03-02,2026-03-06,,1,Ana Ruiz,"£1,000.00","£1,200.00",£600.00',
    '2,Build,2026-03-09,2026-03-20,1,1,Ben Okafor,"£5,000.00","£4,800.00",£0.00',
  ].join('\n');
  const result = ingestSources([readCsvSource(new TextEncoder().encode(csv), 'Costs.csv')], makeOptions(dayFromIso('2026-03-16')!));

  it('reads each into its own field', () => {
    expect(result.tables.map((t) => t.profile)).toEqual(['Microsoft Project export']);
    expect(fields(result, 'Costs')).toMatchObject({ budget: 'H Baseline_Cost', forecastCost: 'I Cost', actualCost: 'J Actual_Cost' });
    expect(result.initiatives.map((r) => [r.id, r.budget, r.forecastCost, r.actualCost])).toEqual([
      ['1', 1000, 1200, 600],
      ['2', 5000, 4800, 0],
    ]);
  });
});

describe("Microsoft Project lags in Project's other duration units (hours, minutes, months, elapsed) and in percent", () => {
  const csv = [
    'ID,Unique_ID,Name,Duration,Start_Date,Finish_Date,Predecessors,Outline_Level',
    '1,11,Design,5 days,2026-03-02,2026-03-06,,1',
    '2,12,Build,10 days,2026-03-11,2026-03-24,1FS+4 hrs,1',
    '3,13,Test,3 days,2026-03-25,2026-03-27,"2FS+2 mons;1SS+960 mins",1',
    '4,14,Docs,3 days,2026-03-25,2026-03-27,1FF+3 edays,1',
    '5,15,Go-live,0 days,2026-03-27,2026-03-27,3FS+50%,1',
  ].join('\n');
  const result = ingestSources([readCsvSource(new TextEncoder().encode(csv), 'Lags.csv')], makeOptions(dayFromIso('2026-03-16')!));

  it('4 hrs = 0.5 day (kept: the link rounds it), 2 mons = 40 days, 960 mins = 2 days, 3 edays = 3 x 5/7 (read as 2), 50% read with no lag', () => {
    expect(result.initiatives.map((r) => [r.id, r.dependsOn.map(link)])).toEqual([
      ['1', []],
      ['2', ['1 FS+0.5 @G3']],
      ['3', ['2 FS+40 @G4', '1 SS+2 @G4']],
      ['4', ['1 FF+2 @G5']],
      ['5', ['3 FS @G6']],
    ]);
  });

  it('the percent lag is one value.unparseable on its cell, saying why; the other lags raise nothing', () => {
    expect(result.findings.filter((f) => f.code.startsWith('value.')).map((f) => [f.code, f.message, f.cells.map((c) => c.address)])).toEqual([
      [
        'value.unparseable',
        `5: depends on "3FS+50%" cannot be read; expected ids such as FIN-2, each optionally with a link type and lag such as FS+5d (could not read "+50%", a lag in percent of the predecessor's duration, which the cell does not give; the link is read with no lag).`,
        ['G6'],
      ],
    ]);
  });
});
