import type { CheckJsonParts } from '../core/report/check-json';

/** Characters gathered before each write: few writes, and never the whole document in memory. */
const FLUSH_AT = 1 << 16;

/**
 * `throughline check --json`, written as it is built: byte for byte what
 * JSON.stringify(checkJson(result), null, 2) gives, one list element at a time, so 100,000
 * initiatives and their findings never sit in memory as one string.
 */
export function writeCheckJson(parts: CheckJsonParts, write: (text: string) => void): void {
  let buffer = '{';
  const emit = (text: string): void => {
    buffer += text;
    if (buffer.length >= FLUSH_AT) {
      write(buffer);
      buffer = '';
    }
  };
  let firstKey = true;
  for (const [key, value] of Object.entries(parts)) {
    emit(`${firstKey ? '' : ','}\n  ${JSON.stringify(key)}: `);
    firstKey = false;
    if (typeof value !== 'object' || value === null) {
      emit(JSON.stringify(value));
      continue;
    }
    emit('[');
    let first = true;
    for (const item of value as Iterable<unknown>) {
      emit(`${first ? '' : ','}\n    ${atDepthTwo(item)}`);
      first = false;
    }
    emit(first ? ']' : '\n  ]');
  }
  write(`${buffer}\n}\n`);
}

/**
 * An element as JSON.stringify(.., null, 2) writes it two levels deep: stringified inside two
 * arrays, whose brackets are cut off, rather than re-indented line by line afterwards.
 */
function atDepthTwo(item: unknown): string {
  const text = JSON.stringify([[item]], null, 2);
  return text.slice(OPEN.length, text.length - CLOSE.length);
}

const OPEN = '[\n  [\n    ';
const CLOSE = '\n  ]\n]';
