/**
 * The CustomFunctions global as the Excel runtime provides it (only what functions/ uses).
 * Import this module before functions/functions.ts.
 */
export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ErrorCode = { invalidValue: '#VALUE!', notAvailable: '#N/A' } as const;

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: StubError, ErrorCode };

/** An expected Excel error cell. */
export const excelError = (code: '#VALUE!' | '#N/A', message: string): StubError => new StubError(code, message);
