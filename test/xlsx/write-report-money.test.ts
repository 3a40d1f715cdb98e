import { rowsFromArray } from '../../src/core/report/rows';
import type { ReportDocument } from '../../src/core/types';
import { planCell } from '../../src/office/report-layout';
import { writeReportXlsx } from '../../src/xlsx/write-report';
import { loadWorkbook, unzipText } from '../support/xlsx-parts';

/** Money cells with and without a currency format, side by side. */
const DOC: ReportDocument = {
  title: 'Money',
  asOf: '2026-03-16',
  sheets: [
    {
      name: 'Money',
      rows: rowsFromArray([
        [
          { value: { t: 'number', v: 1200 }, style: 'money', numFmt: '"£"#,##0' },
          { value: { t: 'number', v: 1200 }, style: 'money' },
          { value: { t: 'number', v: -300 }, style: 'money', numFmt: '"£"#,##0' },
          { value: null, style: 'money' },
        ],
      ]),
      columnWidths: [12, 12, 12, 12],
      merges: [],
      tables: [],
      conditionalFormats: [],
      charts: [],
    },
  ],
};

describe('money cells with a currency format', () => {
  it('are written with that number format, other money cells with the money style’s', async () => {
    const bytes = await writeReportXlsx(DOC);
    expect(unzipText(bytes).get('xl/styles.xml')).toContain('formatCode="&quot;£&quot;#,##0"');
    const ws = (await loadWorkbook(bytes)).getWorksheet('Money')!;
    expect(['A1', 'B1', 'C1'].map((a) => [ws.getCell(a).value, ws.getCell(a).numFmt])).toEqual([
      [1200, '"£"#,##0'],
      [1200, '#,##0'],
      [-300, '"£"#,##0'],
    ]);
  });

  it('carry that number format into the Office plan', () => {
    expect(planCell({ value: { t: 'number', v: 1200 }, style: 'money', numFmt: '"£"#,##0' }, 1900)).toEqual({ value: 1200, format: '"£"#,##0' });
    expect(planCell({ value: { t: 'number', v: 1200 }, style: 'money' }, 1900)).toEqual({ value: 1200, format: '#,##0' });
  });
});
