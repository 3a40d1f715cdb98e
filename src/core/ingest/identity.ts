import type { CellRef, ColumnMapping, Delivery, DependencyLink, DependencyRecord, DetectedTable, Finding, InitiativeRecord, KpiRecord } from '../types';
import { makeFinding } from '../types';
import { a1 } from '../util/a1';
import { cleanText, isTidyAscii } from './normalise/cell-text';
import type { KnownNames } from './normalise/dependency';
import type { Block } from './find-tables';
import type { SourceProfile } from './profiles';

/**
 * Identity: what keys an initiative, so that the same initiative in two sheets merges and two
 * different ones never do.
 * - A table with no id column is keyed by its name column (one info finding says so).
 * - Plain numeric or outline ids ("7", "1.2") and a profile's local ids (MS Project task IDs,
 *   Smartsheet row numbers) mean something only inside their file: where another source uses
 *   the same ids they are scoped to their source ("Plan.xlsx#7"), and so are the plain numbers
 *   the same table's links name.
 * - Dependencies are matched against the ids that exist, then against names: a name shared
 *   by one initiative resolves to it; a name several share is reported (dependency.ambiguous).
 */

const LOCAL_ID = /^\d+(?:\.\d+)*$/;

/** The table as its reader should see it: keyed by its name column when it has no id column. */
export function keyedTable(table: DetectedTable): DetectedTable {
  if (table.kind !== 'initiatives' || table.mapping.some((m) => m.field === 'id')) return table;
  const name = table.mapping.find((m) => m.field === 'name');
  if (!name) return table;
  const id: ColumnMapping = { field: 'id', column: name.column, header: name.header, confidence: name.confidence, by: name.by };
  return { ...table, mapping: [...table.mapping, id] };
}


/**
 * Re-key one table's records (records[start..] were read from it) in place when the table has no
 * id column: each row by its name, rows sharing a name by their row too. Says whether the
 * table's ids are local (plain numbers or outline numbers, or a profile's local ids): those are
 * scoped to their source afterwards, when another source uses the same ids (scopeLocalIds).
 * Returns the info finding for a name-keyed table and the renames (for the findings raised while
 * reading and for the hierarchy).
 */
export function keyRecords(
  table: DetectedTable,
  profile: SourceProfile | undefined,
  records: InitiativeRecord[],
  start: number,
): { finding?: Finding; renamed: ReadonlyMap<string, string>; local: boolean } {
  const renamed = new Map<string, string>();
  if (records.length === start) return { renamed, local: false };
  const byName = !table.mapping.some((m) => m.field === 'id');
  let finding: Finding | undefined;
  if (byName) {
    const counts = new Map<string, number>();
    for (let k = start; k < records.length; k++) {
      const key = nameKey(records[k]!);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (let k = start; k < records.length; k++) {
      const r = records[k]!;
      const name = nameKey(r);
      const id = counts.get(name)! > 1 ? `${name} (row ${r.ref.row})` : name;
      if (!renamed.has(r.id)) renamed.set(r.id, id);
      records[k] = { ...r, id };
    }
    finding = noIdColumn(table, records.length - start);
  }
  let local = profile?.localIds === true;
  if (!local && !byName) {
    local = true;
    for (let k = start; k < records.length && local; k++) local = LOCAL_ID.test(records[k]!.id);
  }
  return finding ? { finding, renamed, local } : { renamed, local };
}

/** Where one table's records and profile links sit in the run's lists, and whether its ids are local. */
export interface LocalTable {
  readonly source: string;
  readonly first: number;
  readonly end: number;
  readonly firstLink: number;
  readonly endLink: number;
}

/**
 * Local ids scoped to their source ("Plan.xlsx#7") where another source has the same id, so
 * tasks numbered alike in two unrelated files never merge; a single plan keeps its own numbers.
 * The records' plain-number links and parents, the table's profile links and the findings raised
 * on those rows are scoped alike.
 */
export function scopeLocalIds(tables: readonly LocalTable[], records: InitiativeRecord[], links: DependencyRecord[], findings: Finding[]): void {
  if (tables.length === 0) return;
  const sourcesOf = new Map<string, Set<string>>();
  for (const r of records) {
    const set = sourcesOf.get(r.id);
    if (!set) sourcesOf.set(r.id, new Set([r.ref.source]));
    else set.add(r.ref.source);
  }
  const scoped = new Map<string, Map<string, string>>();
  for (const t of tables) {
    let collides = false;
    for (let k = t.first; k < t.end && !collides; k++) collides = sourcesOf.get(records[k]!.id)!.size > 1;
    if (!collides) continue;
    const tag = t.source; // scoped ids name the source as the user knows it
    const scope = (id: string): string => (LOCAL_ID.test(id) ? `${tag}#${id}` : id);
    const renames = scoped.get(t.source) ?? new Map<string, string>();
    scoped.set(t.source, renames);
    for (let k = t.first; k < t.end; k++) {
      const r = records[k]!;
      const id = `${tag}#${r.id}`;
      renames.set(r.id, id);
      const next: InitiativeRecord = { ...r, id, dependsOn: r.dependsOn.length === 0 ? r.dependsOn : r.dependsOn.map((l) => scopedLink(l, scope)) };
      if (r.providesTo !== undefined) (next as { providesTo?: readonly Delivery[] }).providesTo = r.providesTo.map((d) => scopedLink(d, scope));
      if (r.parent !== undefined) (next as { parent?: string }).parent = scope(r.parent);
      records[k] = next;
    }
    for (let k = t.firstLink; k < t.endLink; k++) {
      const d = links[k]!;
      links[k] = { ...d, from: scope(d.from), to: scope(d.to) };
    }
  }
  if (scoped.size === 0) return;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    if (f.initiativeId === undefined) continue;
    const id = scoped.get(f.cells[0]?.source ?? '')?.get(f.initiativeId);
    if (id !== undefined) findings[k] = { ...f, initiativeId: id };
  }
}

