import { ingestSources, normaliseStatus } from '../../../src/core/ingest';
import { CONFIDENCE_SCALE, statusScaleOf } from '../../../src/core/ingest/normalise/status';
import { makeOptions, type CellValue, type Status } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';
import { ingestExports, readCsvText } from '../../support/read-export';

/** Variation selectors: text presentation (U+FE0E) and emoji presentation (U+FE0F). */
const VS15 = '\ufe0e';
const VS16 = '\ufe0f';

describe('status symbols: each one alone', () => {
  // What each symbol means on a tracker, by hand: colour circles and squares, ticks, crosses, stop
  // signs, diamonds, hourglasses, pause, question marks. Blue is done (BRAG / Blue-RAG schemes).
  const SYMBOLS: ReadonlyArray<readonly [string, Status]> = [
    ['🟢', 'green'], ['🟩', 'green'],
    ['🟡', 'amber'], ['🟠', 'amber'], ['🟨', 'amber'], ['🟧', 'amber'], ['🔶', 'amber'], ['🔸', 'amber'], ['⚠', 'amber'],
    ['🔴', 'red'], ['🟥', 'red'], ['⛔', 'red'], ['🛑', 'red'], ['🚫', 'red'],
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

describe('status symbols with several readings stay unread alone', () => {
  // A cross is red in Excel's 3 Symbols icon set but cancelled or not done on checklists; a black
  // circle is past red in the 4 Traffic Lights set, closed elsewhere. Alone, none is guessed.
  const UNCLEAR = ['❌', '❎', '✗', '✘', '✖', '✕', '×', '⚫'];

  it.each(UNCLEAR)('%s cannot be read, with or without a variation selector', (symbol) => {
    expect([normaliseStatus(symbol), normaliseStatus(symbol + VS16), normaliseStatus(` ${symbol}${VS15} `)]).toEqual([undefined, undefined, undefined]);
  });

  it.each([
    // The words beside them decide.
    ['❌ Cancelled', 'cancelled'], ['✗ Blocked', 'red'], ['✘ Not started', 'not-started'], ['⚫ Not started', 'not-started'], ['❌ Red', 'red'], [`✖${VS16} Done`, 'done'],
    // So does a colour beside them.
    ['🔴❌', 'red'], ['❌ 🟡', 'amber'],
  ])('%j -> %s', (input, expected) => {
    expect(normaliseStatus(input)).toBe(expected);
  });

  it.each([['✅❌'], ['⏳✗'], ['❌❌']])('%j: a cross beside a tick or an hourglass, or alone, cannot be read', (input) => {
    expect(normaliseStatus(input)).toBeUndefined();
  });
});

describe('status marks as people write them', () => {
  it.each([
    // A dot or Harvey ball beside a colour word: the word ("●" itself carries no colour in text).
    ['● Green', 'green'], ['○ Red', 'red'], ['◐ Amber', 'amber'], ['Red ●', 'red'], ['◯ Green', 'green'],
    // A trend arrow after the letter or word: the colour.
    ['G↑', 'green'], ['A→', 'amber'], ['R↓', 'red'], ['G ↑', 'green'], ['Amber ↓', 'amber'], ['G▲', 'green'], ['R▼', 'red'],
    // An arrow between two colours, a move or a trend: the worse, as "Amber/Red".
    ['A→R', 'red'], ['G→A', 'amber'], ['R → G', 'red'], ['Amber -> Red', 'red'], ['A⇒R', 'red'],
    // Combined ratings.
    ['Amber/Red', 'red'], ['R/A', 'red'], ['G/A', 'amber'], ['Green-Amber', 'amber'],
    // Ticks and warning signs, with the emoji variation selector as phones type them.
    [`✔${VS16}`, 'done'], [`☑${VS16}`, 'done'], [`⚠${VS16}`, 'amber'], ['⚠', 'amber'],
    // Traffic-light colours in the European languages the vocabulary reads: yellow and orange amber, blue done.
    ['Jaune', 'amber'], ['Naranja', 'amber'], ['Laranja', 'amber'], ['Arancione', 'amber'], ['Oranje', 'amber'],
    ['Bleu', 'done'], ['Blau', 'done'], ['Azul', 'done'], ['Blu', 'done'], ['Blauw', 'done'],
    ['Vert ↑', 'green'], ['Gelb/Rot', 'red'], ['Grün', 'green'],
  ])('%j -> %s', (input, expected) => {
    expect(normaliseStatus(input)).toBe(expected);
  });

  it.each([
    // A dot, a ball or an arrow alone says no status; grey is not started, closed or not applicable by scheme.
    ['●'], ['○'], ['◐'], ['↑'], ['→'], ['Grey'], ['Gray'],
  ])('%j cannot be read', (input) => {
    expect(normaliseStatus(input)).toBeUndefined();
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
    ['🟢 Done', 'done'], ['✅ On track', 'green'], ['Green ✅', 'green'], ['⏳ Waiting', 'on-hold'], ['🔴 Not started', 'not-started'],
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

describe('status marks in a CSV, read as the CLI reads a file', () => {
  it('reads ticks, arrows, dots and European colours, and names each unread cross or black circle by its cell', async () => {
    // Row numbers in the file: the header is row 1, so P-1 is row 2 and its status is C2.
    const csv = [
      'ID,Name,RAG',
      `P-1,Payroll move,✔${VS16}`,
      'P-2,Vendor portal,A→R',
      'P-3,Intranet refresh,● Green',
      'P-4,Data centre exit,❌',
      'P-5,Warehouse scanners,G↑',
      'P-6,Office move,⚫',
      'P-7,Pricing review,Jaune',
      'P-8,Legacy CRM,❌ Cancelled',
      `P-9,Onboarding,⚠${VS16}`,
      'P-10,Archive,Bleu',
    ].join('\r\n');
    const result = ingestExports([await readCsvText(csv, 'pmo-board.csv')], '2026-11-16');
    expect(result.initiatives.map((r) => [r.id, r.status ?? null])).toEqual([
      ['P-1', 'done'], ['P-2', 'red'], ['P-3', 'green'], ['P-4', null], ['P-5', 'green'],
      ['P-6', null], ['P-7', 'amber'], ['P-8', 'cancelled'], ['P-9', 'amber'], ['P-10', 'done'],
    ]);
    // Written as the source wrote it, symbols and all.
    expect(result.initiatives.find((r) => r.id === 'P-4')!.statusText).toBe('❌');
    const unread = result.findings.filter((f) => f.code.startsWith('value.'));
    expect(unread.map((f) => [f.code, f.cells.map((c) => `${c.source}!${c.address}`)])).toEqual([
      ['value.unparseable', ['pmo-board.csv!C5']],
      ['value.unparseable', ['pmo-board.csv!C7']],
    ]);
    expect(unread[0]!.message).toContain('a cross can mean red, blocked, not done or cancelled');
    expect(unread[1]!.message).toContain('a black circle can mean worse than red, closed or stopped');
  });
});
