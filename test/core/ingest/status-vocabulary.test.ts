import { ingestSources, normaliseStatus } from '../../../src/core/ingest';
import { CONFIDENCE_SCALE, STAGE_SCALE, STATUS_SCALE, statusScaleOf } from '../../../src/core/ingest/normalise/status';
import { readStatusColumn } from '../../../src/core/ingest/status-column';
import { makeOptions, type CellValue, type Finding, type IngestResult, type SavedMapping, type Status } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(0);
const cell = (address: string) => ({ source: 'Finance.xlsx', sheet: 'Initiatives', address });
const KEY = 'Finance.xlsx|Initiatives|0';

/** A one-column status table: ID in A, the status column in B under `header`. */
function statusTable(header: string, values: readonly CellValue[]): CellValue[][] {
  return [['ID', header], ...values.map((v, i): CellValue[] => [`A-${i + 1}`, v])];
}

/** Value findings only: the tables' notices (ingest.*) are not what these tests are about. */
function valueFindings(result: IngestResult): Finding[] {
  return result.findings.filter((f) => f.code.startsWith('value.'));
}

function ingest(rows: CellValue[][], mappings: SavedMapping[] = []) {
  const result = ingestSources([sheetSource(rows)], makeOptions(0, { mappings }));
  return { ...result, findings: valueFindings(result) };
}

