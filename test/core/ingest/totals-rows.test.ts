/**
 * Totals rows as finance and HR sheets write them, told apart from initiatives whose names start
 * with "Total" or "Sum". Each expectation is what an analyst reading the sheet would say.
 */
import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';
import { runPipeline } from '../../../src/core/pipeline';
import { day } from '../../support/read-export';

function source(name: string, rows: CellValue[][]): RawSource {
  return { name, origin: 'file', dateSystem: 1900, sheets: [{ name: 'Tracker', origin: { row: 0, col: 0 }, values: rows }] };
}

const options = makeOptions(day('2026-11-16'));
const ids = (rows: CellValue[][]) => ingestSources([source('Dept.xlsx', rows)], options).initiatives.map((i) => i.id);
const idMissing = (rows: CellValue[][]) =>
  runPipeline([source('Dept.xlsx', rows)], options).findings.filter((f) => f.code === 'id.missing').length;

const HEADER: CellValue[] = ['ID', 'Initiative', 'Owner', 'RAG', 'Due', 'Budget', 'Comment'];

describe('totals rows', () => {
  it('keeps initiatives whose names start with "Total" or "Sum" (an id and an owner beside them)', () => {
    expect(
      ids([
        HEADER,
        ['HR-1', 'Total Rewards review', 'Kim Lee', 'Green', '2026-12-31', 100, null],
        ['HR-2', 'Sum insured uplift', 'Ana Diaz', 'Amber', '2027-01-31', 50, null],
        ['HR-3', 'Subtotal reconciliation', 'Ana Diaz', 'Green', '2027-02-28', 20, null],
      ]),
    ).toEqual(['HR-1', 'HR-2', 'HR-3']);
  });

  it('leaves out a row of sums labelled in its last column', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['CX-1', 'Robotics', 'Kim Lee', 'Amber', '2027-02-15', 1200, null],
      ['CX-2', 'Fleet', 'Ana Diaz', 'Green', '2027-04-01', 800, null],
      [null, null, null, null, null, 2000, 'Total'],
    ];
    expect(ids(rows)).toEqual(['CX-1', 'CX-2']);
    expect(idMissing(rows)).toBe(0);
  });

  it('leaves out "Total (£k)", "Grand Total:", "Summe" and "Totaal" rows, and a subtotal row with a group name before it', () => {
    for (const label of ['Total (£k)', 'Grand Total:', 'Summe', 'Totaal', 'TOTAL - Data']) {
      const rows: CellValue[][] = [
        HEADER,
        ['CX-1', 'Robotics', 'Kim Lee', 'Amber', '2027-02-15', 1200, null],
        [null, label, null, null, null, 1200, null],
      ];
      expect([label, ids(rows), idMissing(rows)]).toEqual([label, ['CX-1'], 0]);
    }
    const grouped: CellValue[][] = [
      HEADER,
      ['CX-1', 'Robotics', 'Kim Lee', 'Amber', '2027-02-15', 1200, null],
      ['Data', 'Subtotal', null, null, null, 1200, null],
      ['CX-2', 'Fleet', 'Ana Diaz', 'Green', '2027-04-01', 800, null],
    ];
    expect(ids(grouped)).toEqual(['CX-1', 'CX-2']);
  });

  it('reads a row that only starts with "Total" but holds words as a record, so a missing id is said, not dropped', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['CX-1', 'Robotics', 'Kim Lee', 'Amber', '2027-02-15', 1200, null],
      [null, 'Total cost review', 'Ana Diaz', 'Red', '2027-03-01', 10, null],
    ];
    expect(ids(rows)).toEqual(['CX-1']);
    expect(idMissing(rows)).toBe(1);
  });

  it('leaves out an unlabelled SUM row at the foot of a money table, but not a last row whose figures are not the sums', () => {
    const body: CellValue[][] = [
      ['CX-1', 'Robotics', 'Kim Lee', 'Amber', '2027-02-15', 1200, null],
      ['CX-2', 'Fleet', 'Ana Diaz', 'Green', '2027-04-01', 800, null],
      ['CX-3', 'ERP', 'Ana Diaz', 'Green', '2027-05-01', 450.5, null],
    ];
    const sums: CellValue[][] = [HEADER, ...body, [null, null, null, null, null, 2450.5, null]];
    expect(ids(sums)).toEqual(['CX-1', 'CX-2', 'CX-3']);
    expect(idMissing(sums)).toBe(0);
    const notSums: CellValue[][] = [HEADER, ...body, [null, null, null, null, null, 2400, null]];
    expect(idMissing(notSums)).toBe(1);
  });

  it('reads a last row of one number under a column of names as a row, though two names above are numbers that sum to it', () => {
    // Initiative names 2 and 4 among words: 6 under them is a name typed without an id, not their sum.
    const rows: CellValue[][] = [
      HEADER,
      ['CX-1', 'Robotics', 'Kim Lee', 'Amber', '2027-02-15', 1200, null],
      ['CX-2', 2, 'Ana Diaz', 'Green', '2027-04-01', 800, null],
      ['CX-3', 4, 'Ana Diaz', 'Green', '2027-05-01', 450.5, null],
      ['CX-4', 'ERP', 'Ana Diaz', 'Green', '2027-05-01', 300, null],
      [null, 6, null, null, null, null, null],
    ];
    expect(ids(rows)).toEqual(['CX-1', 'CX-2', 'CX-3', 'CX-4']);
    expect(idMissing(rows)).toBe(1);
  });
});
