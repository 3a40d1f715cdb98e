import { buildReport, headline, REPORT_SHEETS, sheetRows } from '../../../src/core/report';
import { STYLES } from '../../../src/core/report/styles';
import { catalogEntry, type ReportCell, type ReportSheet } from '../../../src/core/types';
import { d, makeFixture } from './fixture';

const show = (c: ReportCell | null | undefined): string | number | boolean | null => (c?.value ? c.value.v : null);
const values = (sheet: ReportSheet, row: number): (string | number | boolean | null)[] => sheetRows(sheet)[row]!.map(show);
const sheetOf = (name: string): ReportSheet => {
  const s = buildReport(makeFixture()).sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

describe('buildReport', () => {
  it('has the stable sheets in order, the snapshot hidden, and the as-of date', () => {
    const doc = buildReport(makeFixture());
    expect(doc.asOf).toBe('2026-03-16');
    expect(doc.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['Summary', false],
      ['Initiatives', false],
      ['Findings', false],
      ['Dependencies', false],
      ['Timeline', false],
      ['Departments', false],
      ['Actions', false],
      ['_throughline', true],
    ]);
  });

  it('names the generation time on the Summary only when asked (output stays deterministic by default)', () => {
    const doc = buildReport(makeFixture(), { generatedAt: '2026-03-16T09:30:00Z' });
    expect(show(sheetRows(doc.sheets[0]!)[1]![0])).toBe('As of 16 Mar 2026 · 8 initiatives in 4 departments from 3 sources · 9 findings (3 errors) · generated 2026-03-16T09:30:00Z');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildReport(makeFixture()))).toBe(JSON.stringify(buildReport(makeFixture())));
  });

  it('uses only styles the STYLES table defines', () => {
    const used = new Set(buildReport(makeFixture()).sheets.flatMap((s) => sheetRows(s).flat().flatMap((c) => (c?.style ? [c.style] : []))));
    for (const name of used) expect(STYLES[name]).toBeDefined();
  });
});

