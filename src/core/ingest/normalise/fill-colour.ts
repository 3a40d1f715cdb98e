/**
 * A cell's fill colour -> the RAG status it shows, by hue, colourfulness and lightness rather
 * than a list of exact colours: trackers use pure red (FF0000), dark red (C00000), Excel's "Bad"
 * light red (FFC7CE), "Neutral" light amber (FFEB9C), "Good" light green (C6EFCE), the standard
 * greens (00B050, 92D050), amber (FFC000), yellow for amber, and theme accents with their tints.
 *
 * - Colourfulness is chroma, (max - min) of the channels over 255: white, greys and black have
 *   none, and a pale tint used as decoration ("lighter 80%", E2EFDA) has little. Below MIN_CHROMA
 *   the fill says nothing. Excel's "Good" fill, the palest RAG fill in common use, is 0.16.
 * - Lightness (HSL) must lie between MIN_LIGHTNESS and MAX_LIGHTNESS: a near-black or near-white
 *   fill is not a status colour whatever its hue.
 * - Hue: red from 340 degrees round to 14 (pinks above 340 and crimson read red), amber from 14
 *   to 66 (orange, gold, amber and yellow: yellow is amber in RAG schemes), green from 66 to 170
 *   (yellow-green 92D050 at 84 to sea green 00B050 at 147). Teal, blue, purple and magenta are
 *   nothing: blue is "done" in BRAG schemes, but blue fills are also the commonest decoration
 *   (headers, input cells, Office's first accent), and reading one as done would close work that
 *   is open, so a blue fill is left unread.
 */
export type FillRag = 'red' | 'amber' | 'green';

export const MIN_CHROMA = 0.15;
export const MIN_LIGHTNESS = 0.12;
export const MAX_LIGHTNESS = 0.95;

/** "FFC7CE" (or "#ffc7ce", or ARGB "FFFFC7CE") -> 'red'; undefined for a colour that is no RAG status, or not a colour. */
export function ragOfFill(colour: string | undefined): FillRag | undefined {
  const rgb = parseHexColour(colour);
  if (rgb === undefined) return undefined;
  const [r, g, b] = rgb;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = (max - min) / 255;
  const lightness = (max + min) / 510;
  if (chroma < MIN_CHROMA || lightness < MIN_LIGHTNESS || lightness > MAX_LIGHTNESS) return undefined;
  const hue = hueOf(r, g, b, max, min);
  if (hue >= 340 || hue < 14) return 'red';
  if (hue < 66) return 'amber';
  if (hue < 170) return 'green';
  return undefined;
}

/** Hue in degrees [0, 360) of a colour with some chroma. */
function hueOf(r: number, g: number, b: number, max: number, min: number): number {
  const d = max - min;
  let h: number;
  if (max === r) h = ((g - b) / d) % 6;
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  const deg = h * 60;
  return deg < 0 ? deg + 360 : deg;
}

/** Six hex digits, with an optional "#" or a leading alpha byte (ARGB, as .xlsx writes them). */
export function parseHexColour(colour: string | undefined): readonly [number, number, number] | undefined {
  if (colour === undefined) return undefined;
  let hex = colour.trim();
  if (hex.startsWith('#')) hex = hex.slice(1);
  if (hex.length === 8) hex = hex.slice(2);
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) return undefined;
  const n = parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