function scopedLink<L extends DependencyLink | Delivery>(link: L, scope: (id: string) => string): L {
  const id = scope(link.id);
  return id === link.id ? link : { ...link, id };
}

function nameKey(r: InitiativeRecord): string {
  return cleanText(r.name ?? r.id).replace(/\s+/g, ' ');
}

function noIdColumn(table: DetectedTable, rows: number): Finding {
  const name = table.mapping.find((m) => m.field === 'name')!;
  const cell: CellRef = { source: table.source, sheet: table.sheet, address: a1(table.headerRow, table.range.left + name.column) };
  const count = rows === 1 ? '1 row is' : `${rows} rows are`;
  return makeFinding(
    'ingest.no-id-column',
    `${table.source}, sheet "${table.sheet}": the table has no id column, so its ${count} keyed by the "${name.header}" column; other sheets can refer to them by that name.`,
    [cell],
  );
}

/**
 * Links that name no existing id, matched against names (case and spacing aside): rewritten to
 * the id of the one initiative of that name, reported when several share it. Only links whose
 * id is unknown are looked at, so a portfolio linked by ids costs one set lookup per link.
 */
export function resolveReferences(records: InitiativeRecord[], register: DependencyRecord[]): Finding[] {
  // Most portfolios link by key: with no link written in words there is nothing to resolve.
  const named = (r: InitiativeRecord): boolean => (r.dependsOn.length > 0 && r.dependsOn.some((l) => l.name !== undefined)) || (r.providesTo?.some((d) => d.name !== undefined) ?? false);
  if (!records.some(named) && !register.some(mayBeName)) return [];
  const ids = new Set<string>();
  for (const r of records) ids.add(r.id);
  let names: ReadonlyMap<string, readonly string[]> | undefined;
  let sourceOf: Map<string, string> | undefined;
  /** The initiatives of that name; where several files share it, the one of the referring row's own file, if it has one. */
  const candidates = (text: string, source?: string): readonly string[] => {
    const found = (names ??= idsByName(records)).get(nameIndexKey(text)) ?? [];
    if (found.length < 2 || source === undefined) return found;
    sourceOf ??= new Map(records.map((r) => [r.id, r.ref.source]));
    const own = found.filter((id) => sourceOf!.get(id) === source);
    return own.length === 1 ? own : found;
  };
  const findings: Finding[] = [];
  const ambiguous = (written: string, who: string, found: readonly string[], cell: CellRef, initiativeId?: string, verb = 'depends on'): void => {
    findings.push(
      makeFinding(
        'dependency.ambiguous',
        `${who} ${verb} "${written}", a name ${found.length} initiatives share (${found.join(', ')}); the dependency is not linked until it names one id.`,
        [cell],
        { ...(initiativeId !== undefined ? { initiativeId } : {}), related: found },
      ),
    );
  };
  for (let k = 0; k < records.length; k++) {
    const r = records[k]!;
    const links = r.dependsOn;
    let changed: DependencyLink[] | undefined;
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      // Only an item written in words can be a name: a key-like token ("OPS-4") that is not an id is unknown.
      if (link.name === undefined || ids.has(link.id)) continue;
      const written = link.name;
      const found = candidates(written, r.ref.source);
      if (found.length === 1) {
        changed ??= [...links];
        changed[i] = { id: found[0]!, type: link.type, lagDays: link.lagDays, cell: link.cell };
      } else if (found.length > 1) {
        ambiguous(written, r.id, found, link.cell, r.id);
        changed ??= [...links];
        changed[i] = { ...link, ambiguous: true };
      }
    }
    if (changed) records[k] = { ...r, dependsOn: changed };
    const deliveries = r.providesTo;
    if (deliveries === undefined) continue;
    let resolved: Delivery[] | undefined;
    for (let i = 0; i < deliveries.length; i++) {
      const d = deliveries[i]!;
      if (d.name === undefined || ids.has(d.id)) continue;
      const found = candidates(d.name);
      if (found.length === 1) {
        resolved ??= [...deliveries];
        resolved[i] = d.by === undefined ? { id: found[0]!, cell: d.cell } : { id: found[0]!, by: d.by, cell: d.cell };
      } else if (found.length > 1) {
        ambiguous(d.name, r.id, found, d.cell, r.id, 'provides to');
        resolved ??= [...deliveries];
        resolved[i] = { ...d, ambiguous: true };
      }
    }
    if (resolved) records[k] = { ...records[k]!, providesTo: resolved };
  }
  for (let k = 0; k < register.length; k++) {
    const d = register[k]!;
    if ((ids.has(d.from) && ids.has(d.to)) || !mayBeName(d)) continue;
    let shared = false;
    const resolve = (end: string): string => {
      if (ids.has(end)) return end;
      const found = candidates(end, d.ref.source);
      if (found.length === 1) return found[0]!;
      if (found.length > 1) shared = true;
      if (found.length > 1) ambiguous(end, d.to, found, d.cells.from ?? d.cells.to ?? { source: d.ref.source, sheet: d.ref.sheet, address: `A${d.ref.row}` }, ids.has(d.to) ? d.to : undefined);
      return end;
    };
    const from = resolve(d.from);
    const to = resolve(d.to);
    if (from !== d.from || to !== d.to || shared) register[k] = { ...d, from, to, ...(shared ? { ambiguous: true as const } : {}) };
  }
  return findings;
}

