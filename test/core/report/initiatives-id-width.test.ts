import { buildReport, sheetRows } from '../../../src/core/report';
import { fitRowHeight, prepareRowFit } from '../../../src/core/report/sheet';
import { STYLES } from '../../../src/core/report/styles';
import { makeFixture } from './fixture';

describe('Initiatives ID column', () => {
  it('keeps the usual width for short ids', () => {
    const sheet = buildReport(makeFixture()).sheets.find((s) => s.name === 'Initiatives')!;
    expect(sheet.columnWidths[0]).toBe(11);
  });

  it('widens to a name key (a table with no id column), capped at 24, and wraps a longer one', () => {
    // A 36-character key would want 37: capped at 24. "Payroll move" (12 characters) takes 13.
    const named = makeFixture({ specs: (specs) => specs.map((s) => (s.id === 'IT-1' ? { ...s, id: 'Customer portal relaunch and billing' } : s)) });
    const sheet = buildReport(named).sheets.find((s) => s.name === 'Initiatives')!;
    expect(sheet.columnWidths[0]).toBe(24);
    const short = makeFixture({ specs: (specs) => specs.map((s) => (s.id === 'IT-1' ? { ...s, id: 'Payroll move' } : s)) });
    expect(buildReport(short).sheets.find((s) => s.name === 'Initiatives')!.columnWidths[0]).toBe(13);
    expect(STYLES.link.wrap).toBe(true);
    // 24 wide holds 31 characters a line at 10 pt (24 x 1.3): "Customer portal relaunch and" / "billing", two lines of 13 pt and 4 to spare.
    const r = sheetRows(sheet).findIndex((row) => row[0]?.value?.v === 'Customer portal relaunch and billing');
    expect(r).toBeGreaterThan(0);
    expect(fitRowHeight(sheetRows(sheet)[r]!, r, prepareRowFit(sheet))).toBe(30);
  });
});
