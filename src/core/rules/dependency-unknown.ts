import { registerCell } from '../model';
import { makeFinding, type CellRef, type Finding } from '../types';
import { flat, label, listing } from './describe';
import { initiativeOfRecord } from './indexes';
import { unknownRowLinks } from './named-links';
import type { RuleContext } from './rule-context';

/**
 * dependency.unknown: a dependsOn cell or a register row naming an id that no source defines, or
 * words that name no initiative but share a word with one's name (a misspelling, an abbreviation,
 * a group; words that share none are dependency.external). A name within a letter of one
 * initiative's is said to be its likely meaning.
 */
export function checkDependencyUnknown({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const { record: j, link, reading } of unknownRowLinks(model)) {
    if (reading?.kind === 'external') continue; // dependency.external
    const r = model.records[j]!;
    const who = initiativeOfRecord(model, j) ?? r;
    out.push(
      makeFinding('dependency.unknown', link.name !== undefined ? namedMessage(who, link.name, reading?.kind === 'unknown' ? reading.meant : undefined) : flat`${label(who)} depends on ${link.id}, which no source defines.`, [link.cell], {
        initiativeId: r.id,
        related: [link.id],
      }),
    );
  }
  for (const r of model.ingest.dependencies) {
    // Nearly every register row links two known ids: told without building the list of unknown ones.
    if ((model.byId.has(r.from) && model.byId.has(r.to)) || r.ambiguous) continue;
    const unknown = [r.from, r.to].filter((id, k, all) => !model.byId.has(id) && all.indexOf(id) === k);
    if (unknown.length === 0) continue;
    const cells: CellRef[] = [];
    if (!model.byId.has(r.from) && r.cells.from) cells.push(r.cells.from);
    if (!model.byId.has(r.to) && r.to !== r.from && r.cells.to) cells.push(r.cells.to);
    const known = model.byId.has(r.to) ? r.to : model.byId.has(r.from) ? r.from : undefined;
    out.push(
      makeFinding(
        'dependency.unknown',
        r.via !== undefined
          ? flat`${r.to} depends on ${r.from} (as "${r.via}" says), but no source defines ${listing(unknown).replace(/ and /, ' or ')}.`
          : flat`The dependency register links ${r.from} to ${r.to}, but no source defines ${listing(unknown).replace(/ and /, ' or ')}.`,
        cells.length ? cells : [registerCell(r)],
        { ...(known !== undefined ? { initiativeId: known } : {}), related: unknown },
      ),
    );
  }
  return out;
}

function namedMessage(who: Parameters<typeof label>[0], written: string, meant: Parameters<typeof label>[0] | undefined): string {
  const base = flat`${label(who)} depends on "${written}", which names no initiative of any source`;
  return meant === undefined ? `${base}.` : flat`${base}; it is one letter from ${label(meant)}.`;
}
