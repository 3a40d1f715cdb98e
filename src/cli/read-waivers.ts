import * as fs from 'fs';
import * as path from 'path';
import { readWaivers } from '../core/rules/waivers';
import type { Waiver } from '../core/types';
import type { InputProblem } from './read-inputs';

/**
 * --waivers FILE -> waivers (core/rules/waivers.ts readWaivers: a JSON list, or saved settings
 * holding one), or one problem line (exit 2) when the file is missing, not JSON, holds no list
 * or a malformed entry: a waiver that silently failed to apply would show a finding as open.
 */
export function readWaiversFile(file: string, cwd: string): { waivers: Waiver[] } | { problem: InputProblem } {
  const problem = (message: string) => ({ problem: { input: file, message: `--waivers ${file} ${message}` } });
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    return problem('cannot be read: no such file.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return problem('is not JSON; it must be a list of waivers such as [{ "key": "...", "reason": "..." }].');
  }
  const read = readWaivers(data);
  if (read === undefined) return problem('holds no list of waivers; it must be a list such as [{ "key": "...", "reason": "..." }].');
  if (read.malformed > 0) return problem(`has ${read.malformed === 1 ? '1 waiver' : `${read.malformed} waivers`} without a text "key" and "reason"; correct ${read.malformed === 1 ? 'it' : 'them'} and try again.`);
  return { waivers: read.waivers };
}
