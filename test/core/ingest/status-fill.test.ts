/**
 * A RAG status kept as the cell's colour: empty status cells coloured red, amber or green read as
 * that status (said once per column, and per initiative in check --json and the report); a written
 * red, amber or green the colour contradicts is value.status-fill-disagrees on its cell.
 * Expectations worked by hand from the colours' hues (see fill-colour.test.ts).
 */
import { ingestSources } from '../../../src/core/ingest';
import { runPipeline } from '../../../src/core/pipeline';
import { buildReport, sheetRows } from '../../../src/core/report';
import { checkJson } from '../../../src/core/report/check-json';
import { makeOptions, type CellValue, type RawSource, type ReportCell } from '../../../src/core/types';
import { day } from '../../support/read-export';

const options = makeOptions(day('2026-11-16'));

const rows: CellValue[][] = [
  ['ID', 'Deliverable', 'Owner', 'Status', 'Due', 'Depends on'],
  ['R-1', 'Customer portal', 'Jo Park', null, '2027-03-31', null],
  ['R-2', 'Payments page', 'Ben Ito', null, '2027-03-31', null],
  ['R-3', 'Data platform', 'Ria Sen', null, '2027-06-30', null],
  ['R-4', 'Mobile app', 'Jo Park', 'Green', '2027-06-30', null],
  ['R-5', 'Search', 'Ben Ito', 'Amber', '2027-06-30', null],
  ['R-6', 'Archive', 'Ria Sen', null, '2027-06-30', null],
  ['R-7', 'Help centre', 'Jo Park', 'G', '2027-06-30', null],
];
/** Column D's fills: red, light amber, none, dark red under "Green", amber under "Amber", blue, Excel's "Good" green under "G"; the header's own blue. */
const status = (colour: string): Array<string | undefined> => [undefined, undefined, undefined, colour];
const fills = [['4472C4', '4472C4', '4472C4', '4472C4'], status('FF0000'), status('FFEB9C'), undefined, status('C00000'), status('FFC000'), status('4472C4'), status('C6EFCE')];

function source(withFills: boolean): RawSource {
  return { name: 'Roadmap.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Tracker', origin: { row: 0, col: 0 }, values: rows, ...(withFills ? { fills } : {}) }] };
}

describe('a status column kept partly as cell colour', () => {
  const result = ingestSources([source(true)], options);
  const byId = new Map(result.initiatives.map((r) => [r.id, r]));

  it('reads an empty red, amber or green cell as that status, recorded as read from the fill; blue and uncoloured cells give none', () => {
    expect(result.initiatives.map((r) => [r.id, r.status, r.statusText, r.statusFrom])).toEqual([
      ['R-1', 'red', undefined, 'fill'],
      ['R-2', 'amber', undefined, 'fill'],
      ['R-3', undefined, undefined, undefined],
      // The written status stands against its colour.
      ['R-4', 'green', 'Green', undefined],
      ['R-5', 'amber', 'Amber', undefined],
      ['R-6', undefined, undefined, undefined],
      ['R-7', 'green', 'G', undefined],
    ]);
    expect(byId.get('R-1')!.cells).toMatchObject({ row: 1 });
  });

  it('says once for the column how many statuses came from colours, pointing at the header and those cells', () => {
    const notices = result.findings.filter((f) => f.code === 'ingest.status-from-fill');
    expect(notices.map((f) => [f.severity, f.cells.map((c) => c.address), f.message])).toEqual([
      [
        'info',
        ['D1', 'D2', 'D3'],
        'Roadmap.xlsx, sheet "Tracker": 2 cells of the status column "Status" (D1) are empty but coloured, and their statuses were read from the colour: 1 red, 1 amber.',
      ],
    ]);
  });

  it('flags a written green in a red cell, with its address; agreeing colours say nothing', () => {
    const disagree = result.findings.filter((f) => f.code === 'value.status-fill-disagrees');
    expect(disagree.map((f) => [f.severity, f.initiativeId, f.cells.map((c) => `${c.sheet}!${c.address}`), f.message])).toEqual([
      ['warning', 'R-4', ['Tracker!D5'], 'R-4: the status cell D5 says "Green" (green) but is coloured red (#C00000); the written status is read.'],
    ]);
  });

  it('does not call the status column empty', () => {
    expect(result.findings.filter((f) => f.code === 'ingest.fields-missing' && f.message.includes('empty'))).toEqual([]);
  });

  it('without fills (a CSV, or no colours) the same column is empty and nothing is read from colour', () => {
    const plain = ingestSources([source(false)], options);
    expect(plain.initiatives.filter((r) => r.status !== undefined).map((r) => r.id)).toEqual(['R-4', 'R-5', 'R-7']);
    expect(plain.findings.filter((f) => f.code === 'ingest.status-from-fill' || f.code === 'value.status-fill-disagrees')).toEqual([]);
  });

  it('check --json says per initiative where its status came from', () => {
    const json = checkJson(runPipeline([source(true)], options));
    const records = json.sources[0]!.tables[0]!.initiatives;
    expect(records.map((r) => [r.id, r.status, r.statusText, r.statusFrom])).toEqual([
      ['R-1', 'red', null, 'fill'],
      ['R-2', 'amber', null, 'fill'],
      ['R-3', null, null, null],
      ['R-4', 'green', 'Green', 'text'],
      ['R-5', 'amber', 'Amber', 'text'],
      ['R-6', null, null, null],
      ['R-7', 'green', 'G', 'text'],
    ]);
  });

  it('the Initiatives sheet shows a status read from colour as "Red (fill)", in its colour', () => {
    const sheet = buildReport(runPipeline([source(true)], options)).sheets.find((s) => s.name === 'Initiatives')!;
    const table = sheetRows(sheet);
    const header = table[0]!.map((c) => c?.value?.v);
    const at = header.indexOf('Reported');
    const id = header.indexOf('ID');
    const cells = table.slice(1).map((r) => [r[id]?.value?.v, r[at]?.value?.v, (r[at] as ReportCell | null)?.style]);
    expect(cells.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['R-1', 'Red (fill)', 'rag-red'],
      ['R-2', 'Amber (fill)', 'rag-amber'],
      ['R-3', 'Not given', 'rag-grey'],
      ['R-4', 'Green', 'rag-green'],
      ['R-5', 'Amber', 'rag-amber'],
      ['R-6', 'Not given', 'rag-grey'],
      ['R-7', 'Green', 'rag-green'],
    ]);
  });
});

