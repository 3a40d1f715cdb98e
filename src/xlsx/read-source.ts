import type { RawSource } from '../core/types';
import { readCsvSource } from './read-csv';
import { MspdiFormatError } from './read-mspdi';
import { isMspdiText, readMspdiSource } from './read-mspdi-source';
import { decodeText } from './read-text-encoding';
import { SourceReadError } from './read-source-error';
import { readXlsxSource } from './read-workbook';

export { SourceReadError } from './read-source-error';

const EXCEL_EXTENSION = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb)$/i;
/** Extensions text files are read as CSV under (a file with no extension is read too). */
const CSV_EXTENSION = /^(csv|tsv|txt|tab)$/i;
/** Bytes examined to tell text from binary. */
const SNIFF_BYTES = 4096;
/** Bytes examined for a Microsoft Project XML root element (comments may come before it). */
const XML_SNIFF_BYTES = 65536;

/**
 * A dropped or named file -> a source, by what the bytes are rather than the extension:
 * a zip (.xlsx) is read as a workbook after the zip guard has checked it (read-workbook.ts),
 * an OLE2 compound file (legacy .xls) is refused with advice, Microsoft Project XML (a <Project> root in Project's
 * namespace) is read as Project's task table (read-mspdi-source.ts), other text is read as CSV
 * unless it is named like a workbook.
 * Throws SourceReadError otherwise.
 */
export async function readSourceFile(bytes: Uint8Array, fileName: string): Promise<RawSource> {
  if (bytes.length === 0) throw new SourceReadError(fileName, `${fileName} is empty.`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // The zip guard checks the central directory before anything inflates (readXlsxSource).
    return readXlsxSource(bytes, fileName);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (isEncryptedPackage(bytes)) {
      throw new SourceReadError(fileName, `${fileName} is protected with a password; save a copy without the password in Excel (File > Info > Protect Workbook > Encrypt with Password, clear it) and try again.`);
    }
    throw new SourceReadError(fileName, `${fileName} is a legacy .xls workbook; save it as .xlsx in Excel and try again.`);
  }
  if (looksLikeText(bytes) && isMspdiText(decodeText(bytes.subarray(0, XML_SNIFF_BYTES)))) {
    try {
      return readMspdiSource(decodeText(bytes), fileName);
    } catch (e) {
      if (e instanceof MspdiFormatError) throw new SourceReadError(fileName, `${fileName} is not a readable Microsoft Project XML file: ${e.message}`);
      throw e;
    }
  }
  if (looksLikeText(bytes)) {
    // Text named like a workbook is most likely a mistake (a renamed or wrongly saved file).
    if (EXCEL_EXTENSION.test(fileName)) {
      throw new SourceReadError(fileName, `${fileName} is not an .xlsx workbook: it holds plain text; if it is a CSV file, name it .csv.`);
    }
    // Text named for something else (README.md, notes.json, page.html) is not a tracker: refused, not read as an empty CSV.
    const extension = /\.([^./\\]+)$/.exec(fileName)?.[1];
    if (extension !== undefined && !CSV_EXTENSION.test(extension)) {
      throw new SourceReadError(fileName, `${fileName} is not a tracker: only .xlsx workbooks, .csv files and Microsoft Project .xml files are read; if it is a CSV file, name it .csv.`);
    }
    return readCsvSource(bytes, fileName);
  }
  throw new SourceReadError(fileName, `${fileName} is neither an .xlsx workbook nor a CSV file.`);
}

/** "EncryptedPackage" as a compound file's directory stores a stream name: UTF-16LE, then a NUL character. */
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage\0'].flatMap((c) => [c.charCodeAt(0), 0]));

/**
 * A password-protected .xlsx is not a zip: Excel wraps the encrypted zip in an OLE2 compound file
 * whose streams are EncryptionInfo and EncryptedPackage ([MS-OFFCRYPTO], ECMA-376 encryption), as a legacy .xls
 * is a compound file with a Workbook stream. The stream name in the compound file's directory
 * tells them apart.
 */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const first = ENCRYPTED_PACKAGE[0]!;
  for (let i = bytes.indexOf(first, 512); i >= 0 && i + ENCRYPTED_PACKAGE.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < ENCRYPTED_PACKAGE.length && bytes[i + k] === ENCRYPTED_PACKAGE[k]) k++;
    if (k === ENCRYPTED_PACKAGE.length) return true;
  }
  return false;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Text has no NUL bytes (UTF-16 text is recognised by its byte-order mark). */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return false;
  return true;
}
