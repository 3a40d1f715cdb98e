/**
 * Reading a tool export the way the CLI and the taskpane do (readSourceFile, then ingestSources),
 * and the views of the result the profile tests compare: a table's mapping, a record's fields,
 * every dependency link with the cell it was read from.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { ingestSources } from '../../src/core/ingest';
import { makeOptions, type DetectedTable, type IngestResult, type InitiativeRecord, type RawSource } from '../../src/core/types';
import { dayFromIso } from '../../src/core/util/days';
import { readSourceFile } from '../../src/xlsx/read-source';
import { REPO_ROOT } from './shared-data';

/** test/fixtures/exports/<name>: fixtures built from a tool's documented format (see SOURCES.md there). */
export function exportFixture(name: string): string {
  return path.join(REPO_ROOT, 'test', 'fixtures', 'exports', name);
}

export async function readExport(file: string, name = path.basename(file)): Promise<RawSource> {
  return readSourceFile(new Uint8Array(readFileSync(file)), name);
}

/** CSV text as the file a user would drop (the same reader as a file on disk). */
export async function readCsvText(text: string, name: string): Promise<RawSource> {
  return readSourceFile(new TextEncoder().encode(text), name);
}

export function ingestExports(sources: readonly RawSource[], asOf = '2024-03-31'): IngestResult {
  return ingestSources(sources, makeOptions(day(asOf)));
}

export function day(iso: string): number {
  const d = dayFromIso(iso);
  if (d === undefined) throw new Error(`not an ISO date: ${iso}`);
  return d;
}

/** A table's mapping as [field, 0-based column, header], left to right. */
export function mappingOf(table: DetectedTable): Array<[string, number, string]> {
  return table.mapping.map((m) => [m.field, m.column, m.header]);
}

/** A record's values, without its cells and row reference. */
export function fieldsOf(record: InitiativeRecord): Record<string, unknown> {
  const { cells: _cells, ref: _ref, ...rest } = record;
  return rest;
}

export function recordOf(result: IngestResult, id: string): InitiativeRecord {
  const record = result.initiatives.find((r) => r.id === id);
  if (!record) throw new Error(`no initiative ${id}; have ${result.initiatives.map((r) => r.id).join(', ')}`);
  return record;
}

/** Every dependency record as "from -> to type lag via@cell" (by: name marked), in reading order. */
export function linksOf(result: IngestResult): string[] {
  return result.dependencies.map((d) => `${d.from} -> ${d.to} ${d.type}${d.lagDays >= 0 ? '+' : ''}${d.lagDays} ${d.via ?? '?'}@${d.cells.from?.address ?? '?'}${d.by ? ' by name' : ''}`);
}

export function codesOf(result: IngestResult): string[] {
  return [...new Set(result.findings.map((f) => f.code))].sort();
}