/**
 * References "#12" (read as 12) in a tracker whose own id column writes "#12": linked to that id
 * of the same source, even where another file has a 12 of its own. Only looked at when some id
 * starts with "#", so other portfolios pay one scan of their ids.
 */
export function resolveHashedIds(records: InitiativeRecord[], register: DependencyRecord[]): void {
  let hashed: Map<string, Set<string>> | undefined;
  for (const r of records) {
    if (r.id.charCodeAt(0) !== 0x23) continue;
    hashed ??= new Map();
    const set = hashed.get(r.ref.source);
    if (set) set.add(r.id);
    else hashed.set(r.ref.source, new Set([r.id]));
  }
  if (hashed === undefined) return;
  const own = new Map<string, Set<string>>();
  for (const r of records) {
    if (!hashed.has(r.ref.source)) continue;
    const set = own.get(r.ref.source);
    if (set) set.add(r.id);
    else own.set(r.ref.source, new Set([r.id]));
  }
  const resolve = (id: string, source: string): string => {
    const ids = own.get(source);
    return ids !== undefined && !ids.has(id) && ids.has(`#${id}`) ? `#${id}` : id;
  };
  for (let k = 0; k < records.length; k++) {
    const r = records[k]!;
    const source = r.ref.source;
    if (!own.has(source) || !r.dependsOn.some((l) => resolve(l.id, source) !== l.id)) continue;
    records[k] = { ...r, dependsOn: r.dependsOn.map((l) => (resolve(l.id, source) === l.id ? l : { ...l, id: resolve(l.id, source) })) };
  }
  for (let k = 0; k < register.length; k++) {
    const d = register[k]!;
    const from = resolve(d.from, d.ref.source);
    const to = resolve(d.to, d.ref.source);
    if (from !== d.from || to !== d.to) register[k] = { ...d, from, to };
  }
}

/**
 * A KPI sheet's initiatives written as names ("CT-01; Fraud scoring"): each that is no id but the
 * name of one initiative is linked to it, as a dependency written as a name is. One that names
 * several, or none, stays as written, for kpi.unknown-initiative to report.
 */
export function resolveKpiInitiatives(records: readonly InitiativeRecord[], kpis: KpiRecord[]): void {
  if (kpis.length === 0) return;
  const ids = new Set<string>();
  for (const r of records) ids.add(r.id);
  if (kpis.every((k) => k.initiatives.every((id) => ids.has(id)))) return;
  const names = idsByName(records);
  for (let k = 0; k < kpis.length; k++) {
    const kpi = kpis[k]!;
    let changed = false;
    const linked = kpi.initiatives.map((id) => {
      if (ids.has(id)) return id;
      const found = names.get(nameIndexKey(id));
      if (found?.length !== 1) return id;
      changed = true;
      return found[0]!;
    });
    if (changed) kpis[k] = { ...kpi, initiatives: linked };
  }
}