describe('Summary', () => {
  const s = sheetOf(REPORT_SHEETS.summary);

  it('opens with the headline sentence', () => {
    expect(headline(makeFixture())).toBe(
      '8 initiatives: 1 truly on track against 4 reported on track; 2.15m of budget and 3.7m of benefit at risk; the biggest bottleneck is IT-1 (Data platform), with 5 initiatives in 3 other departments waiting on it.',
    );
    expect(values(s, 0)).toEqual(['Throughline summary']);
    expect(values(s, 1)).toEqual(['As of 16 Mar 2026 · 8 initiatives in 4 departments from 3 sources · 9 findings (3 errors)']);
    expect(show(sheetRows(s)[2]![0])).toBe(headline(makeFixture()));
    expect(s.merges.slice(0, 3)).toEqual(['A1:K1', 'A2:K2', 'A3:K3']);
  });

  it('counts reported vs effective status with RAG fills, next to value at risk by department', () => {
    expect(values(s, 5)).toEqual(['Status', 'Reported', 'Effective', 'Difference', '', null, 'Department', 'At risk', 'Budget at risk', 'Benefit at risk', 'Reported budget at risk']);
    expect(values(s, 6)).toEqual(['Green', 4, 1, '3 fewer than reported', null, null, 'Finance', 1, 120000, 300000, 0]);
    expect(values(s, 7)).toEqual(['Amber', 2, 4, '2 more than reported', null, null, 'IT', 2, 1100000, 1600000, 1100000]);
    expect(values(s, 8)).toEqual(['Red', 1, 2, '1 more than reported', null, null, 'Operations', 1, 450000, 800000, 0]);
    expect(values(s, 9)).toEqual(['Done', 1, 1, 'as reported', null, null, 'Sales', 2, 480000, 1000000, 300000]);
    expect(values(s, 10)).toEqual([null, null, null, null, null, null, 'Total', 6, 2150000, 3700000, 1400000]);
    expect(sheetRows(s).slice(6, 10).map((r) => r[0]!.style)).toEqual(['rag-green', 'rag-amber', 'rag-red', 'rag-done']);
    expect(sheetRows(s).slice(6, 10).map((r) => r[7]!.style)).toEqual(['rag-red', 'rag-red', 'rag-amber', 'rag-amber']);
    expect(sheetRows(s)[6]![8]!.style).toBe('money');
  });

  it('shows the top bottlenecks with what waits on them, and off-target KPIs with their blocking chain', () => {
    expect(values(s, 14)).toEqual(['IT-1 Data platform', 'Red', 246, 3, 'IT-2, FIN-2, SAL-1, OPS-1 and 1 more', null, 'K1 Forecast accuracy', 88, 95, 'FIN-2 ← IT-1', null]);
    expect(values(s, 15).slice(0, 5)).toEqual(['IT-2 Single sign-on', 'Amber', 139, 1, 'SAL-1, SAL-2']);
    expect(values(s, 16).slice(0, 5)).toEqual(['FIN-2 Rolling forecast', 'Red', 66, 1, 'OPS-1']);
  });

  it('counts findings by severity and rule, and lists each source with its freshness', () => {
    expect(values(s, 18)).toEqual(['Findings: 3 errors, 5 warnings, 1 info', null, null, null, null, null, 'Sources and freshness (review cadence 7 days)', null, null, null, null]);
    expect(values(s, 19)).toEqual(['Severity', 'Findings', 'Rule', '', '', null, 'Source', 'Origin', 'Initiatives', 'Latest update', 'Freshness']);
    expect(values(s, 20)).toEqual(['Error', 2, catalogEntry('status.green-over-risk').title, null, null, null, 'Finance.xlsx', 'File', 2, d('2026-03-13'), '3 days old']);
    expect(sheetRows(s)[20]![2]!.note).toBe('Rule status.green-over-risk');
    expect(s.merges).toContain('C21:E21');
    expect(values(s, 21).slice(6)).toEqual(['IT Plan.xlsx', 'File', 2, d('2026-03-11'), '5 days old']);
    expect(values(s, 22).slice(6)).toEqual(['This workbook', 'This workbook', 4, d('2026-03-14'), '2 days old']);
    expect(sheetRows(s).slice(20, 28).map((r) => `${show(r[0])} ${show(r[1])} ${r[2]!.note}`)).toEqual([
      'Error 2 Rule status.green-over-risk',
      'Error 1 Rule dependency.cycle',
      'Warning 1 Rule finance.cost-overrun',
      'Warning 1 Rule kpi.off-target-blocked',
      'Warning 1 Rule schedule.forecast-slip',
      'Warning 1 Rule schedule.overdue',
      'Warning 1 Rule status.stale',
      'Info 1 Rule status.missing-update-date',
    ]);
    expect(values(s, 28)).toEqual(['1 finding waived (listed on Findings with the reason).', null, null, null, null, null, null, null, null, null, null]);
  });

  it('prints on one landscape page and carries a native chart for the Office writer', () => {
    expect(s.print).toEqual({ orientation: 'landscape', fitToWidth: true, fitToHeight: 1, area: 'A1:K31' });
    expect(s.showGridLines).toBe(false);
    expect(s.charts).toEqual([{ kind: 'column', title: 'Initiatives by status: reported vs effective', dataRange: 'A6:C10', anchor: 'M5', widthCols: 8, heightRows: 16 }]);
    expect(s.columnWidths).toHaveLength(11);
  });
});

describe('Initiatives', () => {
  const s = sheetOf(REPORT_SHEETS.initiatives);

  it('is an Excel table with filters, frozen header and RAG conditional formats', () => {
    expect(s.tables).toEqual([{ name: 'tlInitiatives', range: 'A1:V9', style: 'TableStyleLight9', showFilter: true }]);
    expect(s.freeze).toEqual({ rows: 1, cols: 2 });
    expect(s.conditionalFormats).toContainEqual({ kind: 'text-equals', range: 'E2:E9', text: 'Red', style: 'rag-red' });
    expect(s.conditionalFormats).toContainEqual({ kind: 'text-equals', range: 'F2:F9', text: 'Amber', style: 'rag-amber' });
    expect(s.conditionalFormats).toContainEqual({ kind: 'greater-than', range: 'K2:K9', value: 0, style: 'rag-red' });
  });

  it('has one typed row per initiative, the id linked to its home cell', () => {
    expect(values(s, 2)).toEqual([
      'FIN-2', 'Rolling forecast', 'Finance', 'Ana Ruiz', 'Green', 'Red',
      'Upstream IT-1 is red and 10 working days late; own forecast finish 2026-05-14 passes due 2026-04-30.',
      d('2026-03-09'), d('2026-04-30'), d('2026-05-14'), 10, 0, 'Yes', 'No', 3, 0.1, 120000, 120000, 300000, 'IT-1', 'OPS-1', 'Finance.xlsx',
    ]);
    expect(sheetRows(s)[2]!.map((c) => c?.value?.t)).toEqual([
      'text', 'text', 'text', 'text', 'text', 'text', 'text', 'date', 'date', 'date', 'number', 'number', 'text', 'text', 'number', 'percent', 'number', 'number', 'number', 'text', 'text', 'text',
    ]);
    expect(sheetRows(s)[2]![0]!.link).toEqual({ kind: 'external', file: 'Finance.xlsx', sheet: 'Initiatives', address: 'A3' });
    expect(sheetRows(s)[5]![0]!.link).toEqual({ kind: 'internal', sheet: 'Ops', address: 'A3' });
  });
});

