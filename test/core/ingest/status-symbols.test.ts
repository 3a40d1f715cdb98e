import { ingestSources, normaliseStatus } from '../../../src/core/ingest';
import { CONFIDENCE_SCALE, statusScaleOf } from '../../../src/core/ingest/normalise/status';
import { makeOptions, type CellValue, type Status } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

/** Variation selectors: text presentation (U+FE0E) and emoji presentation (U+FE0F). */
const VS15 = '\ufe0e';
const VS16 = '\ufe0f';

describe('status symbols: each one alone', () => {
  // What each symbol means on a tracker, by hand: colour circles and squares, ticks, crosses, stop
  // signs, diamonds, hourglasses, pause, question marks. Blue is done (BRAG / Blue-RAG schemes).
  const SYMBOLS: ReadonlyArray<readonly [string, Status]> = [
    ['🟢', 'green'], ['🟩', 'green'],
    ['🟡', 'amber'], ['🟠', 'amber'], ['🟨', 'amber'], ['🟧', 'amber'], ['🔶', 'amber'], ['🔸', 'amber'], ['⚠', 'amber'],
    ['🔴', 'red'], ['🟥', 'red'], ['⛔', 'red'], ['🛑', 'red'], ['🚫', 'red'], ['❌', 'red'], ['❎', 'red'], ['✗', 'red'], ['✘', 'red'], ['✖', 'red'],
    ['🔵', 'done'], ['🟦', 'done'], ['Blue', 'done'], ['BLUE', 'done'], ['✅', 'done'], ['✔', 'done'], ['✓', 'done'], ['☑', 'done'],
    ['⚪', 'not-started'], ['⬜', 'not-started'],
    ['⏸', 'on-hold'],
    ['⏳', 'unknown'], ['⌛', 'unknown'], ['🚧', 'unknown'], ['❓', 'unknown'], ['❔', 'unknown'], ['?', 'unknown'],
  ];

  it.each(SYMBOLS)('%s -> %s', (symbol, expected) => {
    expect(normaliseStatus(symbol)).toBe(expected);
  });

  it.each(SYMBOLS.filter(([symbol]) => !/^[a-z?]+$/i.test(symbol)))('%s with either variation selector -> %s', (symbol, expected) => {
    expect([normaliseStatus(symbol + VS16), normaliseStatus(symbol + VS15), normaliseStatus(` ${symbol}${VS16} `)]).toEqual([expected, expected, expected]);
  });
});

describe('status symbols beside words: one rule', () => {
  it.each([
    // A symbol beside the same reading.
    ['🟢 On track', 'green'], [`🟢${VS16} On track`, 'green'], ['Green 🟢', 'green'], ['🔴 Red', 'red'],
    [`✔${VS16} Done`, 'done'], [`✔${VS15} Done`, 'done'], [`Done ✅`, 'done'], [`Done ✅${VS16}`, 'done'], ['✓ Done', 'done'], ['✔ Complete!', 'done'],
    [`⚠${VS16} At risk`, 'amber'], ['🔵 Complete', 'done'],
    // Only one of them reads: that one.
    ['🔴 Blocked by vendor', 'red'], ['🟡 Waiting on legal sign-off', 'amber'], ['★ Green', 'green'], ['→ In progress', 'unknown'], ['🚧 Vendor sign-off', 'unknown'],
    // Two RAG colours: the worse, as for "Amber/Red".
    ['🔴 At risk', 'red'], ['🟢 At risk', 'amber'], ['🟡 Off track', 'red'], ['🟡 Amber/Red', 'red'], [`⚠${VS16} Blocked`, 'red'], ['🟢🟡', 'amber'], ['🟢 / 🟡', 'amber'],
    // Words with no colour, a symbol with one: the symbol's colour.
    ['🔴 In progress', 'red'], ['🟢 In review', 'green'], ['🟡 TBC', 'amber'], ['⏳🔴', 'red'],
    // Otherwise the words, which say more.
    ['🟢 Done', 'done'], ['✅ On track', 'green'], ['Green ✅', 'green'], ['❌ Cancelled', 'cancelled'], ['⏳ Waiting', 'on-hold'], ['🔴 Not started', 'not-started'],
    ['❓ In progress', 'unknown'], ['❓ Amber', 'amber'], ['⏳ Green', 'green'],
  ])('%j -> %s', (input, expected) => {
    expect(normaliseStatus(input)).toBe(expected);
  });

  it.each([
    // ASCII punctuation is not a status symbol beside words: the words still have to read.
    ['Phase 2?'], ['(Phase 2)'], ['Phase 2!'],
    // Symbols that disagree and no words to settle it; symbols that are not statuses.
    ['✅⏸'], ['★'], ['→ Phase 2'],
  ])('%j cannot be read', (input) => {
    expect(normaliseStatus(input)).toBeUndefined();
  });
});

describe('status symbols on a confidence scale', () => {
  it('decides the scale on the words and reads a symbol beside a confidence word by the same rule', () => {
    const scale = statusScaleOf(['🟢 High', '🟡 Medium', '🔴 Low'], 'Status');
    expect(scale).toBe(CONFIDENCE_SCALE);
    expect(['🟢 High', '🟢 Low', '🔴 High', '🔴', `✔${VS16}`].map(scale.read)).toEqual(['green', 'red', 'red', 'red', 'done']);
  });
});

describe('status symbols through ingest', () => {
  it('keeps what was written, reads the symbols, and still names a cell that does not read', () => {
    const rows: CellValue[][] = [
      ['ID', 'Status'],
      ['A-1', '🔴 Blocked by vendor'], ['A-2', `✔${VS16} Done`], ['A-3', '❓'], ['A-4', '🔵'], ['A-5', 'Green'], ['A-6', 'Phase 2?'],
    ];
    const result = ingestSources([sheetSource(rows)], makeOptions(0));
    expect(result.initiatives.map((r) => [r.id, r.status, r.statusText])).toEqual([
      ['A-1', 'red', '🔴 Blocked by vendor'], ['A-2', 'done', `✔${VS16} Done`], ['A-3', 'unknown', '❓'], ['A-4', 'done', '🔵'], ['A-5', 'green', 'Green'], ['A-6', undefined, 'Phase 2?'],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('value.')).map((f) => [f.code, f.cells[0]!.address])).toEqual([['value.unparseable', 'B7']]);
  });
});
