import { REPORT_SHEETS } from '../core/report/sheet-names';
import { readDecisions } from '../core/report/decisions-sheet';
import { readSnapshot, type Snapshot } from '../core/report/snapshot';
import type { Decision, GridRange } from '../core/types';
import { a1Range } from '../core/util/a1';
import { parseRange } from './addresses';
import { listReportSheets, ownPartsFor } from './report-marker';
import { isPayloadLimitError } from './payload-batcher';
import { toCellValue } from './read-workbook';

/** Snapshot cells loaded per sync to begin with: well under the web's 5 MB response at its long finding messages. */
export const SNAPSHOT_CHUNK_CELLS = 20_000;

/**
 * The previous run's snapshot from the hidden report sheet, so the next report can show what
 * changed (buildReport's `previous`). Undefined when there is none or it is not readable. The
 * rows are read in chunks (one sync per 20,000 cells, halved while the host refuses a chunk as too
 * large), since a snapshot of 10,000 initiatives and their findings passes the 5 MB a response
 * may carry on Excel on the web.
 */
export async function readPreviousSnapshot(context: Excel.RequestContext): Promise<Snapshot | undefined> {
  // Ours by their markers: beside a user sheet of the same name they carry a distinguished name.
  const found = await listReportSheets(context);
  // A snapshot past Excel's rows is in parts (_throughline, _throughline 2, ...): their rows in order.
  const parts = ownPartsFor(found, REPORT_SHEETS.snapshot);
  if (parts.length === 0) return undefined;
  const decisionParts = ownPartsFor(found, REPORT_SHEETS.decisions);
  // Every part's used range in one sync, however many parts there are.
  const boxes = await usedBoxes(context, [...parts, ...decisionParts]);
  const rows: ReturnType<typeof toCellValue>[][] = [];
  for (let k = 0; k < parts.length; k++) {
    const box = boxes[k];
    if (!box) return undefined;
    for (const row of await readRows(context, parts[k]!, box)) rows.push(row);
  }
  const snapshot = readSnapshot(rows);
  if (!snapshot) return undefined;
  const decisions: Decision[] = [];
  for (let k = 0; k < decisionParts.length; k++) {
    const box = boxes[parts.length + k];
    // readDecisions finds its header row wherever the used range starts (each part has its header row).
    if (box) decisions.push(...readDecisions(await readRows(context, decisionParts[k]!, box)));
  }
  return decisions.length > 0 ? { ...snapshot, decisions } : snapshot;
}

/** The sheets' used ranges as boxes (undefined for an empty sheet), loaded in one sync. */
async function usedBoxes(context: Excel.RequestContext, names: readonly string[]): Promise<Array<GridRange | undefined>> {
  const used = names.map((name) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load('address');
    return range;
  });
  await context.sync();
  return used.map((u) => (u.isNullObject ? undefined : parseRange(u.address)));
}

async function readRows(context: Excel.RequestContext, sheetName: string, box: GridRange) {
  const width = box.right - box.left + 1;
  const rows: ReturnType<typeof toCellValue>[][] = [];
  let chunkRows = Math.max(1, Math.floor(SNAPSHOT_CHUNK_CELLS / width));
  for (let top = box.top; top <= box.bottom; ) {
    const bottom = Math.min(box.bottom, top + chunkRows - 1);
    const range = context.workbook.worksheets.getItem(sheetName).getRange(a1Range(top, box.left, bottom, box.right));
    range.load('values,valueTypes');
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimitError(e) || bottom === top) throw e;
      chunkRows = Math.max(1, Math.floor(chunkRows / 2));
      continue;
    }
    range.values.forEach((row, r) => rows.push(row.map((v, c) => toCellValue(v, range.valueTypes[r]?.[c]))));
    top = bottom + 1;
  }
  return rows;
}
