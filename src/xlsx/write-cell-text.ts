import { fitCellText } from '../core/report/cell-text';
import { linkTarget } from '../core/report/links';
import type { ReportLink } from '../core/types';

export { MAX_CELL_TEXT } from '../core/report/cell-text';

/**
 * Text as Excel can store it: characters XML 1.0 forbids (control characters pasted from other
 * systems, lone surrogates) would make the whole file unreadable, so they are dropped, and text
 * past Excel's cell limit is cut with an ellipsis.
 */
export function cleanText(s: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  return fitCellText(clean);
}

/**
 * Link targets (made by the core's linkTarget, which encodes file names). exceljs 4.4 also writes a
 * `location` attribute for targets shaped like `Sheet!A1`, which Excel then doubles up (exceljs
 * issue #3027); absolute addresses ($C$7) keep the target in the relationship only, where Excel
 * and LibreOffice read `#...` as a place in this workbook and `file.xlsx#...` as a place in
 * another file.
 */
export function hyperlinkTarget(link: ReportLink): string {
  return linkTarget(link);
}

/** The tooltip of a link cell. */
export function linkTooltip(link: ReportLink): string {
  return link.kind === 'internal' ? `Go to ${link.sheet}!${link.address}` : `Open ${link.file} at ${link.sheet}!${link.address}`;
}
