import type { OfficeWorkbookPort } from '../../src/office';

/** The Office.js port (src/office), loaded only inside Excel so the browser demo never pulls it in. */
export async function loadOfficePort(): Promise<OfficeWorkbookPort> {
  const { createOfficeWorkbookPort } = await import('../../src/office');
  return createOfficeWorkbookPort();
}
