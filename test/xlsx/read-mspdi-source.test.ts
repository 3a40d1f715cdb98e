/**
 * Microsoft Project XML (MSPDI) as an input source: readSourceFile sniffs the <Project> root in
 * Project's namespace and lays the tasks out as Project's Excel export does (a Task_Table), which
 * the Microsoft Project profile reads. Files: ../shared/data/mspdi (MPXJ's LGPL test data and
 * Aspose's MIT samples; see that folder's SOURCES.md). Every expected value was worked out from
 * the XML: Task UID/ID/Name/OutlineLevel/Start/Finish, PredecessorLink{PredecessorUID, Type
 * (0 FF, 1 FS, 2 SF, 3 SS), LinkLag in tenths of a minute (4800 = one 8-hour day)}, Assignments.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ingestSources } from '../../src/core/ingest';
import { runPipeline } from '../../src/core/pipeline';
import { makeOptions, type DependencyLink, type IngestResult, type RawSource } from '../../src/core/types';
import { dayFromIso, isoFromDay } from '../../src/core/util/days';
import { isMspdiText } from '../../src/xlsx/read-mspdi-source';
import { readSourceFile, SourceReadError } from '../../src/xlsx/read-source';
import { runMain } from '../cli/run-main';
import { sharedData } from '../support/shared-data';

const options = makeOptions(dayFromIso('2026-01-05')!);
const iso = (day: number | undefined): string | null => (day === undefined ? null : isoFromDay(day));
const link = (l: DependencyLink) => `${l.id} ${l.type}${l.lagDays === 0 ? '' : l.lagDays > 0 ? `+${l.lagDays}` : l.lagDays}`;
/** A task's id as read: the file is read alone, so its task IDs are kept, not scoped to it. */
const local = (id: string | undefined): string | null => id ?? null;

async function read(file: string): Promise<{ source: RawSource; result: IngestResult }> {
  const source = await readSourceFile(new Uint8Array(fs.readFileSync(sharedData('mspdi', file))), file);
  return { source, result: ingestSources([source], options) };
}

/** [ID, predecessors] of the tasks that have any. */
function links(result: IngestResult): Array<[string, string[]]> {
  return result.initiatives.filter((r) => r.dependsOn.length > 0).map((r) => [local(r.id)!, r.dependsOn.map(link)]);
}

describe('isMspdiText', () => {
  it('is true for a <Project> root in Project\'s namespace, after a BOM, the declaration and comments', () => {
    expect(isMspdiText('<Project xmlns="http://schemas.microsoft.com/project"><Name>x</Name></Project>')).toBe(true);
    expect(isMspdiText('\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!--\n ~ Copyright\n-->\n<Project xmlns="http://schemas.microsoft.com/project">')).toBe(true);
    expect(isMspdiText('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">')).toBe(false);
    expect(isMspdiText('<Project xmlns="http://maven.apache.org/POM/4.0.0">')).toBe(false);
    expect(isMspdiText('ID,Name\n1,<Project xmlns="http://schemas.microsoft.com/project">')).toBe(false);
  });
});

