import type { CellRef } from '../../../src/core/types';

/**
 * Where a finding's cell is, for Go to cell: in the open workbook (Excel can select it), or in a
 * file the user added (Excel cannot open it from here), named in words with the reference Excel
 * itself writes for a cell of another workbook, to copy into a formula or the Go To box.
 */
export type CellPlace =
  | { readonly kind: 'this-workbook'; readonly cell: CellRef }
  | { readonly kind: 'file'; readonly cell: CellRef; readonly words: string; readonly reference: string };

export function cellPlace(cell: CellRef, workbookName: string | undefined): CellPlace {
  if (workbookName !== undefined && cell.source === workbookName) return { kind: 'this-workbook', cell };
  return {
    kind: 'file',
    cell,
    words: `${cell.source}, sheet ${cell.sheet}, cell ${cell.address}`,
    reference: externalReference(cell),
  };
}

/** ='[IT plan.xlsx]Q3 plan'!B3: the workbook in brackets, quoted with the sheet, apostrophes doubled. */
export function externalReference(cell: Pick<CellRef, 'source' | 'sheet' | 'address'>): string {
  return `'${`[${cell.source}]${cell.sheet}`.replace(/'/g, "''")}'!${cell.address}`;
}
