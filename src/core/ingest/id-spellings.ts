import type { Delivery, DependencyLink, DependencyRecord, InitiativeRecord, KpiRecord } from '../types';

/**
 * One id written several ways across departments: IT's own plan says "IT-07", HR's cell "IT 7",
 * Legal's register "it-007", another "IT07". An analyst reads them as one key: the same letters
 * and the same number, whatever the separator, case or zero padding. Records whose ids are
 * spellings of the same key in different sources take the spelling most of that prefix's ids use
 * (so the same initiative reported by two departments merges and is compared); references that
 * name no id but spell exactly one take its spelling. Ids of any other shape are left as written.
 */

/** Letters, then an optional separator, then a number: "IT-07", "IT 7", "it_007", "IT.07", "IT07". */
const KEYED = /^([A-Z]{1,10})[\s\-_./]?0*(\d{1,7})$/;

/** The key an id spells ("IT-07" and "IT 7" -> "IT-7"), or undefined for ids of other shapes. */
export function idKey(id: string): string | undefined {
  const m = KEYED.exec(id);
  if (!m) return undefined;
  // Already written as its key (the common case): no new string.
  if (id.length === m[1]!.length + 1 + m[2]!.length && id.charCodeAt(m[1]!.length) === 0x2d && m[2]!.charCodeAt(0) !== 0x30) return id;
  return `${m[1]}-${Number(m[2])}`;
}

/** How an id is written: its separator and number width ("IT-07" -> "-2"), to find a prefix's usual spelling. */
function styleOf(id: string): string {
  const m = /^[A-Z]+([\s\-_./]?)(\d+)$/.exec(id);
  return m ? `${m[1]}${m[2]!.length}` : '';
}

/** A reference with a key it does not spell as written ("IT 7", "it-007"). */
function spelledOtherwise(link: { readonly id: string }): boolean {
  const key = idKey(link.id);
  return key !== undefined && key !== link.id;
}

function prefixOf(key: string): string {
  return key.slice(0, key.indexOf('-'));
}

export function alignIdSpellings(records: InitiativeRecord[], register: DependencyRecord[], kpis: KpiRecord[]): void {
  // Most ids are written as their key ("IT-7"): only the others ("IT-07", "IT 7") are kept by key,
  // so a run of plain keys costs a set of its ids and nothing more.
  const other = new Map<string, Map<string, Set<string>>>();
  for (const r of records) {
    const key = idKey(r.id);
    if (key === undefined || key === r.id) continue;
    let bySpelling = other.get(key);
    if (!bySpelling) other.set(key, (bySpelling = new Map()));
    let sources = bySpelling.get(r.id);
    if (!sources) bySpelling.set(r.id, (sources = new Set()));
    sources.add(r.ref.source);
  }
  // With every id written as its key, only a reference written otherwise ("IT 7") can mean another id.
  if (other.size === 0 && !records.some((r) => r.dependsOn.some(spelledOtherwise) || (r.providesTo?.some(spelledOtherwise) ?? false) || (r.parent !== undefined && spelledOtherwise({ id: r.parent }))) && !register.some((d) => spelledOtherwise({ id: d.from }) || spelledOtherwise({ id: d.to })) && !kpis.some((k) => k.initiatives.some((id) => spelledOtherwise({ id })))) return;
  const ids = new Set<string>();
  for (const r of records) ids.add(r.id);
  // The key's spellings: those kept, and the key itself where an id is written so.
  const spellings = new Map<string, Map<string, Set<string>>>();
  for (const [key, bySpelling] of other) {
    const all = new Map(bySpelling);
    if (ids.has(key)) all.set(key, new Set(records.filter((r) => r.id === key).map((r) => r.ref.source)));
    spellings.set(key, all);
  }
  const chosen = new Map<string, string>();
  const renamed = new Map<string, string>();
  let styles: Map<string, Map<string, number>> | undefined;
  for (const [key, bySpelling] of spellings) {
    const written = [...bySpelling.keys()];
    if (written.length === 1) {
      chosen.set(key, written[0]!);
      continue;
    }
    // Two spellings in one source are two rows of that source, not one id written two ways.
    const sources = [...bySpelling.values()];
    if (sources.some((a, i) => sources.some((b, j) => j > i && [...a].some((x) => b.has(x))))) continue;
    styles ??= prefixStyles(records, new Set([...spellings.keys()].map(prefixOf)));
    const counts = styles.get(prefixOf(key)) ?? new Map<string, number>();
    const best = written.reduce((a, b) => ((counts.get(styleOf(b)) ?? 0) > (counts.get(styleOf(a)) ?? 0) ? b : a));
    chosen.set(key, best);
    for (const w of written) if (w !== best) renamed.set(w, best);
  }
  /** The id a reference means: an id as it is, a renamed id's spelling, or the one id its key spells. */
  const meant = (id: string): string => {
    const again = renamed.get(id);
    if (again !== undefined) return again;
    if (ids.has(id)) return id;
    const key = idKey(id);
    if (key === undefined) return id;
    return chosen.get(key) ?? (ids.has(key) && !spellings.has(key) ? key : id);
  };
  for (let k = 0; k < records.length; k++) {
    const r = records[k]!;
    const id = renamed.get(r.id) ?? r.id;
    const dependsOn = relinked(r.dependsOn, meant);
    const providesTo = r.providesTo === undefined ? undefined : relinked(r.providesTo, meant);
    const parent = r.parent === undefined ? undefined : meant(r.parent);
    if (id === r.id && dependsOn === r.dependsOn && providesTo === r.providesTo && parent === r.parent) continue;
    const next: InitiativeRecord = { ...r, id, dependsOn };
    if (providesTo !== undefined) (next as { providesTo?: readonly Delivery[] }).providesTo = providesTo;
    if (parent !== undefined) (next as { parent?: string }).parent = parent;
    records[k] = next;
  }
  for (let k = 0; k < register.length; k++) {
    const d = register[k]!;
    const from = meant(d.from);
    const to = meant(d.to);
    if (from !== d.from || to !== d.to) register[k] = { ...d, from, to };
  }
  for (let k = 0; k < kpis.length; k++) {
    const kpi = kpis[k]!;
    const linked = kpi.initiatives.map(meant);
    if (linked.some((id, i) => id !== kpi.initiatives[i])) kpis[k] = { ...kpi, initiatives: linked };
  }
}

/** How often each spelling style is used by the ids of each prefix asked. */
function prefixStyles(records: readonly InitiativeRecord[], prefixes: ReadonlySet<string>): Map<string, Map<string, number>> {
  const styles = new Map<string, Map<string, number>>();
  for (const r of records) {
    const key = idKey(r.id);
    if (key === undefined || !prefixes.has(prefixOf(key))) continue;
    let counts = styles.get(prefixOf(key));
    if (!counts) styles.set(prefixOf(key), (counts = new Map()));
    const style = styleOf(r.id);
    counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  return styles;
}

/** The links with the ids they mean; the same array when none changes. */
function relinked<L extends DependencyLink | Delivery>(links: readonly L[], meant: (id: string) => string): readonly L[] {
  let out: L[] | undefined;
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    const id = meant(l.id);
    if (id === l.id) continue;
    out ??= [...links];
    // A reference written in words that now names an id is that id ("IT 7" -> IT-07): its words are no name to resolve.
    const { name: _name, ...rest } = l as L & { name?: string };
    out[i] = { ...rest, id } as L;
  }
  return out ?? links;
}
