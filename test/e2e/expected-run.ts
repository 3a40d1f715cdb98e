import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeImpact } from '../../src/core/analyse';
import { runPipeline } from '../../src/core/pipeline';
import { buildReport } from '../../src/core/report';
import type { RawSource, RunResult } from '../../src/core/types';
import { makeOptions } from '../../src/core/types';
import { dayFromIso } from '../../src/core/util/days';
import { readSourceFile } from '../../src/xlsx/read-source';
import { SAMPLE_AS_OF, SAMPLE_FILES } from '../../taskpane/boot/sample-files';

/**
 * What the demo must show, computed in Node by the same core over the same samples in the same
 * order (the first sample is "this workbook"), so the browser test compares the UI with the core.
 */
export async function expectedDemoRun(root: string): Promise<{ sources: RawSource[]; result: RunResult }> {
  const sources = await Promise.all(
    SAMPLE_FILES.map(async (name, i) => {
      const source = await readSourceFile(new Uint8Array(readFileSync(join(root, 'assets', 'samples', name))), name);
      return i === 0 ? { ...source, origin: 'workbook' as const } : source;
    }),
  );
  const result = runPipeline(sources, makeOptions(dayFromIso(SAMPLE_AS_OF)!));
  return { sources, result };
}

export function expectedImpactIds(result: RunResult, id: string, days: number): string[] {
  return computeImpact(result.model, result.analysis, id, days, result.options).initiatives.map((i) => i.id);
}

export function expectedReportSheets(result: RunResult): string[] {
  return buildReport(result).sheets.map((s) => s.name);
}
