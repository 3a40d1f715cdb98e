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
      ['Value at risk', false],
      ['Sources', false],
      ['Actions', false],
      ['Decisions', false],
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
  const rows = sheetRows(s);
  const rowOf = (title: string): number => rows.findIndex((r) => show(r[0]) === title || show(r[6]) === title);

  // Worked out by hand from the fixture: effectively red FIN-2 (reported green) and IT-1 (reported
  // red); effectively amber IT-2, OPS-1, SAL-1, SAL-2 (IT-2 and SAL-1 reported amber). IT-1 has
  // IT-2, FIN-2, SAL-1, OPS-1 and SAL-2 downstream (Finance, Sales, Operations) and, through
  // FIN-2 and OPS-1, KPIs K1 and K2.
  it('opens with the headline naming what is really red, against what is reported', () => {
    expect(headline(makeFixture())).toBe(
      '2 initiatives are effectively red against 1 reported red: FIN-2, IT-1. 4 are effectively amber (2 reported amber). ' +
        '2.15m of budget and 3.7m of benefit at risk. ' +
        'Most consequential: IT-1 (Data platform), red, owner Ben Okafor; 5 initiatives in 3 other departments and KPIs K1, K2 wait on it.',
    );
    expect(values(s, 0)[0]).toBe('Throughline summary');
    expect(values(s, 1)[0]).toBe('As of 16 Mar 2026 · 8 initiatives in 4 departments from 3 sources · 9 findings (3 errors)');
    expect(show(rows[2]![0])).toBe(headline(makeFixture()));
    expect(show(rows[3]![0])).toMatch(/^No previous summary was given/);
    expect(s.merges.slice(0, 3)).toEqual(['A1:K1', 'A2:K2', 'A3:K3']);
  });

  it('shows metric tiles: red and amber against reported, overdue, forecast late, stale, value at risk', () => {
    expect(values(s, 5).slice(0, 11)).toEqual(['2', '4', null, null, '1', null, '2', null, '1', null, '2.15m']);
    expect(values(s, 6).slice(0, 11)).toEqual([
      'effectively red (1 reported red)', 'effectively amber (2 reported amber)', null, null, 'open past their due date', null,
      'forecast to finish after due', null, 'stale: no update in 7 days', null, 'budget at risk (1.4m as reported)',
    ]);
    expect(rows[5]!.slice(0, 11).map((c) => c?.style)).toEqual([
      'tile-value-red', 'tile-value-amber', 'tile-value-amber', 'tile-value-amber', 'tile-value-red', undefined,
      'tile-value-amber', 'tile-value-amber', 'tile-value-amber', 'tile-value-amber', 'tile-value-red',
    ]);
    expect(s.merges).toEqual(expect.arrayContaining(['B6:D6', 'G6:H6', 'I6:J6', 'B7:D7']));
  });

  it('lists what needs a decision: red or late first, then by what waits on it, with owner, why and the source cell', () => {
    const top = rowOf('What needs a decision this week');
    expect(values(s, top + 1).slice(0, 11)).toEqual(['Initiative', 'Owner', 'Effective', 'Reported', 'Why', null, null, 'What it puts at risk', null, null, 'Source cell']);
    expect(values(s, top + 2).slice(0, 11)).toEqual([
      'IT-1 Data platform', 'Ben Okafor', 'Red', 'Red',
      'Reported red by its owner. Forecast 20 Mar 2026, 10 working days after due. On the critical path (no slack). Last updated 24 days ago.',
      null, null,
      '5 initiatives downstream (3 other departments); KPIs K1, K2; 2.15m of budget in it and downstream', null, null,
      'IT Plan.xlsx › Plan!A2',
    ]);
    expect(rows[top + 2]![10]!.link).toEqual({ kind: 'external', file: 'IT Plan.xlsx', sheet: 'Plan', address: 'A2' });
    // FIN-2's reason names its dates as the date cells show them, not as ISO.
    expect(show(rows[top + 3]![4])).toBe('Upstream IT-1 is red and 10 working days late; own forecast finish 14 May 2026 passes due 30 Apr 2026. On the critical path (no slack).');
    expect(show(rows[top + 3]![7])).toBe('1 initiative downstream (1 other department); KPIs K1, K2; 570k of budget in it and downstream');
    expect(rows.slice(top + 2, top + 8).map((r) => show(r[0]))).toEqual([
      'IT-1 Data platform', 'FIN-2 Rolling forecast', 'IT-2 Single sign-on', 'SAL-1 CRM migration', 'SAL-2 Pricing engine', 'OPS-1 Warehouse automation',
    ]);
    expect(s.merges).toEqual(expect.arrayContaining([`E${top + 3}:G${top + 3}`, `H${top + 3}:J${top + 3}`]));
  });

  it('counts reported vs effective status with RAG fills, next to value at risk by department', () => {
    const top = rowOf('Status: reported vs effective (initiatives)');
    expect(values(s, top + 1)).toEqual(['Status', 'Reported', 'Effective', 'Difference', '', null, 'Department', 'Initiatives at risk', 'Budget at risk', 'Benefit at risk', 'Budget at risk as reported']);
    // Most budget at risk first: IT (IT-1 900k + IT-2 200k), Sales (SAL-1 300k + SAL-2 180k), Operations (OPS-1), Finance (FIN-2).
    expect(values(s, top + 2)).toEqual(['Green', 4, 1, '3 fewer than reported', null, null, 'IT', 2, 1100000, 1600000, 1100000]);
    expect(values(s, top + 3)).toEqual(['Amber', 2, 4, '2 more than reported', null, null, 'Sales', 2, 480000, 1000000, 300000]);
    expect(values(s, top + 4)).toEqual(['Red', 1, 2, '1 more than reported', null, null, 'Operations', 1, 450000, 800000, 0]);
    expect(values(s, top + 5)).toEqual(['Done', 1, 1, 'as reported', null, null, 'Finance', 1, 120000, 300000, 0]);
    expect(values(s, top + 6).slice(6)).toEqual(['Total', 6, 2150000, 3700000, 1400000]);
    expect(rows.slice(top + 2, top + 6).map((r) => r[0]!.style)).toEqual(['rag-green', 'rag-amber', 'rag-red', 'rag-done']);
    expect(rows.slice(top + 2, top + 6).map((r) => r[7]!.style)).toEqual(['rag-red', 'rag-amber', 'rag-amber', 'rag-red']);
    expect(rows[top + 2]![8]!.style).toBe('money');
  });

  it('ranks bottlenecks by risk before size, and shows off-target KPIs with their blocking chain', () => {
    const top = rowOf('Bottlenecks at risk first: what waits on them');
    expect(values(s, top + 2)).toEqual(['IT-1 Data platform', 'Red', 0, 5, 'IT-2, FIN-2, SAL-1, OPS-1, SAL-2 (3 other departments)', null, 'K1 Forecast accuracy', 88, 95, 'FIN-2 ← IT-1', null]);
    // FIN-2 (red, 1 waiting) before IT-2 (amber, 2 waiting): risk first.
    expect(values(s, top + 3).slice(0, 5)).toEqual(['FIN-2 Rolling forecast', 'Red', 0, 1, 'OPS-1 (1 other department)']);
    expect(values(s, top + 4).slice(0, 5)).toEqual(['IT-2 Single sign-on', 'Amber', 12, 2, 'SAL-1, SAL-2 (1 other department)']);
    // K1 is a % KPI: its values carry the unit, and end a bracket's width ("_)") short of the chain beside them.
    expect([rows[top + 2]![7]!.numFmt, rows[top + 2]![8]!.numFmt]).toEqual(['General"%"_)', 'General"%"_)']);
    // With no unit: the number style's one decimal, padded the same way.
    const r = makeFixture();
    const noUnit = { ...r, model: { ...r.model, kpis: r.model.kpis.map(({ unit: _unit, ...k }) => k) } };
    const plain = sheetRows(buildReport(noUnit).sheets[0]!);
    expect([plain[top + 2]![7]!.numFmt, plain[top + 2]![8]!.numFmt]).toEqual(['#,##0.0_)', '#,##0.0_)']);
  });

  it('leads findings with the most consequential rules, naming their initiatives, and gives each source its oldest and median update', () => {
    const top = rowOf('Findings: 3 errors, 5 warnings, 1 info');
    expect(values(s, top)[6]).toBe('Sources and freshness (stale: not updated in 7 days)');
    expect(values(s, top + 1)).toEqual(['Rule', '', 'Severity', 'Findings', 'Initiatives named', null, 'Source', 'Initiatives it owns', 'Oldest update', 'Median update', 'Stale rows']);
    // The stalest source first. IT Plan: IT-1 updated 20 Feb (24 days: stale), IT-2 on 11 Mar; the lower middle of two is the older.
    expect(values(s, top + 2)).toEqual([catalogEntry('status.green-over-risk').title, null, 'Error', 2, 'FIN-2, OPS-1', null, 'IT Plan.xlsx', 2, d('2026-02-20'), d('2026-02-20'), '1 stale']);
    expect(rows[top + 2]![0]!.note).toBe('Rule status.green-over-risk');
    // This workbook: OPS-2 2 Mar (done, not counted stale), SAL-1 10 Mar, OPS-1 14 Mar; SAL-2 open without a date.
    expect(values(s, top + 3).slice(6)).toEqual(['This workbook', 4, d('2026-03-02'), d('2026-03-10'), 'None stale; 1 undated']);
    expect(values(s, top + 4).slice(6)).toEqual(['Finance.xlsx', 2, d('2026-03-12'), d('2026-03-12'), 'None stale']);
    expect(rows.slice(top + 2, top + 10).map((r) => `${show(r[2])} ${show(r[3])} ${r[0]!.note}`)).toEqual([
      'Error 2 Rule status.green-over-risk',
      'Error 1 Rule dependency.cycle',
      // Every warning names one red initiative (IT-1 or FIN-2): a tie, in code order.
      'Warning 1 Rule finance.cost-overrun',
      'Warning 1 Rule kpi.off-target-blocked',
      'Warning 1 Rule schedule.forecast-slip',
      'Warning 1 Rule schedule.overdue',
      'Warning 1 Rule status.stale',
      'Info 1 Rule status.missing-update-date',
    ]);
    expect(values(s, top + 10)[0]).toBe('1 finding waived (listed on Findings with the reason).');
  });

  it('says value at risk by pillar and by KPI is not given when the analyses have none', () => {
    const top = rowOf('Value at risk by pillar: not given');
    expect(values(s, top)[6]).toBe('Value at risk by KPI: not given');
  });

  it('prints story, detail and more charts on three landscape pages, with four native charts drawing their own data', () => {
    const decisions = rowOf('What needs a decision this week');
    const status = rowOf('Status: reported vs effective (initiatives)');
    expect(s.print?.orientation).toBe('landscape');
    expect(s.print?.fitToWidth).toBe(true);
    expect(s.print?.rowBreaks?.[0]).toBe(status);
    expect(s.print?.area).toBe(`A1:K${rows.length}`);
    expect(s.charts.map((c) => [c.kind, c.title, c.anchor])).toEqual([
      ['column', 'Initiatives by status: reported vs effective', `A${decisions + 10}`],
      ['bar', 'Value at risk by department', `G${decisions + 10}`],
      ['bar', 'Forecast slip by department (working days late, summed)', `A${s.print!.rowBreaks![1]! + 1}`],
      ['column', 'Findings by severity', `G${s.print!.rowBreaks![1]! + 1}`],
    ]);
    const cells = (range: string): (string | number | boolean | null)[][] => {
      const [from, to] = range.split(':');
      const r0 = Number(from!.slice(1)) - 1;
      const r1 = Number(to!.slice(1)) - 1;
      const c1 = to!.charCodeAt(0) - 65;
      return rows.slice(r0, r1 + 1).map((r) => r.slice(12, c1 + 1).map(show));
    };
    expect(cells(s.charts[0]!.dataRange)).toEqual([['Status', 'Reported', 'Effective'], ['Green', 4, 1], ['Amber', 2, 4], ['Red', 1, 2], ['Done', 1, 1]]);
    expect(cells(s.charts[1]!.dataRange)).toEqual([
      ['Department', 'Budget at risk', 'Benefit at risk'], ['IT', 1100000, 1600000], ['Sales', 480000, 1000000], ['Operations', 450000, 800000], ['Finance', 120000, 300000],
    ]);
    // Slip: FIN-2 10 (Finance), IT-1 10 (IT), nothing late in Operations or Sales.
    expect(cells(s.charts[2]!.dataRange)).toEqual([['Department', 'Working days late'], ['Finance', 10], ['IT', 10], ['Operations', 0], ['Sales', 0]]);
    expect(cells(s.charts[3]!.dataRange)).toEqual([['Severity', 'Findings'], ['Error', 3], ['Warning', 5], ['Info', 1]]);
    expect(s.charts[3]!.pointColors).toHaveLength(3);
    expect(s.showGridLines).toBe(false);
  });
});

