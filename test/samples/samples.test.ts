import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { CATALOG } from '../../src/core/types';
import { SAMPLE_FILES as GENERATED, buildSampleWorkbook } from '../../scripts/generate-samples';
import { PLANTED_FINDINGS, SAMPLE_FILES } from '../fixtures/planted-findings';

const SAMPLES = path.join(__dirname, '..', '..', 'assets', 'samples');

/** A cell as the fixture writes it: text as typed, numbers in full, dates as ISO, errors by name. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'error' in value) return String(value.error);
  return String(value);
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(SAMPLES, file)) as unknown as ArrayBuffer);
  return wb;
}

describe('sample workbooks', () => {
  it('plants at least one finding for every code in the catalog', () => {
    const planted = new Set(PLANTED_FINDINGS.map((p) => p.code));
    // Only a CSV file can hold an unclosed quote or invalid UTF-8 (test/xlsx/read-csv-damaged.test.ts).
    const csvOnly = new Set(['ingest.malformed-text']);
    expect(CATALOG.map((e) => e.code).filter((code) => !planted.has(code) && !csvOnly.has(code))).toEqual([]);
  });

  it('are the six departmental files the generator writes', () => {
    expect(GENERATED.map((s) => s.file).sort()).toEqual([...SAMPLE_FILES]);
    expect(fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort()).toEqual([...SAMPLE_FILES]);
  });

  it.each(PLANTED_FINDINGS.map((p) => [`${p.code} at ${p.source} ${p.sheet}!${p.address}`, p] as const))(
    'hold the planted value for %s',
    async (_label, p) => {
      const wb = await load(p.source);
      const ws = wb.getWorksheet(p.sheet);
      expect(ws).toBeDefined();
      expect(cellText(ws!.getCell(p.address).value)).toBe(p.cellText);
    },
  );

  it('keeps Engineering as an Excel table (ListObject) under its title rows', async () => {
    const ws = (await load('Engineering.xlsx')).getWorksheet('Roadmap')!;
    const table = ws.getTable('EngineeringRoadmap') as unknown as { model: { tableRef: string } };
    expect(table.model.tableRef).toBe('A4:K13');
    expect(cellText(ws.getCell('A4').value)).toBe('Ref');
    expect(cellText(ws.getCell('A3').value)).toBe('');
  });

  it('are committed exactly as the generator writes them (deterministic bytes)', async () => {
    for (const sample of GENERATED) {
      const bytes = await buildSampleWorkbook(sample);
      const committed = new Uint8Array(fs.readFileSync(path.join(SAMPLES, sample.file)));
      expect(Buffer.compare(Buffer.from(bytes), Buffer.from(committed))).toBe(0);
    }
  });
});
