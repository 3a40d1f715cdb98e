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

/** The key an id spells ("IT-07" and "IT 7" -> "IT|7"), or undefined for ids of other shapes. */
export function idKey(id: string): string | undefined {
  const m = KEYED.exec(id);
  return m ? `${m[1]}|${Number(m[2])}` : undefined;
}

/** How an id is written: its separator and number width ("IT-07" -> "-2"), to find a prefix's usual spelling. */
function styleOf(id: string): string {
  const m = /^[A-Z]+([\s\-_./]?)(\d+)$/.exec(id);
  return m ? `${m[1]}${m[2]!.length}` : '';
}

export function alignIdSpellings(records: InitiativeRecord[], register: DependencyRecord[], kpis: KpiRecord[]): void {
  // The spellings of each key, by source, and how often each style is used per prefix.
  const spellings = new Map<string, Map<string, Set<string>>>();
  const styles = new Map<string, Map<string, number>>();
  for (const r of records) {
    const key = idKey(r.id);
    if (key === undefined) continue;
    let bySpelling = spellings.get(key);
    if (!bySpelling) spellings.set(key, (bySpelling = new Map()));
    let sources = bySpelling.get(r.id);
    if (!sources) bySpelling.set(r.id, (sources = new Set()));
    sources.add(r.ref.source);
    const prefix = key.slice(0, key.indexOf('|'));
    let counts = styles.get(prefix);
    if (!counts) styles.set(prefix, (counts = new Map()));
    const style = styleOf(r.id);
    counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  if (spellings.size === 0) return;
  // Each key's one spelling: the one written in its prefix's most used style, else the first seen.
  const chosen = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const [key, bySpelling] of spellings) {
    const written = [...bySpelling.keys()];
    if (written.length === 1) {
      chosen.set(key, written[0]!);
      continue;
    }
    // Two spellings in one source are two rows of that source, not one id written two ways.
    const sources = [...bySpelling.values()];
    if (sources.some((s, i) => sources.some((t, j) => j > i && [...s].some((x) => t.has(x))))) continue;
    const counts = styles.get(key.slice(0, key.indexOf('|')))!;
    const best = written.reduce((a, b) => ((counts.get(styleOf(b)) ?? 0) > (counts.get(styleOf(a)) ?? 0) ? b : a));
    chosen.set(key, best);
    for (const w of written) if (w !== best) renamed.set(w, best);
  }
  const ids = new Set(records.map((r) => renamed.get(r.id) ?? r.id));
  /** The id a reference means: an id as it is, a renamed id's spelling, or the one id its key spells. */
  const meant = (id: string): string => {
    if (ids.has(id)) return id;
    const again = renamed.get(id);
    if (again !== undefined) return again;
    const key = idKey(id);
    return key === undefined ? id : (chosen.get(key) ?? id);
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
