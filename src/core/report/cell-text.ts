/** Excel's limit on the characters in one cell (Excel specifications and limits). */
export const MAX_CELL_TEXT = 32_767;

/** Text cut to what a cell holds, with an ellipsis saying it was cut. */
export function fitCellText(s: string): string {
  return s.length > MAX_CELL_TEXT ? `${s.slice(0, MAX_CELL_TEXT - 1)}…` : s;
}
