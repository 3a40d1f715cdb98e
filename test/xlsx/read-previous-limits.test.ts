/**
 * Issue 18: `report --previous` reads only a previous summary's snapshot and Decisions sheets
 * (with the workbook, its relationships and shared strings), so only those parts' declared sizes
 * count against the size limits; the zip damage checks still look at every part. Workbooks are
 * hand-built in memory, the limits lowered to a few MB so the files stay small. Every expected
 * snapshot is what the hand-written rows say (day numbers are days from 1970-01-01).
 */
import { readPreviousSnapshot } from '../../src/xlsx/read-previous';
import { SourceReadError } from '../../src/xlsx/read-source';
import { readXlsxSource } from '../../src/xlsx/read-workbook';
import { checkZipLimits, DEFAULT_ZIP_LIMITS } from '../../src/xlsx/zip-guard';
import { buildZip, deflatedPart, deflatedZeros, storedPart, type ZipPart } from '../robustness/support/build-zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const KB = 1024;
const MB = 1024 * KB;

/** 1 MB a part, 2 MB in all. */
const LIMITS = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 1 * MB, maxTotalBytes: 2 * MB };

const rels = (items: ReadonlyArray<[id: string, type: string, target: string]>): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;

const text = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;

/** The hidden sheet of a summary taken on 2026-11-30 with one initiative; its department is shared string 0. */
const SNAPSHOT_ROWS =
  `<row r="1">${text('A1', 'throughline-snapshot')}<c r="B1"><v>1</v></c>${text('C1', '2026-11-30')}</row>` +
  `<row r="2">${text('A2', 'initiative')}${text('B2', 'OPS-1')}${text('C2', 'Depot move')}<c r="D2" t="s"><v>0</v></c>${text('E2', 'green')}${text('F2', 'amber')}${text('G2', '2026-12-15')}${text('H2', '2026-12-20')}</row>`;
const SNAPSHOT = `<worksheet xmlns="${MAIN}"><sheetData>${SNAPSHOT_ROWS}</sheetData></worksheet>`;
const STRINGS = `<sst xmlns="${MAIN}"><si><t>Operations</t></si></sst>`;

const EXPECTED = {
  version: 1,
  asOf: 20787,
  initiatives: [{ id: 'OPS-1', name: 'Depot move', department: 'Operations', reportedStatus: 'green', effectiveStatus: 'amber', due: 20802, forecastFinish: 20807 }],
  findings: [],
  history: { asOf: 20787, entries: [] },
};

/**
 * A worksheet of exactly `bytes` bytes of XML: rows of ten different numbers (so it packs like a
 * real sheet, far under the ratio limits), `rows` before them when given, then spaces up to the size.
 */
function sheetOfSize(bytes: number, rows = ''): string {
  const head = `<worksheet xmlns="${MAIN}"><sheetData>${rows}`;
  const tail = '</sheetData></worksheet>';
  const out: string[] = [head];
  let length = head.length + tail.length;
  for (let r = 3; ; r++) {
    const row = `<row r="${r}">${Array.from({ length: 10 }, (_, c) => `<c><v>${r * 10 + c}</v></c>`).join('')}</row>`;
    if (length + row.length > bytes) break;
    out.push(row);
    length += row.length;
  }
  out.push(' '.repeat(bytes - length), tail);
  const xml = out.join('');
  if (xml.length !== bytes) throw new Error('sheetOfSize: wrong length');
  return xml;
}

interface Previous {
  /** The hidden snapshot sheet's XML (xl/worksheets/sheet2.xml). */
  readonly snapshot?: string;
  /** A Decisions sheet (xl/worksheets/sheet3.xml), when given. */
  readonly decisions?: string;
  readonly strings?: string;
  /** The visible sheets the reader never opens, each (name, XML) at xl/worksheets/big<n>.xml. */
  readonly unread?: ReadonlyArray<[name: string, xml: string]>;
  /** Further parts, as built. */
  readonly extra?: readonly ZipPart[];
}

