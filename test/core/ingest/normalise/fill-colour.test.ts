import { parseHexColour, ragOfFill } from '../../../../src/core/ingest/normalise/fill-colour';

/**
 * Hue, chroma ((max - min) / 255) and lightness ((max + min) / 510) worked out by hand for each
 * colour; the bands are red >= 340 or < 14 degrees, amber < 66, green < 170, chroma >= 0.15,
 * lightness 0.12..0.95.
 */
describe('ragOfFill', () => {
  it.each([
    // Pure and dark reds: hue 0.
    ['FF0000', 'red'],
    ['C00000', 'red'],
    // Excel's "Bad" fill 255,199,206: hue 360 - 7.5 = 352.5, chroma 0.22, lightness 0.89.
    ['FFC7CE', 'red'],
    // Office 2007's red accent 192,80,77: hue 1.6.
    ['C0504D', 'red'],
    // Excel's "Neutral" fill 255,235,156: hue 47.9, chroma 0.39.
    ['FFEB9C', 'amber'],
    // Amber 255,192,0: hue 45.2; orange 255,153,0: hue 36; Office's orange accent 237,125,49: hue 24.3; yellow: hue 60.
    ['FFC000', 'amber'],
    ['FF9900', 'amber'],
    ['ED7D31', 'amber'],
    ['FFFF00', 'amber'],
    // Excel's "Good" fill 198,239,206: hue 131.7, chroma 41/255 = 0.16, lightness 0.86.
    ['C6EFCE', 'green'],
    // Standard green 0,176,80: hue 147.3; light green 146,208,80: hue 89.1; Office's green accent 112,173,71: hue 95.9.
    ['00B050', 'green'],
    ['92D050', 'green'],
    ['70AD47', 'green'],
    ['00FF00', 'green'],
    // Dark green 0,97,0: lightness 0.19, still a colour.
    ['006100', 'green'],
  ] as const)('%s reads %s', (colour, rag) => {
    expect(ragOfFill(colour)).toBe(rag);
  });

  it.each([
    // No chroma: white, greys, black.
    ['FFFFFF'],
    ['F2F2F2'],
    ['D9D9D9'],
    ['808080'],
    ['000000'],
    // Pale decoration tints: green lighter 80% 226,239,218 (chroma 0.08), red lighter 80% 253,233,217 (chroma 0.14).
    ['E2EFDA'],
    ['FDE9D9'],
    // Blues (hue 218, 209), teal (180), purple 112,48,160 (hue 274), pink 255,102,204 (hue 320).
    ['4472C4'],
    ['5B9BD5'],
    ['008080'],
    ['7030A0'],
    ['FF66CC'],
  ])('%s reads as no status', (colour) => {
    expect(ragOfFill(colour)).toBeUndefined();
  });

  it('takes "#rrggbb" and ARGB forms, and refuses what is not a colour', () => {
    expect(ragOfFill('#ff0000')).toBe('red');
    expect(ragOfFill('FF00B050')).toBe('green');
    expect(ragOfFill('red')).toBeUndefined();
    expect(ragOfFill('')).toBeUndefined();
    expect(ragOfFill(undefined)).toBeUndefined();
    expect(parseHexColour('#C6EFCE')).toEqual([198, 239, 206]);
  });
});
