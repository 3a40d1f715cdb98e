import { statusValueKey } from '../../../src/core/ingest/status-column';
import { savedKeysFor } from '../../../src/core/ingest/table-key';
import type { AnyField, DetectedTable, SavedMapping, Status, Waiver } from '../../../src/core/types';
import type { StoredSettings } from '../../../src/port/workbook-port';
import { recordOf } from '../../../src/core/util/own';

/** Settings of a workbook Throughline has not seen before. */
export const EMPTY_SETTINGS: StoredSettings = {
  version: 1,
  mappings: [],
  waivers: [],
  sourceDepartments: {},
  excludedTables: [],
};

/** Choose the column (by header text, robust to moved columns) of one field of one table; null: the field has no column. */
export function withFieldColumn(settings: StoredSettings, tableKey: string, field: AnyField, header: string | null): StoredSettings {
  const current = settings.mappings.find((m) => m.tableKey === tableKey);
  const next: SavedMapping = { ...current, tableKey, fields: { ...current?.fields, [field]: header } };
  return { ...settings, mappings: [...settings.mappings.filter((m) => m.tableKey !== tableKey), next] };
}

/**
 * Say how one value of a table's status column reads (saved as written, matched case-insensitively
 * by the core); null forgets the choice and leaves the value to Throughline's vocabulary.
 */
export function withStatusValue(settings: StoredSettings, tableKey: string, value: string, status: Status | null): StoredSettings {
  const current = settings.mappings.find((m) => m.tableKey === tableKey);
  const key = statusValueKey(value);
  const kept = Object.entries(current?.statusValues ?? {}).filter(([written]) => statusValueKey(written) !== key);
  // recordOf, not values[written] = ...: a value written "__proto__" is a key like any other.
  const values = recordOf<Status>(status === null ? kept : [...kept, [value, status]]);
  const { statusValues: _previous, ...rest } = current ?? { tableKey, fields: {} };
  const next: SavedMapping = Object.keys(values).length === 0 ? { ...rest, tableKey } : { ...rest, tableKey, statusValues: values };
  return { ...settings, mappings: [...settings.mappings.filter((m) => m.tableKey !== tableKey), next] };
}

export function withTableIncluded(settings: StoredSettings, tableKey: string, included: boolean): StoredSettings {
  const others = settings.excludedTables.filter((k) => k !== tableKey);
  return { ...settings, excludedTables: included ? others : [...others, tableKey] };
}

/** Name the department a source speaks for; an empty name clears it. */
export function withDepartment(settings: StoredSettings, source: string, department: string): StoredSettings {
  const { [source]: _previous, ...rest } = settings.sourceDepartments;
  const name = department.trim();
  return { ...settings, sourceDepartments: name ? { ...rest, [source]: name } : rest };
}

/**
 * Name the department one table speaks for (kept in its saved mapping, with the table's other
 * corrections); it wins over the source's. An empty name clears it.
 */
export function withTableDepartment(settings: StoredSettings, tableKey: string, department: string): StoredSettings {
  const current = settings.mappings.find((m) => m.tableKey === tableKey);
  const { department: _previous, ...rest } = current ?? { tableKey, fields: {} };
  const name = department.trim();
  const next: SavedMapping = name ? { ...rest, tableKey, department: name } : { ...rest, tableKey };
  const others = settings.mappings.filter((m) => m.tableKey !== tableKey);
  // A mapping left with nothing in it is dropped, not saved empty.
  const empty = next.kind === undefined && next.department === undefined && next.statusValues === undefined && Object.keys(next.fields).length === 0;
  return { ...settings, mappings: empty ? others : [...others, next] };
}

/**
 * Corrections and exclusions saved under a key a table no longer has (by its index on the sheet,
 * as earlier versions keyed blocks; by headers since renamed) moved to its key now, so the next
 * table added above it does not take them. The core found the mapping's (DetectedTable.savedKey);
 * exclusions are matched the same way (savedKeysFor). undefined: nothing to move.
 */
export function withCurrentTableKeys(settings: StoredSettings, tables: readonly DetectedTable[]): StoredSettings | undefined {
  const moves = new Map<string, string>();
  for (const t of tables) if (t.savedKey !== undefined && !settings.mappings.some((m) => m.tableKey === t.key)) moves.set(t.savedKey, t.key);
  const excluded = savedKeysFor(tables, settings.excludedTables);
  const excludedMoves = [...excluded].filter(([key, saved]) => key !== saved && !settings.excludedTables.includes(key));
  if (moves.size === 0 && excludedMoves.length === 0) return undefined;
  const renamed = new Map(excludedMoves.map(([key, saved]) => [saved, key]));
  return {
    ...settings,
    mappings: settings.mappings.map((m) => (moves.has(m.tableKey) ? { ...m, tableKey: moves.get(m.tableKey)! } : m)),
    excludedTables: settings.excludedTables.map((k) => renamed.get(k) ?? k),
  };
}

export function withWaiver(settings: StoredSettings, waiver: Waiver): StoredSettings {
  return { ...settings, waivers: [...settings.waivers.filter((w) => w.key !== waiver.key), waiver] };
}

export function withoutWaiver(settings: StoredSettings, key: string): StoredSettings {
  return { ...settings, waivers: settings.waivers.filter((w) => w.key !== key) };
}

/** Saved mappings as the core reads them: excluded tables become kind 'ignore'. */
export function effectiveMappings(settings: StoredSettings, ignoreExcluded: boolean): SavedMapping[] {
  const byKey = new Map(settings.mappings.map((m) => [m.tableKey, m]));
  if (ignoreExcluded) {
    for (const key of settings.excludedTables) byKey.set(key, { fields: {}, ...byKey.get(key), tableKey: key, kind: 'ignore' });
  }
  return [...byKey.values()];
}

/**
 * The settings a run of the core depends on: all but where the report goes (changing that runs
 * nothing again) and what a report records for the next review (findings' life, decisions: the
 * run that made the report already holds them, and the next as-of date's run reads them).
 */
export function runInputs(settings: StoredSettings): Omit<StoredSettings, 'reportTarget' | 'history' | 'decisions'> {
  const { reportTarget: _target, history: _history, decisions: _decisions, ...rest } = settings;
  return rest;
}
