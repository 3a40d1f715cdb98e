/**
 * People written as a list by tools that export an array as text: ClickUp's Assignees
 * "[Ana Lima, Ben Ode]", Plane's '["Jane Smith"]' (JSON), a Python-style "['Ana', 'Ben']".
 * Only for text that is one bracketed list as a whole: anything else is left as it is.
 */

/**
 * The names of a bracketed or JSON list joined with ", " ("[Ana Lima, Ben Ode]" -> "Ana Lima,
 * Ben Ode", '["Jane Smith"]' -> "Jane Smith"); undefined for an empty list ("[]"); the text
 * itself when it is not such a list (no brackets around the whole, nested brackets or braces,
 * a JSON array of anything but strings).
 */
export function unwrapPersonList(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.charCodeAt(0) !== 0x5b || trimmed.charCodeAt(trimmed.length - 1) !== 0x5d) return text;
  const inner = trimmed.slice(1, -1);
  if (/[[\]{}]/.test(inner)) return text;
  const names = inner.includes('"') ? jsonNames(trimmed) : bareNames(inner);
  if (names === undefined) return text;
  return names.length === 0 ? undefined : names.join(', ');
}

/** A JSON array of strings, each trimmed, blanks dropped; undefined when it is not one. */
function jsonNames(text: string): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string')) return undefined;
  return tidy(parsed as string[]);
}

/** Comma-separated names, each trimmed and taken out of single quotes ('Ana'). */
function bareNames(inner: string): string[] {
  return tidy(inner.split(',').map((part) => {
    const name = part.trim();
    return name.length >= 2 && name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1) : name;
  }));
}

function tidy(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const item = name.replace(/\s+/g, ' ').trim();
    if (item !== '') out.push(item);
  }
  return out;
}
