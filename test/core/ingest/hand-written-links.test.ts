/**
 * Dependency cells as departments and tools write them, read through the whole run: names with
 * punctuation, names joined by "and", a name with "+ 4 weeks", a wave named where an object is
 * meant, and a German Microsoft Project export's decimal-comma lags. Expectations worked by hand.
 */
import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue, type Finding, type RawSource } from '../../../src/core/types';
import { runPipeline } from '../../../src/core/pipeline';
import { day, readCsvText } from '../../support/read-export';

function source(name: string, sheet: string, rows: CellValue[][]): RawSource {
  return { name, origin: 'file', dateSystem: 1900, sheets: [{ name: sheet, origin: { row: 0, col: 0 }, values: rows }] };
}

const options = makeOptions(day('2026-11-16'));
const linksOf = (records: ReturnType<typeof ingestSources>['initiatives']) => records.map((r) => [r.id, r.dependsOn.map((l) => [l.id, l.type, l.lagDays])]);
const said = (findings: readonly Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => `${f.message} @${f.cells.map((c) => c.address).join(',')}`);
const dependsOnUnread = (findings: readonly Finding[]) => findings.filter((f) => f.code === 'value.unparseable' && f.message.includes('depends on'));

describe('a product roadmap whose epics depend on epics by name', () => {
  const rows: CellValue[][] = [
    ['Epic', 'Theme', 'PM', 'Target quarter', 'Confidence', 'Depends on', 'Last groomed'],
    ['SSO for enterprise (SAML/OIDC)', 'Enterprise readiness', 'Nina Alvarez', 'Q4 2026', 'High', null, '2026-11-10'],
    ['Audit log export', 'Enterprise readiness', 'Nina Alvarez', 'Q4 2026', 'High', 'SSO for enterprise (SAML/OIDC)', '2026-11-10'],
    ['Public API v2', 'Platform', 'Kwame Asante', 'Q3 2026', 'High', null, '2026-10-01'],
    ['Webhooks', 'Platform', 'Kwame Asante', 'Q4 2026', 'High', 'Public API v2', '2026-11-12'],
  ];
  const sources = [source('Roadmap.xlsx', 'Roadmap', rows)];
  const run = runPipeline(sources, options);

  it('links each to the epic of that name: not unreadable, not the id V2', () => {
    expect(linksOf(ingestSources(sources, options).initiatives)).toEqual([
      ['SSO for enterprise (SAML/OIDC)', []],
      ['Audit log export', [['SSO for enterprise (SAML/OIDC)', 'FS', 0]]],
      ['Public API v2', []],
      ['Webhooks', [['Public API v2', 'FS', 0]]],
    ]);
    expect(dependsOnUnread(run.findings)).toEqual([]);
    expect(said(run.findings, 'dependency.unknown')).toEqual([]);
  });
});

describe('an operations tracker that writes its dependencies in prose', () => {
  const rows: CellValue[][] = [
    ['Item', 'Lead', 'RAG', 'Due', 'Complete', 'Dependent on', 'Updated'],
    ['Data cleanse', 'Yusuf Ali', 'Green', '2026-12-04', '80%', null, '2026-11-13'],
    ['Vendor selection', 'Beth Morgan', 'Amber', '2026-11-30', '50%', null, '2026-11-12'],
    ['Warehouse management system build', 'Beth Morgan', 'Amber', '2027-03-19', '50%', 'after Data cleanse and Vendor selection', '2026-11-12'],
    ['UAT sign-off', 'Ciara Walsh', 'Green', '2027-03-31', '0%', 'WMS build', '2026-11-10'],
    ['Go-live North DC', 'Yusuf Ali', 'Green', 'TBC', '0%', 'following UAT sign-off', '2026-11-10'],
    ['Go-live South DC', 'Yusuf Ali', 'Green', 'TBC', '0%', 'Go-live North DC + 4 weeks', '2026-11-10'],
    ['Legacy WMS decommission', 'Ciara Walsh', 'Green', '2027-09-30', '0%', 'both go-lives', '2026-11-10'],
    ['Staff training', 'Ciara Walsh', 'Amber', '2027-03-12', '10%', 'Warehouse Management System build (training env.)', '2026-11-12'],
  ];
  const sources = [source('Ops.xlsx', 'Ops Transformation', rows)];
  const run = runPipeline(sources, options);

  it('reads two names joined by "and", a four-week lag (20 working days) and a name with a note', () => {
    expect(linksOf(ingestSources(sources, options).initiatives)).toEqual([
      ['Data cleanse', []],
      ['Vendor selection', []],
      ['Warehouse management system build', [['Data cleanse', 'FS', 0], ['Vendor selection', 'FS', 0]]],
      ['UAT sign-off', [['WMS BUILD', 'FS', 0]]],
      ['Go-live North DC', [['UAT sign-off', 'FS', 0]]],
      ['Go-live South DC', [['Go-live North DC', 'FS', 20]]],
      ['Legacy WMS decommission', [['BOTH GO-LIVES', 'FS', 0]]],
      ['Staff training', [['Warehouse management system build', 'FS', 0]]],
    ]);
    expect(dependsOnUnread(run.findings)).toEqual([]);
  });

  it('reports only the references that name no item: an abbreviation and a group', () => {
    expect(said(run.findings, 'dependency.unknown')).toEqual([
      'UAT sign-off depends on "WMS build", which names no initiative of any source. @F5',
      'Legacy WMS decommission depends on "both go-lives", which names no initiative of any source. @F8',
    ]);
  });
});

