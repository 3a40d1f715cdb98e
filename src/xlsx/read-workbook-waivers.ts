import { readWaivers } from '../core/rules/waivers';
import type { Waiver } from '../core/types';
import { parseXmlPart } from './parse-xml-part';
import { mayBeRead } from './read-workbook';
import { openPackage } from './xlsx-package';
import { DEFAULT_ZIP_LIMITS } from './zip-guard';
import { ZipPartProblem } from './zip-part-stream';

/** The document-settings key the add-in saves under (src/office/settings.ts SETTINGS_KEY). */
const SETTINGS_KEY = 'throughline.settings';

/**
 * The waivers a workbook holds: the add-in saves its settings in the workbook's document
 * settings, which Excel writes into the file as a property of the add-in's web extension part
 * (xl/webextensions/webextension*.xml, `<we:property name="throughline.settings" value="...">`,
 * the value JSON-encoded). Only those small parts are inflated. None when the workbook holds
 * none, or the parts cannot be read (the workbook's own reader reports a damaged file).
 */
export function readWorkbookWaivers(bytes: Uint8Array): Waiver[] {
  // The same limits as the workbook's reader: a big media part it never inflates does not hide the waivers.
  const pkg = openPackage(bytes, { ...DEFAULT_ZIP_LIMITS, readParts: mayBeRead });
  if ('problem' in pkg) return [];
  const found: Waiver[] = [];
  for (const [name, entry] of pkg.parts) {
    if (!/^xl\/webextensions\/webextension[^/]*\.xml$/.test(name)) continue;
    let value: string | undefined;
    try {
      parseXmlPart(pkg.bytes, entry, pkg.budget, {
        open(tag, a) {
          if (tag === 'property' && a.name === SETTINGS_KEY) value = a.value;
        },
        close() {},
      });
    } catch (e) {
      if (e instanceof ZipPartProblem) continue;
      throw e;
    }
    if (value !== undefined) found.push(...(readWaivers(parseJsonSetting(value))?.waivers ?? []));
  }
  return found;
}

/** A settings value as Office stores it: JSON, whose value is our own JSON text (saved as a string). */
function parseJsonSetting(value: string): unknown {
  try {
    const outer: unknown = JSON.parse(value);
    return typeof outer === 'string' ? JSON.parse(outer) : outer;
  } catch {
    return undefined;
  }
}
