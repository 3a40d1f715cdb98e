/**
 * A source file that cannot be read at all (legacy .xls, truncated or damaged zip, not a workbook).
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
