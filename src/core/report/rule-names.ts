import { CATALOG } from '../types';

const NAMES = new Map<string, string>(CATALOG.map((e) => [e.code, e.title]));

/** A rule's name on every sheet: the catalog's title (its code for a rule the catalog does not know, e.g. from an older snapshot). */
export function ruleName(code: string): string {
  return NAMES.get(code) ?? code;
}
