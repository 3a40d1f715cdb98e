import { readDecisionsJson, readHistoryJson, trimHistory } from '../core/govern';
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

/**
 * Office documents "a maximum of 2MB" for all of an add-in's settings (Office.Settings.set), as
 * their JSON, without naming the encoding: counted here as UTF-16 (two bytes a character), the
 * stricter reading, since saves were reported failing near 1 MB of text. Kept well under it.
 */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;
export const SETTINGS_BUDGET_BYTES = Math.floor(SETTINGS_LIMIT_BYTES * 0.9);

/** UTF-16 bytes of a settings value as Office stores it (the JSON of our JSON text). */
export function settingsBytes(json: string): number {
  return JSON.stringify(json).length * 2;
}

/**
 * The settings as saved. Findings' life is what grows with the portfolio: when everything does
 * not fit the budget, the history keeps the entries that matter most (trimHistory), as many as fit.
 */
export function serialiseSettings(value: StoredSettings): string {
  const json = JSON.stringify(value);
  const history = value.history;
  if (history === undefined || settingsBytes(json) <= SETTINGS_BUDGET_BYTES) return json;
  const fits = (keep: number) => settingsBytes(JSON.stringify({ ...value, history: trimHistory(history, keep) })) <= SETTINGS_BUDGET_BYTES;
  let lo = 0;
  let hi = history.entries.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return JSON.stringify({ ...value, history: trimHistory(history, lo) });
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
  const fiscal = data.fiscalYearStart;
  return {
    version: 1,
    mappings: Array.isArray(data.mappings) ? data.mappings.filter(isMapping) : [],
    waivers: readWaivers(data)?.waivers ?? [],
    ...(typeof cadence === 'number' && Number.isFinite(cadence) && cadence >= 0 ? { cadenceDays: cadence } : {}),
    ...(dateOrder === 'dmy' || dateOrder === 'mdy' ? { dateOrder: dateOrder as DateOrder } : {}),
    ...(typeof fiscal === 'number' && Number.isInteger(fiscal) && fiscal >= 1 && fiscal <= 12 ? { fiscalYearStart: fiscal } : {}),
    sourceDepartments: isRecord(data.sourceDepartments) ? stringRecord(data.sourceDepartments) : {},
    excludedTables: Array.isArray(data.excludedTables) ? data.excludedTables.filter((t): t is string => typeof t === 'string') : [],
    ...(target === 'sheets' || target === 'new-workbook' ? { reportTarget: target } : {}),
    ...holidaysOf(data.holidays),
    ...historyOf(data.history),
    ...(Array.isArray(data.decisions) ? { decisions: readDecisionsJson(data.decisions) } : {}),
  };
}

function historyOf(v: unknown): { history?: NonNullable<StoredSettings['history']> } {
  const history = readHistoryJson(v);
  return history ? { history } : {};
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

