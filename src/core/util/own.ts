/**
 * record[key] when the record itself holds key, else undefined: a record keyed by user text (a
 * source or department name from settings) must not answer "constructor" with Object's
 * constructor or "__proto__" with its prototype, as plain indexing does.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A record keyed by user text built from pairs: Object.fromEntries defines each key as the
 * record's own property, so "__proto__" is a key like any other rather than the prototype.
 */
export function recordOf<T>(pairs: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.fromEntries(pairs) as Record<string, T>;
}