/** Where one name-keyed table's records sit in the run's list (keyRecords keyed them by name). */
export interface NameKeyedTable {
  readonly source: string;
  readonly first: number;
  readonly end: number;
}

/**
 * A table with no id column whose rows are initiatives another table defines with an id (a
 * finance register or a steering pack listing projects by name beside IT's plan): each row whose
 * name exactly one initiative of another table has takes that initiative's id, so the two merge
 * and what they report differently is compared. The findings raised on those rows follow.
 */
export function adoptNamedIds(records: InitiativeRecord[], tables: readonly NameKeyedTable[], findings: Finding[]): void {
  if (tables.length === 0) return;
  const inNamed = new Uint8Array(records.length);
  for (const t of tables) inNamed.fill(1, t.first, t.end);
  const keyed: InitiativeRecord[] = [];
  for (let k = 0; k < records.length; k++) if (inNamed[k] === 0) keyed.push(records[k]!);
  if (keyed.length === 0) return;
  const byName = idsByName(keyed);
  const renamed = new Map<string, Map<string, string>>();
  for (const t of tables) {
    for (let k = t.first; k < t.end; k++) {
      const r = records[k]!;
      if (r.name === undefined) continue;
      const found = byName.get(nameIndexKey(r.name));
      if (found?.length !== 1 || found[0] === r.id) continue;
      let bySource = renamed.get(t.source);
      if (!bySource) renamed.set(t.source, (bySource = new Map()));
      bySource.set(r.id, found[0]!);
      records[k] = { ...r, id: found[0]! };
    }
  }
  if (renamed.size === 0) return;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    if (f.initiativeId === undefined) continue;
    const id = renamed.get(f.cells[0]?.source ?? '')?.get(f.initiativeId);
    if (id !== undefined) findings[k] = { ...f, initiativeId: id };
  }
}

/** The ids of the initiatives of each name (nameIndexKey), for references written as names (dependencies, KPIs, cost lines). */
export function idsByName(records: readonly InitiativeRecord[]): ReadonlyMap<string, readonly string[]> {
  const names = new Map<string, string[]>();
  for (const r of records) {
    if (r.name === undefined) continue;
    const key = nameIndexKey(r.name);
    const list = names.get(key);
    if (!list) names.set(key, [r.id]);
    else if (!list.includes(r.id)) list.push(r.id);
  }
  return names;
}

/** A register row or profile link whose ends may be names: marked so (Asana), or written with a space or without a digit. */
function mayBeName(d: DependencyRecord): boolean {
  return d.by === 'name' || !KEY_LIKE.test(d.from) || !KEY_LIKE.test(d.to);
}

const KEY_LIKE = /^[^\s]*\d[^\s]*$/;

/** An initiatives table before it is read: where its name column's values are. */
export interface NamedTable {
  readonly table: DetectedTable;
  readonly block: Block;
  readonly rows: readonly number[];
}

/**
 * The names written in the name columns of the run's initiatives tables, so a dependency cell is
 * read against them before any id is looked for in it (a name with brackets, a slash, a digit or
 * "and" in it). Gathered when first asked: a run whose dependency cells list plain ids never asks.
 */
export class RunNames implements KnownNames {
  private keys: Set<string> | undefined;

  constructor(private readonly tables: readonly NamedTable[]) {}

  has(text: string): boolean {
    this.keys ??= this.gather();
    return this.keys.size > 0 && this.keys.has(quickNameKey(text));
  }

  private gather(): Set<string> {
    const keys = new Set<string>();
    for (const { table, block, rows } of this.tables) {
      if (table.kind !== 'initiatives') continue;
      const name = table.mapping.find((m) => m.field === 'name');
      if (name === undefined) continue;
      const col = block.range.left + name.column;
      for (const row of rows) {
        const value = block.grid.value(row, col);
        if (typeof value !== 'string') continue;
        const key = quickNameKey(value);
        if (key !== '') keys.add(key);
      }
    }
    return keys;
  }
}

/** A name as it is looked up (case and spacing aside): references by name and parents named by name alike. */
export function nameIndexKey(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').toLowerCase();
}

/** nameIndexKey, without its passes for tidy text (most names), which they would leave as it is. */
function quickNameKey(text: string): string {
  return isTidyAscii(text) ? text.toLowerCase() : nameIndexKey(text);
}
