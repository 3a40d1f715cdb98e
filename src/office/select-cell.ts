import type { CellRef } from '../core/types';

/** Go to a finding's cell: activate its sheet and select the cell, in one round trip. */
export async function selectCell(context: Excel.RequestContext, ref: Pick<CellRef, 'sheet' | 'address'>): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(ref.sheet);
  sheet.activate();
  sheet.getRange(ref.address).select();
  await context.sync();
}

/** Bring a sheet to the front (e.g. Summary after a run). */
export async function activateSheet(context: Excel.RequestContext, name: string): Promise<void> {
  context.workbook.worksheets.getItem(name).activate();
  await context.sync();
}
