import type { Snapshot } from '../../src/core/report';

/**
 * The previous report's snapshot cut into messages (at 100,000 initiatives it was 114 MB in one
 * message, one long task to copy on the main thread): the head with empty lists, then its
 * initiatives, findings and history entries a few thousand at a time; `snapshotFromParts` puts
 * them back in order.
 */
export type SnapshotPart =
  | { readonly part: 'head'; readonly snapshot: Snapshot }
  | { readonly part: 'initiatives'; readonly items: Snapshot['initiatives'] }
  | { readonly part: 'findings'; readonly items: Snapshot['findings'] }
  | { readonly part: 'entries'; readonly items: Snapshot['history']['entries'] };

export const SNAPSHOT_ITEMS_PER_PART = 5_000;

export function snapshotToParts(snapshot: Snapshot, perPart = SNAPSHOT_ITEMS_PER_PART): SnapshotPart[] {
  const head: Snapshot = { ...snapshot, initiatives: [], findings: [], history: { ...snapshot.history, entries: [] } };
  const parts: SnapshotPart[] = [{ part: 'head', snapshot: head }];
  for (let i = 0; i < snapshot.initiatives.length; i += perPart) parts.push({ part: 'initiatives', items: snapshot.initiatives.slice(i, i + perPart) });
  for (let i = 0; i < snapshot.findings.length; i += perPart) parts.push({ part: 'findings', items: snapshot.findings.slice(i, i + perPart) });
  for (let i = 0; i < snapshot.history.entries.length; i += perPart) parts.push({ part: 'entries', items: snapshot.history.entries.slice(i, i + perPart) });
  return parts;
}

export function snapshotFromParts(parts: readonly SnapshotPart[]): Snapshot {
  const head = parts[0];
  if (head?.part !== 'head') throw new Error('snapshot parts must start with the head');
  const initiatives: Array<Snapshot['initiatives'][number]> = [];
  const findings: Array<Snapshot['findings'][number]> = [];
  const entries: Array<Snapshot['history']['entries'][number]> = [];
  for (const p of parts.slice(1)) {
    if (p.part === 'head') throw new Error('a snapshot has one head');
    if (p.part === 'initiatives') for (const x of p.items) initiatives.push(x);
    else if (p.part === 'findings') for (const x of p.items) findings.push(x);
    else for (const x of p.items) entries.push(x);
  }
  return { ...head.snapshot, initiatives, findings, history: { ...head.snapshot.history, entries } };
}