describe('a status column kept wholly as cell colour', () => {
  it('is read from the colours, and ingest.fields-missing does not say the column is empty', () => {
    const values: CellValue[][] = [
      ['ID', 'Deliverable', 'Owner', 'Status', 'Due', 'Depends on'],
      ['R-1', 'Customer portal', 'Jo Park', null, '2027-03-31', null],
      ['R-2', 'Payments page', 'Ben Ito', null, '2027-03-31', null],
      ['R-3', 'Data platform', 'Ria Sen', null, '2027-06-30', null],
    ];
    const colours = [undefined, status('00B050'), status('92D050'), status('FFC7CE')];
    const src: RawSource = { name: 'Roadmap.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Tracker', origin: { row: 0, col: 0 }, values, fills: colours }] };
    const result = ingestSources([src], options);
    expect(result.initiatives.map((r) => [r.id, r.status])).toEqual([
      ['R-1', 'green'],
      ['R-2', 'green'],
      ['R-3', 'red'],
    ]);
    expect(result.findings.filter((f) => f.code === 'ingest.fields-missing' && f.message.includes('empty'))).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'ingest.status-from-fill').map((f) => f.message)).toEqual([
      'Roadmap.xlsx, sheet "Tracker": 3 cells of the status column "Status" (D1) are empty but coloured, and their statuses were read from the colour: 1 red, 2 green.',
    ]);
  });
});