describe('aspose-java_DefaultProjectProperties_project.xml (the project of the Aspose Excel export)', () => {
  let source: RawSource;
  let result: IngestResult;
  beforeAll(async () => ({ source, result } = await read('aspose-java_DefaultProjectProperties_project.xml')));

  it('is one Task_Table sheet with Resource Names, the project summary (UID 0) left out', () => {
    expect(source.sheets.map((s) => s.name)).toEqual(['Task_Table']);
    expect(source.sheets[0]!.values[0]).toEqual(['ID', 'Unique ID', 'Name', 'Start', 'Finish', 'Unique ID Predecessors', '% Complete', 'Outline Level', 'Resource Names']);
    // Its StatusDate, 2000-01-01, is Aspose's placeholder before the project start: no Status Date column.
    expect(source.sheets[0]!.values[5]).toEqual([5, 5, 'Task5', new Date(Date.UTC(2000, 5, 24)), new Date(Date.UTC(2000, 6, 8)), '4', '0%', 2, 'Resource2']);
    expect(result.tables.map((t) => [t.sheet, t.kind, t.profile, t.rowCount])).toEqual([['Task_Table', 'initiatives', 'Microsoft Project export', 10]]);
    expect(Object.fromEntries(result.tables[0]!.mapping.map((m) => [m.field, `${String.fromCharCode(65 + m.column)} ${m.header}`]))).toEqual({
      id: 'A ID',
      name: 'C Name',
      start: 'D Start',
      due: 'E Finish',
      dependsOn: 'F Unique ID Predecessors',
      percentComplete: 'G % Complete',
      owner: 'I Resource Names',
    });
  });

  it('reads the same tasks, resources, links and nesting as the Excel export of that project', async () => {
    expect(result.initiatives.map((r) => [local(r.id), r.name, iso(r.start), iso(r.due), r.owner ?? null, r.percentComplete, local(r.parent)])).toEqual([
      ['1', 'Task1', '2000-06-08', '2000-07-16', null, 0, null],
      ['2', 'Task2', '2000-06-08', '2000-06-08', null, 0, '1'],
      ['3', 'Task3', '2000-06-08', '2000-06-09', 'Resource1', 0, '1'],
      ['4', 'Task4', '2000-06-10', '2000-06-23', 'Resource2,Resource3', 0, '1'],
      ['5', 'Task5', '2000-06-24', '2000-07-08', 'Resource2', 0, '1'],
      ['6', 'Task6', '2000-06-24', '2000-07-07', null, 0, '5'],
      ['7', 'Task7', '2000-06-24', '2000-07-08', 'Resource3', 0, '5'],
      ['8', 'Task8', '2000-07-09', '2000-07-12', 'Resource4,Resource5', 0, '1'],
      ['9', 'Task9', '2000-07-13', '2000-07-13', null, 0, '1'],
      ['10', 'Task10', '2000-07-14', '2000-07-16', 'Resource5', 0, '1'],
    ]);
    expect(links(result)).toEqual([
      ['4', ['3 FS']],
      ['5', ['4 FS']],
      ['8', ['5 FS']],
      ['9', ['8 FS']],
      ['10', ['9 FS']],
    ]);
    const file = 'msproject-export-aspose-tasktable.xlsx';
    const xlsx = ingestSources([await readSourceFile(new Uint8Array(fs.readFileSync(sharedData('exports', file))), file)], options);
    const shape = (r: IngestResult) => r.initiatives.map((i) => [local(i.id), i.name, i.start, i.due, i.owner, local(i.parent), i.dependsOn.map(link)]);
    expect(shape(result)).toEqual(shape(xlsx));
  });
});

describe('mpxj_legacy_sample.xml: IDs that are not UIDs, three summaries, every link type, a lag and a lead', () => {
  let result: IngestResult;
  beforeAll(async () => ({ result } = await read('mpxj_legacy_sample.xml')));

  it('reads 19 tasks by ID, with the two resources of Second Task', () => {
    expect(result.initiatives).toHaveLength(19);
    expect(result.initiatives.map((r) => local(r.id))).toEqual(Array.from({ length: 19 }, (_, k) => String(k + 1)));
    const task = (id: string) => result.initiatives.find((r) => local(r.id) === id)!;
    // UID 2, ID 2: Start 2003-01-07T08:00, Finish 2003-03-18T08:00 (the next working start) -> due 03-17.
    expect([task('2').name, iso(task('2').start), iso(task('2').due), task('2').owner]).toEqual(['Second Task', '2003-01-07', '2003-03-17', 'First Resource,Second Resource']);
    // UID 3: a milestone, Start = Finish = 2003-01-07T08:00: due on its start day, not the day before.
    expect([task('3').name, iso(task('3').start), iso(task('3').due)]).toEqual(['Third task', '2003-01-07', '2003-01-07']);
    // Its Duration is PT0H0M0S at the working day's start: a start milestone.
    expect([task('3').duration, task('3').milestone, task('2').duration, task('2').milestone]).toEqual([0, 'start', undefined, undefined]);
    // UID 6 is ID 4.
    expect([task('4').name, iso(task('4').start), iso(task('4').due)]).toEqual(['Recurring Task', '2003-02-03', '2003-03-03']);
  });

  it('links by task ID: PredecessorUID 9 is ID 8, 11 is 10, ... with FS+1d, FS-1d, SS, FF and SF', () => {
    expect(links(result)).toEqual([
      ['9', ['8 FS']],
      ['11', ['10 FS+1']],
      ['13', ['12 FS-1']],
      ['15', ['14 SS']],
      ['17', ['16 FF']],
      ['19', ['18 SF']],
    ]);
  });

  it('nests by outline level: 2-3 under First Task, 5-6 under Recurring Task, 8-19 under Task Relationships', () => {
    const parents = Object.fromEntries(result.initiatives.map((r) => [local(r.id), local(r.parent)]));
    expect(parents).toEqual({
      '1': null, '2': '1', '3': '1',
      '4': null, '5': '4', '6': '4',
      '7': null, '8': '7', '9': '7', '10': '7', '11': '7', '12': '7', '13': '7', '14': '7', '15': '7', '16': '7', '17': '7', '18': '7', '19': '7',
    });
  });
});

