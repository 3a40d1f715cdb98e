import { REPORT_SHEETS } from '../core/report/sheet-names';
import { readSnapshot, type Snapshot } from '../core/report/snapshot';
import { toCellValue } from './read-workbook';

/**
 * The previous run's snapshot from the hidden report sheet, so the next report can show what
 * changed (buildReport's `previous`). Undefined when there is none or it is not readable.
 */
export async function readPreviousSnapshot(context: Excel.RequestContext): Promise<Snapshot | undefined> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEETS.snapshot);
  await context.sync();
  if (sheet.isNullObject) return undefined;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('values,valueTypes');
  await context.sync();
  if (used.isNullObject) return undefined;
  return readSnapshot(used.values.map((row, r) => row.map((v, c) => toCellValue(v, used.valueTypes[r]?.[c]))));
}