describe('a data migration tracker that names a wave where it means its objects', () => {
  const csv = [
    'Wave,Object ID,Data object,Migration lead,Blocked by,Status,Cutover,Updated',
    'Wave 1,W1-01,Customer master,Kenji Sato,,Complete,14/09/26,09/11/26',
    'Wave 1,W1-02,Vendor master,Kenji Sato,,Complete,14/09/26,09/11/26',
    'Wave 2,W2-01,Open purchase orders,Kenji Sato,W1-02,In progress,27/11/26,13/11/26',
    'Wave 2,W2-02,Data cleanse sign-off,Laura Benson,,In progress,27/11/26,13/11/26',
    'Wave 2,W2-03,Fixed assets,Laura Benson,W1-01; data cleanse sign-off,Blocked,27/11/26,13/11/26',
    'Wave 3,W3-01,HR master data,Omar Haddad,Wave 2,Not started,26/03/27,13/11/26',
    'Wave 3,W3-02,Archive decommission,Kenji Sato,all Wave 3 objects,Not started,31/03/27,13/11/26',
  ].join('\r\n');

  it('links ids and names, and reports "Wave 2" and "all Wave 3 objects" on their cells, never as the ids 2 and 3', async () => {
    const sources = [await readCsvText(csv, 'migration.csv')];
    const run = runPipeline(sources, options);
    expect(linksOf(ingestSources(sources, options).initiatives)).toEqual([
      ['W1-01', []],
      ['W1-02', []],
      ['W2-01', [['W1-02', 'FS', 0]]],
      ['W2-02', []],
      ['W2-03', [['W1-01', 'FS', 0], ['W2-02', 'FS', 0]]],
      ['W3-01', [['WAVE 2', 'FS', 0]]],
      ['W3-02', [['ALL WAVE 3 OBJECTS', 'FS', 0]]],
    ]);
    // No object's id or name shares a word with "Wave 2" or "Wave 3 objects": read as work outside the tracked items, on its cell.
    expect(said(run.findings, 'dependency.unknown')).toEqual([]);
    expect(said(run.findings, 'dependency.external')).toEqual([
      'W3-01 "HR master data" waits on "Wave 2", which is no initiative of any source: nobody here owns, dates or reports it. If it is tracked work, write its id. @E7',
      'W3-02 "Archive decommission" waits on "all Wave 3 objects", which is no initiative of any source: nobody here owns, dates or reports it. If it is tracked work, write its id. @E8',
    ]);
    expect(dependsOnUnread(run.findings)).toEqual([]);
  });
});

describe('a Microsoft Project CSV saved in a German locale (";" lists, decimal commas)', () => {
  const csv = [
    'ID;Unique_ID;Name;Duration;Start_Date;Finish_Date;Predecessors;Outline_Level;Resource_Names;Percent_Complete',
    '1;1;Schulungsprogramm;30 days;02.11.2026 08:00;11.12.2026 17:00;;1;;10',
    '2;2;Inhalte erstellen;10 days;02.11.2026 08:00;13.11.2026 17:00;;2;Eva Maier;60',
    '3;3;Räume buchen;2,5 days;02.11.2026 08:00;04.11.2026 12:00;;2;Eva Maier;100',
    '4;4;Trainer briefen;3 days;18.11.2026 13:00;23.11.2026 12:00;"2FS+2,5 days;3";2;Paul Stein;0',
    '5;5;Schulungen durchführen;10 days;30.11.2026 08:00;11.12.2026 17:00;4FS+0,5 wks;2;Paul Stein;0',
  ].join('\r\n');

  it('reads 2FS+2,5 days as one lag of 2.5 days, 0,5 wks as 2.5 days, and 2,5 days as a duration of 3', async () => {
    const result = ingestSources([await readCsvText(csv, 'schulung.csv')], options);
    expect(linksOf(result.initiatives)).toEqual([
      ['1', []],
      ['2', []],
      ['3', []],
      ['4', [['2', 'FS', 2.5], ['3', 'FS', 0]]],
      ['5', [['4', 'FS', 2.5]]],
    ]);
    expect(result.initiatives.map((r) => r.duration)).toEqual([30, 10, 3, 3, 10]);
    expect(result.findings.filter((f) => f.code === 'value.unparseable')).toEqual([]);
  });

  it('schedules as Project did: 2.5 days after Friday 13 Nov 17:00 is Wednesday 18 Nov 12:00, so task 4 starting on the 18th breaks no link', async () => {
    const run = runPipeline([await readCsvText(csv, 'schulung.csv')], options);
    expect(run.findings.filter((f) => f.code === 'schedule.successor-before-predecessor')).toEqual([]);
  });
});

describe('a name of another file', () => {
  it('is read whole in a dependency cell and linked to that file\'s id', () => {
    const plan = source('Platform.xlsx', 'Plan', [
      ['ID', 'Initiative', 'Owner', 'Status', 'Due'],
      ['PL-1', 'SSO for enterprise (SAML/OIDC)', 'Tom Reid', 'Green', '2026-12-31'],
      ['PL-2', 'Public API v2', 'Marta Silva', 'Green', '2026-12-31'],
    ]);
    const sales = source('Sales.xlsx', 'Plan', [
      ['ID', 'Initiative', 'Owner', 'Status', 'Due', 'Depends on'],
      ['S-1', 'Enterprise bundle', 'Ana Lima', 'Amber', '2027-02-26', 'SSO for enterprise (SAML/OIDC); Public API v2 + 2 weeks'],
    ]);
    const result = ingestSources([sales, plan], options);
    expect(linksOf(result.initiatives.filter((r) => r.id === 'S-1'))).toEqual([['S-1', [['PL-1', 'FS', 0], ['PL-2', 'FS', 10]]]]);
    expect(result.findings.filter((f) => f.code === 'value.unparseable')).toEqual([]);
  });
});
