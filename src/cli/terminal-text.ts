/**
 * Text for the terminal. Cell text and file names may hold control characters: ESC starts the
 * sequences that clear the screen, set the window title or hide text, C1 controls (U+0080-U+009F,
 * CSI among them) do the same on some terminals, and bidirectional overrides reorder what is
 * shown. None of them reaches the terminal raw: each is written as a visible escape.
 */

/** C0 and C1 controls and DEL, bidirectional marks, embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function escaped(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** User text (a file name, a finding message) as one line with every control character visible: "a\nb" -> "a\\nb". */
export function terminalLine(s: string): string {
  return s.replace(CONTROLS, escaped);
}

/**
 * Everything the command line writes passes through this: newlines and tabs (our own layout)
 * stay, every other control character becomes \uXXXX. In JSON output, where JSON.stringify has
 * already escaped C0 controls inside strings, the same \uXXXX is a valid escape of the same
 * character, so the JSON still parses to the same values.
 */
export function terminalOutput(s: string): string {
  // Almost all output has none: a test is ten times faster than a replace on a 30 MB JSON text.
  if (!HAS_CONTROL.test(s)) return s;
  return s.replace(CONTROLS_BUT_LINES, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
