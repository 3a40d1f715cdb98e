/**
 * Everything the adapter takes from the Office globals, in one seam: tests pass a fake host
 * (test/office/fake-excel.ts), the add-in uses officeHost(). No other module in src/office reads
 * the `Excel` or `Office` globals.
 */
export interface ExcelHost {
  /** Run a batch against the open workbook (Excel.run). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version: string): boolean;
  /** Excel.createWorkbook(base64). */
  createWorkbook(base64: string): Promise<void>;
  /** Office.context.document.settings, when the host has it. */
  readonly settings?: DocumentSettings;
  /** "Excel" inside Office, undefined when office.js or Excel is not there. */
  readonly host?: string;
  /** Office.context.platform ("PC", "OfficeOnline", "Mac", ...). */
  readonly platform?: string;
}

/** The part of Office.Settings we use. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: { status: string; error?: { message: string } }) => void): void;
}

/** The host over the real Office.js globals; a host without Excel reports every set as unsupported. */
export function officeHost(): ExcelHost {
  const hasOffice = typeof Office !== 'undefined' && Office.context !== undefined;
  const hasExcel = typeof Excel !== 'undefined';
  return {
    run: (batch) => {
      if (!hasExcel) return Promise.reject(new Error('Excel is not available: open Throughline inside Excel.'));
      return Excel.run(batch);
    },
    isSetSupported: (name, version) => hasOffice && hasExcel && Office.context.requirements?.isSetSupported(name, version) === true,
    createWorkbook: (base64) => {
      if (!hasExcel) return Promise.reject(new Error('Excel is not available: open Throughline inside Excel.'));
      return Excel.createWorkbook(base64);
    },
    ...(hasOffice && Office.context.document?.settings ? { settings: Office.context.document.settings as unknown as DocumentSettings } : {}),
    ...(hasOffice && Office.context.host ? { host: String(Office.context.host) } : {}),
    ...(hasOffice && Office.context.platform ? { platform: String(Office.context.platform) } : {}),
  };
}
