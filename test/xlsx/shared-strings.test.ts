import { MAX_CELL_TEXT, cleanText } from '../../src/xlsx/write-cell-text';
import { SharedStrings } from '../../src/xlsx/write-sheet-xml';

describe('SharedStrings', () => {
  it('gives each distinct cleaned text one index, in order of first use, whichever raw text it came from', () => {
    const strings = new SharedStrings();
    // Cut inside a surrogate pair: its cleaned form would clean again (a lone surrogate before the ellipsis).
    const overlong = `${'x'.repeat(MAX_CELL_TEXT - 2)}😀yyy`;
    const cut = cleanText(overlong);
    expect(cleanText(cut)).not.toBe(cut);
    const indexes = [overlong, 'plain', 'a\u0001b', 'ab', cut, cleanText(cut), overlong, 'plain'].map((t) => strings.add(t));
    expect(indexes).toEqual([0, 1, 2, 2, 3, 3, 0, 1]);
    const xml = [...strings.toXml()];
    expect(xml[1]).toBe('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="8" uniqueCount="4">');
    expect(xml.slice(2, 6)).toEqual([`<si><t>${cut}</t></si>`, '<si><t>plain</t></si>', '<si><t>ab</t></si>', `<si><t>${cleanText(cut)}</t></si>`]);
  });
});
