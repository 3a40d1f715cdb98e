import type { ReportCell, ReportDocument, ReportRow, ReportSheet } from '../types';
import { distinguishedName, freeName, sameSheetName } from './sheet-names';

/**
 * The report made to sit beside the user's own sheets: each report sheet whose stable name one
 * of `userSheets` already has (ignoring case, as Excel does) takes its distinguished name
 * ("Actions (Throughline)", or "-2"... when that is taken too), and every link to it follows.
 * The user's sheet is never touched. Links to the user's own sheets (a source sheet called
 * "Actions") stay on them: only links marked as report links move; our own formulas (never
 * user text) have their references to a renamed sheet rewritten. Rows are re-pointed as a writer
 * asks for them. The same document when no name is in the way.
 */
export function clearOfUserSheets(doc: ReportDocument, userSheets: readonly string[]): ReportDocument {
  const taken = [...userSheets, ...doc.sheets.map((s) => s.name)];
  const renamed = new Map<string, string>();
  for (const sheet of doc.sheets) {
    if (!userSheets.some((u) => sameSheetName(u, sheet.name))) continue;
    const name = freeName(distinguishedName(sheet.name), taken);
    taken.push(name);
    renamed.set(sheet.name, name);
  }
  if (renamed.size === 0) return doc;
  const references = [...renamed].map(([from, to]) => ({ pattern: sheetReference(from), to: `'${to.replace(/'/g, "''")}'!` }));
  const cellOf = (c: ReportCell | null): ReportCell | null => {
    if (!c) return c;
    let out = c;
    const link = c.link;
    if (link && link.kind === 'internal' && link.report === true) {
      const to = renamed.get(link.sheet);
      if (to !== undefined) out = { ...out, link: { ...link, sheet: to } };
    }
    const v = c.value;
    if (v?.t === 'formula') {
      const f = references.reduce((text, r) => text.replace(r.pattern, () => r.to), v.f);
      if (f !== v.f) out = { ...out, value: { ...v, f } };
    }
    return out;
  };
  const moved = (sheet: ReportSheet): ReportSheet => {
    const { rows } = sheet;
    return {
      ...sheet,
      name: renamed.get(sheet.name) ?? sheet.name,
      rows: { count: rows.count, width: rows.width, row: (i: number): ReportRow => rows.row(i).map(cellOf) },
    };
  };
  return { ...doc, sheets: doc.sheets.map(moved) };
}

/** A formula's reference to a sheet, quoted or not ("Initiatives!", "'Initiatives'!"), in any case. */
function sheetReference(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = escaped.replace(/'/g, "''");
  return new RegExp(`(?<![\\w.'])(?:${escaped}|'${quoted}')!`, 'giu');
}
