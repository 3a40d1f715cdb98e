import { checkJson } from '../core/report/check-json';
import type { RunArgs } from './args';
import { formatFindings } from './format-findings';
import { readGovernanceInputs } from './governance-inputs';
import { runSources, type Io } from './run-sources';

/** `throughline check`: 2 for unreadable input, else 1 with error findings, else 0. */
export async function runCheck(args: RunArgs & { readonly json: boolean }, io: Io): Promise<number> {
  const governance = await readGovernanceInputs(args, io);
  if (governance.failed) return 2;
  const run = await runSources(args, io, undefined, governance.options);
  if (run.result) {
    io.stdout.write(args.json ? `${JSON.stringify(checkJson(run.result), null, 2)}\n` : formatFindings(run.result, run.asOfNote));
  }
  if (run.problems.length > 0 || !run.result) return 2;
  return run.result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
