import { ingestSources } from '../../../../src/core/ingest';
import { parsePercent, percentColumnScale } from '../../../../src/core/ingest/normalise/percent';
import { makeOptions, type CellValue } from '../../../../src/core/types';
import { sheetSource } from '../../../support/messy-table';

describe('progress written as people write it', () => {
  it.each<[string, number]>([
    ['c. 60%', 0.6],
    ['ca. 60 %', 0.6],
    ['~60%', 0.6],
    ['approx. 75%', 0.75],
    ['about 40%', 0.4],
    ['60 percent', 0.6],
    ['60 per cent', 0.6],
    ['60 pct', 0.6],
    ['60 Prozent', 0.6],
    ['62,5 %', 0.625],
    ['3/5', 0.6],
    ['3 of 4', 0.75],
    ['3/5 milestones', 0.6],
    ['2 out of 8 tasks', 0.25],
    ['0/3', 0],
    ['about half', 0.5],
    ['Halfway', 0.5],
    ['Not started', 0],
    ['Done', 1],
    ['complete', 1],
  ])('"%s" is %d', (text, fraction) => {
    expect(parsePercent(text)).toEqual({ kind: 'value', value: fraction });
  });

  it.each(['6/5', '3/0', 'c. 160%', 'see plan', 'half of it maybe', '3/5/2026'])('"%s" is not read', (text) => {
    expect(parsePercent(text).kind).toBe('invalid');
  });

  it('a ratio or words say nothing of the scale of a column\'s bare numbers; "c. 60%" says percents', () => {
    expect(percentColumnScale([0.5, 1, 'done', '3/5'], [])).toBe('fractions');
    expect(percentColumnScale([0.5, 'c. 60%'], [])).toBe('mixed');
    expect(percentColumnScale([1, 'c. 60%', 40], [])).toBe('percents');
  });

  it('reads such a column through the ingest with no finding', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', 'Progress'],
      ['M-1', 'Stores', '3/5 milestones'],
      ['M-2', 'Web', 'c. 60%'],
      ['M-3', 'App', 'not started'],
      ['M-4', 'Ops', 45],
    ];
    const result = ingestSources([sheetSource(rows)], makeOptions(0));
    expect(result.initiatives.map((r) => [r.id, r.percentComplete])).toEqual([
      ['M-1', 0.6],
      ['M-2', 0.6],
      ['M-3', 0],
      ['M-4', 0.45],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });
});
