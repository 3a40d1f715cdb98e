import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { PLANTED_FINDINGS, SAMPLE_AS_OF } from '../fixtures/planted-findings';
import { CATALOG } from '../../src/core/types';
import { runMain } from './run-main';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'assets', 'samples');
const PLANTED_ERRORS = PLANTED_FINDINGS.filter((p) => CATALOG.find((e) => e.code === p.code)?.severity === 'error').length;

/** A small initiatives CSV with nothing wrong in it as of SAMPLE_AS_OF. */
const CLEAN_CSV = [
  'ID,Name,Owner,Status,Start,Due,% Complete,Last Updated,Depends On',
  'OPS-1,Warehouse move,Ana Silva,Green,2026-10-05,2027-01-29,40%,2026-11-13,',
  'OPS-2,New picking process,Ana Silva,Green,2027-02-01,2027-03-26,0%,2026-11-13,OPS-1',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-cli-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('throughline --help / --version / usage errors', () => {
  it('prints usage with --help and exits 0', async () => {
    const run = await runMain(['--help'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage:\n {2}throughline check <files or folders\.\.\.>/);
    expect(run.stderr).toBe('');
  });

  it('prints the package version', async () => {
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const run = await runMain(['--version'], dir);
    expect(run).toEqual({ code: 0, stdout: `throughline ${version}\n`, stderr: '' });
  });

  it('exits 2 with one clear line for a usage error', async () => {
    const run = await runMain(['check', SAMPLES, '--as-of', 'yesterday'], dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'throughline: --as-of must be a date written YYYY-MM-DD (got "yesterday").\nRun throughline --help for usage.\n',
    });
  });
});

describe('throughline check', () => {
  it('lists the sample findings grouped by severity and exits 1 for their errors', async () => {
    const run = await runMain(['check', SAMPLES, '--as-of', SAMPLE_AS_OF], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Throughline check as of 2026-11-16 (set by --as-of): 6 sources, 57 initiatives.');
    expect(lines).toContain(`Errors (${PLANTED_ERRORS})`);
    expect(lines.indexOf(`Errors (${PLANTED_ERRORS})`)).toBeLessThan(lines.findIndex((l) => l.startsWith('Warnings (')));
    expect(lines).toContain('  dependency.self IT-05: IT-05 "Identity and access management for handlers" depends on itself.');
    expect(lines).toContain('      at IT.xlsx › IT Delivery!I9');
    expect(lines[lines.length - 2]).toMatch(new RegExp(`^${PLANTED_ERRORS} errors, \\d+ warnings, \\d+ info\\.$`));
  });

  it('prints checkJson with --json', async () => {
    const run = await runMain(['check', path.join(SAMPLES, 'IT.xlsx'), path.join(SAMPLES, 'Engineering.xlsx'), '--as-of', SAMPLE_AS_OF, '--json'], dir);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      asOf: string;
      initiatives: Array<{ id: string; reportedStatus: string; effectiveStatus: string; sources: string[] }>;
      findings: Array<{ code: string; severity: string; initiativeId: string | null; cells: Array<{ source: string; sheet: string; address: string }> }>;
      waived: unknown[];
    };
    expect(Object.keys(json)).toEqual(['asOf', 'initiatives', 'findings', 'waived', 'sources', 'actions', 'resolved', 'criticalPath', 'criticalPathBy']);
    expect(json.asOf).toBe('2026-11-16');
    expect(json.initiatives.map((i) => i.id)).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((n) => `IT-${n}`),
      // IT's Vendor Milestones table has no id column: its rows are keyed by name (two share one).
      'OCR engine licence and sandbox',
      'Security assessment (row 6)',
      'Telephony SIP trunk provisioning',
      'Security assessment (row 8)',
      'Fraud bureau data sandbox',
      'Supplier go-live readiness review',
      'IVR voice prompt recordings',
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((n) => `ENG-${n}`),
    ]);
    expect(json.initiatives[0]).toMatchObject({ id: 'IT-01', reportedStatus: 'done', sources: ['IT.xlsx'] });
    expect(json.findings).toContainEqual(
      expect.objectContaining({ code: 'dependency.self', severity: 'error', initiativeId: 'IT-05', cells: [{ source: 'IT.xlsx', sheet: 'IT Delivery', address: 'I9' }] }),
    );
    expect(json.waived).toEqual([]);
  });

  it('exits 0 when there is no error finding, and uses --cadence', async () => {
    fs.writeFileSync(path.join(dir, 'ops.csv'), CLEAN_CSV);
    const run = await runMain(['check', 'ops.csv', '--as-of', SAMPLE_AS_OF, '--json'], dir);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { findings: Array<{ code: string; severity: string }> };
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(json.findings.filter((f) => f.code === 'status.stale')).toEqual([]);

    const strict = await runMain(['check', 'ops.csv', '--as-of', SAMPLE_AS_OF, '--cadence', '1', '--json'], dir);
    const stale = (JSON.parse(strict.stdout) as { findings: Array<{ code: string; initiativeId: string }> }).findings.filter((f) => f.code === 'status.stale');
    expect(stale.map((f) => f.initiativeId)).toEqual(['OPS-1', 'OPS-2']);
  });

  it('names an unreadable file in one line, still checks the others, and exits 2', async () => {
    fs.writeFileSync(path.join(dir, 'ops.csv'), CLEAN_CSV);
    fs.writeFileSync(path.join(dir, 'legacy.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    fs.writeFileSync(path.join(dir, 'empty.xlsx'), '');
    const run = await runMain(['check', 'legacy.xls', 'missing.xlsx', 'empty.xlsx', 'ops.csv', '--as-of', SAMPLE_AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      'throughline: missing.xlsx: no such file or folder.',
      "throughline: legacy.xls is truncated: it holds 12 bytes, less than a compound file's 512-byte header.",
      'throughline: empty.xlsx is empty.',
      '',
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.stdout.split('\n')[0]).toBe('Throughline check as of 2026-11-16 (set by --as-of): 1 source, 2 initiatives.');
  });

  it('exits 2 when nothing could be read', async () => {
    const run = await runMain(['check', 'nothing-here.xlsx'], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'throughline: nothing-here.xlsx: no such file or folder.\n' });
  });

  it('expands a folder to its .xlsx and .csv files, skipping Excel lock files and other files', async () => {
    fs.mkdirSync(path.join(dir, 'in'));
    fs.writeFileSync(path.join(dir, 'in', 'ops.csv'), CLEAN_CSV);
    fs.writeFileSync(path.join(dir, 'in', '~$ops.xlsx'), 'lock');
    fs.writeFileSync(path.join(dir, 'in', 'notes.txt'), 'not a source');
    const run = await runMain(['check', 'in', '--as-of', SAMPLE_AS_OF], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Throughline check as of 2026-11-16 (set by --as-of): 1 source, 2 initiatives.');
  });

  it('expands a wildcard the shell left alone (Windows), and reports one that matches nothing', async () => {
    fs.mkdirSync(path.join(dir, 'in'));
    fs.writeFileSync(path.join(dir, 'in', 'ops.csv'), CLEAN_CSV);
    const run = await runMain(['check', 'in/*.csv', '--as-of', SAMPLE_AS_OF], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Throughline check as of 2026-11-16 (set by --as-of): 1 source, 2 initiatives.');
    const none = await runMain(['check', 'in/*.xlsx', 'in/ops.csv', '--as-of', SAMPLE_AS_OF], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('throughline: in/*.xlsx: no file matches.\n');
  });
});

describe('throughline report', () => {
  async function sheetNames(file: string): Promise<string[]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    return wb.worksheets.map((w) => w.name);
  }

  it('writes the summary workbook into a new folder and prints where it is with a summary paragraph', async () => {
    const run = await runMain(['report', SAMPLES, '--as-of', SAMPLE_AS_OF, '--out', 'out/deep/summary.xlsx'], dir);
    expect(run.stderr).toBe('');
    // The samples hold planted error findings: exit 1, as check gives, with the summary written.
    expect(run.code).toBe(1);
    const out = path.join(dir, 'out', 'deep', 'summary.xlsx');
    const [where, paragraph] = run.stdout.split('\n');
    expect(where).toBe(`Summary workbook written to ${out}`);
    expect(paragraph).toMatch(
      new RegExp(`^As of 2026-11-16 \\(set by --as-of\\): 6 sources, 57 initiatives, \\d+ effectively red \\(0 reported red\\)\\. Findings: ${PLANTED_ERRORS} errors, \\d+ warnings, \\d+ info\\. `),
    );
    const names = await sheetNames(out);
    expect(names.slice(0, 6)).toEqual(['Summary', 'Initiatives', 'Findings', 'Dependencies', 'Timeline', 'Departments']);
  });

  it('compares with --previous and adds the Changes sheet', async () => {
    fs.writeFileSync(path.join(dir, 'ops.csv'), CLEAN_CSV);
    expect((await runMain(['report', 'ops.csv', '--as-of', '2026-11-09', '--out', 'week1.xlsx'], dir)).code).toBe(0);
    const run = await runMain(['report', 'ops.csv', '--as-of', SAMPLE_AS_OF, '--out', 'week2.xlsx', '--previous', 'week1.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Changes since the previous summary are on the Changes sheet.');
    expect(await sheetNames(path.join(dir, 'week2.xlsx'))).toContain('Changes');
  });

  it('refuses a --previous that is not a Throughline summary', async () => {
    fs.writeFileSync(path.join(dir, 'ops.csv'), CLEAN_CSV);
    fs.copyFileSync(path.join(SAMPLES, 'IT.xlsx'), path.join(dir, 'IT.xlsx'));
    const run = await runMain(['report', 'ops.csv', '--out', 'summary.xlsx', '--previous', 'IT.xlsx'], dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'throughline: --previous IT.xlsx is not a Throughline summary workbook (it holds no snapshot).\n',
    });
    expect(fs.existsSync(path.join(dir, 'summary.xlsx'))).toBe(false);
  });

  it('never overwrites an input file', async () => {
    fs.copyFileSync(path.join(SAMPLES, 'IT.xlsx'), path.join(dir, 'IT.xlsx'));
    const before = fs.readFileSync(path.join(dir, 'IT.xlsx'));
    const run = await runMain(['report', '.', '--out', './IT.xlsx'], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'throughline: --out ./IT.xlsx is one of the input files; choose another file name.\n' });
    expect(fs.readFileSync(path.join(dir, 'IT.xlsx')).equals(before)).toBe(true);
  });

  it('still writes the report from the readable files when one is unreadable, and exits 2', async () => {
    fs.writeFileSync(path.join(dir, 'ops.csv'), CLEAN_CSV);
    fs.writeFileSync(path.join(dir, 'empty.csv'), '');
    const run = await runMain(['report', 'ops.csv', 'empty.csv', '--as-of', SAMPLE_AS_OF, '--out', 'summary.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('throughline: empty.csv is empty.\n');
    expect(fs.existsSync(path.join(dir, 'summary.xlsx'))).toBe(true);
  });

  it('links findings to the source files by absolute path, so the links work wherever the summary is opened', async () => {
    fs.mkdirSync(path.join(dir, 'depts'));
    fs.writeFileSync(path.join(dir, 'depts', 'ops.csv'), `${CLEAN_CSV}\nOPS-3,Dock doors,Ana Silva,Green,2027-02-01,2027-03-26,0%,2026-11-13,OPS-9`);
    const run = await runMain(['report', 'depts/ops.csv', '--as-of', SAMPLE_AS_OF, '--out', 'reports/summary.xlsx'], dir);
    // OPS-3 depends on OPS-9, which no source defines: an error finding, exit 1.
    expect(run.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'reports', 'summary.xlsx'));
    const findings = wb.getWorksheet('Findings')!;
    const links: string[] = [];
    findings.eachRow((row) => row.eachCell((cell) => {
      if (cell.hyperlink) links.push(cell.hyperlink);
    }));
    // The temporary folder's real path as a file: URL, each segment percent-encoded.
    const folder = fs.realpathSync(dir).split(path.sep).filter(Boolean).map(encodeURIComponent).join('/');
    expect(links).toContain(`file:///${folder}/depts/ops.csv#'ops'!$I$4`);
    expect(links.some((l) => l.startsWith('../'))).toBe(false);
  });

  it('refuses a --previous that is a zip bomb before inflating it, in one line', async () => {
    fs.writeFileSync(path.join(dir, 'ops.csv'), CLEAN_CSV);
    // A zip whose central directory declares one part of 4 GB: refused from the directory alone.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const local = Buffer.alloc(30); local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46); central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(1000, 20); central.writeUInt32LE(0xfffffff0, 24); central.writeUInt16LE(name.length, 28);
    const data = Buffer.alloc(1000);
    const cdOffset = local.length + name.length + data.length;
    const end = Buffer.alloc(22); end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12); end.writeUInt32LE(cdOffset, 16);
    fs.writeFileSync(path.join(dir, 'old.xlsx'), Buffer.concat([local, name, data, central, name, end]));
    const run = await runMain(['report', 'ops.csv', '--out', 'summary.xlsx', '--previous', 'old.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').length).toBe(2);
    expect(run.stderr).toMatch(/^throughline: --previous old\.xlsx .*4\.0 GB.*\n$/);
    expect(fs.existsSync(path.join(dir, 'summary.xlsx'))).toBe(false);
  });
});