describe('Initiatives', () => {
  const s = sheetOf(REPORT_SHEETS.initiatives);

  it('makes the header row as tall as its longest header, in bold', () => {
    // "Past deadline (working days)" in 10 characters of bold 10 pt holds 11 a line (13 / 1.12):
    // "Past" / "deadline" / "(working" / "days)", 4 lines of 13 pt and 4 to spare: 56.
    expect(s.rowHeights![0]).toBe(56);
    // Findings' longest is "Reviews open" in 9 (10 a line): "Reviews" / "open", 30 (2 x 13 + 4) over its usual 22.
    expect(sheetOf(REPORT_SHEETS.findings).rowHeights![0]).toBe(30);
  });

  it('is an Excel table with filters, frozen header and RAG conditional formats', () => {
    expect(s.tables).toEqual([{ name: 'tlInitiatives', range: 'A1:W9', style: 'TableStyleLight9', showFilter: true }]);
    expect(s.freeze).toEqual({ rows: 1, cols: 2 });
    expect(s.conditionalFormats).toContainEqual({ kind: 'text-equals', range: 'E2:E9', text: 'Red', style: 'rag-red' });
    expect(s.conditionalFormats).toContainEqual({ kind: 'text-equals', range: 'F2:F9', text: 'Amber', style: 'rag-amber' });
    expect(s.conditionalFormats).toContainEqual({ kind: 'greater-than', range: 'K2:K9', value: 0, style: 'rag-red' });
    expect(s.conditionalFormats).toContainEqual({ kind: 'greater-than', range: 'M2:M9', value: 0, style: 'rag-red' });
  });

  it('has one typed row per initiative, the id linked to its home cell', () => {
    expect(values(s, 2)).toEqual([
      'FIN-2', 'Rolling forecast', 'Finance', 'Ana Ruiz', 'Green', 'Red',
      'Upstream IT-1 is red and 10 working days late; own forecast finish 14 May 2026 passes due 30 Apr 2026.',
      d('2026-03-09'), d('2026-04-30'), d('2026-05-14'), 10, 0, null, 'Yes', 'No', 3, 0.1, 120000, 120000, 300000, 'IT-1', 'OPS-1', 'Finance.xlsx',
    ]);
    expect(sheetRows(s)[2]!.map((c) => c?.value?.t)).toEqual([
      'text', 'text', 'text', 'text', 'text', 'text', 'text', 'date', 'date', 'date', 'number', 'number', undefined, 'text', 'text', 'number', 'percent', 'number', 'number', 'number', 'text', 'text', 'text',
    ]);
    expect(sheetRows(s)[2]![0]!.link).toEqual({ kind: 'external', file: 'Finance.xlsx', sheet: 'Initiatives', address: 'A3' });
    expect(sheetRows(s)[5]![0]!.link).toEqual({ kind: 'internal', sheet: 'Ops', address: 'A3' });
  });
});

