import type { RawSource } from '../core/types';
import { readCsvSource } from './read-csv';
import { MspdiFormatError } from './read-mspdi';
import { isMspdiText, readMspdiSource } from './read-mspdi-source';
import { decodeText } from './read-text-encoding';
import { isCompoundFile } from './read-cfb';
import { SourceReadError } from './read-source-error';
import { isBareBiff, readBareBiffSource, readXlsSource } from './read-xls';
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
 * an OLE2 compound file is read as a legacy .xls workbook (read-xls.ts: BIFF8 and BIFF5; a
 * password-protected .xlsx, which Excel wraps in one, is named as such), Microsoft Project XML (a <Project> root in Project's
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
  if (isCompoundFile(bytes)) return readXlsSource(bytes, fileName);
  if (isBareBiff(bytes)) return readBareBiffSource(bytes, fileName);
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
      // Many tools' "Excel" exports are a web page or an XML Spreadsheet 2003 file named .xls; Excel opens them.
      if (/^\s*</.test(decodeText(bytes.subarray(0, SNIFF_BYTES)))) {
        throw new SourceReadError(fileName, `${fileName} is not an Excel workbook: it holds HTML or XML text (some tools export a web page or an XML spreadsheet named like a workbook); open it in Excel and save it as .xlsx.`);
      }
      throw new SourceReadError(fileName, `${fileName} is not an .xlsx workbook: it holds plain text; if it is a CSV file, name it .csv.`);
    }
    // Text named for something else (README.md, notes.json, page.html) is not a tracker: refused, not read as an empty CSV.
    const extension = /\.([^./\\]+)$/.exec(fileName)?.[1];
    if (extension !== undefined && !CSV_EXTENSION.test(extension)) {
      throw new SourceReadError(fileName, `${fileName} is not a tracker: only .xlsx and .xls workbooks, .csv files and Microsoft Project .xml files are read; if it is a CSV file, name it .csv.`);
    }
    return readCsvSource(bytes, fileName);
  }
  if (isOldBiff(bytes)) {
    throw new SourceReadError(fileName, `${fileName} is an Excel 2.x-4.0 workbook (BIFF2-4), a format older than Excel 97 that is not read; open it in Excel or LibreOffice and save it as .xlsx.`);
  }
  throw new SourceReadError(fileName, `${fileName} is neither an Excel workbook (.xlsx, .xls) nor a CSV file.`);
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

/**
 * Excel 2.x to 4.0 saved a bare BIFF2-4 record stream, no container: a BOF record (type 0x0009,
 * 0x0209 or 0x0409) of 4 to 16 bytes whose second word says worksheet, chart, macro sheet or
 * workspace.
 */
function isOldBiff(bytes: Uint8Array): boolean {
  if (bytes.length < 8 || bytes[0] !== 0x09 || ![0x00, 0x02, 0x04].includes(bytes[1]!)) return false;
  const length = bytes[2]! | (bytes[3]! << 8);
  const type = bytes[6]! | (bytes[7]! << 8);
  return length >= 4 && length <= 16 && [0x0010, 0x0020, 0x0040, 0x0100].includes(type);
}
