import type { RawSource } from '../../src/core/types';

/**
 * Read a dropped or picked .xlsx/.csv in the browser. The file readers (exceljs, papaparse) are
 * loaded on first use so the first paint stays small. Throws SourceReadError (one line naming
 * the file) for a file that cannot be read; the Sources step shows that message.
 */
export async function loadSourceFile(bytes: Uint8Array, fileName: string): Promise<RawSource> {
  const { readSourceFile } = await import('../../src/xlsx/read-source');
  return readSourceFile(bytes, fileName);
}
