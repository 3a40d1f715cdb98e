import { runPipeline } from '../../../src/core/pipeline';
import { buildReport, sheetRows } from '../../../src/core/report';
import { makeOptions, type CellValue, type ReportCell } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const asOf = dayFromIso('2026-11-16')!;

describe('Initiatives sheet: the reported status cell', () => {
  const plan: CellValue[][] = [
    ['ID', 'Name', 'Status', 'Due', 'Last Updated'],
    ['IT-1', 'Platform', 'Green', '2026-12-01', '2026-11-15'],
    ['IT-2', 'Portal', 'In Progress', '2026-12-01', '2026-11-15'],
    ['IT-3', 'Payroll', null, '2026-12-01', '2026-11-15'],
    ['IT-4', 'Ledger', '🔴 Blocked by vendor', '2026-12-01', '2026-11-15'],
    ['IT-5', 'Archive', 'TBC', '2026-12-01', '2026-11-15'],
    ['IT-6', 'Intranet', 'Phase 2?', '2026-12-01', '2026-11-15'],
    ['IT-7', 'Helpdesk', '✔️ Done', '2026-12-01', '2026-11-15'],
  ];

  it('is our name for a status that reads, the source words for one with no colour, "Not given" only for an empty cell', () => {
    const result = runPipeline([sheetSource([{ name: 'Plan', rows: plan }], { name: 'IT.xlsx' })], makeOptions(asOf));
    const sheet = buildReport(result).sheets.find((s) => s.name === 'Initiatives')!;
    const rows = sheetRows(sheet);
    const header = rows[0]!.map((c) => c?.value?.v);
    const at = header.indexOf('Reported');
    const id = header.indexOf('ID');
    const cells = rows.slice(1).map((r): [unknown, unknown, string | undefined] => [r[id]?.value?.v, r[at]?.value?.v, (r[at] as ReportCell | null)?.style]);
    expect(cells.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['IT-1', 'Green', 'rag-green'],
      // No colour, written: the words, grey.
      ['IT-2', 'In Progress', 'rag-grey'],
      // Nothing written.
      ['IT-3', 'Not given', 'rag-grey'],
      // The symbol gives the colour; the column keeps our name (its colour formats key on it).
      ['IT-4', 'Red', 'rag-red'],
      ['IT-5', 'TBC', 'rag-grey'],
      // Unread (a finding names the cell): still shown as written, not as missing.
      ['IT-6', 'Phase 2?', 'rag-grey'],
      ['IT-7', 'Done', 'rag-done'],
    ]);
    expect(result.findings.filter((f) => f.code === 'value.unparseable').map((f) => f.cells[0]!.address)).toEqual(['C7']);
  });
});
