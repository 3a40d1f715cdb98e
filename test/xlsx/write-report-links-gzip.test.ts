import { dayFromIso, makeOptions, runPipeline } from '../../src/core';
import { buildReport } from '../../src/core/report';
import type { ReportDocument } from '../../src/core/types';
import { nodeGzip } from '../../src/cli/node-gzip';
import { writeReportXlsx } from '../../src/xlsx/write-report';
import { SAMPLE_AS_OF, SAMPLE_FILES } from '../fixtures/planted-findings';
import { readSampleSources } from '../support/sample-sources';
import { loadWorkbook, unzipText } from '../support/xlsx-parts';

// The sample summary with its sources in a folder whose name needs escaping in XML and
// encoding in a URL, as the CLI writes it (zlib level 2).
const FOLDER = "/plans/R&D 'dept'";

let doc: ReportDocument;
beforeAll(async () => {
  const result = runPipeline(await readSampleSources(), makeOptions(dayFromIso(SAMPLE_AS_OF)!));
  doc = buildReport(result, { sourcePaths: new Map(SAMPLE_FILES.map((f) => [f, `${FOLDER}/${f}`])) });
}, 60_000);

describe('the summary written by the CLI', () => {
  it("holds the same parts, byte for byte, at the CLI's zlib level 2, at its former level 3 and through CompressionStream", async () => {
    const level2 = unzipText(await writeReportXlsx(doc, nodeGzip()));
    const level3 = unzipText(await writeReportXlsx(doc, nodeGzip(3)));
    const web = unzipText(await writeReportXlsx(doc));
    expect([...level2.keys()]).toEqual([...web.keys()]);
    for (const [name, text] of web) {
      expect(level2.get(name)).toBe(text);
      expect(level3.get(name)).toBe(text);
    }
  });

  it('writes every source link of the Initiatives sheet with its file: URL and tooltip escaped, as exceljs reads them back', async () => {
    const bytes = await writeReportXlsx(doc, nodeGzip());
    const parts = unzipText(bytes);
    const rels = [...parts.get('xl/worksheets/_rels/sheet2.xml.rels')!.matchAll(/<Relationship Id="(rId\d+)" Type="[^"]*\/hyperlink" Target="([^"]*)" TargetMode="External"\/>/g)];
    const links = [...parts.get('xl/worksheets/sheet2.xml')!.matchAll(/<hyperlink ref="([A-Z]+\d+)" r:id="(rId\d+)" tooltip="([^"]*)"\/>/g)];
    expect(links.length).toBeGreaterThan(30);
    expect(rels).toHaveLength(links.length);
    const targetOf = new Map(rels.map((m) => [m[1]!, m[2]!]));
    const wb = await loadWorkbook(bytes);
    const sheet = wb.getWorksheet('Initiatives')!;
    for (const [, ref, rId, tooltip] of links) {
      // '&' is %26, a space %20 and "'" %27 in the URL; the quoted sheet's "'" is &apos; in XML.
      const target = targetOf.get(rId!)!;
      const m = /^file:\/\/\/plans\/R%26D%20%27dept%27\/([A-Za-z-]+\.xlsx)#&apos;([^&]+)&apos;!\$([A-Z]+)\$(\d+)$/.exec(target);
      expect(m).not.toBeNull();
      const [, file, sheetName, col, row] = m!;
      expect(SAMPLE_FILES).toContain(file);
      expect(tooltip).toBe(`Open /plans/R&amp;D &apos;dept&apos;/${file} at ${sheetName}!${col}${row}`);
      expect((sheet.getCell(ref!).value as { hyperlink?: string }).hyperlink).toBe(`file:///plans/R%26D%20%27dept%27/${file}#'${sheetName}'!$${col}$${row}`);
    }
  });
});
