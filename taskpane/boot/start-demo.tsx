import type { ReactElement } from 'react';
import { dayFromIso } from '../../src/core/util/days';
import { createMemoryWorkbookPort } from '../../src/port/memory-workbook-port';
import { App } from '../app/App';
import { StartupError } from '../app/StartupError';
import { fetchSampleSources } from './fetch-sample-sources';
import { SAMPLE_AS_OF } from './sample-files';

/**
 * Browser demo: the first bundled sample plays "this workbook", the others are department files
 * already added. `?asOf=YYYY-MM-DD` and `?theme=dark` override the start date and theme. The
 * in-memory port is exposed on window.__throughline so the end-to-end test can assert what the
 * port received (demo mode only; inside Excel nothing is exposed).
 */
export async function startDemo(location: Location = window.location): Promise<ReactElement> {
  const params = new URLSearchParams(location.search);
  const asOf = dayFromIso(params.get('asOf') ?? '') ?? dayFromIso(SAMPLE_AS_OF);
  const dark = params.get('theme') ? params.get('theme') === 'dark' : (window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
  try {
    const [workbook, ...files] = await fetchSampleSources('./samples/');
    if (!workbook) return <StartupError title="The demo could not start" message="No sample workbooks were found next to the taskpane." />;
    const port = createMemoryWorkbookPort({ workbook: { ...workbook, origin: 'workbook' } });
    (window as unknown as { __throughline?: unknown }).__throughline = { port };
    return <App port={port} dark={dark} initialFiles={files} initialAsOf={asOf} />;
  } catch (e) {
    return <StartupError title="The demo could not start" message={e instanceof Error ? e.message : String(e)} />;
  }
}
