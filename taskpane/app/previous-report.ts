import type { Snapshot } from '../../src/core/report';
import type { WorkbookPort } from '../../src/port/workbook-port';

/** A port that can also read the snapshot of the last report written into the workbook (Office). */
interface PortWithPrevious extends WorkbookPort {
  readPreviousSnapshot(): Promise<Snapshot | undefined>;
}

function hasPrevious(port: WorkbookPort): port is PortWithPrevious {
  return typeof (port as Partial<PortWithPrevious>).readPreviousSnapshot === 'function';
}

/** The previous report's snapshot when the port can give one (adds the Changes sheet). */
export async function readPreviousReport(port: WorkbookPort): Promise<Snapshot | undefined> {
  return hasPrevious(port) ? port.readPreviousSnapshot() : undefined;
}
