/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { act, render, waitFor } from '@testing-library/react';
import type { CellValue, RawSource } from '../../../../src/core/types';
import { dayFromIso } from '../../../../src/core/util/days';
import { createMemoryWorkbookPort } from '../../../../src/port/memory-workbook-port';
import { useTaskpane, type TaskpaneActions, type TaskpaneState } from '../../../../taskpane/app/state/use-taskpane';
import '../../support/render';

const ROWS: CellValue[][] = [
  ['ID', 'Name', 'Status', 'Due'],
  ['A-1', 'Claims API', 'Green', '2026-04-02'],
];
const workbook: RawSource = { name: 'Programme.xlsx', origin: 'workbook', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: ROWS }] };

type Seen = Pick<TaskpaneState, 'asOf' | 'run' | 'running'>;

/**
 * A report asked of the run on screen while a newer run is due would be stopped by it (the worker
 * keeps one run): so from the render in which an input changes, the pane must count as running.
 */
describe('the taskpane state, when a run input changes', () => {
  it('counts as running in every render until the run of the new inputs has ended', async () => {
    const port = createMemoryWorkbookPort({ workbook });
    const seen: Seen[] = [];
    let latest: (TaskpaneState & TaskpaneActions) | undefined;
    function Probe() {
      latest = useTaskpane(port, [], dayFromIso('2026-03-16')!);
      seen.push({ asOf: latest.asOf, run: latest.run, running: latest.running });
      return null;
    }
    render(<Probe />);
    await waitFor(() => expect(latest?.run?.ok && !latest.running).toBe(true), { timeout: 20_000 });
    const first = latest!.run;
    const next = dayFromIso('2026-03-23')!;
    const from = seen.length;
    act(() => latest!.setAsOf(next));
    await waitFor(() => expect(latest!.run !== first && !latest!.running).toBe(true), { timeout: 20_000 });
    const after = seen.slice(from).filter((s) => s.asOf === next);
    // The first render with the new date still shows the old run: it must not read as settled.
    expect(after[0]).toMatchObject({ run: first, running: true });
    expect(after.filter((s) => s.run === first && !s.running)).toEqual([]);
  });
});
