import * as fs from 'fs';
import * as path from 'path';
import { readLeadsSource } from '../core/ingest';
import type { Snapshot } from '../core/report';
import type { DepartmentLead, RunOptions } from '../core/types';
import { readPreviousSnapshot } from '../xlsx/read-previous';
import { readSourceFile } from '../xlsx/read-source';
import { SourceReadError } from '../xlsx/read-source-error';
import type { RunArgs } from './args';
import type { Io } from './run-sources';
import { terminalLine } from './terminal-text';

/** What --previous, --leads and --ladder add to a run; `failed` when one of them was unusable (said on stderr). */
export interface GovernanceInputs {
  readonly previous?: Snapshot;
  readonly options: Partial<RunOptions>;
  readonly failed: boolean;
}

/** Read --previous (a Throughline summary: its findings' life and its Decisions) and --leads (Department, Lead) for check and report. */
export async function readGovernanceInputs(args: RunArgs, io: Io): Promise<GovernanceInputs> {
  const cwd = io.cwd();
  let previous: Snapshot | undefined;
  if (args.previous !== undefined) {
    previous = await readPrevious(path.resolve(cwd, args.previous), args.previous, io);
    if (previous === undefined) return { options: {}, failed: true };
  }
  let leads: DepartmentLead[] | undefined;
  if (args.leads !== undefined) {
    leads = await readLeads(path.resolve(cwd, args.leads), args.leads, io);
    if (leads === undefined) return { options: {}, failed: true };
  }
  return {
    ...(previous !== undefined ? { previous } : {}),
    options: {
      ...(previous !== undefined ? { history: previous.history } : {}),
      ...(previous?.decisions !== undefined ? { decisions: previous.decisions } : {}),
      ...(leads !== undefined ? { leads } : {}),
      ...(args.ladder !== undefined ? { ladder: args.ladder } : {}),
    },
    failed: false,
  };
}

async function readPrevious(file: string, given: string, io: Io): Promise<Snapshot | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch {
    io.stderr.write(`throughline: --previous ${terminalLine(given)}: no such file.\n`);
    return undefined;
  }
  let previous: Snapshot | undefined;
  try {
    previous = await readPreviousSnapshot(bytes, given);
  } catch (e) {
    if (e instanceof SourceReadError) {
      io.stderr.write(`throughline: --previous ${terminalLine(e.message)}\n`);
      return undefined;
    }
    previous = undefined; // not an .xlsx at all: said below
  }
  if (previous === undefined) io.stderr.write(`throughline: --previous ${terminalLine(given)} is not a Throughline summary workbook (it holds no snapshot).\n`);
  return previous;
}

async function readLeads(file: string, given: string, io: Io): Promise<DepartmentLead[] | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch {
    io.stderr.write(`throughline: --leads ${terminalLine(given)}: no such file.\n`);
    return undefined;
  }
  let leads: DepartmentLead[];
  try {
    leads = readLeadsSource(await readSourceFile(bytes, path.basename(file)));
  } catch (e) {
    if (!(e instanceof SourceReadError)) throw e;
    io.stderr.write(`throughline: --leads ${terminalLine(e.message)}\n`);
    return undefined;
  }
  if (leads.length === 0) {
    io.stderr.write(`throughline: --leads ${terminalLine(given)} has no table with a Department and a Lead column.\n`);
    return undefined;
  }
  return leads;
}
