import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, USAGE } from './args';
import { runCheck } from './check-command';
import { runReport } from './report-command';
import type { Io } from './run-sources';
import { terminalLine, terminalOutput } from './terminal-text';

/** The package version (main.ts runs from src/cli in tests and dist/cli when built: both two levels down). */
function readVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/**
 * The command line: `throughline check|report ...`. Returns the exit code: 0 ok, 1 error findings
 * (check), 2 usage or unreadable input, 3 an internal error (a bug in Throughline, reported with its stack).
 */
export async function main(argv: string[], proc: Io): Promise<number> {
  // No control character from a cell or a file name reaches the terminal raw (terminal-text.ts).
  const io: Io = {
    stdout: { write: (s: string) => proc.stdout.write(terminalOutput(s)) },
    stderr: { write: (s: string) => proc.stderr.write(terminalOutput(s)) },
    cwd: () => proc.cwd(),
  };
  const command = parseArgs(argv);
  try {
    switch (command.kind) {
      case 'help':
        io.stdout.write(USAGE);
        return 0;
      case 'version':
        io.stdout.write(`throughline ${readVersion()}\n`);
        return 0;
      case 'usage-error':
        io.stderr.write(`throughline: ${terminalLine(command.message)}\nRun throughline --help for usage.\n`);
        return 2;
      case 'check':
        return await runCheck(command, io);
      case 'report':
        return await runReport(command, io);
    }
  } catch (e) {
    // Bad input is handled above as findings or problem lines; reaching here is our bug.
    io.stderr.write(`throughline: internal error, please report it: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 3;
  }
}