describe('Findings', () => {
  const s = sheetOf(REPORT_SHEETS.findings);

  it('lists active findings by severity, each linked to its exact source cell, then the waived ones', () => {
    expect(values(s, 0)).toEqual(['Severity', 'Rule', 'Message', 'Initiative', 'Source cell', 'Other cells', 'Related', 'State', 'Waiver', 'First seen', 'Reviews open', 'Life', 'Rule code']);
    expect(sheetRows(s).slice(1).map((r) => show(r[0]))).toEqual(['Error', 'Error', 'Error', 'Warning', 'Warning', 'Warning', 'Warning', 'Warning', 'Info', 'Warning']);
    // The rule by the catalog's name (as the Summary names it), its code in the last column.
    expect(values(s, 1)).toEqual(['Error', 'A dependency cycle', 'SAL-1 and SAL-2 depend on each other: SAL-1 → SAL-2 → SAL-1.', 'SAL-1', 'This workbook › Sales!H2', 'Sales!H3', 'SAL-2', 'Active', '',
      // No previous review: first seen today, open at this one review, new.
      d('2026-03-16'), 1, 'New', 'dependency.cycle']);
    // A sheet of this workbook: an internal link; a departmental file: file, sheet and cell.
    expect(sheetRows(s)[1]![4]!.link).toEqual({ kind: 'internal', sheet: 'Sales', address: 'H2' });
    expect(sheetRows(s)[2]![4]!.link).toEqual({ kind: 'external', file: 'Finance.xlsx', sheet: 'Initiatives', address: 'E3' });
    expect(sheetRows(s)[1]![3]!.link).toEqual({ kind: 'internal', sheet: 'Initiatives', address: 'A8', report: true });
    expect(values(s, 10)).toEqual([
      'Warning', 'Text dates that read two ways', 'Ops!F4 "03/04/2026" reads as 3 April or 4 March; read as 3 April.', 'OPS-2',
      'This workbook › Ops!F4', '', '', 'Waived', 'Confirmed with the Ops PMO: 3 April. (by J. Smith on 10 Mar 2026)',
      '', '', '', 'value.ambiguous-date',
    ]);
    expect(s.tables).toEqual([{ name: 'tlFindings', range: 'A1:M11', style: 'TableStyleLight9', showFilter: true }]);
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
      // Cross-department, written in Finance's own Depends On column: no register row to agree in.
      'Not recorded', "neither a dependency register row nor the provider's Provides to records the provider's agreement",
      // Agreed: with nowhere to record it, not given (not "No"); so no cell to link to.
      'not given', '',
    ]);
    expect(values(s, 4).slice(6, 9)).toEqual(['SS', 10, d('2026-04-13')]);
    expect(values(s, 5).slice(12, 15)).toEqual(['No', 'No', 'Yes']);
    expect(s.tables[0]!.range).toBe('A1:T7');
  });
});