describe('the other MSPDI files', () => {
  it('mpxj_mspdinulltasks.xml: blank rows (IsNull) left out, IDs kept, 450-minute days', async () => {
    const { source, result } = await read('mpxj_mspdinulltasks.xml');
    expect(source.sheets[0]!.values[0]).not.toContain('Resource Names'); // assignments name no resource (-65535)
    expect(result.initiatives.map((r) => [local(r.id), r.name, iso(r.start), iso(r.due), local(r.parent)])).toEqual([
      ['1', 'Task 1', '2008-11-03', '2008-11-14', null],
      ['3', 'Task 2', '2008-11-03', '2008-11-14', '1'],
      ['4', 'Task 3', '2008-11-03', '2008-11-14', '1'],
      ['6', 'Task 4', '2008-11-03', '2008-11-14', null],
      ['8', 'Task 5', '2008-11-03', '2008-11-14', '6'],
    ]);
    expect(links(result)).toEqual([]);
  });

  it('mpxj_mspdirelations.xml: a chain FS, SS+1d, FF, SF', async () => {
    const { result } = await read('mpxj_mspdirelations.xml');
    expect(result.initiatives.map((r) => [local(r.id), iso(r.start), iso(r.due)])).toEqual([
      ['1', '2006-09-21', '2006-09-21'],
      ['2', '2006-09-22', '2006-09-22'],
      ['3', '2006-09-25', '2006-09-25'],
      ['4', '2006-09-25', '2006-09-25'],
      // Finish 2006-09-25T08:00 is the end of the day before (a Sunday; the engine rolls it back to Friday).
      ['5', '2006-09-22', '2006-09-24'],
    ]);
    expect(links(result)).toEqual([
      ['2', ['1 FS']],
      ['3', ['2 SS+1']],
      ['4', ['3 FF']],
      ['5', ['4 SF']],
    ]);
  });

  it.each(['mpxj_task-links-project2019-mspdi.xml', 'mpxj_task-links-project2003-mspdi.xml'])(
    '%s: 16 tasks, 8 links with lags in days and weeks (2 weeks = 10 working days)',
    async (file) => {
      const { result } = await read(file);
      expect(result.initiatives).toHaveLength(16);
      expect(links(result)).toEqual([
        ['2', ['1 FS']],
        ['4', ['3 FS+1']],
        ['6', ['5 FS+2']],
        ['8', ['7 FS+5']],
        ['10', ['9 FS+10']],
        ['12', ['11 SF+2']],
        ['14', ['13 SS+2']],
        ['16', ['15 FF+2']],
      ]);
    },
  );

  it('aspose-net_not-updated_STALE.xml: 10 tasks, one +1 day lag written in minutes (LagFormat 3)', async () => {
    const { result } = await read('aspose-net_not-updated_STALE.xml');
    expect(result.initiatives.map((r) => r.name)).toEqual(Array.from({ length: 10 }, (_, k) => `Task ${k + 1}`));
    expect(links(result)).toEqual([
      ['2', ['1 FS']],
      ['3', ['2 FS+1']],
      ['4', ['3 FS']],
      ['5', ['4 FS']],
      ['7', ['6 FS']],
      ['8', ['7 FS']],
      ['9', ['8 FS']],
      ['10', ['9 FS']],
    ]);
  });

  it('mpxj_mspdiduration.xml: 10 unlinked tasks', async () => {
    const { result } = await read('mpxj_mspdiduration.xml');
    expect(result.initiatives).toHaveLength(10);
    expect(links(result)).toEqual([]);
    // Task 1 runs one minute (08:00-08:01): it finishes the day it starts.
    expect([iso(result.initiatives[0]!.start), iso(result.initiatives[0]!.due)]).toEqual(['2009-03-25', '2009-03-25']);
  });
});

