/** The Office.js adapter: the WorkbookPort the taskpane uses inside Excel. */
export { createOfficeWorkbookPort, WORKBOOK_SOURCE_FALLBACK, type OfficeWorkbookPort } from './office-workbook-port';
export { officeHost, type ExcelHost, type DocumentSettings } from './excel-host';
export { HostTooOldError, requirementsMessage, findMissingRequirements, REQUIRED_SETS } from './requirements';
export { CellNotReachableError } from './select-cell';