describe('Departments', () => {
  const s = sheetOf(REPORT_SHEETS.departments);

  it('rolls up per department', () => {
    expect(values(s, 4)).toEqual(['Finance', 1, 0, 1, 0, 0, 2, 0, 1, 0, 370000, 120000, 300000, 0]);
    expect(values(s, 5)).toEqual(['IT', 0, 1, 1, 0, 0, 2, 2, 2, 1, 1100000, 1100000, 1600000, 1100000]);
  });

  it('draws who waits on whom across departments as a heat map, the diagonal apart', () => {
    expect(values(s, 10)).toEqual(['Waits on →', 'Finance', 'IT', 'Operations', 'Sales', 'On other departments']);
    // Sales waits twice on itself (grey, apart) and once on IT: the largest cross-department count, the hottest cell.
    expect(values(s, 14)).toEqual(['Sales', 0, 1, 0, 2, 1]);
    expect(sheetRows(s)[14]!.map((c) => c?.style)).toEqual(['body', 'heat-0', 'heat-4', 'heat-0', 'rag-grey', 'label']);
    expect(values(s, 12)).toEqual(['IT', 0, 1, 0, 0, 0]);
    expect(sheetRows(s)[12]![2]!.style).toBe('rag-grey');
    expect(sheetRows(s)[11]![1]).toEqual({ value: null, style: 'rag-grey' });
    // Series in the rollup's order (Green, Amber, Red, Done, Other), each drawn in its status's colour (the Timeline's bars), never the host's default palette.
    expect(s.charts).toEqual([
      { kind: 'stacked-bar', title: 'Effective status by department', dataRange: 'A4:F8', anchor: 'A17', widthCols: 8, heightRows: 16, seriesColors: ['6AA84F', 'E69138', 'C0504D', '6D9EEB', 'A6A6A6'] },
    ]);
  });
});

