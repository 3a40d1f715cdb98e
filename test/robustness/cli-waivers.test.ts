import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runMain } from '../cli/run-main';
import { buildZip, deflatedPart, minimalXlsxParts } from './support/build-zip';

/**
 * Waivers on the command line: --waivers FILE, and the waivers a workbook holds in its document
 * settings (the add-in's web extension part), both applied and listed in the report.
 */

const AS_OF = ['--as-of', '2026-03-02'];
const is = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
/** W-2 depends on W-9, which no source defines: one dependency.unknown error at E3. */
const SHEET = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1">${is('A1', 'ID')}${is('B1', 'Name')}${is('C1', 'Status')}${is('D1', 'Due')}${is('E1', 'Depends On')}</row>
<row r="2">${is('A2', 'W-1')}${is('B2', 'One')}${is('C2', 'Green')}${is('D2', '2026-05-01')}</row>
<row r="3">${is('A3', 'W-2')}${is('B3', 'Two')}${is('C3', 'Green')}${is('D3', '2026-05-01')}${is('E3', 'W-9')}</row>
</sheetData></worksheet>`;
const KEY = 'dependency.unknown|W-2|Plan.xlsx!Sheet1!E3';

/** The web extension part as Excel writes the add-in's document settings: the value is the JSON of our JSON string. */
function webExtension(settings: unknown): string {
  const value = JSON.stringify(JSON.stringify(settings)).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<?xml version="1.0" encoding="UTF-8"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000001}"><we:reference id="tl" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties><we:property name="throughline.settings" value="${value}"/></we:properties></we:webextension>`;
}

let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'throughline-waivers-'));
  writeFileSync(file('Plan.xlsx'), buildZip(minimalXlsxParts(SHEET)));
  const settings = { version: 1, mappings: [], waivers: [{ key: KEY.replace('Plan.xlsx', 'Kept.xlsx'), reason: 'W-9 is tracked by the vendor', by: 'Ana', on: '2026-02-20' }], sourceDepartments: {}, excludedTables: [] };
  writeFileSync(file('Kept.xlsx'), buildZip([...minimalXlsxParts(SHEET), deflatedPart('xl/webextensions/webextension1.xml', webExtension(settings))]));
  writeFileSync(file('waivers.json'), JSON.stringify([{ key: KEY, reason: 'Agreed at the steering meeting', by: 'Ben' }]));
  writeFileSync(file('bad-waivers.json'), JSON.stringify([{ key: KEY }]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('waivers on the command line', () => {
  it('without waivers the error counts: exit 1', async () => {
    const run = await runMain(['check', 'Plan.xlsx', ...AS_OF, '--json'], dir);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { findings: Array<{ key: string }> }).findings.map((f) => f.key)).toContain(KEY);
  });

  it('--waivers FILE waives the finding: exit 0, listed as waived with its reason', async () => {
    const run = await runMain(['check', 'Plan.xlsx', '--waivers', 'waivers.json', ...AS_OF, '--json'], dir);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { findings: Array<{ key: string }>; waived: Array<{ key: string; waiver: { reason: string; by: string | null } }> };
    expect(out.findings.map((f) => f.key)).not.toContain(KEY);
    expect(out.waived.map((w) => [w.key, w.waiver.reason, w.waiver.by])).toEqual([[KEY, 'Agreed at the steering meeting', 'Ben']]);
  });

  it('the waivers a workbook holds are applied, and report lists them on Findings', async () => {
    const run = await runMain(['report', 'Kept.xlsx', '--out', 'summary.xlsx', ...AS_OF], dir);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file('summary.xlsx'));
    const findings = wb.getWorksheet('Findings')!;
    const rows: string[] = [];
    findings.eachRow((row) => rows.push((row.values as unknown[]).map((v) => (typeof v === 'object' && v !== null && 'text' in v ? String((v as { text: unknown }).text) : String(v ?? ''))).join(' | ')));
    const waivedRow = rows.find((r) => r.includes('W-9 is tracked by the vendor'));
    expect(waivedRow).toBeDefined();
    expect(waivedRow).toContain('Waived');
  });

  it('report --waivers FILE: exit 0, and the waiver is on Findings with its reason and who gave it', async () => {
    const run = await runMain(['report', 'Plan.xlsx', '--waivers', 'waivers.json', '--out', 'waived-by-file.xlsx', ...AS_OF], dir);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file('waived-by-file.xlsx'));
    const rows: string[] = [];
    wb.getWorksheet('Findings')!.eachRow((row) => rows.push((row.values as unknown[]).map((v) => (typeof v === 'object' && v !== null && 'text' in v ? String((v as { text: unknown }).text) : String(v ?? ''))).join(' | ')));
    const waivedRow = rows.find((r) => r.includes('Agreed at the steering meeting'));
    expect(waivedRow).toBeDefined();
    expect(waivedRow).toContain('Waived');
    expect(waivedRow).toContain('Ben');
  });

  it('a malformed --waivers file is one line and exit 2, not silently ignored', async () => {
    const run = await runMain(['check', 'Plan.xlsx', '--waivers', 'bad-waivers.json', ...AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('throughline: --waivers bad-waivers.json has 1 waiver without a text "key" and "reason"; correct it and try again.\n');
  });
});
