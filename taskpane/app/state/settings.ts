import { statusValueKey } from '../../../src/core/ingest/status-column';
import type { AnyField, SavedMapping, Status, Waiver } from '../../../src/core/types';
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
