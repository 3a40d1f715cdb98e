/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen } from '@testing-library/react';
import { makeOptions } from '../../../src/core/types';
import type { WorkbookPort } from '../../../src/port/workbook-port';
import type { TaskpaneActions, TaskpaneState } from '../../../taskpane/app/state/use-taskpane';
import { CancelledError } from '../../../taskpane/run/pipeline-client';
import { ReportStep } from '../../../taskpane/steps/ReportStep';
import { renderQuick, user } from '../support/render';

/**
 * A report stopped by a newer run (the user changed an input while it was being built): the
 * worker rejects it as cancelled, though the user never pressed Cancel. The step must say why
 * and what to do, not fall silent or claim the user cancelled.
 */
function stateStoppedByNewerRun(onReport: () => void, report?: () => Promise<never>): TaskpaneState & TaskpaneActions {
  const partial = {
    settings: {},
    asOf: makeOptions(20_500).asOf,
    running: false,
    holidays: { days: [], unread: [] },
    run: { ok: true },
    pipeline: {
      report: (_target: unknown, _previous: unknown, _settings: unknown, stage: (s: string) => void) => {
        onReport();
        if (report === undefined) return Promise.reject(new CancelledError());
        stage('report');
        return report();
      },
      heldPrevious: () => undefined,
      reportKept: () => undefined,
      cancel: () => undefined,
    },
    updateSettings: () => undefined,
    setAsOf: () => undefined,
    runAgain: () => undefined,
  };
  return partial as unknown as TaskpaneState & TaskpaneActions;
}

describe('Report step: a report a newer run stopped', () => {
  it('says the inputs changed while it was being made and asks to generate it again', async () => {
    let asked = 0;
    const port = {} as WorkbookPort;
    renderQuick(<ReportStep state={stateStoppedByNewerRun(() => asked++)} port={port} />);
    await user.click(screen.getByRole('button', { name: 'Generate report' }));
    expect(await screen.findByText('The report was not written')).toBeTruthy();
    expect(screen.getByText('The inputs changed while the report was being made. Generate it again.')).toBeTruthy();
    expect(asked).toBe(1);
  });

  it('says nothing of the kind when the user pressed Cancel: the report is cancelled as asked', async () => {
    let stop: (e: Error) => void = () => undefined;
    const pending = () => new Promise<never>((_, reject) => (stop = reject));
    renderQuick(<ReportStep state={stateStoppedByNewerRun(() => undefined, pending)} port={{} as WorkbookPort} />);
    await user.click(screen.getByRole('button', { name: 'Generate report' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    stop(new CancelledError());
    expect(await screen.findByText('Report cancelled')).toBeTruthy();
    expect(screen.queryByText('The report was not written')).toBeNull();
  });
});
