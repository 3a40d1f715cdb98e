import type { ReactElement } from 'react';
import { createMemoryWorkbookPort } from '../../src/port/memory-workbook-port';
import { App } from '../app/App';
import { DemoUnavailable } from '../app/DemoUnavailable';
import { fetchSampleSources } from './fetch-sample-sources';

/**
 * Browser demo: the first bundled sample plays "this workbook", the others are department files
 * already added. The in-memory port is exposed on window.__throughline so the end-to-end test can
 * assert what the port received (demo mode only; inside Excel nothing is exposed).
 */
export async function startDemo(): Promise<ReactElement> {
  try {
    const [workbook, ...files] = await fetchSampleSources('./samples/');
    if (!workbook) return <DemoUnavailable message="No sample workbooks were found next to the taskpane." />;
    const port = createMemoryWorkbookPort({ workbook: { ...workbook, origin: 'workbook' }, workbookName: workbook.name });
    (window as unknown as { __throughline?: unknown }).__throughline = { port };
    return <App port={port} dark={window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false} initialFiles={files} />;
  } catch (e) {
    return <DemoUnavailable message={e instanceof Error ? e.message : String(e)} />;
  }
}
