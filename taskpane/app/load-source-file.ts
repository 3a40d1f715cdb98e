import type { RawSource } from '../../src/core/types';

/**
 * Read a dropped or picked .xlsx/.csv in the browser. The file readers (exceljs, papaparse) are
 * loaded on first use so the first paint stays small.
 */
export async function loadSourceFile(_bytes: Uint8Array, _fileName: string): Promise<RawSource> {
  // Switched to a dynamic import of src/xlsx/read-source when that reader lands.
  throw new Error('Reading files is not available in this build yet.');
}
