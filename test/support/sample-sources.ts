import * as fs from 'fs';
import * as path from 'path';
import type { CellValue, RawSource } from '../../src/core/types';
import { parseA1 } from '../../src/core/util/a1';
import { readSourceFile } from '../../src/xlsx/read-source';
import { SAMPLE_FILES } from '../fixtures/planted-findings';

const SAMPLES = path.join(__dirname, '..', '..', 'assets', 'samples');

/** The six sample workbooks as sources, read once per test file. */
export function readSampleSources(): Promise<RawSource[]> {
  return Promise.all(SAMPLE_FILES.map((file) => readSourceFile(new Uint8Array(fs.readFileSync(path.join(SAMPLES, file))), file)));
}

/** The sources with one cell of one sheet changed, as a department edits its tracker between reviews (the rest shared, unchanged). */
export function editCell(sources: readonly RawSource[], source: string, sheet: string, address: string, value: CellValue): RawSource[] {
  const at = parseA1(address);
  if (!at) throw new Error(`bad test address ${address}`);
  let found = false;
  const out = sources.map((s) => {
    if (s.name !== source) return s;
    return {
      ...s,
      sheets: s.sheets.map((sh) => {
        if (sh.name !== sheet) return sh;
        found = true;
        const r = at.row - sh.origin.row;
        const c = at.col - sh.origin.col;
        const values = sh.values.map((row) => row.slice());
        while (values.length <= r) values.push([]);
        const row = values[r]!;
        while (row.length <= c) row.push(null);
        row[c] = value;
        return { ...sh, values };
      }),
    };
  });
  if (!found) throw new Error(`no sheet ${source} ${sheet}`);
  return out;
}
