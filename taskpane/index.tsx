import { createRoot } from 'react-dom/client';
import { waitForOffice } from '../src/office/office-ready';
import { startTaskpane } from './boot/start-taskpane';

/**
 * Webpack entry of the taskpane. Inside Excel the app runs over the Office.js port; in a plain
 * browser (Office.onReady resolves with host null) it runs as a demo over an in-memory port
 * seeded from the bundled sample workbooks (./samples/*.xlsx).
 */
async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const root = createRoot(container);
  root.render(await startTaskpane(await waitForOffice()));
}

void main();
