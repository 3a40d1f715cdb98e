import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { DayNumber } from '../../src/core/types';
import type { WorkbookPort } from '../../src/port/workbook-port';
import { Shell } from './Shell';
import { useCurrentTableKeys } from './state/use-current-table-keys';
import { useTaskpane, type SourceFile } from './state/use-taskpane';

export interface AppProps {
  readonly port: WorkbookPort;
  /** Follow the Office theme (taken by the host bootstrap, never from the Office global here). */
  readonly dark: boolean;
  /** Department files already added (the browser demo adds the other samples). */
  readonly initialFiles?: readonly SourceFile[];
  /** As-of date to start with; today when absent. */
  readonly initialAsOf?: DayNumber;
  /** Starts the pipeline worker (taskpane/boot/pipeline-worker.ts); without it the core runs on the main thread. */
  readonly makeWorker?: () => Worker;
}

/** The taskpane: five steps from departmental sheets to the summary, each reachable at any time. */
export function App({ port, dark, initialFiles, initialAsOf, makeWorker }: AppProps) {
  const state = useTaskpane(port, initialFiles, initialAsOf, makeWorker);
  useCurrentTableKeys(state);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <Shell port={port} state={state} />
    </FluentProvider>
  );
}
