import type { DepartmentCode } from '../types';

/**
 * How department names are compared everywhere (owner choice, leads, calendars): by a key that
 * ignores case, spacing, punctuation, "&" for "and" and the words that only say it is a
 * department ("Finance Dept", "Dept. of Finance", "the Finance team" are Finance). A name of
 * nothing but such words keeps them ("Department" stays itself).
 */
const DEPARTMENT_WORDS = new Set(['dept', 'depts', 'department', 'departments', 'team', 'teams', 'division', 'directorate', 'function', 'unit', 'the', 'of']);

export function departmentKey(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,;:'’"()[\]{}\-_/\\]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const kept = words.filter((w) => !DEPARTMENT_WORDS.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** A department written as a code: two to six capitals ("FIN", "HR", "OPS"), as codes are written. */
const CODE = /^\p{Lu}{2,6}$/u;

/** What a name from outside the trackers (a calendar's department) is among the trackers' departments. */
export type DepartmentMatch =
  | { readonly key: string }
  /** A code that fits several departments (FIN: Finance and Fintech): matched to none. */
  | { readonly candidates: readonly string[] };

export interface DepartmentNames {
  /** The key a name is compared by: its department list's department when the list gives it as a code or name, else departmentKey. */
  canonical(name: string): string;
  /**
   * The trackers' department a name stands for: the same key; else a code of a department list;
   * else, written as a code, the one department whose name it begins ("FIN" Finance) or whose
   * initials it is ("HR" Human Resources). Undefined when it is none of them.
   */
  match(name: string): DepartmentMatch | undefined;
  /** The departments the trackers name, as written first, by key. */
  readonly known: ReadonlyMap<string, string>;
}

/** The departments of the trackers (`departments`: as written on initiatives) and the codes department lists give them. */
export function departmentNames(departments: Iterable<string>, codes: readonly DepartmentCode[] = []): DepartmentNames {
  // A department list's code and name are one department, keyed by the name.
  const listed = new Map<string, string>();
  for (const c of codes) {
    const name = departmentKey(c.department);
    if (name === '') continue;
    if (!listed.has(name)) listed.set(name, name);
    const code = departmentKey(c.code);
    if (code !== '' && !listed.has(code)) listed.set(code, name);
  }
  const cache = new Map<string, string>();
  const canonical = (name: string): string => {
    let k = cache.get(name);
    if (k === undefined) {
      const key = departmentKey(name);
      cache.set(name, (k = listed.get(key) ?? key));
    }
    return k;
  };
  const known = new Map<string, string>();
  for (const d of departments) {
    const k = canonical(d);
    if (k !== '' && !known.has(k)) known.set(k, d.trim());
  }
  const match = (name: string): DepartmentMatch | undefined => {
    const k = canonical(name);
    if (known.has(k)) return { key: k };
    const written = name.trim();
    if (!CODE.test(written)) return undefined;
    const code = written.toLowerCase();
    const fits = [...known.keys()].filter((key) => (!key.includes(' ') && key.startsWith(code)) || initials(key) === code);
    if (fits.length === 1) return { key: fits[0]! };
    return fits.length > 1 ? { candidates: fits.map((f) => known.get(f)!) } : undefined;
  };
  return { canonical, match, known };
}

function initials(key: string): string {
  const words = key.split(' ').filter((w) => w !== 'and');
  return words.length < 2 ? '' : words.map((w) => w[0]).join('');
}
