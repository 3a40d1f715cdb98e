import * as fs from 'fs';
import * as path from 'path';
import { dayFromIso, makeOptions, runPipeline, type Finding, type RunResult } from '../../src/core';
import { readSourceFile } from '../../src/xlsx/read-source';
import { EXPECTED_CONSEQUENCES, PLANTED_FINDINGS, SAMPLE_AS_OF, SAMPLE_FILES, type PlantedFinding } from '../fixtures/planted-findings';

const SAMPLES = path.join(__dirname, '..', '..', 'assets', 'samples');

function matches(f: Finding, p: PlantedFinding): boolean {
  return (
    f.code === p.code &&
    f.initiativeId === p.initiativeId &&
    f.cells.some((c) => c.source === p.source && c.sheet === p.sheet && c.address === p.address)
  );
}

function describeFinding(f: Finding): string {
  const where = f.cells.map((c) => `${c.source} ${c.sheet}!${c.address}`).join(', ');
  return `${f.code} ${f.initiativeId ?? '-'} [${where}] ${f.message}`;
}

describe('planted findings in the sample workbooks (the real pipeline)', () => {
  let result: RunResult;

  beforeAll(async () => {
    const sources = await Promise.all(
      SAMPLE_FILES.map((file) => readSourceFile(new Uint8Array(fs.readFileSync(path.join(SAMPLES, file))), file)),
    );
    result = runPipeline(sources, makeOptions(dayFromIso(SAMPLE_AS_OF)!));
  });

  it.each(PLANTED_FINDINGS.map((p) => [`${p.code} on ${p.initiativeId ?? '-'} at ${p.source} ${p.sheet}!${p.address}`, p] as const))(
    'produces %s exactly once',
    (_label, p) => {
      const found = result.findings.filter((f) => matches(f, p));
      expect(found.map(describeFinding)).toHaveLength(1);
    },
  );

  it('produces no error finding that was not planted', () => {
    const unplanted = result.findings.filter((f) => f.severity === 'error' && !PLANTED_FINDINGS.some((p) => matches(f, p)));
    expect(unplanted.map(describeFinding)).toEqual([]);
  });

  it('produces no warning beyond the plants and their listed consequences', () => {
    const extra = result.findings.filter(
      (f) =>
        f.severity === 'warning' &&
        !PLANTED_FINDINGS.some((p) => matches(f, p)) &&
        !EXPECTED_CONSEQUENCES.some(([code, id]) => f.code === code && f.initiativeId === id),
    );
    expect(extra.map(describeFinding)).toEqual([]);
  });

  it('reads every initiative of the programme', () => {
    // 55 before the sites' weekly RAG log added CS-20 and CS-21.
    expect(result.model.initiatives).toHaveLength(57);
  });
});
