/**
 * An OKR sheet whose key results carry a target and a current value, and name the initiatives that
 * move them, is read as KPIs (classify.ts): each key result a KPI, linked to its initiatives. One
 * with no target or current value (only a progress or a confidence) stays unread, said so.
 */
import { runPipeline } from '../../../src/core/pipeline';
import { makeOptions } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { readCsvSource } from '../../../src/xlsx/read-csv';

const csv = (text: string, name: string) => readCsvSource(new TextEncoder().encode(text), name);
const options = makeOptions(dayFromIso('2026-11-16')!);

const okr = [
  'Objective,Key result,Owner,Baseline,Target,Current,Confidence,Supporting initiatives',
  'Grow digital sales,Online conversion rate,Mia Chen,2.1%,3.0%,2.3%,Low,"IT-01, MKT-02"',
  'Grow digital sales,App monthly actives,Mia Chen,120000,200000,135000,Medium,MKT-02',
  'Cut cost to serve,Cost per contact (£),Tom Hale,4.20,3.50,4.05,High,CS-01',
].join('\n');
const plan = [
  'ID,Project,Owner,Status,Due,Updated,Depends on',
  'IT-00,Payments API,Sam Roe,Red,2026-12-18,2026-11-13,',
  'IT-01,Checkout rebuild,Sam Roe,Green,2027-01-29,2026-11-13,IT-00',
  'MKT-02,App launch campaign,Ida Lund,Green,2027-02-26,2026-11-13,',
  'CS-01,Self-service help centre,Kit Vale,Amber,2027-03-31,2026-11-13,',
].join('\n');

describe('an OKR sheet with targets and current values', () => {
  const result = runPipeline([csv(okr, 'OKRs.csv'), csv(plan, 'Plan.csv')], options);

  it('reads each key result as a KPI, its target and current value, its owner and the initiatives it names', () => {
    const table = result.model.ingest.tables.find((t) => t.source === 'OKRs.csv')!;
    expect(table.kind).toBe('kpis');
    expect(table.mapping.map((m) => [m.field, m.header])).toEqual([
      ['kpi', 'Key result'],
      ['owner', 'Owner'],
      ['target', 'Target'],
      ['actual', 'Current'],
      ['initiatives', 'Supporting initiatives'],
    ]);
    // "3.0%" and "2.3%" in points, as every percentage KPI is kept; the others as written.
    expect(result.model.kpis.map((k) => [k.id, k.target, k.actual, k.initiatives])).toEqual([
      ['Online conversion rate', 3, 2.3, ['IT-01', 'MKT-02']],
      ['App monthly actives', 200000, 135000, ['MKT-02']],
      ['Cost per contact (£)', 3.5, 4.05, ['CS-01']],
    ]);
  });

  it('traces an off-target key result to the red work upstream of what moves it', () => {
    // Conversion 2.3% against 3.0%; IT-01 moves it and waits on IT-00, which is red.
    const blocked = result.findings.filter((f) => f.code === 'kpi.off-target-blocked').map((f) => [f.initiativeId, f.related]);
    expect(blocked).toEqual([['IT-01', ['IT-00']]]);
    expect(result.findings.filter((f) => f.code === 'kpi.unknown-initiative')).toEqual([]);
  });

  it('leaves unread an OKR sheet whose key results have no target or current value', () => {
    const progress = ['Objective,Key Result,Owner,Confidence,Progress,Quarter,Initiatives', 'Grow retention,Churn below 3%,Maya,0.7,45%,Q1 2027,Loyalty app'].join('\n');
    const run = runPipeline([csv(progress, 'OKRs.csv')], options);
    expect(run.model.ingest.tables.map((t) => [t.kind, t.ignoredReason?.startsWith('it looks like an OKR sheet')])).toEqual([[null, true]]);
  });
});
