import { RunEscaper } from '../../src/xlsx/write-sheet-xml';

// A sheet's link targets and tooltips are escaped with the head they share (up to the last '!')
// escaped once per run: the text written must be what escaping (and cleaning) the whole gives.
describe('RunEscaper', () => {
  it('escapes link targets in runs of one file and sheet, and when the file or sheet changes', () => {
    const e = new RunEscaper(false);
    expect(e.escape("file:///plans/R&D.xlsx#'Plan'!$C$7")).toBe('file:///plans/R&amp;D.xlsx#&apos;Plan&apos;!$C$7');
    expect(e.escape("file:///plans/R&D.xlsx#'Plan'!$C$8")).toBe('file:///plans/R&amp;D.xlsx#&apos;Plan&apos;!$C$8');
    expect(e.escape("#'Initiatives'!$A$9")).toBe('#&apos;Initiatives&apos;!$A$9');
    expect(e.escape("file:///plans/R&D.xlsx#'Plan'!$C$9")).toBe('file:///plans/R&amp;D.xlsx#&apos;Plan&apos;!$C$9');
  });

  it('escapes a text without a "!" whole, and what follows the last "!" each time', () => {
    const e = new RunEscaper(false);
    expect(e.escape('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(e.escape("x!y!<z'")).toBe('x!y!&lt;z&apos;');
    expect(e.escape("x!y!&")).toBe('x!y!&amp;');
  });

  it('cleans tooltips as cleanText does: control characters and lone surrogates dropped in the head and the cell', () => {
    const e = new RunEscaper(true);
    expect(e.escape('Open /p/a\u0001b.xlsx at P<1>!C7')).toBe('Open /p/ab.xlsx at P&lt;1&gt;!C7');
    expect(e.escape('Open /p/a\u0001b.xlsx at P<1>!C\u00078')).toBe('Open /p/ab.xlsx at P&lt;1&gt;!C8');
    // A high surrogate before '!' and a low one after it are each alone: both dropped.
    expect(e.escape('Go to X\uD83D!\uDE00A1')).toBe('Go to X!A1');
    // A pair stays.
    expect(e.escape('Go to \uD83D\uDE00!A1')).toBe('Go to \uD83D\uDE00!A1');
  });

  it("cuts an overlong tooltip as cleanText does, at Excel's 32,767 characters with an ellipsis", () => {
    const e = new RunEscaper(true);
    expect(e.escape(`${'a'.repeat(39_997)}!C7`)).toBe(`${'a'.repeat(32_766)}…`);
    // Exactly the limit: not cut.
    expect(e.escape(`${'b'.repeat(32_764)}!C7`)).toBe(`${'b'.repeat(32_764)}!C7`);
  });
});
