import { freeName } from '../core/report/sheet-names';
import type { ReportDocument } from '../core/types';
import type { ReportSheets } from './report-marker';

/**
 * The names a report replacement goes through (pure, so it is tested without a host): each new
 * sheet and table is written under a temporary name no sheet or table has (Excel compares names
 * without regard to case), each previous report sheet and its tables step aside under another.
 */
export interface Replacement {
  readonly fresh: ReadonlyArray<{ readonly name: string; readonly temporary: string; readonly tables: ReadonlyArray<{ readonly name: string; readonly temporary: string }> }>;
  readonly old: ReadonlyArray<{ readonly name: string; readonly aside: string }>;
  readonly oldTables: ReadonlyArray<{ readonly name: string; readonly aside: string }>;
}

export function planReplacement(doc: ReportDocument, sheetNames: readonly string[], tables: ReadonlyArray<{ readonly name: string; readonly sheet: string }>, found: ReportSheets): Replacement {
  const takenSheets = [...sheetNames, ...doc.sheets.map((s) => s.name)];
  const takenTables = [...tables.map((t) => t.name), ...doc.sheets.flatMap((s) => s.tables.map((t) => t.name))];
  const sheetName = (base: string): string => {
    const name = freeName(base, takenSheets);
    takenSheets.push(name);
    return name;
  };
  const tableName = (base: string): string => {
    const name = freeName(base, takenTables, '_');
    takenTables.push(name);
    return name;
  };
  let k = 0;
  const fresh = doc.sheets.map((sheet, i) => ({ name: sheet.name, temporary: sheetName(`tl-new-${i}`), tables: sheet.tables.map((t) => ({ name: t.name, temporary: tableName(`tlNew${k++}`) })) }));
  const oldNames = sheetNames.filter((n) => found.own.has(n));
  const old = oldNames.map((name, j) => ({ name, aside: sheetName(`tl-old-${j}`) }));
  const oldTables = tables.filter((t) => found.own.has(t.sheet)).map((t, j) => ({ name: t.name, aside: tableName(`tlOld${j}`) }));
  return { fresh, old, oldTables };
}
