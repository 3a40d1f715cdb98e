import type { ReactElement } from 'react';
import type { OfficeStart } from '../../src/office/office-ready';
import { App } from '../app/App';
import { loadOfficePort } from './load-office-port';
import { startDemo } from './start-demo';

/** Pick the port for where we run and return the app element to render. */
export async function startTaskpane(office: OfficeStart): Promise<ReactElement> {
  if (office.host === null) return startDemo();
  const port = await loadOfficePort();
  return <App port={port} dark={office.dark} />;
}
