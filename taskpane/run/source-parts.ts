import type { RawSheet, RawSource } from '../../src/core/types';

/**
 * A source cut into messages small enough that copying each one to the worker is a short task
 * (postMessage clones on the sending thread: a 100,000-row sheet in one message blocked the
 * taskpane for about half a second). The first part is the source with empty sheets; the next
 * ones carry rows in order; `sourceFromParts` puts them back.
 */
export type SourcePart =
  | { readonly part: 'head'; readonly source: RawSource }
  | {
      readonly part: 'rows';
      readonly sheet: number;
      readonly values: RawSheet['values'];
      readonly numberFormats?: RawSheet['numberFormats'];
    };

export const ROWS_PER_PART = 5_000;

export function sourceToParts(source: RawSource, rowsPerPart = ROWS_PER_PART): SourcePart[] {
  const head: RawSource = { ...source, sheets: source.sheets.map((s) => ({ ...s, values: [], ...(s.numberFormats ? { numberFormats: [] } : {}) })) };
  const parts: SourcePart[] = [{ part: 'head', source: head }];
  source.sheets.forEach((s, sheet) => {
    const rows = Math.max(s.values.length, s.numberFormats?.length ?? 0);
    for (let from = 0; from < rows; from += rowsPerPart) {
      const to = from + rowsPerPart;
      parts.push({ part: 'rows', sheet, values: s.values.slice(from, to), ...(s.numberFormats ? { numberFormats: s.numberFormats.slice(from, to) } : {}) });
    }
  });
  return parts;
}

/** Reassembles what sourceToParts cut, in the order it cut it. */
export function sourceFromParts(parts: readonly SourcePart[]): RawSource {
  const head = parts[0];
  if (head?.part !== 'head') throw new Error('source parts must start with the head');
  const values = head.source.sheets.map(() => [] as RawSheet['values'][number][]);
  const formats = head.source.sheets.map(() => [] as NonNullable<RawSheet['numberFormats']>[number][]);
  for (const p of parts.slice(1)) {
    if (p.part !== 'rows') throw new Error('a source has one head');
    for (const row of p.values) values[p.sheet]!.push(row);
    for (const row of p.numberFormats ?? []) formats[p.sheet]!.push(row);
  }
  return {
    ...head.source,
    sheets: head.source.sheets.map((s, i) => ({ ...s, values: values[i]!, ...(s.numberFormats ? { numberFormats: formats[i]! } : {}) })),
  };
}
