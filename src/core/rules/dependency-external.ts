import { makeFinding, type Finding } from '../types';
import { flat, label } from './describe';
import { initiativeOfRecord } from './indexes';
import { unknownRowLinks } from './named-links';
import type { RuleContext } from './rule-context';

/**
 * dependency.external: a dependency written in words ("Finance sign-off", "carrier line order")
 * that names no initiative of any source and shares no naming word with one (words that do, a
 * misspelt name, an abbreviation or a group, are dependency.unknown). An analyst reads it as work
 * outside the tracked portfolio: nobody here owns it, dates it or reports its status, so the wait
 * is a risk no rule can follow. Where its words name a department of the run ("Finance"), the
 * message says that department tracks no such item.
 */
export function checkDependencyExternal({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  let departments: Map<string, string> | undefined;
  for (const { record: j, link, reading } of unknownRowLinks(model)) {
    if (reading?.kind !== 'external') continue; // an id, or dependency.unknown
    const r = model.records[j]!;
    const who = initiativeOfRecord(model, j) ?? r;
    const department = departmentNamed(link.name!, (departments ??= departmentWords(model.initiatives)));
    const whose = department === undefined ? '' : ` (${department} is a department of this run, but none of its initiatives is named so)`;
    out.push(makeFinding('dependency.external', flat`${label(who)} waits on "${link.name!}", which is no initiative of any source${whose}: nobody here owns, dates or reports it. If it is tracked work, write its id.`, [link.cell], { initiativeId: r.id, related: [link.id] }));
  }
  return out;
}

/** Each department's name (lower case) by its words, for finding one named inside a dependency's text. */
function departmentWords(initiatives: RuleContext['model']['initiatives']): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of initiatives) if (i.department !== undefined && !out.has(i.department.toLowerCase())) out.set(i.department.toLowerCase(), i.department);
  return out;
}

/** The department whose whole name the text holds as words ("Finance" in "Finance sign-off"), if one does. */
function departmentNamed(text: string, departments: ReadonlyMap<string, string>): string | undefined {
  const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  for (const [key, name] of departments) {
    const wanted = key.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (wanted.length > 1 && words.includes(` ${wanted} `)) return name;
  }
  return undefined;
}
