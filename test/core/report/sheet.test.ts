import { rowsFromArray } from '../../../src/core/report/rows';
import { countLines, fitRowHeights } from '../../../src/core/report/sheet';

describe('row heights for wrapped text', () => {
  it('counts greedy word-wrapped lines, long words split, newlines kept', () => {
    expect(countLines('short', 10)).toBe(1);
    expect(countLines('one two three four', 10)).toBe(2);
    expect(countLines('one two three four', 9)).toBe(3);
    expect(countLines('abcdefghijklmnopqrstuvwxyz', 10)).toBe(3);
    expect(countLines('a\nb\nc', 10)).toBe(3);
  });

  it('gives a height only to rows whose wrapped cells need more than one line, merged widths counted', () => {
    const long = 'Upstream IT-1 is red and 10 working days late; own forecast finish passes due.'; // 78 chars
    const heights = fitRowHeights({
      columnWidths: [20, 20],
      merges: ['A3:B3'],
      rows: rowsFromArray([
        [{ value: { t: 'text', v: 'fits on a line' }, style: 'body' }],
        [{ value: { t: 'text', v: long }, style: 'body' }],
        [{ value: { t: 'text', v: long }, style: 'body' }],
        [{ value: { t: 'text', v: long }, style: 'title' }],
      ]),
    });
    // 20 wide holds 26 characters a line at 10 pt: 78 characters take 4 lines; merged 40 wide, 2.
    expect(heights).toEqual({ 1: 56, 2: 30 });
  });
});