describe('Timeline', () => {
  const s = sheetOf(REPORT_SHEETS.timeline);
  const week = (iso: string): number => 7 + Math.floor((d(iso) - d('2025-11-03')) / 7);

  it('draws a Gantt grouped by department: bars in effective status, progress, critical path underlined, slips beside, today over the bars', () => {
    expect(values(s, 4).slice(0, 9)).toEqual(['ID', 'Name', 'Effective', 'Start', 'Due', 'Forecast', 'Slack (working days)', '3', '10']);
    expect(sheetRows(s)[4]![week('2026-03-16')]).toEqual({ value: { t: 'text', v: '16' }, style: 'gantt-today', note: 'Today: the report is as of 16 Mar 2026' });
    const it1 = sheetRows(s).find((r) => show(r[0]) === 'IT-1')!;
    // Planned 12 Jan .. 6 Mar (8 weeks), red and critical, 70% done: the first 6 weeks darker (0.7 x 8 = 5.6, to 6).
    expect(it1[week('2026-01-05')]).toBeNull();
    expect(it1[week('2026-01-12')]!.style).toBe('gantt-red-progress-critical');
    expect(it1[week('2026-02-16')]!.style).toBe('gantt-red-progress-critical');
    expect(it1[week('2026-02-23')]!.style).toBe('gantt-red-critical');
    expect(it1[week('2026-03-02')]!.style).toBe('gantt-red-critical');
    // Forecast 20 Mar: slipping through the weeks of 9 and 16 Mar, the today line drawn over the slip.
    expect(it1[week('2026-03-09')]!.style).toBe('gantt-slip');
    expect(it1[week('2026-03-16')]).toEqual({ value: { t: 'text', v: '│' }, style: 'gantt-slip' });
    expect(it1[week('2026-03-23')]).toBeNull();
    expect(show(it1[6])).toBe('0 critical');
    const ops2 = sheetRows(s).find((r) => show(r[0]) === 'OPS-2')!;
    expect(ops2[week('2025-11-03')]!.style).toBe('gantt-done-progress');
    expect(ops2[week('2026-03-16')]).toEqual({ value: null, style: 'gantt-today' });
    // Departments in order of first appearance, each a heading, initiatives as the sources list them
    // within (the report's one order: OPS-1 before OPS-2 here as on Initiatives, though OPS-2 starts first).
    expect(sheetRows(s).slice(5).map((r) => show(r[0]))).toEqual(['Finance', 'FIN-1', 'FIN-2', 'IT', 'IT-1', 'IT-2', 'Operations', 'OPS-1', 'OPS-2', 'Sales', 'SAL-1', 'SAL-2']);
    expect(s.merges).toContain('A6:G6');
    expect(s.freeze).toEqual({ rows: 5, cols: 2 });
    // Month labels span their weeks: November 2025 has four Mondays (3, 10, 17, 24), H..K.
    expect(show(sheetRows(s)[3]![7])).toBe('Nov 2025');
    expect(s.merges).toContain('H4:K4');
    expect(show(sheetRows(s)[3]![week('2026-03-02')])).toBe('Mar 2026');
  });
});
