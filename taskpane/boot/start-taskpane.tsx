import type { ReactElement } from 'react';
import type { OfficeStart } from '../../src/office/office-ready';
import { App } from '../app/App';
import { StartupError } from '../app/StartupError';
import { loadOfficePort } from './load-office-port';
import { startDemo, workerIfAny } from './start-demo';

/** Pick the port for where we run and return the app element to render. */
export async function startTaskpane(start: OfficeStart): Promise<ReactElement> {
  if (start.host === null) return startDemo();
  try {
    return <App port={await loadOfficePort()} dark={start.dark} makeWorker={workerIfAny} />;
  } catch (e) {
    return <StartupError title="Throughline could not connect to Excel" message={e instanceof Error ? e.message : String(e)} />;
  }
}
