/**
 * Requirement sets Throughline needs from the host, checked once at start so an old Excel gets a
 * clear sentence instead of a failure halfway through a write.
 */
export interface RequirementSet {
  readonly name: string;
  readonly version: string;
  /** What needs it, for the message. */
  readonly for: string;
}

/** Needed for reading sources and writing the report (custom properties mark our sheets: 1.12). */
export const REQUIRED_SETS: readonly RequirementSet[] = [{ name: 'ExcelApi', version: '1.12', for: 'reading sheets and writing the report' }];

/** Used when present; without them Throughline still works with less. */
export const OPTIONAL_SETS = {
  /** Range.getMergedAreasOrNullObject: merged header cells. */
  merges: { name: 'ExcelApi', version: '1.13' },
  /** Workbook.use1904DateSystem: otherwise the 1900 date system is assumed. */
  dateSystem: { name: 'ExcelApi', version: '1.16' },
  /** Worksheet.notes: cell notes in the report. */
  notes: { name: 'ExcelApi', version: '1.18' },
} as const;

export type IsSetSupported = (name: string, version: string) => boolean;

/** "ExcelApi 1.12" for every required set the host lacks. */
export function findMissingRequirements(isSetSupported: IsSetSupported): string[] {
  return REQUIRED_SETS.filter((s) => !safeCheck(isSetSupported, s.name, s.version)).map((s) => `${s.name} ${s.version}`);
}

/** Whether an optional set is there (a host that throws on the check counts as "no"). */
export function supports(isSetSupported: IsSetSupported, set: { name: string; version: string }): boolean {
  return safeCheck(isSetSupported, set.name, set.version);
}

function safeCheck(isSetSupported: IsSetSupported, name: string, version: string): boolean {
  try {
    return isSetSupported(name, version);
  } catch {
    return false;
  }
}

/** The sentence shown when the host is too old. */
export function requirementsMessage(missing: readonly string[]): string {
  return (
    `This version of Excel does not support ${missing.join(', ')}, which Throughline needs for ` +
    `${REQUIRED_SETS.map((s) => s.for).join(' and ')}. Use Excel on the web, or Microsoft 365 Excel ` +
    `for Windows or Mac, kept up to date. The command line (throughline check/report) works on any .xlsx file.`
  );
}

/** Thrown by the port's methods on a host that is too old; its message is requirementsMessage(). */
export class HostTooOldError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(requirementsMessage(missing));
    this.name = 'HostTooOldError';
  }
}
