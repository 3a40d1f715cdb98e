import { checkJson } from '../../../src/core/report/check-json';
import type { CellRef, DetectedTable, InitiativeRecord, RunResult } from '../../../src/core/types';
import { d, makeFixture } from './fixture';

describe('checkJson (throughline check --json)', () => {
  const json = checkJson(makeFixture());

  it('has the as-of date and one entry per initiative with ISO dates and nulls for unknowns', () => {
    expect(Object.keys(json)).toEqual(['asOf', 'initiatives', 'findings', 'waived', 'sources', 'actions', 'resolved', 'criticalPath', 'criticalPathBy']);
    expect(json.asOf).toBe('2026-03-16');
    expect(json.initiatives.map((i) => i.id)).toEqual(['FIN-1', 'FIN-2', 'IT-1', 'IT-2', 'OPS-1', 'OPS-2', 'SAL-1', 'SAL-2']);
    expect(json.initiatives[1]).toEqual({
      id: 'FIN-2',
      name: 'Rolling forecast',
      department: 'Finance',
      owner: 'Ana Ruiz',
      reportedStatus: 'green',
      effectiveStatus: 'red',
      effectiveReason: 'Upstream IT-1 is red and 10 working days late; own forecast finish 2026-05-14 passes due 2026-04-30.',
      start: '2026-03-09',
      due: '2026-04-30',
      deadline: null,
      actualStart: null,
      actualFinish: null,
      forecastFinish: '2026-05-14',
      slipDays: 10,
      reportedFinish: null,
      reportedSlipDays: null,
      totalSlackDays: 0,
      daysPastDeadline: 0,
      calendar: null,
      critical: true,
      stale: false,
      daysSinceUpdate: 3,
      sources: ['Finance.xlsx'],
    });
    expect(json.initiatives[7]).toEqual({
      id: 'SAL-2',
      name: 'Pricing engine',
      department: 'Sales',
      owner: 'Eve Marsh',
      reportedStatus: 'green',
      effectiveStatus: 'amber',
      effectiveReason: 'In a dependency cycle with SAL-1, which is amber.',
      start: '2026-05-04',
      due: '2026-08-28',
      deadline: null,
      actualStart: null,
      actualFinish: null,
      forecastFinish: '2026-08-28',
      slipDays: 0,
      reportedFinish: null,
      reportedSlipDays: null,
      totalSlackDays: null,
      daysPastDeadline: null,
      calendar: null,
      critical: false,
      stale: false,
      daysSinceUpdate: null,
      sources: ['This workbook'],
    });
  });

  it('lists active findings in order with their cells, and waived ones with the waiver', () => {
    expect(json.findings.map((f) => `${f.severity} ${f.code} ${f.initiativeId}`)).toEqual([
      'error dependency.cycle SAL-1',
      'error status.green-over-risk FIN-2',
      'error status.green-over-risk OPS-1',
      'warning finance.cost-overrun IT-1',
      'warning kpi.off-target-blocked FIN-2',
      'warning schedule.forecast-slip FIN-2',
      'warning schedule.overdue IT-1',
      'warning status.stale IT-1',
      'info status.missing-update-date SAL-2',
    ]);
    expect(json.findings[0]).toEqual({
      code: 'dependency.cycle',
      severity: 'error',
      message: 'SAL-1 and SAL-2 depend on each other: SAL-1 → SAL-2 → SAL-1.',
      initiativeId: 'SAL-1',
      related: ['SAL-2'],
      cells: [
        { source: 'This workbook', sheet: 'Sales', address: 'H2' },
        { source: 'This workbook', sheet: 'Sales', address: 'H3' },
      ],
      // code | initiative | first cell; no previous review, so it is new today.
      key: 'dependency.cycle|SAL-1|This workbook!Sales!H2',
      life: { firstSeen: '2026-03-16', reviewsOpen: 1, ageDays: 0, state: 'new' },
    });
    expect(json.findings[6]!.related).toEqual([]);
    expect(json.waived).toEqual([
      {
        code: 'value.ambiguous-date',
        severity: 'warning',
        message: 'Ops!F4 "03/04/2026" reads as 3 April or 4 March; read as 3 April.',
        initiativeId: 'OPS-2',
        related: [],
        cells: [{ source: 'This workbook', sheet: 'Ops', address: 'F4' }],
        key: 'value.ambiguous-date|OPS-2|This workbook!Ops!F4',
        life: null,
        waiver: { key: 'value.ambiguous-date|OPS-2|This workbook!Ops!F4', reason: 'Confirmed with the Ops PMO: 3 April.', by: 'J. Smith', on: '2026-03-10' },
      },
    ]);
  });

  it('survives JSON.stringify unchanged (no Maps, no undefined)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('checkJson sources: what was read, per source and table', () => {
  const OPS = 'Ops.xlsx';
  const cell = (address: string): CellRef => ({ source: OPS, sheet: 'Plan', address });
  const plan: DetectedTable = {
    key: 'Ops.xlsx|Plan|OpsPlan',
    source: OPS,
    sheet: 'Plan',
    tableName: 'OpsPlan',
    kind: 'initiatives',
    range: { top: 4, left: 2, bottom: 6, right: 6 },
    headerRow: 4,
    headers: ['Ref', '', 'Site', 'RAG', 'Predecessors'],
    // Out of column order on purpose: the JSON lists fields by column.
    mapping: [
      { field: 'status', column: 3, header: 'RAG', confidence: 0.95, by: 'header' },
      { field: 'id', column: 0, header: 'Ref', confidence: 1, by: 'user' },
      { field: 'name', column: 1, header: '', confidence: 0.6, by: 'values' },
      { field: 'dependsOn', column: 4, header: 'Predecessors', confidence: 1, by: 'header' },
    ],
    unmapped: [{ column: 2, header: 'Site' }],
    rowCount: 2,
    confidence: 0.89,
    department: 'Operations',
    hidden: true,
    profile: 'Smartsheet export',
  };
  const ignored = (sheet: string, extra: Partial<DetectedTable> = {}): DetectedTable => ({
    key: `Ops.xlsx|${sheet}|0`,
    source: OPS,
    sheet,
    kind: null,
    range: { top: 0, left: 0, bottom: 9, right: 1 },
    headerRow: 0,
    headers: ['Code', 'Meaning'],
    mapping: [],
    unmapped: [],
    rowCount: 9,
    confidence: 0,
    ...extra,
  });
  const columns = { source: OPS, sheet: 'Plan', columns: { id: 2, name: 3, status: 5, dependsOn: 6 } };
  const full: InitiativeRecord = {
    ref: { source: OPS, sheet: 'Plan', table: plan.key, row: 6 },
    id: 'OPS-7',
    name: 'Cross-dock pilot',
    department: 'Operations',
    owner: 'Dara Quinn',
    status: 'red',
    statusText: 'Off track',
    start: d('2026-02-02'),
    due: d('2026-06-30'),
    percentComplete: 0.25,
    lastUpdated: d('2026-03-13'),
    dependsOn: [
      { id: 'IT-1', type: 'SS', lagDays: -2, cell: cell('G6') },
      { id: 'FIN-2', type: 'FF', lagDays: 3, cell: cell('G6') },
    ],
    kpis: ['K2', 'K9'],
    pillar: 'Efficiency',
    budget: 450000,
    forecastCost: 470000,
    benefit: 800000,
    cells: { table: columns, row: 5, filled: 0 },
  };
  const bare: InitiativeRecord = { ref: { source: OPS, sheet: 'Plan', table: plan.key, row: 7 }, id: 'OPS-8', dependsOn: [], kpis: [], cells: { table: columns, row: 6, filled: 0 } };
  const elsewhere: InitiativeRecord = { ...bare, ref: { source: 'Other.xlsx', sheet: 'Plan', table: 'Other.xlsx|Plan|0', row: 2 }, id: 'OTH-1' };

  const base = makeFixture();
  const result: RunResult = {
    ...base,
    options: { ...base.options, mappings: [{ tableKey: 'Ops.xlsx|Notes|0', kind: 'ignore', fields: {} }] },
    model: {
      ...base.model,
      records: [full, elsewhere, bare],
      sources: [
        {
          name: OPS,
          origin: 'file',
          sheets: ['Plan', 'Lookups', 'Notes', 'Old'],
          tables: [
            plan,
            ignored('Lookups', { ignoredReason: 'Closest to a KPI table, but it has no target or actual column.' }),
            ignored('Notes'),
            ignored('Old', { department: 'Operations' }),
          ],
          department: 'Operations',
          initiativeCount: 2,
        },
        { name: 'Empty.csv', origin: 'file', sheets: ['Empty'], tables: [], initiativeCount: 0 },
      ],
    },
  };
  const json = checkJson(result);

  it('lists each source with its department, sheets and tables', () => {
    expect(json.sources.map((s) => [s.name, s.origin, s.department, s.sheets, s.tables.map((t) => t.key)])).toEqual([
      ['Ops.xlsx', 'file', 'Operations', ['Plan', 'Lookups', 'Notes', 'Old'], ['Ops.xlsx|Plan|OpsPlan', 'Ops.xlsx|Lookups|0', 'Ops.xlsx|Notes|0', 'Ops.xlsx|Old|0']],
      ['Empty.csv', 'file', null, ['Empty'], []],
    ]);
  });

  it('gives a read table its A1 range, 1-based header row, profile, fields by column letter and its rows', () => {
    expect(json.sources[0]!.tables[0]).toEqual({
      key: 'Ops.xlsx|Plan|OpsPlan',
      source: 'Ops.xlsx',
      sheet: 'Plan',
      tableName: 'OpsPlan',
      kind: 'initiatives',
      range: 'C5:G7',
      headerRow: 5,
      profile: 'Smartsheet export',
      rowCount: 2,
      confidence: 0.89,
      department: 'Operations',
      departmentFrom: null, // a table built by hand says not where its department came from
      currency: null,
      statusDate: null,
      hidden: true,
      fields: [
        { field: 'id', column: 'C', header: 'Ref', matchedBy: 'user', confidence: 1 },
        { field: 'name', column: 'D', header: '', matchedBy: 'values', confidence: 0.6 },
        { field: 'status', column: 'F', header: 'RAG', matchedBy: 'header', confidence: 0.95 },
        { field: 'dependsOn', column: 'G', header: 'Predecessors', matchedBy: 'header', confidence: 1 },
      ],
      unmapped: [{ column: 'E', header: 'Site' }],
      timeline: null,
      ignoredReason: null,
      initiatives: [
        {
          row: 6,
          id: 'OPS-7',
          name: 'Cross-dock pilot',
          department: 'Operations',
          owner: 'Dara Quinn',
          status: 'red',
          statusText: 'Off track',
          statusFrom: 'text',
          start: '2026-02-02',
          due: '2026-06-30',
          dueFrom: 'cell',
          deadline: null,
          actualStart: null,
          actualFinish: null,
          percentComplete: 0.25,
          lastUpdated: '2026-03-13',
          dependsOn: [
            { id: 'IT-1', type: 'SS', lagDays: -2 },
            { id: 'FIN-2', type: 'FF', lagDays: 3 },
          ],
          kpis: ['K2', 'K9'],
          pillar: 'Efficiency',
          budget: 450000,
          forecastCost: 470000,
          actualCost: null,
          benefit: 800000,
          providesTo: [],
          reportedFinish: null,
          duration: null,
          parent: null,
        },
        {
          row: 7,
          id: 'OPS-8',
          name: null,
          department: null,
          owner: null,
          status: null,
          statusText: null,
          statusFrom: null,
          start: null,
          due: null,
          dueFrom: null,
          deadline: null,
          actualStart: null,
          actualFinish: null,
          percentComplete: null,
          lastUpdated: null,
          dependsOn: [],
          kpis: [],
          pillar: null,
          budget: null,
          forecastCost: null,
          actualCost: null,
          benefit: null,
          providesTo: [],
          reportedFinish: null,
          duration: null,
          parent: null,
        },
      ],
    });
  });

  it('says why each ignored table was not read: its recorded reason, a saved exclusion, or that no reason was recorded', () => {
    const [, lookups, notes, old] = json.sources[0]!.tables;
    expect(lookups).toEqual({
      key: 'Ops.xlsx|Lookups|0',
      source: 'Ops.xlsx',
      sheet: 'Lookups',
      tableName: null,
      kind: null,
      range: 'A1:B10',
      headerRow: 1,
      profile: null,
      rowCount: 9,
      confidence: 0,
      department: null,
      departmentFrom: null,
      currency: null,
      statusDate: null,
      hidden: false,
      fields: [],
      unmapped: [],
      timeline: null,
      ignoredReason: 'Closest to a KPI table, but it has no target or actual column.',
      initiatives: [],
    });
    expect(notes!.ignoredReason).toBe('Left out, as chosen in the saved mapping.');
    expect(old!.ignoredReason).toBe('Not recognised as initiatives, dependencies or KPIs (no more specific reason was recorded).');
    expect(old!.department).toBe('Operations');
  });

  it('survives JSON.stringify unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
