/**
 * A tracker that splits what each item waits on into "Internal dependencies" and "External
 * dependencies" columns: both are its dependencies (the externalDependsOn field). An id of the run
 * in the external column is a dependency like any other (another department's work); words that
 * name no initiative are work outside the portfolio (dependency.external), on their own cell.
 */
import { runPipeline } from '../../../src/core/pipeline';
import { makeOptions } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { readCsvSource } from '../../../src/xlsx/read-csv';

const csv = (text: string, name: string) => readCsvSource(new TextEncoder().encode(text), name);
const options = makeOptions(dayFromIso('2026-11-16')!);

const hr = [
  'Ref,Workstream,Lead,Status,Target date,Internal dependencies,External dependencies,Last updated',
  'HR-1,Payroll migration,Kate Moss,On track,2027-01-31,HR-2,ADP contract signature,2026-11-12',
  'HR-2,Policy refresh,Liam Fox,Delayed,2026-12-15,,FIN-3,2026-11-12',
  'HR-3,Onboarding portal,Kate Moss,Not started,2027-03-31,"HR-1, HR-2",,2026-11-12',
].join('\n');
const finance = ['ID,Project,Owner,Status,Due,Updated', 'FIN-3,Pay grade budget,Ola Ben,Green,2026-11-30,2026-11-13'].join('\n');

describe('internal and external dependency columns', () => {
  const result = runPipeline([csv(hr, 'HR.csv'), csv(finance, 'Finance.csv')], options);

  it('maps each column to its field', () => {
    const table = result.model.ingest.tables.find((t) => t.source === 'HR.csv')!;
    expect(table.mapping.filter((m) => m.field === 'dependsOn' || m.field === 'externalDependsOn').map((m) => [m.field, m.header])).toEqual([
      ['dependsOn', 'Internal dependencies'],
      ['externalDependsOn', 'External dependencies'],
    ]);
  });

  it('links the ids of both columns: HR-2 waits on Finance\'s FIN-3', () => {
    expect(result.model.dependencies.map((d) => [d.from, d.to, d.cell.address])).toEqual([
      ['HR-2', 'HR-1', 'F2'],
      ['FIN-3', 'HR-2', 'G3'],
      ['HR-1', 'HR-3', 'F4'],
      ['HR-2', 'HR-3', 'F4'],
    ]);
  });

  it('says the words that name no initiative are work outside the portfolio, at their cell', () => {
    const external = result.findings.filter((f) => f.code === 'dependency.external');
    expect(external.map((f) => [f.initiativeId, f.cells.map((c) => c.address)])).toEqual([['HR-1', ['G2']]]);
    expect(result.findings.filter((f) => f.code === 'dependency.unknown' || (f.code === 'ingest.fields-missing' && f.cells[0]!.source === 'HR.csv'))).toEqual([]);
  });

  it('reads a lone External dependencies column as the table\'s dependencies', () => {
    const alone = ['Ref,Workstream,Lead,Status,Target date,External dependencies,Last updated', 'HR-1,Payroll migration,Kate Moss,On track,2027-01-31,FIN-3,2026-11-12'].join('\n');
    const run = runPipeline([csv(alone, 'HR.csv'), csv(finance, 'Finance.csv')], options);
    expect(run.model.dependencies.map((d) => [d.from, d.to])).toEqual([['FIN-3', 'HR-1']]);
    // Finance.csv has no dependency column, and says so; HR.csv's is the External one.
    expect(run.findings.filter((f) => f.code === 'ingest.fields-missing').map((f) => f.cells[0]!.source)).toEqual(['Finance.csv']);
  });
});

describe('dependencies written as names with a note in brackets', () => {
  const programme = [
    'Workstream,Deliverable,Accountable,Baseline finish,Forecast finish,Confidence,Key dependency',
    'Web,New homepage,Priya Shah,30-Nov-26,11-Dec-26,Medium,Brand guidelines',
    'App,Login redesign,Tom Ng,18-Dec-26,29-Jan-27,Low,Identity platform (IT)',
    'App,Push notifications,Tom Ng,26-Feb-27,26-Feb-27,High,Login redesign',
    'Data,Customer 360,Ivy Park,31-Mar-27,30-Apr-27,Low,Data lake (IT)',
  ].join('\n');
  const itPlan = ['ID,Project,Owner,Status,Due,Updated', 'IT-7,Data lake,Ann Bell,Amber,2027-02-26,2026-11-13'].join('\n');
  const result = runPipeline([csv(programme, 'Programme.csv'), csv(itPlan, 'IT.csv')], options);

  it('reads the words before the note as the name: IT\'s "Data lake" is a dependency, "Identity platform" work outside the portfolio', () => {
    expect(result.model.dependencies.map((d) => [d.from, d.to])).toEqual([
      ['Login redesign', 'Push notifications'],
      ['IT-7', 'Customer 360'],
    ]);
    expect(result.findings.filter((f) => f.code === 'dependency.external').map((f) => [f.initiativeId, f.message.split(', which')[0]])).toEqual([
      ['New homepage', 'New homepage waits on "Brand guidelines"'],
      ['Login redesign', 'Login redesign waits on "Identity platform"'],
    ]);
    expect(result.findings.filter((f) => f.code === 'value.unparseable')).toEqual([]);
  });
});
