import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Reading back what LibreOffice printed: a page's text, the boxes of its words (pdftotext
 * -bbox) and its pixels (pdftoppm writes PPM, a header and raw RGB bytes, read without a library).
 */

export function pdfText(pdf: string, page: number): string {
  const out = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return out.replace(/\s+/g, ' ').trim();
}

export interface WordBox {
  readonly word: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PageWords {
  readonly width: number;
  readonly height: number;
  readonly words: readonly WordBox[];
}

/** Every word of a page with its box, in PDF points from the top left. */
export function pdfWords(pdf: string, page: number): PageWords {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html);
  const words: WordBox[] = [];
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), word: decode(m[5]!) });
  }
  return { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), words };
}

function decode(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** The box of the first run of words spelling a phrase, or undefined. */
export function findPhrase(page: PageWords, phrase: string): WordBox | undefined {
  const target = phrase.split(/\s+/);
  const w = page.words;
  for (let k = 0; k + target.length <= w.length; k++) {
    if (target.every((t, j) => w[k + j]!.word === t)) {
      const last = w[k + target.length - 1]!;
      return { word: phrase, xMin: w[k]!.xMin, yMin: w[k]!.yMin, xMax: last.xMax, yMax: last.yMax };
    }
  }
  return undefined;
}

export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

/** One page rendered at `dpi` (pdftoppm), as RGB pixels. */
export function renderPage(pdf: string, page: number, dpi: number, dir: string): Raster {
  const prefix = path.join(dir, `page-${page}-${dpi}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  const bytes = fs.readFileSync(`${prefix}.ppm`);
  // P6 <width> <height> <maxval> then one whitespace byte, then the pixels.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a PPM file');
  return { width: Number(header[1]), height: Number(header[2]), rgb: bytes.subarray(header[0].length) };
}

/** Pixels within `tolerance` of a colour (hex RRGGBB) inside a box given in fractions of the page. */
export function countColour(r: Raster, hex: string, box: { x0: number; y0: number; x1: number; y1: number }, tolerance = 12): number {
  const want = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let y = Math.floor(box.y0 * r.height); y < Math.ceil(box.y1 * r.height); y++) {
    for (let x = Math.floor(box.x0 * r.width); x < Math.ceil(box.x1 * r.width); x++) {
      const p = (y * r.width + x) * 3;
      if (Math.abs(r.rgb[p]! - want[0]!) <= tolerance && Math.abs(r.rgb[p + 1]! - want[1]!) <= tolerance && Math.abs(r.rgb[p + 2]! - want[2]!) <= tolerance) n++;
    }
  }
  return n;
}
