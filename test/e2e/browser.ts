import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const LOCAL_OFFICE_JS = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

/**
 * Debian's chromium (never a downloaded browser) at the taskpane's width, with Microsoft's
 * Office.js CDN answered from the local package, so no run needs the network. For the browser
 * end-to-end test and the taskpane benchmark.
 */
export async function launchTaskpaneBrowser(viewport = { width: 380, height: 760 }): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'throughline-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport,
    deviceScaleFactor: 2,
    colorScheme: 'light',
  });
  context.setDefaultTimeout(30_000);
  await context.route(`${OFFICE_CDN}**`, (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, '');
    const file = join(LOCAL_OFFICE_JS, ...rel.split('/'));
    if (!file.startsWith(LOCAL_OFFICE_JS) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ path: file, contentType: 'text/javascript' });
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
