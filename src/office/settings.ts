import { readWaivers } from '../core/rules/waivers';
import type { DateOrder, SavedMapping } from '../core/types';
import type { HolidaySettings, StoredSettings } from '../port/workbook-port';
import type { DocumentSettings } from './excel-host';

/**
 * Throughline's settings live in the workbook's document settings (saved with the file, shared by
 * everyone who opens it) under one key, as JSON with a version number for later migrations.
 */
export const SETTINGS_KEY = 'throughline.settings';

/** Read the saved settings; undefined when none were saved or they are not readable by this version. */
export function loadSettings(settings: DocumentSettings): StoredSettings | undefined {
  const raw = settings.get(SETTINGS_KEY);
  if (raw === null || raw === undefined) return undefined;
  return parseSettings(typeof raw === 'string' ? raw : JSON.stringify(raw));
}

export function saveSettings(settings: DocumentSettings, value: StoredSettings): Promise<void> {
  settings.set(SETTINGS_KEY, serialiseSettings(value));
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === 'succeeded') resolve();
      else reject(new Error(`Throughline could not save its settings in the workbook: ${result.error?.message ?? 'unknown reason'}.`));
    });
  });
}

export function serialiseSettings(value: StoredSettings): string {
  return JSON.stringify(value);
}

/**
 * JSON -> settings, keeping every well-formed part and dropping malformed ones (a hand-edited or
 * damaged value must not stop a run). A newer version than this code knows is not read.
 */
export function parseSettings(json: string): StoredSettings | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data.version !== 1) return undefined;
  const cadence = data.cadenceDays;
  const dateOrder = data.dateOrder;
  const target = data.reportTarget;
  return {
    version: 1,
    mappings: Array.isArray(data.mappings) ? data.mappings.filter(isMapping) : [],
    waivers: readWaivers(data)?.waivers ?? [],
    ...(typeof cadence === 'number' && Number.isFinite(cadence) && cadence >= 0 ? { cadenceDays: cadence } : {}),
    ...(dateOrder === 'dmy' || dateOrder === 'mdy' ? { dateOrder: dateOrder as DateOrder } : {}),
    sourceDepartments: isRecord(data.sourceDepartments) ? stringRecord(data.sourceDepartments) : {},
    excludedTables: Array.isArray(data.excludedTables) ? data.excludedTables.filter((t): t is string => typeof t === 'string') : [],
    ...(target === 'sheets' || target === 'new-workbook' ? { reportTarget: target } : {}),
    ...holidaysOf(data.holidays),
  };
}

/** The saved holidays' well-formed parts (each a string); nothing when none is. */
function holidaysOf(v: unknown): { holidays?: HolidaySettings } {
  if (!isRecord(v)) return {};
  const kept = Object.fromEntries(['sheet', 'table', 'pasted'].filter((k) => typeof v[k] === 'string').map((k) => [k, v[k] as string]));
  return Object.keys(kept).length === 0 ? {} : { holidays: kept };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringRecord(v: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function isMapping(v: unknown): v is SavedMapping {
  return isRecord(v) && typeof v.tableKey === 'string' && isRecord(v.fields);
}