describe('workflow words with no colour in a coloured status cell', () => {
  // "In Progress" and "Active" say the work is open, not how it goes; the cell's red or amber says that.
  const worded: CellValue[][] = [
    ['ID', 'Deliverable', 'Status', 'Due'],
    ['W-1', 'Portal', 'In Progress', '2027-03-31'],
    ['W-2', 'Payments', 'Active', '2027-03-31'],
    ['W-3', 'Search', 'In Progress', '2027-06-30'],
    ['W-4', 'Archive', null, '2027-06-30'],
    ['W-5', 'Help centre', 'Done', '2027-06-30'],
  ];
  // C2 red, C3 light amber, C4 none, C5 green, C6 red under Done (a closed state: not a colourless word).
  const col = (colour: string | undefined): Array<string | undefined> => [undefined, undefined, colour];
  const wordedFills = [undefined, col('FF0000'), col('FFEB9C'), undefined, col('00B050'), col('FF0000')];
  const result = ingestSources(
    [{ name: 'Web.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: worded, fills: wordedFills }] }],
    options,
  );

  it('reads the colour as the status, keeping the words', () => {
    expect(result.initiatives.map((r) => [r.id, r.status, r.statusText, r.statusFrom])).toEqual([
      ['W-1', 'red', 'In Progress', 'fill'],
      ['W-2', 'amber', 'Active', 'fill'],
      ['W-3', 'unknown', 'In Progress', undefined],
      ['W-4', 'green', undefined, 'fill'],
      ['W-5', 'done', 'Done', undefined],
    ]);
  });

  it('says so once for the column, counting the empty cells and the worded ones apart', () => {
    expect(result.findings.filter((f) => f.code === 'ingest.status-from-fill').map((f) => [f.cells.map((c) => c.address), f.message])).toEqual([
      [
        ['C1', 'C2', 'C3', 'C5'],
        'Web.xlsx, sheet "Plan": 3 cells of the status column "Status" (C1) are coloured: 1 empty, 2 with words that give no colour ("In Progress"), and their statuses were read from the colour: 1 red, 1 amber, 1 green.',
      ],
    ]);
  });
});

describe('a two-colour rating in a cell coloured as one of its colours', () => {
  it('agrees with its fill ("Amber/Green" in green or amber); a fill of neither colour is flagged', () => {
    const values: CellValue[][] = [
      ['ID', 'Deliverable', 'Owner', 'Status', 'Due'],
      ['C-1', 'Portal', 'Jo Park', 'Amber/Green', '2027-03-31'],
      ['C-2', 'Payments', 'Ben Ito', 'Amber/Green', '2027-03-31'],
      ['C-3', 'Data', 'Ria Sen', 'Amber/Red', '2027-06-30'],
      ['C-4', 'Search', 'Jo Park', 'Amber/Green', '2027-06-30'],
    ];
    const colours = [undefined, status('92D050'), status('FFC000'), status('ED7D31'), status('FF0000')];
    const src: RawSource = { name: 'Board.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Tracker', origin: { row: 0, col: 0 }, values, fills: colours }] };
    const result = ingestSources([src], options);
    expect(result.initiatives.map((r) => [r.id, r.status])).toEqual([
      ['C-1', 'amber'],
      ['C-2', 'amber'],
      ['C-3', 'red'],
      ['C-4', 'amber'],
    ]);
    expect(result.findings.filter((f) => f.code === 'value.status-fill-disagrees').map((f) => f.cells[0]!.address)).toEqual(['D5']);
  });
});

describe('a RAG column kept only as colour beside a Status column of workflow words', () => {
  // F "RAG" has no text, only fills; E "Status" says the workflow state. An analyst reads the colour as the
  // rating and the state for what it says more: closed work, and rows left uncoloured.
  const values: CellValue[][] = [
    ['ID', 'Event', 'Owner', 'Due', 'Status', 'RAG'],
    ['P-1', 'Re-tender', 'Jo Park', '2027-01-29', 'In progress', null],
    ['P-2', 'Laptops', 'Ben Ito', '2026-09-30', 'Complete', null],
    ['P-3', 'Travel', 'Ben Ito', '2026-11-06', 'In progress', null],
    ['P-4', 'Hosting', 'Ria Sen', '2027-02-26', 'In progress', null],
    ['P-5', 'Catering', 'Ria Sen', '2027-06-30', 'Not started', null],
  ];
  const rag = (colour: string | undefined): Array<string | undefined> => [undefined, undefined, undefined, undefined, undefined, colour];
  const colourFills = [undefined, rag('FFC000'), rag('00B050'), rag('FF0000'), undefined, undefined];
  const read = ingestSources([{ name: 'Sourcing.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Pipeline', origin: { row: 0, col: 0 }, values, fills: colourFills }] }], options);

  it('maps the status to the coloured column and reads the state beside it', () => {
    expect(read.tables[0]!.mapping.find((m) => m.field === 'status')?.header).toBe('RAG');
    expect(read.initiatives.map((r) => [r.id, r.status, r.statusText ?? null])).toEqual([
      ['P-1', 'amber', null],
      // Complete beside a green fill: closed.
      ['P-2', 'done', null],
      ['P-3', 'red', null],
      // No colour: the state's words are the reported status, pointed at in column E.
      ['P-4', 'unknown', 'In progress'],
      ['P-5', 'not-started', 'Not started'],
    ]);
    expect(read.initiatives.find((r) => r.id === 'P-4')!.cells.elsewhere?.status?.address).toBe('E5');
  });
});