describe('readSourceFile on Project XML', () => {
  it('refuses a Project XML file that is not well formed, naming the file', async () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task>');
    await expect(readSourceFile(bytes, 'broken.xml')).rejects.toThrow(SourceReadError);
    await expect(readSourceFile(bytes, 'broken.xml')).rejects.toThrow(/^broken\.xml is not a readable Microsoft Project XML file: /);
  });
});

describe('throughline check plan.xml', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-mspdi-'));
    fs.copyFileSync(sharedData('mspdi', 'mpxj_mspdirelations.xml'), path.join(dir, 'plan.xml'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads the tasks of a Project XML file as initiatives', async () => {
    const run = await runMain(['check', 'plan.xml', '--as-of', '2006-09-20', '--json'], dir);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as { initiatives: Array<{ id: string }> };
    expect(json.initiatives.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('Project XML deadlines, constraints and actual dates', () => {
  // Four tasks written as Project writes them (MSPDI elements per Microsoft's schema):
  // 1 has a Deadline; 2 a Finish No Later Than constraint (ConstraintType 7) earlier than its
  // Deadline; 3 is 40% done with an ActualStart; 4 is 100% done with ActualStart and ActualFinish;
  // every task also carries a placeholder Deadline before the project start, as Aspose writes.
  const task = (uid: number, inner: string): string =>
    `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>T${uid}</Name><OutlineLevel>1</OutlineLevel><Start>2026-03-02T08:00:00</Start><Finish>2026-03-06T17:00:00</Finish>${inner}</Task>`;
  const xml = `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><StartDate>2026-03-02T08:00:00</StartDate><Tasks>${[
    task(1, '<PercentComplete>0</PercentComplete><Deadline>2026-03-04T17:00:00</Deadline>'),
    task(2, '<PercentComplete>0</PercentComplete><ConstraintType>7</ConstraintType><ConstraintDate>2026-03-05T17:00:00</ConstraintDate><Deadline>2026-03-20T17:00:00</Deadline>'),
    task(3, '<PercentComplete>40</PercentComplete><ActualStart>2026-03-03T08:00:00</ActualStart><ActualFinish>2000-01-01T00:00:00</ActualFinish><Deadline>2000-01-01T00:00:00</Deadline>'),
    task(4, '<PercentComplete>100</PercentComplete><ActualStart>2026-03-02T08:00:00</ActualStart><ActualFinish>2026-03-09T08:00:00</ActualFinish>'),
  ].join('')}</Tasks></Project>`;

  it('reads them as Deadline, Actual Start and Actual Finish columns', async () => {
    const source = await readSourceFile(new TextEncoder().encode(xml), 'plan.xml');
    expect(source.sheets[0]!.values[0]!.slice(8)).toEqual(['Deadline', 'Actual Start', 'Actual Finish']);
    const result = ingestSources([source], options);
    expect(result.initiatives.map((r) => [r.id, iso(r.deadline), iso(r.actualStart), iso(r.actualFinish)])).toEqual([
      ['1', '2026-03-04', null, null],
      // The constraint (Thu 03-05) is earlier than the Deadline (03-20).
      ['2', '2026-03-05', null, null],
      // 40% done: started, not finished (its ActualFinish is a placeholder); its 2000-01-01 deadline is none.
      ['3', null, '2026-03-03', null],
      // An actual finish at 08:00 on Mon 03-09 is the end of the day before (Sun 03-08).
      ['4', null, '2026-03-02', '2026-03-08'],
    ]);
  });
});

describe('Project XML: percent lags, inactive and external tasks, kinds of resource, a missing predecessor, the status date', () => {
  // IDs are not UIDs (UID 11 is ID 1, ...), so a link read by the wrong number would show.
  // Build API (UID 11) lasts PT320H0M0S = 320 h / 8 h = 40 working days.
  const task = (uid: number, id: number, name: string, inner: string): string =>
    `<Task><UID>${uid}</UID><ID>${id}</ID><Name>${name}</Name><OutlineLevel>1</OutlineLevel><Start>2026-09-30T08:00:00</Start><Finish>2026-11-24T17:00:00</Finish>${inner}</Task>`;
  const pred = (uid: number, type: number, lag: number, format: number, extra = '') =>
    `<PredecessorLink><PredecessorUID>${uid}</PredecessorUID><Type>${type}</Type><CrossProject>${extra === '' ? 0 : 1}</CrossProject>${extra}<LinkLag>${lag}</LinkLag><LagFormat>${format}</LagFormat></PredecessorLink>`;
  const resource = (uid: number, name: string, type: number, cost = '') => `<Resource><UID>${uid}</UID><Name>${name}</Name><Type>${type}</Type>${cost}</Resource>`;
  const assign = (task: number, res: number) => `<Assignment><TaskUID>${task}</TaskUID><ResourceUID>${res}</ResourceUID></Assignment>`;
  const xml = `<Project xmlns="http://schemas.microsoft.com/project"><StartDate>2026-09-01T08:00:00</StartDate><StatusDate>2026-11-13T17:00:00</StatusDate><Tasks>
      ${task(11, 1, 'Build API', '<Duration>PT320H0M0S</Duration><Active>1</Active>')}
      ${task(12, 2, 'Build UI', pred(11, 3, 50, 19))}
      ${task(13, 3, 'Docs', pred(11, 3, 25, 20))}
      ${task(14, 4, 'Hypercare', '<Active>0</Active>')}
      ${task(15, 5, 'Handover', pred(14, 1, 0, 7) + pred(11, 1, 0, 7))}
      ${task(30, 6, 'Data centre power', '<ExternalTask>1</ExternalTask><ExternalTaskProject>\\\\fs01\\pmo\\DC Power.mpp</ExternalTaskProject>')}
      ${task(16, 7, 'Install', pred(30, 1, 0, 7, '<CrossProjectName>\\\\fs01\\pmo\\DC Power.mpp\\7</CrossProjectName>') + pred(12, 1, 0, 7))}
      ${task(17, 8, 'Data migration', pred(99, 1, 0, 7))}
    </Tasks><Resources>${resource(1, 'Ana Ruiz', 1)}${resource(2, 'Cloud hosting', 2)}${resource(3, 'Test licences', 0)}${resource(4, 'Ben Okafor', 1)}${resource(5, 'Travel', 0, '<IsCostResource>1</IsCostResource>')}</Resources>
    <Assignments>${assign(11, 1)}${assign(11, 2)}${assign(12, 3)}${assign(12, 4)}${assign(13, 5)}</Assignments></Project>`;
  const asOf = makeOptions(dayFromIso('2026-11-16')!);
  let source: RawSource;
  let read: IngestResult;
  let result: ReturnType<typeof runPipeline>;
  beforeAll(async () => {
    source = await readSourceFile(new TextEncoder().encode(xml), 'claims.xml');
    read = ingestSources([source], asOf);
    result = runPipeline([source], asOf);
  });
  const ingest = () => read;

  it('writes the links by Unique ID, a percent lag as that share of the predecessor, other projects as Project names them', () => {
    const values = source.sheets[0]!.values;
    expect(values[0]).toEqual(['ID', 'Unique ID', 'Name', 'Start', 'Finish', 'Unique ID Predecessors', '% Complete', 'Outline Level', 'Resource Names', 'Status Date', 'Active', 'External Task']);
    // SS+50% of 40 days is SS+20d; an elapsed percent cannot be reckoned in working days: written as read.
    // Handover's link to the inactive Hypercare is left out; Install's to the other project names its file and task 7.
    expect(values.slice(1).map((r) => [r[0], r[5]])).toEqual([
      [1, null],
      [2, '11SS+20d'],
      [3, '11SS+25%'],
      [4, null],
      [5, '11'],
      [6, null],
      [7, '\\\\fs01\\pmo\\DC_Power.mpp\\7,12'],
      [8, '99'],
    ]);
  });

  it('reads the initiatives: inactive and external tasks left out and said, work resources as owners, the status date as the last update', () => {
    expect(ingest().initiatives.map((r) => [local(r.id), r.owner ?? null, iso(r.lastUpdated), r.dependsOn.map(link)])).toEqual([
      ['1', 'Ana Ruiz', '2026-11-13', []],
      ['2', 'Ben Okafor', '2026-11-13', ['1 SS+20']],
      ['3', null, '2026-11-13', ['1 SS']],
      ['5', null, '2026-11-13', ['1 FS']],
      ['7', null, '2026-11-13', ['2 FS']],
      ['8', null, '2026-11-13', ['Unique ID 99 FS']],
    ]);
    const said = (code: string) => result.findings.filter((f) => f.code === code).map((f) => [f.cells[0]!.address, f.message]);
    expect(said('ingest.table-ignored')).toEqual([
      ['A5', expect.stringContaining('row 5 (A5:L5) holds a task marked inactive (Active: No) and was not read: Project leaves inactive tasks out of its schedule')],
      ['A7', expect.stringContaining("row 7 (A7:L7) holds another project's task (External Task: Yes) and was not read")],
    ]);
    expect(said('value.unparseable')).toEqual([
      ['F4', expect.stringContaining('(could not read "+25%", a lag in percent of the predecessor\'s duration, which the cell does not give; the link is read with no lag)')],
      ['F8', expect.stringContaining('(could not read "\\\\fs01\\pmo\\DC_Power.mpp\\7")')],
    ]);
    expect(said('dependency.unknown')).toEqual([['F9', expect.stringContaining('depends on Unique ID 99, which no source defines')]]);
    // Active and External Task are read (they mark rows apart), not "not used".
    expect(ingest().tables[0]!.unmapped).toEqual([]);
  });
});

describe('Project XML milestones', () => {
  // Mon 2 Mar 2026: a kick-off milestone at 08:00 (no predecessor), five days of design after it,
  // a sign-off milestone at 17:00 on Fri 6 Mar after the design, and a week of build after that,
  // as Project schedules them: the design starts the kick-off's day, the build the Monday after.
  const task = (uid: number, name: string, start: string, finish: string, duration: string, pred?: number): string =>
    `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><OutlineLevel>1</OutlineLevel><Start>${start}</Start><Finish>${finish}</Finish><Duration>${duration}</Duration><PercentComplete>0</PercentComplete>` +
    (pred === undefined ? '' : `<PredecessorLink><PredecessorUID>${pred}</PredecessorUID><Type>1</Type></PredecessorLink>`) +
    '</Task>';
  const xml = `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><StartDate>2026-03-02T08:00:00</StartDate><Tasks>${[
    task(1, 'Kick-off', '2026-03-02T08:00:00', '2026-03-02T08:00:00', 'PT0H0M0S'),
    task(2, 'Design', '2026-03-02T08:00:00', '2026-03-06T17:00:00', 'PT40H0M0S', 1),
    task(3, 'Design signed off', '2026-03-06T17:00:00', '2026-03-06T17:00:00', 'PT0H0M0S', 2),
    task(4, 'Build', '2026-03-09T08:00:00', '2026-03-13T17:00:00', 'PT40H0M0S', 3),
  ].join('')}</Tasks></Project>`;

  it('writes a Duration of "0 days" on the zero-length tasks, the one at 08:00 with no Finish', async () => {
    const source = await readSourceFile(new TextEncoder().encode(xml), 'plan.xml');
    const values = source.sheets[0]!.values;
    const col = (header: string) => values[0]!.indexOf(header);
    expect(values.slice(1).map((r) => [r[2], r[col('Finish')] instanceof Date ? isoFromDay(Math.floor((r[col('Finish')] as Date).getTime() / 86_400_000)) : r[col('Finish')], r[col('Duration')]])).toEqual([
      ['Kick-off', null, '0 days'],
      ['Design', '2026-03-06', null],
      ['Design signed off', '2026-03-06', '0 days'],
      ['Build', '2026-03-13', null],
    ]);
  });

  it('schedules them as Project does: no link broken, no slip, each milestone on its own day', async () => {
    const source = await readSourceFile(new TextEncoder().encode(xml), 'plan.xml');
    const run = runPipeline([source], makeOptions(dayFromIso('2026-02-23')!));
    expect(run.model.initiatives.map((i) => [i.id, i.milestone, iso(i.start), iso(i.due)])).toEqual([
      ['1', 'start', '2026-03-02', '2026-03-02'],
      ['2', undefined, '2026-03-02', '2026-03-06'],
      ['3', 'finish', '2026-03-06', '2026-03-06'],
      ['4', undefined, '2026-03-09', '2026-03-13'],
    ]);
    expect(run.findings.filter((f) => f.code.startsWith('schedule.') || f.code.startsWith('dates.'))).toEqual([]);
    expect(run.model.initiatives.map((i) => { const a = run.analysis.byId.get(i.id)!; return [i.id, iso(a.forecastStart), iso(a.forecastFinish), a.slipDays]; })).toEqual([
      ['1', '2026-03-02', '2026-03-02', 0],
      ['2', '2026-03-02', '2026-03-06', 0],
      ['3', '2026-03-06', '2026-03-06', 0],
      ['4', '2026-03-09', '2026-03-13', 0],
    ]);
  });
});
