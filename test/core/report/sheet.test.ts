import { countLines, fitRowHeight, prepareRowFit, rowHeightOf } from '../../../src/core/report/sheet';
import { STYLES } from '../../../src/core/report/styles';

describe('row heights for wrapped text', () => {
  it('counts greedy word-wrapped lines, long words split, newlines kept', () => {
    expect(countLines('short', 10)).toBe(1);
    expect(countLines('one two three four', 10)).toBe(2);
    expect(countLines('one two three four', 9)).toBe(3);
    expect(countLines('abcdefghijklmnopqrstuvwxyz', 10)).toBe(3);
    expect(countLines('a\nb\nc', 10)).toBe(3);
  });

  it('counts bold type wider: a header that fits two regular lines takes three in bold', () => {
    // Width 11 at 10 pt holds 14 regular characters a line (11 x 1.3), 12 bold (14.3 / 1.12):
    // regular "Slack (working" / "days)" is 2 lines, 30 pt (2 x 13 + 4); bold "Slack" / "(working" / "days)" is 3, 43 pt (3 x 13 + 4).
    const fit = prepareRowFit({ columnWidths: [11], merges: [] });
    const text = { t: 'text', v: 'Slack (working days)' } as const;
    expect(STYLES.header.bold && STYLES.header.wrap && !STYLES.body.bold && STYLES.body.wrap).toBe(true);
    expect([fitRowHeight([{ value: text, style: 'body' }], 0, fit), fitRowHeight([{ value: text, style: 'header' }], 0, fit)]).toEqual([30, 43]);
  });

  it('gives a height only to rows whose wrapped cells need more than one line, merged widths counted', () => {
    const long = 'Upstream IT-1 is red and 10 working days late; own forecast finish passes due.'; // 78 chars
    const heightOf = rowHeightOf({ columnWidths: [20, 20], merges: ['A3:B3'], fitWrappedRows: true });
    const rows = [
      [{ value: { t: 'text' as const, v: 'fits on a line' }, style: 'body' as const }],
      [{ value: { t: 'text' as const, v: long }, style: 'body' as const }],
      [{ value: { t: 'text' as const, v: long }, style: 'body' as const }],
      [{ value: { t: 'text' as const, v: long }, style: 'title' as const }],
    ];
    // 20 wide holds 26 characters a line at 10 pt: 78 characters take 4 lines; merged 40 wide, 2.
    expect(rows.map((row, r) => heightOf(r, row))).toEqual([undefined, 56, 30, undefined]);
  });
});

describe('row heights as the writers ask for them, one row at a time', () => {
  const long = 'Upstream IT-1 is red and 10 working days late; own forecast finish passes due.';
  const row = [{ value: { t: 'text' as const, v: long }, style: 'body' as const }];
  const base = { columnWidths: [20, 20], merges: ['A3:B3'] };

  it('fits wrapped rows only when the sheet asks for it; explicit heights win', () => {
    const fitted = rowHeightOf({ ...base, fitWrappedRows: true, rowHeights: { 0: 30, 5: 12 } });
    expect([fitted(0, row), fitted(1, row), fitted(2, row), fitted(3, []), fitted(5, undefined), fitted(6, undefined)]).toEqual([30, 56, 30, undefined, 12, undefined]);
    const plain = rowHeightOf({ ...base, rowHeights: { 0: 30 } });
    expect([plain(0, row), plain(1, row)]).toEqual([30, undefined]);
  });

  it('measures one row from the prepared widths and merges', () => {
    const fit = prepareRowFit(base);
    expect([fitRowHeight(row, 1, fit), fitRowHeight(row, 2, fit), fitRowHeight([null, ...row], 2, fit)]).toEqual([56, 30, 0]);
  });
});
