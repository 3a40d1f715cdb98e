import { clearRunCache, runTable } from '../../functions/table-run';
import { sameMatrix } from '../../functions/run-cache';
import { ArgumentProblem } from '../../functions/problem';
import { AS_OF, serial, table } from './table';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const ADDRESSES = ['Plan!A2:A7', 'Plan!B2:B7', 'Plan!D2:D7', 'Plan!C2:C7', 'Plan!E2:E7', 'Plan!F2:F7'];

beforeEach(() => clearRunCache());

describe('runTable cache', () => {
  it('reuses the run for equal content passed as fresh copies, as Excel passes ranges', () => {
    const first = runTable({ ...table(), asOf: AS_OF }, 0);
    const second = runTable({ ...clone(table()), asOf: AS_OF }, 0);
    expect(first).not.toBeInstanceOf(ArgumentProblem);
    expect(second).toBe(first);
  });

  it('runs again when any cell or the as-of date changes', () => {
    const first = runTable({ ...table(), asOf: AS_OF }, 0);
    const edited = table();
    edited.statuses[5]![0] = 'Red';
    const second = runTable({ ...edited, asOf: AS_OF }, 0);
    expect(second).not.toBe(first);
    expect(second).not.toBeInstanceOf(ArgumentProblem);
    if (second instanceof ArgumentProblem) return;
    expect(second.analysis.byId.get('HR-1')!.effectiveStatus).toBe('red');
    expect(runTable({ ...table(), asOf: AS_OF + 1 }, 0)).not.toBe(first);
  });

  it('within one task, trusts the addresses after one content check; in the next task it checks content again', async () => {
    const first = runTable({ ...table(), asOf: AS_OF }, 0, ADDRESSES);
    // Same addresses in the same task: the same run, even before comparing cells.
    const edited = table();
    edited.statuses[0]![0] = 'Green';
    expect(runTable({ ...edited, asOf: AS_OF }, 0, ADDRESSES)).toBe(first);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A later task (a recalculation after the edit) compares content and sees the change.
    const later = runTable({ ...edited, asOf: AS_OF }, 0, ADDRESSES);
    expect(later).not.toBe(first);
    if (later instanceof ArgumentProblem) throw new Error(later.message);
    expect(later.analysis.byId.get('FIN-1')!.effectiveStatus).toBe('green');
  });

  it('does not trust addresses when a column is a computed array (no address)', () => {
    const first = runTable({ ...table(), asOf: AS_OF }, 0, ['Plan!A2:A7', undefined, 'Plan!D2:D7', 'Plan!C2:C7', 'Plan!E2:E7', 'Plan!F2:F7']);
    const edited = table();
    edited.statuses[0]![0] = 'Green';
    expect(runTable({ ...edited, asOf: AS_OF }, 0, ['Plan!A2:A7', undefined, 'Plan!D2:D7', 'Plan!C2:C7', 'Plan!E2:E7', 'Plan!F2:F7'])).not.toBe(first);
  });

  it('uses today when asOf is omitted', () => {
    const run = runTable({ ...table() }, serial('2026-04-01'));
    if (run instanceof ArgumentProblem) throw new Error(run.message);
    expect(run.options.asOf).toBe(20_544);
  });
});

describe('sameMatrix', () => {
  it('compares cell by cell, error cells by their code', () => {
    expect(sameMatrix([['a'], [1]], [['a'], [1]])).toBe(true);
    expect(sameMatrix([['a'], [1]], [['a'], [2]])).toBe(false);
    expect(sameMatrix([['a']], [['a'], ['b']])).toBe(false);
    expect(sameMatrix([[{ code: '#N/A' }]], [[{ code: '#N/A' }]])).toBe(true);
    expect(sameMatrix([[{ code: '#N/A' }]], [[{ code: '#REF!' }]])).toBe(false);
    expect(sameMatrix(null, null)).toBe(true);
    expect(sameMatrix(null, [['a']])).toBe(false);
  });
});
