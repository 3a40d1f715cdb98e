import type { XmlPartHandler } from './parse-xml-part';

/**
 * A SAX handler over xl/sharedStrings.xml: each <si> as plain text, its rich-text runs joined;
 * phonetic guides (<rPh>, the furigana over Japanese text) are left out, as Excel shows the cell.
 */
export function sharedStringsHandler(): XmlPartHandler & { result(): string[] } {
  const strings: string[] = [];
  let current = '';
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  return {
    open(name) {
      if (name === 't') inText = inItem && phonetic === 0;
      else if (name === 'si') {
        inItem = true;
        current = '';
      } else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'si') {
        strings.push(current);
        inItem = false;
      } else if (name === 'rPh') phonetic--;
    },
    text(text) {
      if (inText) current += text;
    },
    result: () => strings,
  };
}
