/**
 * A source file that cannot be read at all (truncated or damaged zip or .xls, password-protected, not a workbook).
 * The message is one line that names the file; the CLI prints it and exits 2, the taskpane shows it.
 */
export class SourceReadError extends Error {
  override readonly name = 'SourceReadError';

  constructor(
    readonly fileName: string,
    message: string,
  ) {
    super(message);
  }
}

/** What follows the file name for an encrypted workbook, .xlsx or .xls alike (a period ends it). */
export const PASSWORD_PROTECTED =
  'is protected with a password; save a copy without the password in Excel (File > Info > Protect Workbook > Encrypt with Password, clear it) and try again';