/** A previous summary: the unread sheets first (as Summary, Findings... come first), then _throughline, then Decisions. */
function previousParts(p: Previous = {}): ZipPart[] {
  const unread = p.unread ?? [];
  const sheets = [
    ...unread.map(([name], i) => `<sheet name="${name}" sheetId="${i + 10}" r:id="rBig${i}"/>`),
    `<sheet name="_throughline" sheetId="2" state="hidden" r:id="rId2"/>`,
    ...(p.decisions !== undefined ? [`<sheet name="Decisions" sheetId="3" r:id="rId3"/>`] : []),
  ];
  const workbookRels: Array<[string, string, string]> = [
    ...unread.map(([, _xml], i): [string, string, string] => [`rBig${i}`, 'worksheet', `worksheets/big${i}.xml`]),
    ['rId2', 'worksheet', 'worksheets/sheet2.xml'],
    ...(p.decisions !== undefined ? [['rId3', 'worksheet', 'worksheets/sheet3.xml'] as [string, string, string]] : []),
    ['rId4', 'sharedStrings', 'sharedStrings.xml'],
  ];
  return [
    deflatedPart('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    deflatedPart('_rels/.rels', rels([['rId1', 'officeDocument', 'xl/workbook.xml']])),
    deflatedPart('xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.join('')}</sheets></workbook>`),
    deflatedPart('xl/_rels/workbook.xml.rels', rels(workbookRels)),
    deflatedPart('xl/sharedStrings.xml', p.strings ?? STRINGS),
    ...unread.map(([, xml], i) => deflatedPart(`xl/worksheets/big${i}.xml`, xml)),
    deflatedPart('xl/worksheets/sheet2.xml', p.snapshot ?? SNAPSHOT),
    ...(p.decisions !== undefined ? [deflatedPart('xl/worksheets/sheet3.xml', p.decisions)] : []),
    ...(p.extra ?? []),
  ];
}

async function refusal(bytes: Uint8Array, limits = LIMITS): Promise<string> {
  const error = await readPreviousSnapshot(bytes, 'Prev.xlsx', { limits }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceReadError);
  return (error as Error).message;
}

describe('readPreviousSnapshot: only the parts it reads count against the size limits', () => {
  it('reads the snapshot of a summary whose Findings sheet is over the per-part and total limits', async () => {
    const bytes = buildZip(previousParts({ unread: [['Findings', sheetOfSize(3 * MB)]] }));
    expect(await readPreviousSnapshot(bytes, 'Prev.xlsx', { limits: LIMITS })).toEqual(EXPECTED);
    // The limits are real: reading every sheet of the same file is refused.
    await expect(readXlsxSource(bytes, 'Prev.xlsx', { limits: LIMITS })).rejects.toThrow(
      'Prev.xlsx has a part (xl/worksheets/big0.xml) of 3.0 MB uncompressed, over the 1 MB limit per part.',
    );
  });

  it('does not add the unread sheets to the total: two of 900 KB under a 1 MB total', async () => {
    const limits = { ...LIMITS, maxTotalBytes: 1 * MB };
    const bytes = buildZip(previousParts({ unread: [['Initiatives', sheetOfSize(900 * KB)], ['Findings', sheetOfSize(900 * KB)]] }));
    expect(await readPreviousSnapshot(bytes, 'Prev.xlsx', { limits })).toEqual(EXPECTED);
  });

  it('does not count unread parts that are not sheets either (a 3 MB image)', async () => {
    const image = deflatedPart('xl/media/image1.png', sheetOfSize(3 * MB));
    const bytes = buildZip(previousParts({ extra: [image] }));
    expect(await readPreviousSnapshot(bytes, 'Prev.xlsx', { limits: LIMITS })).toEqual(EXPECTED);
  });

  it('reads the same summary with the previous-summary limits when none are given', async () => {
    const bytes = buildZip(previousParts({ unread: [['Findings', sheetOfSize(3 * MB)]] }));
    expect(await readPreviousSnapshot(bytes, 'Prev.xlsx')).toEqual(EXPECTED);
  });

  it('refuses a snapshot sheet over the per-part limit, before inflating it', async () => {
    const bytes = buildZip(previousParts({ snapshot: sheetOfSize(3 * MB, SNAPSHOT_ROWS) }));
    expect(await refusal(bytes)).toBe('Prev.xlsx has a part (xl/worksheets/sheet2.xml) of 3.0 MB uncompressed, over the 1 MB limit per part.');
  });

  it('refuses a Decisions sheet or shared strings over the per-part limit: they are read too', async () => {
    const decisions = buildZip(previousParts({ decisions: sheetOfSize(3 * MB) }));
    expect(await refusal(decisions)).toBe('Prev.xlsx has a part (xl/worksheets/sheet3.xml) of 3.0 MB uncompressed, over the 1 MB limit per part.');
    const strings = `<sst xmlns="${MAIN}"><si><t>Operations</t></si>${Array.from({ length: 120_000 }, (_, i) => `<si><t>s${i}</t></si>`).join('')}</sst>`;
    expect(strings.length).toBeGreaterThan(2 * MB);
    expect(await refusal(buildZip(previousParts({ strings })))).toMatch(/^Prev\.xlsx has a part \(xl\/sharedStrings\.xml\) of 2\.\d MB uncompressed, over the 1 MB limit per part\.$/);
  });

  it('refuses when the parts it reads add up past the total, counting those alone', async () => {
    // 700 KB + 700 KB read (plus under 2 KB of workbook, relationships and strings) over a 1 MB total;
    // the 3 MB Findings sheet beside them is not counted (it would make 4.4 MB, and break the part limit).
    const limits = { ...LIMITS, maxTotalBytes: 1 * MB };
    const bytes = buildZip(
      previousParts({ snapshot: sheetOfSize(700 * KB, SNAPSHOT_ROWS), decisions: sheetOfSize(700 * KB), unread: [['Findings', sheetOfSize(3 * MB)]] }),
    );
    expect(await refusal(bytes, limits)).toBe('Prev.xlsx declares 1.4 MB of uncompressed content in the parts it is read from, over the 1 MB limit.');
  });
});

describe('readPreviousSnapshot: the damage checks still look at every part', () => {
  it('refuses a zip bomb in a sheet it would not read (100 MB of zeros in 101 KB)', async () => {
    const bomb: ZipPart = { name: 'xl/worksheets/big0.xml', data: deflatedZeros(100 * MB), method: 8, uncompressedSize: 100 * MB };
    const parts = previousParts({ unread: [['Findings', '']] }).map((p) => (p.name === bomb.name ? bomb : p));
    const error = await readPreviousSnapshot(buildZip(parts), 'Prev.xlsx').catch((e: unknown) => e);
    expect((error as Error).message).toBe('Prev.xlsx has a part (xl/worksheets/big0.xml) that expands 1,011 times (101.3 KB to 100.0 MB), over the 200x limit: a zip bomb.');
  });

  it('refuses an unread part that declares more than deflate can produce, or a stored part that holds less than it declares', async () => {
    const lie: ZipPart = { ...deflatedPart('docProps/app.xml', '<Properties/>'), uncompressedSize: 100 * MB };
    expect(await refusal(buildZip(previousParts({ extra: [lie] })))).toMatch(
      /^Prev\.xlsx is damaged or hostile: the part docProps\/app\.xml declares 100\.0 MB from \d+ bytes of compressed data, more than deflate can produce\.$/,
    );
    const stored: ZipPart = { ...storedPart('docProps/core.xml', '<a/>'), uncompressedSize: 20 * MB };
    expect(await refusal(buildZip(previousParts({ extra: [stored] })))).toBe('Prev.xlsx is damaged: the stored part docProps/core.xml declares 20.0 MB but holds 4 bytes.');
  });

  it('refuses an archive with too many parts, and an unread part cut off by a truncated download', async () => {
    const many = Array.from({ length: 10 }, (_, i) => storedPart(`customXml/item${i}.xml`, '<a/>'));
    expect(await refusal(buildZip(previousParts({ extra: many })), { ...LIMITS, maxEntries: 12 })).toBe('Prev.xlsx holds 16 parts, over the 12 limit.');
    // An unread part whose directory entry claims 16 MB of compressed data, past the end of the file.
    const bytes = Buffer.from(buildZip(previousParts({ extra: [deflatedPart('docProps/app.xml', '<Properties/>')] })));
    const central = bytes.lastIndexOf(Buffer.from('docProps/app.xml')) - 46;
    expect(bytes.readUInt32LE(central)).toBe(0x02014b50);
    bytes.writeUInt32LE(16 * MB, central + 20);
    expect(await refusal(bytes)).toBe('Prev.xlsx is truncated (the part docProps/app.xml runs past the end of the file).');
  });
});

describe('checkZipLimits with readParts', () => {
  const big = deflatedPart('xl/worksheets/sheet1.xml', sheetOfSize(3 * MB));
  const small = deflatedPart('xl/worksheets/sheet2.xml', sheetOfSize(10 * KB));

  it('applies the per-part and total limits to the parts named only, by lower-case name without a leading "/"', () => {
    const zip = buildZip([big, small, { ...deflatedPart('/XL/Worksheets/Sheet3.xml', sheetOfSize(3 * MB)) }]);
    expect(checkZipLimits(zip, { ...LIMITS, readParts: (p) => p === 'xl/worksheets/sheet2.xml' })).toBeUndefined();
    expect(checkZipLimits(zip, { ...LIMITS, readParts: (p) => p === 'xl/worksheets/sheet3.xml' })).toBe(
      'has a part (/XL/Worksheets/Sheet3.xml) of 3.0 MB uncompressed, over the 1 MB limit per part',
    );
    expect(checkZipLimits(zip, { ...LIMITS, maxEntryBytes: 4 * MB, maxTotalBytes: 4 * MB, readParts: (p) => p !== 'xl/worksheets/sheet2.xml' })).toBe(
      'declares 6.0 MB of uncompressed content in the parts it is read from, over the 4 MB limit',
    );
    // Without readParts, every part counts, as before.
    expect(checkZipLimits(zip, LIMITS)).toBe('has a part (xl/worksheets/sheet1.xml) of 3.0 MB uncompressed, over the 1 MB limit per part');
  });
});
