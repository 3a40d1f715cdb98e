import type { Finding, RawReadProblem, RawSource } from '../types';
import { makeFinding } from '../types';
import { a1 } from '../util/a1';
import { shortText } from '../util/short-text';

const SAID: Readonly<Record<RawReadProblem['kind'], string>> = {
  'unclosed-quote': 'opens a quote that never closes; the rest of its line was read as written, the quote as a character, instead of swallowing the rows below',
  'stray-quote': 'closes its quote before the end of the cell; the line was read as written, the quote as a character',
  'invalid-utf8': 'holds bytes that are not valid UTF-8; they are shown as \uFFFD and the rest of the file is read as UTF-8',
};

/** ingest.malformed-text: one finding per cell the reader could not read as the file meant it (RawSheet.readProblems). */
export function readProblemFindings(source: RawSource): Finding[] {
  const findings: Finding[] = [];
  for (const sheet of source.sheets) {
    for (const p of sheet.readProblems ?? []) {
      const address = a1(sheet.origin.row + p.row, sheet.origin.col + p.col);
      findings.push(makeFinding('ingest.malformed-text', `${shortText(source.name)}, sheet "${shortText(sheet.name, 31)}", cell ${address} ${SAID[p.kind]}.`, [{ source: source.name, sheet: sheet.name, address }]));
    }
  }
  return findings;
}
