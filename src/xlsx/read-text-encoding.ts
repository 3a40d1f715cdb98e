export type TextEncodingName = 'utf-8' | 'utf-8-with-errors' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decode the bytes of a text file: UTF-8 (BOM or not), UTF-16 LE/BE with a BOM, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextDetected(bytes).text;
}

/**
 * decodeText, saying which encoding was read. Bytes that are not valid UTF-8 mean Windows-1252
 * (Excel's "CSV" on Windows writes the ANSI code page) unless the file holds at least as many
 * valid UTF-8 multi-byte characters as invalid bytes (and one or more): then it is UTF-8 with a few damaged bytes (a cut or
 * badly concatenated file), read as UTF-8 with U+FFFD for each bad byte rather than garbling
 * all its valid text as Windows-1252.
 */
export function decodeTextDetected(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const { valid, invalid } = countUtf8(bytes);
    // A tie goes to UTF-8: Windows-1252 text hardly ever holds a valid UTF-8 sequence at all.
    if (valid > 0 && valid >= invalid) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-with-errors' };
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Valid UTF-8 multi-byte sequences and invalid bytes (RFC 3629's well-formed sequences: no
 * overlong forms, no surrogates, nothing past U+10FFFF). Windows-1252 text almost never holds a
 * valid multi-byte sequence by chance: an accented letter is one byte followed by ASCII.
 */
function countUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const cont = (i: number, lo = 0x80, hi = 0xbf): boolean => i < bytes.length && bytes[i]! >= lo && bytes[i]! <= hi;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    if (b >= 0xc2 && b <= 0xdf) len = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) len = cont(i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && cont(i + 2) ? 3 : 0;
    else if (b >= 0xf0 && b <= 0xf4) len = cont(i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (len === 0) {
      invalid++;
      i++;
    } else {
      valid++;
      i += len;
    }
  }
  return { valid, invalid };
}

/** Windows-1252's 0x80-0x9F block (where it differs from Latin-1); 0 marks the five unused bytes. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decoded by hand: Node's TextDecoder treats 'windows-1252' as Latin-1 in some builds, which turns
 * curly quotes and the euro sign into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