describe('Findings', () => {
  const s = sheetOf(REPORT_SHEETS.findings);

  it('lists active findings by severity, each linked to its exact source cell, then the waived ones', () => {
    expect(values(s, 0)).toEqual(['Severity', 'Rule', 'Message', 'Initiative', 'Source cell', 'Other cells', 'Related', 'State', 'Waiver', 'First seen', 'Reviews open', 'Life']);
    expect(sheetRows(s).slice(1).map((r) => show(r[0]))).toEqual(['Error', 'Error', 'Error', 'Warning', 'Warning', 'Warning', 'Warning', 'Warning', 'Info', 'Warning']);
    expect(values(s, 1)).toEqual(['Error', 'dependency.cycle', 'SAL-1 and SAL-2 depend on each other: SAL-1 → SAL-2 → SAL-1.', 'SAL-1', 'This workbook › Sales!H2', 'Sales!H3', 'SAL-2', 'Active', '',
      // No previous review: first seen today, open at this one review, new.
      d('2026-03-16'), 1, 'New']);
    // A sheet of this workbook: an internal link; a departmental file: file, sheet and cell.
    expect(sheetRows(s)[1]![4]!.link).toEqual({ kind: 'internal', sheet: 'Sales', address: 'H2' });
    expect(sheetRows(s)[2]![4]!.link).toEqual({ kind: 'external', file: 'Finance.xlsx', sheet: 'Initiatives', address: 'E3' });
    expect(sheetRows(s)[1]![3]!.link).toEqual({ kind: 'internal', sheet: 'Initiatives', address: 'A8' });
    expect(values(s, 10)).toEqual([
      'Warning', 'value.ambiguous-date', 'Ops!F4 "03/04/2026" reads as 3 April or 4 March; read as 3 April.', 'OPS-2',
      'This workbook › Ops!F4', '', '', 'Waived', 'Confirmed with the Ops PMO: 3 April. (by J. Smith on 2026-03-10)',
      '', '', '',
    ]);
    expect(s.tables).toEqual([{ name: 'tlFindings', range: 'A1:L11', style: 'TableStyleLight9', showFilter: true }]);
  });

  it('names source files by the paths the caller gives (relative to where the summary is saved)', () => {
    const doc = buildReport(makeFixture(), { sourcePaths: new Map([['Finance.xlsx', '../plans/Finance.xlsx']]) });
    const findings = doc.sheets.find((x) => x.name === 'Findings')!;
    expect(sheetRows(findings)[2]![4]!.link).toEqual({ kind: 'external', file: '../plans/Finance.xlsx', sheet: 'Initiatives', address: 'E3' });
    expect(sheetRows(findings)[2]![4]!.value).toEqual({ t: 'text', v: 'Finance.xlsx › Initiatives!E3' });
    expect(sheetRows(findings)[4]![4]!.link).toEqual({ kind: 'external', file: 'IT Plan.xlsx', sheet: 'Plan', address: 'M2' });
    expect(sheetRows(doc.sheets.find((x) => x.name === 'Initiatives')!)[1]![0]!.link).toEqual({ kind: 'external', file: '../plans/Finance.xlsx', sheet: 'Initiatives', address: 'A2' });
    expect(sheetRows(doc.sheets.find((x) => x.name === 'Dependencies')!)[1]![15]!.link).toEqual({ kind: 'external', file: '../plans/Finance.xlsx', sheet: 'Initiatives', address: 'J3' });
  });
});

