import { checkJsonParts } from '../core/report/check-json';
import type { RunArgs } from './args';
import { formatFindings } from './format-findings';
import { readGovernanceInputs } from './governance-inputs';
import { runSources, type Io } from './run-sources';
import { writeCheckJson } from './write-check-json';

/** `throughline check`: 2 for unreadable input, else 1 with error findings, else 0. */
export async function runCheck(args: RunArgs & { readonly json: boolean; readonly all: boolean }, io: Io): Promise<number> {
  const governance = await readGovernanceInputs(args, io);
  if (governance.failed) return 2;
  const run = await runSources(args, io, undefined, governance.options);
  if (run.result) {
    if (args.json) writeCheckJson(checkJsonParts(run.result), (text) => io.stdout.write(text));
    else io.stdout.write(formatFindings(run.result, run.asOfNote, { all: args.all }));
  }
  if (run.problems.length > 0 || !run.result) return 2;
  return run.result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
