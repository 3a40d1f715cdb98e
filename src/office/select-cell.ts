import type { CellRef } from '../core/types';
import { parseRange } from './addresses';

/** A finding points at a sheet that is gone or hidden: said in words, not as an Office error code. */
export class CellNotReachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CellNotReachableError';
  }
}

/**
 * Go to a finding's cell: activate its sheet and select the cell. One sync to check the sheet is
 * there and visible (the workbook may have changed since the run), one to go.
 */
export async function selectCell(context: Excel.RequestContext, ref: Pick<CellRef, 'sheet' | 'address'>): Promise<void> {
  if (!parseRange(ref.address)) throw new CellNotReachableError(`"${ref.address}" is not a cell address.`);
  const sheet = await findVisibleSheet(context, ref.sheet);
  sheet.activate();
  sheet.getRange(ref.address).select();
  await context.sync();
}

/** Bring a sheet to the front (e.g. Summary after a run). */
export async function activateSheet(context: Excel.RequestContext, name: string): Promise<void> {
  const sheet = await findVisibleSheet(context, name);
  sheet.activate();
  await context.sync();
}

async function findVisibleSheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load('visibility');
  await context.sync();
  if (sheet.isNullObject) throw new CellNotReachableError(`The sheet "${name}" is no longer in this workbook; run Throughline again to refresh the findings.`);
  if (sheet.visibility !== 'Visible') throw new CellNotReachableError(`The sheet "${name}" is hidden; unhide it to go to the cell.`);
  return sheet;
}