describe('Dependencies', () => {
  it('lists each link with both ends and where it was defined', () => {
    const s = sheetOf(REPORT_SHEETS.dependencies);
    expect(values(s, 1)).toEqual([
      'IT-1', 'Data platform', 'IT', 'FIN-2', 'Rolling forecast', 'Finance', 'FS', 5, null, 'Red', d('2026-03-20'), d('2026-03-09'), 'Yes', 'Yes', 'No', 'Finance.xlsx › Initiatives!J3',
    ]);
    expect(values(s, 4).slice(6, 9)).toEqual(['SS', 10, d('2026-04-13')]);
    expect(values(s, 5).slice(12, 15)).toEqual(['No', 'No', 'Yes']);
    expect(s.tables[0]!.range).toBe('A1:P7');
  });
});

describe('Departments', () => {
  const s = sheetOf(REPORT_SHEETS.departments);

  it('rolls up per department', () => {
    expect(values(s, 4)).toEqual(['Finance', 1, 0, 1, 0, 0, 2, 0, 1, 0, 370000, 120000, 300000, 0]);
    expect(values(s, 5)).toEqual(['IT', 0, 1, 1, 0, 0, 2, 2, 2, 1, 1100000, 1100000, 1600000, 1100000]);
  });

  it('draws the department x department matrix as a heat map', () => {
    expect(values(s, 10)).toEqual(['Waits on →', 'Finance', 'IT', 'Operations', 'Sales']);
    expect(values(s, 14)).toEqual(['Sales', 0, 1, 0, 2]);
    expect(sheetRows(s)[14]!.map((c) => c?.style)).toEqual(['body', 'heat-0', 'heat-2', 'heat-0', 'heat-4']);
    expect(sheetRows(s)[11]![1]).toEqual({ value: null, style: 'rag-grey' });
    expect(s.charts).toEqual([{ kind: 'stacked-bar', title: 'Effective status by department', dataRange: 'A4:F8', anchor: 'A17', widthCols: 8, heightRows: 16 }]);
  });
});

describe('Timeline', () => {
  const s = sheetOf(REPORT_SHEETS.timeline);
  const week = (iso: string): number => 7 + Math.floor((d(iso) - d('2025-11-03')) / 7);

  it('draws weeks from the earliest start, today marked, critical path and slips visible', () => {
    expect(values(s, 4).slice(0, 9)).toEqual(['ID', 'Name', 'Department', 'Effective', 'Start', 'Due', 'Forecast', '3', '10']);
    expect(sheetRows(s)[4]![week('2026-03-16')]).toEqual({ value: { t: 'text', v: '16' }, style: 'gantt-today', note: 'Today: the report is as of 2026-03-16' });
    const it1 = sheetRows(s).find((r) => show(r[0]) === 'IT-1')!;
    // Planned 12 Jan .. 6 Mar on the critical path, then slipping to the week of 16 Mar.
    expect(it1[week('2026-01-05')]).toBeNull();
    expect(it1[week('2026-01-12')]!.style).toBe('gantt-critical');
    expect(it1[week('2026-03-02')]!.style).toBe('gantt-critical');
    expect(it1[week('2026-03-09')]!.style).toBe('gantt-slip');
    expect(it1[week('2026-03-16')]!.style).toBe('gantt-slip');
    expect(it1[week('2026-03-23')]).toBeNull();
    const ops2 = sheetRows(s).find((r) => show(r[0]) === 'OPS-2')!;
    expect(ops2[week('2025-11-03')]!.style).toBe('gantt-done');
    expect(ops2[week('2026-03-16')]).toEqual({ value: null, style: 'gantt-today' });
    expect(sheetRows(s).slice(5).map((r) => show(r[0]))).toEqual(['OPS-2', 'FIN-1', 'IT-1', 'FIN-2', 'IT-2', 'SAL-1', 'OPS-1', 'SAL-2']);
    expect(s.freeze).toEqual({ rows: 5, cols: 2 });
    // Month labels span their weeks: November 2025 has four Mondays (3, 10, 17, 24), H..K.
    expect(show(sheetRows(s)[3]![7])).toBe('Nov 2025');
    expect(s.merges).toContain('H4:K4');
    expect(show(sheetRows(s)[3]![week('2026-03-02')])).toBe('Mar 2026');
  });
});