describe('status vocabulary: workflow states of each tool', () => {
  const TOOLS: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, Status]>]> = [
    ['Jira', [['To Do', 'not-started'], ['Selected for Development', 'not-started'], ['Backlog', 'not-started'], ['Open', 'unknown'], ['In Progress', 'unknown'], ['In Review', 'unknown'], ['Reopened', 'unknown'], ['Done', 'done'], ['Resolved', 'done'], ['Closed', 'done'], ["Won't Do", 'cancelled'], ["Won't Fix", 'cancelled'], ['Duplicate', 'cancelled'], ['Rejected', 'cancelled'], ['Blocked', 'red'], ['Impeded', 'red'], ['Waiting', 'on-hold'], ['On Hold', 'on-hold']]],
    ['Asana', [['On track', 'green'], ['At risk', 'amber'], ['Off track', 'red'], ['On hold', 'on-hold'], ['Complete', 'done']]],
    ['Planner', [['Not started', 'not-started'], ['In progress', 'unknown'], ['Completed', 'done']]],
    ['monday.com', [['Working on it', 'unknown'], ['Stuck', 'red'], ['Done', 'done']]],
    ['ClickUp', [['to do', 'not-started'], ['in progress', 'unknown'], ['complete', 'done']]],
    ['GitHub and GitLab', [['open', 'unknown'], ['opened', 'unknown'], ['closed', 'done']]],
    ['Redmine', [['New', 'not-started'], ['In Progress', 'unknown'], ['Resolved', 'done'], ['Feedback', 'on-hold'], ['Closed', 'done'], ['Rejected', 'cancelled']]],
    ['Plane', [['Backlog', 'not-started'], ['Todo', 'not-started'], ['In Progress', 'unknown'], ['Done', 'done'], ['Cancelled', 'cancelled']]],
    ['Wrike', [['Active', 'unknown'], ['Completed', 'done'], ['Deferred', 'on-hold'], ['Cancelled', 'cancelled']]],
  ];

  it.each(TOOLS)('%s', (_tool, states) => {
    expect(states.map(([text]) => [text, normaliseStatus(text)])).toEqual(states);
  });

  it('reads API spellings, curly apostrophes and odd spacing', () => {
    expect(['IN_PROGRESS', 'Won’t Do', 'in   review', ' SELECTED FOR DEVELOPMENT ', '✔ Done'].map(normaliseStatus)).toEqual(['unknown', 'cancelled', 'unknown', 'not-started', 'done']);
  });

  it('leaves confidence words alone off a confidence scale (a High priority is not green)', () => {
    expect(['High', 'Medium', 'Low', 'H', 'Exempt', 'Reset'].map(normaliseStatus)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('statusScaleOf: the scale of a whole column', () => {
  it('reads High/Medium/Low as a confidence scale when the values say so', () => {
    const scale = statusScaleOf(['High', 'Medium', 'Low', 'High', 'Green'], 'Status');
    expect(scale).toBe(CONFIDENCE_SCALE);
    expect(['High', 'Very High', 'H', 'Medium', 'Med', 'M', 'Low', 'Very low', 'L', 'Medium/High', 'Low-Medium', 'H/M', 'Green', 'Done', 'Exempt', 'Reset', 'purple'].map(scale.read)).toEqual([
      'green', 'green', 'green', 'amber', 'amber', 'amber', 'red', 'red', 'red', 'amber', 'red', 'amber', 'green', 'done', 'unknown', 'unknown', undefined,
    ]);
  });

  it('reads H/M/L letters as confidence, and a header that says confidence whatever the values', () => {
    expect(statusScaleOf(['H', 'M', 'L'], 'RAG')).toBe(CONFIDENCE_SCALE);
    expect(statusScaleOf(['Green', 'Amber'], 'Delivery Confidence')).toBe(CONFIDENCE_SCALE);
    expect(statusScaleOf([], 'DCA')).toBe(CONFIDENCE_SCALE);
  });

  it('keeps the UK GMPP Delivery Confidence Assessment words', () => {
    const scale = statusScaleOf(['Amber', 'Red'], 'IPA Delivery Confidence Assessment');
    expect(['Green', 'Amber/Green', 'Amber', 'Amber/Red', 'Red', 'Exempt', 'Reset', 'NA'].map(scale.read)).toEqual(['green', 'amber', 'amber', 'red', 'red', 'unknown', 'unknown', 'unknown']);
  });

  it('is the status scale when confidence words are under half the cells, or the header names a ranking', () => {
    expect(statusScaleOf(['Green', 'Amber', 'High'], 'RAG')).toBe(STATUS_SCALE);
    expect(statusScaleOf(['Green', 'High', 'High', 'Amber'], 'Status')).toBe(CONFIDENCE_SCALE);
    expect(statusScaleOf(['High', 'Medium', 'Low'], 'Priority')).toBe(STATUS_SCALE);
    expect(statusScaleOf(['High', 'Medium', 'Low'], 'Risk rating')).toBe(STATUS_SCALE);
    expect(STATUS_SCALE.read('High')).toBeUndefined();
  });

  it('decides per column through ingest: the same word reads on one sheet and not on another', () => {
    const result = ingestSources(
      [
        sheetSource([
          { name: 'Confidence', rows: statusTable('Status', ['High', 'Medium', 'Low', 'Green']) },
          { name: 'RAG', rows: [['ID', 'Status'], ['B-1', 'Green'], ['B-2', 'Amber'], ['B-3', 'High']] },
        ]),
      ],
      options,
    );
    expect(result.initiatives.map((r) => [r.id, r.status])).toEqual([
      ['A-1', 'green'], ['A-2', 'amber'], ['A-3', 'red'], ['A-4', 'green'],
      ['B-1', 'green'], ['B-2', 'amber'], ['B-3', undefined],
    ]);
    expect(valueFindings(result).map((f) => [f.code, f.cells[0]!.sheet, f.cells[0]!.address])).toEqual([['value.unparseable', 'RAG', 'B4']]);
  });
});

describe('stages: where the work is in its life, under a Stage or Phase header', () => {
  it('reads stage names on a stage scale only: Design is under way in a Stage column and no status in a Status one', () => {
    expect(statusScaleOf(['Design', 'Build'], 'Stage')).toBe(STAGE_SCALE);
    expect(statusScaleOf(['Design', 'Build'], 'Project phase')).toBe(STAGE_SCALE);
    expect(statusScaleOf(['Design', 'Build'], 'Status')).toBe(STATUS_SCALE);
    expect(['Concept', 'Design', 'Procurement', 'Build', 'Handover', 'Operational', 'Closed', 'Green', 'On hold'].map((w) => STAGE_SCALE.read(w))).toEqual([
      'not-started', 'unknown', 'unknown', 'unknown', 'unknown', 'done', 'done', 'green', 'on-hold',
    ]);
    expect(['Design', 'Build', 'Procurement'].map((w) => STATUS_SCALE.read(w))).toEqual([undefined, undefined, undefined]);
  });

  it('reads stages said as states on any scale: a let contract is work about to start, a defects period work handed over', () => {
    expect(['In design', 'Tendering', 'Under construction', 'On site', 'In UAT', 'Awarded', 'Contract awarded', 'Defects period', 'Handed over', 'Wrapped', 'GA'].map((w) => STATUS_SCALE.read(w))).toEqual([
      'unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'done', 'done', 'done', 'done',
    ]);
  });

  it('maps a Phase column as the status where no RAG column is there, and beside a RAG column reads it for closed work only', () => {
    const alone = ingestSources([sheetSource([['ID', 'Scheme', 'Phase'], ['P-1', 'Bridge', 'Design'], ['P-2', 'Depot', 'Operational'], ['P-3', 'Library', 'Concept']])], options);
    expect(alone.initiatives.map((r) => [r.id, r.status])).toEqual([['P-1', 'unknown'], ['P-2', 'done'], ['P-3', 'not-started']]);
    expect(valueFindings(alone)).toEqual([]);
    const beside = ingestSources([sheetSource([['ID', 'Scheme', 'RAG', 'Phase'], ['P-1', 'Bridge', 'Amber', 'Design'], ['P-2', 'Depot', 'Green', 'Closed']])], options);
    expect(beside.initiatives.map((r) => [r.id, r.status])).toEqual([['P-1', 'amber'], ['P-2', 'done']]);
  });

  it('keeps task names that are stage words as names, not statuses', () => {
    const result = ingestSources([sheetSource([['ID', 'Task', 'Owner', 'Status'], ['T-1', 'Design', 'Ann Bo', 'Green'], ['T-2', 'Build', 'Kim Lee', 'Amber'], ['T-3', 'Test', 'Lee Bo', 'Red']])], options);
    expect(result.initiatives.map((r) => [r.id, r.name, r.status])).toEqual([['T-1', 'Design', 'green'], ['T-2', 'Build', 'amber'], ['T-3', 'Test', 'red']]);
  });
});

describe('value.unknown-status: a column of words Throughline does not know', () => {
  const rows = statusTable('Status', ['Alpha', 'Beta', 'alpha', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Green', 'ALPHA']);

  it('is one finding per column naming its distinct values, on the header and the first cell of each', () => {
    const result = ingest(rows);
    expect(result.findings).toEqual([
      {
        code: 'value.unknown-status',
        severity: 'warning',
        message:
          'Finance.xlsx, sheet "Initiatives": the status column "Status" (B1) is not a vocabulary Throughline knows: 9 of its 10 cells hold "Alpha", "Beta", "Gamma", "Delta", "Epsilon" and 2 more; they are read as no status until each value is mapped to one.',
        cells: [cell('B1'), cell('B2'), cell('B3'), cell('B5'), cell('B6'), cell('B7'), cell('B8'), cell('B9')],
      },
    ]);
    // The values are kept as written; the one that reads, reads.
    expect(result.initiatives.map((r) => [r.id, r.status, r.statusText])).toEqual([
      ['A-1', undefined, 'Alpha'], ['A-2', undefined, 'Beta'], ['A-3', undefined, 'alpha'], ['A-4', undefined, 'Gamma'], ['A-5', undefined, 'Delta'],
      ['A-6', undefined, 'Epsilon'], ['A-7', undefined, 'Zeta'], ['A-8', undefined, 'Eta'], ['A-9', 'green', 'Green'], ['A-10', undefined, 'ALPHA'],
    ]);
  });

  it('keeps a finding per odd cell in a column that mostly reads, and for a lone unread cell', () => {
    const mostly = ingest(statusTable('Status', ['Green', 'Foo', 'Amber', 'Bar', 'Done']));
    expect(mostly.findings.map((f) => [f.code, f.cells.map((c) => c.address).join(','), f.message])).toEqual([
      ['value.unparseable', 'B3', 'A-2: status "Foo" cannot be read; expected a status such as Green, Amber, Red, Done, Not started, On hold or Cancelled.'],
      ['value.unparseable', 'B5', 'A-4: status "Bar" cannot be read; expected a status such as Green, Amber, Red, Done, Not started, On hold or Cancelled.'],
    ]);
    const lone = ingest(statusTable('Status', ['Foo']));
    expect(lone.findings.map((f) => [f.code, f.cells[0]!.address])).toEqual([['value.unparseable', 'B2']]);
  });

  it('names each value once whatever its case, the first spelling seen', () => {
    const column = readStatusColumn(['Foo', 'FOO', 'foo', 'Green'], [4, 5, 9, 10], 'Status');
    expect(column.values).toEqual([
      { text: 'Foo', count: 3, firstRow: 4, status: undefined, by: 'scale' },
      { text: 'Green', count: 1, firstRow: 10, status: 'green', by: 'scale' },
    ]);
    expect([column.readCells, column.unreadCells, column.unknownVocabulary]).toEqual([1, 3, true]);
  });

  it('points at no more than 30 values and names five', () => {
    const values = Array.from({ length: 40 }, (_, i) => `Phase ${i + 1}`);
    const [finding] = ingest(statusTable('Status', values)).findings;
    expect(finding!.cells).toHaveLength(31);
    expect(finding!.cells.at(-1)).toEqual(cell('B31'));
    expect(finding!.message).toBe(
      'Finance.xlsx, sheet "Initiatives": the status column "Status" (B1) is not a vocabulary Throughline knows: 40 of its 40 cells hold "Phase 1", "Phase 2", "Phase 3", "Phase 4", "Phase 5" and 35 more; they are read as no status until each value is mapped to one.',
    );
  });
});

describe('statusValues: the user reading of a column, saved with the mapping', () => {
  it('wins over the vocabulary, matches case-insensitively and ignores what is not a status', () => {
    const rows = statusTable('Status', ['Alpha', 'Beta', 'alpha', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Green', 'ALPHA']);
    const saved: SavedMapping = {
      tableKey: KEY,
      fields: {},
      statusValues: { alpha: 'amber', 'BETA ': 'done', Gamma: 'purple' as Status, green: 'red' },
    };
    const result = ingest(rows, [saved]);
    expect(result.initiatives.map((r) => [r.id, r.status])).toEqual([
      ['A-1', 'amber'], ['A-2', 'done'], ['A-3', 'amber'], ['A-4', undefined], ['A-5', undefined],
      ['A-6', undefined], ['A-7', undefined], ['A-8', undefined], ['A-9', 'red'], ['A-10', 'amber'],
    ]);
    // 5 of 10 cells now read: not "mostly unread", so each odd cell is its own finding.
    expect(result.findings.map((f) => [f.code, f.cells[0]!.address])).toEqual([
      ['value.unparseable', 'B5'], ['value.unparseable', 'B6'], ['value.unparseable', 'B7'], ['value.unparseable', 'B8'], ['value.unparseable', 'B9'],
    ]);
  });

  it('applies only to the table it was saved for', () => {
    const saved: SavedMapping = { tableKey: 'Other.xlsx|Plan|0', fields: {}, statusValues: { foo: 'green' } };
    expect(ingest(statusTable('Status', ['Foo', 'Green']), [saved]).initiatives.map((r) => r.status)).toEqual([undefined, 'green']);
  });
});

describe('statuses as PMOs write them in words, and a status followed by a note', () => {
  it.each<[string, string | undefined]>([
    ['On target', 'green'],
    ['Ahead of schedule', 'green'],
    ['No issues', 'green'],
    ['Under control', 'green'],
    ['Needs attention', 'amber'],
    ['Behind schedule', 'amber'],
    ['Minor issues', 'amber'],
    ['Some concerns', 'amber'],
    ['Off target', 'red'],
    ['Major issues', 'red'],
    ['Significant concerns', 'red'],
    ['Stalled', 'red'],
    ['Escalated', 'red'],
    ['Yet to start', 'not-started'],
    ['Approved', 'not-started'],
    ['In flight', 'unknown'],
    ['Superseded', 'cancelled'],
    // The status leads; what follows is the owner's note.
    ['Amber (vendor delay)', 'amber'],
    ['Red - awaiting funding', 'red'],
    ['Green: on plan', 'green'],
    ['At Risk - budget', 'amber'],
    ['Amber but improving', 'amber'],
    ['Complete (100%)', 'done'],
    ['Not started - waiting on funding', 'not-started'],
    ['Blocked by vendor', 'red'],
    ['Waiting on legal', 'on-hold'],
    // A combined rating is still the worse colour, not a status and a note.
    ['Green - Amber', 'amber'],
    // Not a state yet, and not a status at all.
    ['Done by Friday', undefined],
    ['Phase 2?', undefined],
    ['High (priority)', undefined],
  ])('%j -> %s', (text, status) => {
    expect(normaliseStatus(text)).toBe(status);
  });
});

describe('a weather report for a status', () => {
  it('reads sun as green, clouds as amber and storm or rain as red, in French and English words and symbols', () => {
    expect(['Soleil', 'Ensoleillé', 'Nuageux', 'Orage', 'Pluvieux', 'Sunny', 'Cloudy', 'Stormy', '☀️', '⛅', '⛈️'].map((w) => normaliseStatus(w))).toEqual([
      'green', 'green', 'amber', 'red', 'red', 'green', 'amber', 'red', 'green', 'amber', 'red',
    ]);
  });
});

describe('a RAG key written above the table', () => {
  it('reads the codes it explains ("C | Complete", "B | Delivered") in the status column; codes it cannot read stay as the vocabulary reads them', () => {
    const rows: CellValue[][] = [
      ['Infrastructure tracker'],
      [],
      ['RAG key'],
      ['R', 'Will miss date / needs escalation'],
      ['G', 'On track'],
      ['C', 'Complete'],
      ['B', 'Behind schedule'],
      [],
      ['No.', 'Project', 'RAG'],
      [1, 'Data centre exit', 'R'],
      [2, 'Backup platform', 'C'],
      [3, 'Landing zone', 'B'],
      [4, 'SD-WAN', 'G'],
    ];
    const result = ingestSources([sheetSource(rows)], options);
    expect(result.initiatives.map((r) => [r.id, r.status])).toEqual([['1', 'red'], ['2', 'done'], ['3', 'amber'], ['4', 'green']]);
    expect(valueFindings(result)).toEqual([]);
  });

  it('needs two readable codes: a lone "Version | v3.2" above the header is no key', () => {
    const rows: CellValue[][] = [['Version', 'v3.2'], ['C', 'Complete'], [], ['No.', 'Project', 'RAG'], [1, 'Data centre exit', 'C'], [2, 'Backup', 'G']];
    const result = ingestSources([sheetSource(rows)], options);
    expect(result.initiatives.map((r) => [r.id, r.status])).toEqual([['1', undefined], ['2', 'green']]);
  });
});
