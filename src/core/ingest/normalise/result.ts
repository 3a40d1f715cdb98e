/**
 * What a normaliser makes of one cell: a value, nothing, an Excel error, or text it cannot read
 * (with what was expected, for the finding's message).
 */
export type Parsed<T> =
  | { readonly kind: 'value'; readonly value: T }
  | { readonly kind: 'blank' }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'invalid'; readonly expected: string };

export const BLANK: Parsed<never> = { kind: 'blank' };

export function ok<T>(value: T): Parsed<T> {
  return { kind: 'value', value };
}

export function invalid(expected: string): Parsed<never> {
  return { kind: 'invalid', expected };
}
