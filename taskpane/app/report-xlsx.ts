import type { ReportDocument } from '../../src/core/types';

/** Bytes -> base64 without Node's Buffer (the browser's btoa takes a binary string). */
export function base64FromBytes(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The summary as an .xlsx file (base64), for "open as a new workbook". exceljs loads on first use. */
export async function writeReportBase64(doc: ReportDocument): Promise<string> {
  const { writeReportXlsx } = await import('../../src/xlsx/write-report');
  return base64FromBytes(await writeReportXlsx(doc));
}
