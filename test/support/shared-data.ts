/**
 * The shared real-data set, read where it lives: ../shared/data beside the repository (CI clones
 * the repository with a read-only copy of shared/ next to it). See ../shared/data/README.md and
 * each folder's SOURCES.md for the origin and licence of every file.
 */
import { existsSync, statSync } from 'fs';
import * as path from 'path';

/** The repository root (this file is test/support/shared-data.ts). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The shared data folder: <repo>/../shared/data. */
export const SHARED_DATA_ROOT = path.resolve(REPO_ROOT, '..', 'shared', 'data');

/**
 * The absolute path of a file or folder under ../shared/data, e.g. sharedData('gmpp', 'x.csv').
 * Throws when the shared data folder itself is missing, naming where it was looked for.
 */
export function sharedData(...parts: string[]): string {
  if (!existsSync(SHARED_DATA_ROOT) || !statSync(SHARED_DATA_ROOT).isDirectory()) {
    throw new Error(
      `The shared test data folder is missing: expected ${SHARED_DATA_ROOT} (a copy of shared/data beside the repository at ${REPO_ROOT}).`,
    );
  }
  return path.resolve(SHARED_DATA_ROOT, ...parts);
}
