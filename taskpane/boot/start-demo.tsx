import type { ReactElement } from 'react';
import { dayFromIso } from '../../src/core/util/days';
import { createMemoryWorkbookPort } from '../../src/port/memory-workbook-port';
import { App } from '../app/App';
import { loadSourceFile } from '../app/load-source-file';
import { StartupError } from '../app/StartupError';
import { fetchSampleFiles } from './fetch-sample-sources';
import { startPipelineWorker } from './pipeline-worker';
import { SAMPLE_AS_OF } from './sample-files';

/** A worker where the browser has one; else the core runs on the main thread (App's fallback). */
export const workerIfAny = typeof Worker === 'function' ? startPipelineWorker : undefined;

/**
 * Browser demo: the first bundled sample plays "this workbook", the others are department files
 * already added. `?asOf=YYYY-MM-DD` and `?theme=dark` override the start date and theme;
 * `?samples=none` starts with an empty workbook and no files (the benchmark adds its own). The
 * in-memory port is exposed on window.__throughline so the end-to-end test can assert what the
 * port received (demo mode only; inside Excel nothing is exposed).
 */
export async function startDemo(location: Location = window.location): Promise<ReactElement> {
  const params = new URLSearchParams(location.search);
  const asOf = dayFromIso(params.get('asOf') ?? '') ?? dayFromIso(SAMPLE_AS_OF);
  const dark = params.get('theme') ? params.get('theme') === 'dark' : (window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
  try {
    const none = params.get('samples') === 'none';
    const [first, ...files] = none ? [] : await fetchSampleFiles('./samples/');
    if (!none && !first) return <StartupError title="The demo could not start" message="No sample workbooks were found next to the taskpane." />;
    // "This workbook" is what Office.js would read on the main thread: a source, not bytes.
    const workbook = first ? await loadSourceFile(first.bytes, first.name) : { name: 'Book1.xlsx', dateSystem: 1900 as const, sheets: [] };
    const port = createMemoryWorkbookPort({ workbook: { ...workbook, origin: 'workbook' } });
    (window as unknown as { __throughline?: unknown }).__throughline = { port };
    return <App port={port} dark={dark} initialFiles={files} initialAsOf={asOf} makeWorker={workerIfAny} />;
  } catch (e) {
    return <StartupError title="The demo could not start" message={e instanceof Error ? e.message : String(e)} />;
  }
}
