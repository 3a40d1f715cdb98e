/**
 * A folder named on the command line: its .xlsx and .csv files, and its .xml files that are
 * Microsoft Project XML (MSPDI, told by isMspdiText); other .xml files are skipped silently.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { expandInputs } from '../../src/cli/read-inputs';
import { runMain } from './run-main';

const CSV = ['ID,Name,Owner,Status,Start,Due,% Complete,Last Updated,Depends On', 'OPS-1,Warehouse move,Ana Silva,Green,2026-10-05,2027-01-29,40%,2026-11-13,'].join('\n');

/** A two-task Project XML file, written by hand in MSPDI's shape (root <Project> in Project's namespace). */
const MSPDI = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<Project xmlns="http://schemas.microsoft.com/project">',
  '  <Name>Claims.xml</Name>',
  '  <Tasks>',
  '    <Task><UID>1</UID><ID>1</ID><Name>Design</Name><OutlineLevel>1</OutlineLevel><Start>2026-10-05T08:00:00</Start><Finish>2026-10-09T17:00:00</Finish></Task>',
  '    <Task><UID>2</UID><ID>2</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Start>2026-10-12T08:00:00</Start><Finish>2026-10-23T17:00:00</Finish>',
  '      <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task>',
  '  </Tasks>',
  '</Project>',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-folder-'));
  fs.mkdirSync(path.join(dir, 'in'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string | Uint8Array): void {
  fs.writeFileSync(path.join(dir, 'in', name), text);
}

describe('a folder of inputs', () => {
  it('takes .xlsx, .xlsm, .xls, .csv and Project .xml files, in name order; other .xml files, lock files and other files are skipped without a problem', () => {
    write('ops.csv', CSV);
    write('claims.xml', MSPDI);
    write('Claims-utf16.XML', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MSPDI, 'utf16le')]));
    write('pom.xml', '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>');
    write('feed.xml', '<rss version="2.0"><channel><title>Not a plan</title></channel></rss>');
    write('other-namespace.xml', '<Project xmlns="http://example.com/project"><Tasks/></Project>');
    write('empty.xml', '');
    write('~$claims.xml', MSPDI);
    write('notes.txt', 'not a source');
    write('legacy.xls', 'bytes');
    write('macros.xlsm', 'bytes');
    write('~$legacy.xls', 'bytes');
    const { files, problems } = expandInputs(['in'], dir);
    expect(files.map((f) => path.basename(f))).toEqual(['Claims-utf16.XML', 'claims.xml', 'legacy.xls', 'macros.xlsm', 'ops.csv']);
    expect(problems).toEqual([]);
  });

  it('a folder with only other .xml files holds no sources', () => {
    write('pom.xml', '<project><modelVersion>4.0.0</modelVersion></project>');
    expect(expandInputs(['in'], dir)).toEqual({ files: [], problems: [{ input: 'in', message: 'in: the folder holds no .xlsx, .xls, .csv or Microsoft Project .xml files.' }] });
  });

  it('check reads the Project file of the folder beside the CSV: 2 sources, 3 initiatives', async () => {
    write('ops.csv', CSV);
    write('claims.xml', MSPDI);
    write('pom.xml', '<project><modelVersion>4.0.0</modelVersion></project>');
    const run = await runMain(['check', 'in', '--as-of', '2026-11-16', '--json'], dir);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as { initiatives: Array<{ id: string; name: string }>; sources: Array<{ name: string }> };
    expect(json.sources.map((s) => s.name)).toEqual(['claims.xml', 'ops.csv']);
    expect(json.initiatives.map((i) => i.name).sort()).toEqual(['Build', 'Design', 'Warehouse move']);
  });

  it("a summary report wrote into the folder is said and left out, not read as a department's sheets; the report may replace it", async () => {
    write('ops.csv', CSV);
    const first = await runMain(['report', 'in', '--as-of', '2026-11-16', '--out', path.join('in', 'summary.xlsx')], dir);
    expect(first.code).toBe(0);
    const again = await runMain(['check', 'in', '--as-of', '2026-11-16', '--json'], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe(`throughline: ${path.join('in', 'summary.xlsx')} is a Throughline summary (it holds the _throughline sheet) and is not read as a source; give it as --previous to compare with it.\n`);
    const json = JSON.parse(again.stdout) as { initiatives: Array<{ id: string }>; sources: Array<{ name: string }> };
    expect(json.sources.map((s) => s.name)).toEqual(['ops.csv']);
    expect(json.initiatives.map((i) => i.id)).toEqual(['OPS-1']);
    const replaced = await runMain(['report', 'in', '--as-of', '2026-11-16', '--out', path.join('in', 'summary.xlsx')], dir);
    expect(replaced.code).toBe(0);
  });
});
