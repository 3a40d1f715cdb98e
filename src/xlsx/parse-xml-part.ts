import { SaxesParser } from 'saxes';
import type { ZipEntry } from './zip-guard';
import { streamZipPart, ZipPartProblem, type InflateBudget } from './zip-part-stream';

/**
 * Events of one XML part as it inflates (saxes, a streaming SAX parser: the part is never held
 * whole, as a string or as a tree). Element names arrive without their namespace prefix, so
 * `<x:row>` in a workbook written with prefixed namespaces reads as `row`; attributes keep theirs.
 * saxes expands only XML's own entities and character references: external entities and
 * entity declarations are never expanded (a DOCTYPE that declares any makes its use an error).
 */
export interface XmlPartHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text?(text: string): void;
}

export function parseXmlPart(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, handler: XmlPartHandler): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let xmlError: string | undefined;
  parser.on('error', (e) => {
    xmlError = e.message;
    throw e;
  });
  parser.on('opentag', (tag) => handler.open(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => handler.close(localName(tag.name)));
  const onText = handler.text?.bind(handler);
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  try {
    for (const chunk of streamZipPart(bytes, entry, budget)) {
      decoder ??= new TextDecoder(encodingOf(chunk));
      parser.write(decoder.decode(chunk, { stream: true }));
    }
    if (decoder) parser.write(decoder.decode());
    parser.close();
  } catch (e) {
    if (xmlError !== undefined && !(e instanceof ZipPartProblem)) {
      throw new ZipPartProblem(`is damaged: its part ${entry.name} is not well-formed XML (${oneLine(xmlError)})`);
    }
    throw e;
  }
}

/** The attribute of that local name whatever its prefix (`r:id`, `ns0:id`), else undefined. */
export function prefixedAttribute(attributes: Readonly<Record<string, string>>, local: string): string | undefined {
  const suffix = `:${local}`;
  for (const key in attributes) if (key.endsWith(suffix)) return attributes[key];
  return undefined;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** XML parts are UTF-8 unless a byte-order mark says UTF-16 (ECMA-376 Part 2, 8.1.4). */
function encodingOf(first: Uint8Array): string {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

function oneLine(message: string): string {
  // saxes ends its messages with a full stop; ours follows the parenthesis.
  const line = message.split('\n')[0]!.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').replace(/\.+$/, '');
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
