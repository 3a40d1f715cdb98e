import type { WorkbookPort } from '../../src/port/workbook-port';

/** The Office.js port (src/office), loaded only inside Excel so the demo bundle path stays lean. */
export async function loadOfficePort(): Promise<WorkbookPort> {
  // Replaced by createOfficeWorkbookPort() from src/office when that adapter lands.
  throw new Error('The Office adapter is not available in this build.');
}
